from __future__ import annotations
import typing
x: int = 1
y: typing.List[int]
class C:
    a: undefined_thing
    def m(self, p: float, *q: bytes, **s: dict) -> list:
        loc: set = set()
        return loc
