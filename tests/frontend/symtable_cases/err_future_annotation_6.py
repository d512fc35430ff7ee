from __future__ import annotations
def f(*, a: (y:=1)): pass
