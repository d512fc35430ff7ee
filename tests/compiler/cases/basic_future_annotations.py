"""Annotations with the annotations future: stored as strings (unparsed)."""
from __future__ import annotations

x: int
y: list[int] = []
z: dict[str, tuple[int, ...]] = {}
w: 'already a string'
u: a.b.C | None = None
v: Callable[[int, str], bool]
t: 1 + 2 * 3
s: (lambda: 0)
r: [x for x in y]
q: f(a, *b, k=1, **c)
o: a if b else c
n: -x ** 2


class C:
    attr: int
    other: C = None


def f(a: int, b: 'str' = 'b', *args: tuple[int], k: float = 1.0, **kw: dict) -> C:
    local: int = 1
    return local


def g(a: {1: 2, **d}, b: {1, 2}, c: (1, 2), d: a[1:2, ::3]) -> lambda: 1: pass
