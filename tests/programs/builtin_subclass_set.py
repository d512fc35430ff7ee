# Subclasses of set and frozenset: construction through __init__ (set) or
# __new__ (frozenset), the subclass name in repr, operation results of the
# base type, overridden dunders.
class MySet(set):
    pass


s = MySet([3, 1, 2])
print(s, type(s).__name__, s | {4}, type(s | {4}).__name__, 1 in s, len(s), MySet())
s.add(9)
s |= {10}
print(sorted(s), type(s).__name__, s.copy(), type(s.copy()).__name__, s == {1, 2, 3, 9, 10})
print(s - {1}, type(s - {1}).__name__, s & {1, 2}, s.union([7]), type(s.union([7])).__name__)
s.attr = 1
print(s.attr, s.__dict__)


class MyFS(frozenset):
    pass


fs = MyFS([1, 2])
print(fs, type(fs).__name__, hash(fs) == hash(frozenset([1, 2])), fs | {3}, type(fs | {3}).__name__)
print({fs: 1}[frozenset({1, 2})], fs == {1, 2}, MyFS(), MyFS(fs), type(MyFS(fs)).__name__)


class Bag(set):
    def __init__(self, *items):
        super().__init__(items)

    def __contains__(self, x):
        return x == "any" or set.__contains__(self, x)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))


b = Bag(1, 2, 3)
print(b, "any" in b, 2 in b, 7 in b, len(b), bool(b), list(b), sorted(b), b == {1, 2, 3})


class Evens(frozenset):
    def __new__(cls, n):
        return super().__new__(cls, range(0, n, 2))


e = Evens(7)
print(e, type(e).__name__, len(e), 4 in e)
try:
    MySet(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    MySet([1], [2])
except TypeError as ex:
    print("TypeError:", ex)
try:
    hash(MySet())
except TypeError as ex:
    print("TypeError:", ex)
