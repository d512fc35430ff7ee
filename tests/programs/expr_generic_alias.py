# types.GenericAlias: list[int], dict[str, int], tuple[int, ...], type[C]: repr, attributes, equality, calls, errors.
class Node:
    pass

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[Node],
           set[frozenset[bytes]], list["Node"], list[None], list[3], list[[int, str]],
           dict[str, int | None], enumerate[str], list[int,], tuple[int, str, float]]
for a in aliases:
    print(repr(a))
ga = dict[str, list[int]]
print(ga.__origin__, ga.__args__, ga.__parameters__, ga.__args__[1].__origin__)
print(type(ga).__name__, type(ga).__module__, ga.__class__ is type(list[int]))
print(list[int] == list[int], list[int] != list[int], list[int] == list[str], list[int] == list)
print(hash(list[int]) == hash(list[int]), {list[int]: "x"}[list[int]], len({list[int], list[int]}))

# calling the alias calls the origin
print(list[int]([3, 1, 2]), list[int](), dict[str, int](a=1), tuple[int, ...]("ab"), set[int]())
print(type[Node] is not type, type(type[Node](Node())) is type)
made = list[int]()
made.append(4)
print(made, type(made) is list)

# attributes other than the alias's own come from the origin
print(list[int].__name__, list[int].append is list.append, dict[str, int].fromkeys("ab", 0))
print(list[int].__qualname__, tuple[int].count((1, 1), 1))

# the built-in generic types have __class_getitem__; others don't
for t in (list, dict, tuple, set, frozenset, enumerate, ExceptionGroup, int, str, range, object):
    print(t.__name__, hasattr(t, "__class_getitem__"))
print(list.__class_getitem__(int), list.__class_getitem__((int, str)))

# user classes: __class_getitem__ is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"
print(Box[int], Box[int, str])

errors = [
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, list[int]),
    lambda: list[int][str],
    lambda: int[str],
    lambda: Node[int],
    lambda: setattr(list[int], "extra", 1),
    lambda: list[int].missing,
    lambda: list.__class_getitem__(),
    lambda: {}[list[[1]]],
    lambda: hash(list[[1]]),
]
for e in errors:
    try:
        print("no error", e())
    except (TypeError, AttributeError, KeyError) as exc:
        print(type(exc).__name__, exc)

def annotated(x: list[int], y: dict[str, tuple[int, ...]] = {}) -> type[Node]:
    return Node
print(annotated.__annotations__)
print(list[int].__mro_entries__(()), dict[str, int].__mro_entries__((1,)), list[int].__unpacked__)
print(str(list[int]), f"{dict[str, int]!s:>16}|", isinstance(list[int], type), list[int].__class__.__name__)

# GenericAlias reached through type(): a class of one's own made generic
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(list, ()))
class Seq:
    __class_getitem__ = classmethod(GA)
print(Seq[int], Seq[int].__origin__ is Seq, Seq[int]().__class__.__name__, Seq[int]().__orig_class__)
for bad in (lambda: GA(list), lambda: GA(list, int, x=1), lambda: GA(origin=list, args=int),
            lambda: type(int | str)(int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# issubclass with an alias as argument 1: CPython walks __bases__ (list's)
for f in [lambda: issubclass(list[int], list), lambda: issubclass(list[int], object), lambda: issubclass(list[int], (int, object)),
          lambda: issubclass(3, int), lambda: issubclass(list[int], 3), lambda: issubclass(list[int], list[int]),
          lambda: issubclass(int | str, int), lambda: issubclass(dict[str, int], dict)]:
    try: print(f())
    except TypeError as e: print("TypeError:", e)
class Fake:
    __bases__ = (int,)
print(issubclass(Fake(), int), issubclass(Fake(), str))
try: issubclass(Fake(), Fake())
except TypeError as e: print("TypeError:", e)
class Multi:
    __bases__ = (Fake(), str)
print(issubclass(Multi(), str), issubclass(Multi(), int), issubclass(Multi(), float))

# isinstance with a class-like argument 2: obj.__class__ tested by __bases__
class Fake:
    __bases__ = (int,)
class Multi:
    __bases__ = (Fake(), str)
print(isinstance(3, Fake()), isinstance("s", Fake()), isinstance(True, Multi()), isinstance(2.0, Multi()))
class NoClass:
    @property
    def __class__(self): raise AttributeError("gone")
print(isinstance(NoClass(), Fake()))
class Lies:
    __class__ = Fake()
print(isinstance(Lies(), Fake()), isinstance(3, (Fake(), str)))
try: isinstance(3, 4)
except TypeError as e: print("TypeError:", e)
class Root:
    __bases__ = ()
root = Root()
class Leaf:
    __bases__ = (root,)
print(isinstance(3, root), isinstance(3, Leaf()), isinstance(3, (str, root)))
