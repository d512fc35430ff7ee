# Decorators on functions and classes.
@d
def f(): pass


@d1
@d2(arg)
@d3.attr
def g(a, b=1): return a


@d
class C:
    @property
    def p(self): return 1

    @p.setter
    def p(self, v): pass

    @staticmethod
    @other
    def s(): pass


@(lambda f: f)
def h(): pass


@a[0]
def i(): pass


@d
async def af(): pass


def wrapper():
    @d
    def inner(): return 1
    return inner
