"""Module docstring."""


def f():
    """Function docstring."""


def g():
    """Docstring and code."""
    return 1


def h():
    'single quoted'
    x = 1
    'not a docstring'
    return x


def no_doc():
    x = 'not a docstring'
    return x


def fstring_is_not_doc():
    f'{x}'


def number_is_not_doc():
    1


class C:
    """Class docstring."""

    def m(self):
        """Method docstring."""


class D:
    'x' 'y'


async def af():
    """Async docstring."""


lam = lambda: 'no docstring in lambdas'
