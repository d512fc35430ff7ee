# Function and class definitions.
def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b=1): pass
def f(a=1, b=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *args, b, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b, /, c, d, *, e, f): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, b=1, /, c=2): pass
def f(a: int, b: str = "", *args: int, c: int, d: bool = False, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(a, *, b,): pass
def f(*, a): pass
def f(
    a,
    b,
): pass
def f() -> int:
    return 1
async def f():
    await x
    async for a in b:
        pass
    async for a in b:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    async with (a as b, c as d):
        pass
    return [x async for x in y]
@d
def f(): pass
@d1
@d2(x)
@d3.e.f
@(lambda f: f)
@x[0]
@a := b
def f(): pass
@d
async def f(): pass
@d
class C: pass
class C: pass
class C(): pass
class C(A): pass
class C(A, B): pass
class C(A, metaclass=M): pass
class C(*bases, **kw): pass
class C(A, B,):
    x = 1
    def f(self):
        return self.x
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
def gen():
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
    x = yield 1
    await_ = (yield)
