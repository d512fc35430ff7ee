from __future__ import annotations
def f(x: (y := 1)) -> (yield):
    v: (w := 2) = 3
    u: [q for q in r]
