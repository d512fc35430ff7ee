# Annotated assignments at module, class and function level; __annotations__.
import sys
x: int = 5
y: "list[str]"
z: dict[str, int] = {"a": 1}
(paren): int = 3
print(__annotations__)
print(x, z, paren, "y" in globals())

def f():
    a: int = 1
    b: str
    c: list = [a]
    return a, c, f.__code__.co_varnames
print(f())

class C:
    attr: int = 10
    other: "C"
    nested: tuple[int, ...] = ()
    print("in body", sorted(__annotations__))
print(C.__annotations__ == {"attr": int, "other": "C", "nested": tuple[int, ...]})
print(C.attr, hasattr(C, "other"))

d = {}
d["key"]: int = 7
obj = C()
obj.attr: float = 2.5
print(d, obj.attr)
count = 0
def side():
    global count
    count += 1
    return count
side_target = {}
side_target[side()]: side() = side()
print(side_target, count)
