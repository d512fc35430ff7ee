# from __future__ import annotations: annotations are stored as their source, unparsed.
from __future__ import annotations

x: list[int] = [1]
y: dict[str, tuple[int, ...]] | None
z: "quoted" = 3
w: Callable[[int, str], Awaitable[None]]
v: a.b.c[d:e:f, ::2]
u: lambda q, *r, s=1, **t: (q, r)
t: (1 if cond else -2) ** 3
s: {1, 2} | {k: v for k, v in items if k} | [*xs, *ys]
r: not a and (b or c) < d <= e is not f in g
q: f"fmt {value!r:>{width}} end"
p: await_thing @ other // 3 % -x ** -y
print(__annotations__)

def func(a: int, b: str = "s", *args: tuple[int], kw: Frob[1:2] = None, **kwargs: dict) -> Result[T]:
    return a
print(func.__annotations__)

class K:
    field: ClassVar[int] = 0
    other: 'K'
    def meth(self, arg: K) -> list[K]:
        pass
print(K.__annotations__, K.meth.__annotations__)

def local():
    inner: int = 5
    return inner
print(local())
