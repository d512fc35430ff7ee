# Argument and return annotations at every nesting depth, lambdas' parameters.
def f1(a: int, b: 'str' = 1, *args: int, c: float, d: bool = True, **kw: dict) -> None: pass
def f2(a: A, /, b: B, *, c: C) -> R: pass
def f3(*args: *Ts) -> tuple[*Ts]: pass
def f4(*args: *tuple[int, ...]): pass
def f5(a: lambda: 1, b: lambda x: x, c: lambda *x: x, d: lambda **k: k) -> lambda: 2: pass
async def f6(a: A) -> B:
    x: local_annotation
    def inner(b: B1) -> C1:
        y: deep[1]
        return b
    class K:
        z: in_class
        def meth(self: 'K', q: Q = None) -> K: pass
    return x
class C:
    a: int
    b: List[int] = []
    c: (x, y)
    (d): e
    e.f: g
    h[0]: i
    if cond:
        j: in_if
    else:
        k: in_else
    for _ in x:
        l: in_for
    else:
        m: in_for_else
    while x:
        n: in_while
    else:
        o: in_while_else
    with x as y:
        p: in_with
    try:
        q: in_try
    except E:
        r: in_except
    else:
        s: in_try_else
    finally:
        t: in_finally
    try:
        u: in_try_star
    except* E:
        v: in_except_star
    match x:
        case 1:
            w: in_case
async def f7():
    async for a in b:
        x: in_async_for
    async with c:
        y: in_async_with
la1: lambda: 0
la2: lambda a: 0
la3: lambda a, b: 0
la4: lambda a=1, b=2: 0
la5: lambda *a: 0
la6: lambda **k: 0
la7: lambda *, a: 0
la8: lambda *, a=1: 0
la9: lambda a, /: 0
la10: lambda a, /, b: 0
la11: lambda a=1, /, b=2, *c, d, e=3, **f: 0
la12: lambda a, *, b=1, c, d=2: 0
la13: lambda a=(1, 2): a
la14: lambda a=lambda: 1: a
la15: lambda a=b if c else d: a
la16: lambda: lambda: 0
la17: lambda x: (yield x) if x else 0
la18: lambda a, b=1, /, c=2: 0
la19: lambda *a, b: 0
la20: lambda a, **b: 0
def f8(a=1, b: int=2, *, c: int=3, d, **e: 'x'): pass
def f9(self, a: 1 + 2, b: -1, c: 1e400, d: f'{x}') -> 'ret': pass
