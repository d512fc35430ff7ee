"""Docstring before the future import."""
from __future__ import annotations
# With postponed annotations, annotations are kept as written (they become
# strings); everything else still folds.

def f(a: 1 + 1 = 2 * 3, *b: -1, **c: (1, 2)) -> 2 ** 8:
    d: -(1) = -1
    return a

x: 'a' * 2 = 'b' * 2
