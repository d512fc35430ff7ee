# X | Y on types: types.UnionType, its repr, flattening, equality, isinstance/issubclass with unions, errors.
class A:
    pass
class B(A):
    pass

u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__, u.__parameters__)
print(int | None, None | int, type(None) | int, int | str | None, (int | str) | (float | None))
print(int | int, str | str is str, int | str | int, list[int] | None, int | list[int], list[int] | list[int])
print(A | B, (A | B).__args__ == (A, B), dict[str, int] | list[int] | None)
print((int | str) == (str | int), (int | str) == (int | float), (int | str | None) == (None | int | str))
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int])
print((list[int] | None).__args__)

print(isinstance(3, int | str), isinstance("s", int | str), isinstance(2.5, int | str))
print(isinstance(None, int | None), isinstance(B(), A | None), isinstance(3, (str, int | float)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(B, str | A))
print(isinstance(1, int | list[int]))

def check(value: int | None = None) -> str | bytes:
    return "none" if value is None else str(value)
print(check(), check(5), check.__annotations__)

errors = [
    lambda: int | 3,
    lambda: 3 | int,
    lambda: None | None,
    lambda: (int | str) | "x",
    lambda: int | "str",
    lambda: isinstance("x", int | list[int]),
    lambda: issubclass(str, int | list[str]),
    lambda: (int | str)(),
    lambda: (int | str).missing,
    lambda: (int | str)[int],
    lambda: int & str,
]
for e in errors:
    try:
        print("no error", e())
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__, exc)

# a metaclass's own __or__ wins; otherwise type.__or__ makes the union
class OrMeta(type):
    def __or__(cls, other):
        return "OrMeta.__or__"
class WithOr(metaclass=OrMeta):
    pass
class PlainMeta(type):
    pass
class Plain(metaclass=PlainMeta):
    pass
print(WithOr | int, Plain | int, int | Plain, type.__or__(int, str), type.__ror__(int, str))
print(str(int | None), format(int | str), f"{float | None}")

# both alias types are immutable
for target, name in ((list[int], "__origin__"), (list[int], "__args__"), (list[int], "__parameters__"),
                     (list[int], "foo"), (int | str, "__args__"), (int | str, "__parameters__"),
                     (int | str, "foo")):
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del list[int].foo
except AttributeError as e:
    print("AttributeError:", e)
