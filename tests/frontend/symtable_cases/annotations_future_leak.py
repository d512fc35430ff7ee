from __future__ import annotations
x: [(y := q) for q in z]
def f(a: [(w := q) for q in z]): pass
def g(a: (lambda: (yield))): pass
class C:
    def m(self, v: [(u := 1) for _ in ()]): pass
