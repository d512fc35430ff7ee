from __future__ import annotations


def f(a: list[Undefined]) -> Nope:
    return a
