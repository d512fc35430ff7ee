import typing
x: int = 1
y: typing.List[int]
(z): str = "a"
class C:
    a: int
    b: "str" = 2
    def m(self, p: float, *q: bytes, r: complex = 1, **s: dict) -> list:
        loc: set = set()
        other: frozenset
        return loc
def f(*, k: int):
    v: tuple
