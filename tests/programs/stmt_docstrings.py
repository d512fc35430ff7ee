"""Module docstring: kept in __doc__ (removed only with -OO)."""
def documented(x):
    """Function docstring.

    With several lines, indented."""
    return x

def not_a_docstring():
    x = 1
    "a string after a statement is not a docstring"
    return x

def fstring_is_not_docstring():
    f"""f-strings are never docstrings"""

class Documented:
    """Class docstring."""
    def method(self):
        'single-quoted method docstring'
    @property
    def prop(self):
        """Property docstring."""
        return 1

async def coro():
    """Coroutine docstring."""

print(repr(__doc__))
print(repr(documented.__doc__))
print(not_a_docstring.__doc__, fstring_is_not_docstring.__doc__)
print(Documented.__doc__, Documented.method.__doc__, Documented.prop.__doc__)
print(coro.__doc__)
print((lambda: "lambdas have no docstring").__doc__)
class NoDoc:
    x = 1
print(NoDoc.__doc__)
def bytes_doc():
    b"bytes are not docstrings"
print(bytes_doc.__doc__)
def doc_then_code():
    "doc"
    return doc_then_code.__doc__ * 2
print(doc_then_code())
print(documented.__code__.co_consts[0] == documented.__doc__)
