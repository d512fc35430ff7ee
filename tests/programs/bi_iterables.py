# Iteration builtins: min/max (key, default), sum (start), sorted, iter (1 and 2 args), next, any/all, enumerate/zip/map/filter/reversed, with their errors.
def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((1.5, -2, 0)), max(range(10)))
print(max([1, 5, 3], key=lambda v: -v), min("a", "bb", "ccc", key=len), max("a", "bb", "cc", key=len))
print(min([], default="empty"), max((), default=None), min([7], default=0), max([2, 9], key=None))
print(min([(1, "b"), (1, "a")]), max([[1, 2], [1, 3]]), max(True, 0), min(1, 1.0), max(1.0, 1))
attempt(max, [])
attempt(min, [])
attempt(min, ())
attempt(max)
attempt(min)
attempt(max, 1)
attempt(max, 1, 2, default=3)
attempt(max, [1], foo=1)
attempt(max, [1], key=None, default=1, foo=2)
attempt(max, [1, 2], key=1)
attempt(max, 1, "a")
attempt(min, [1, "a"])
attempt(min, [], key=len)

print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []))
print(sum(range(5), 100), sum([1], start=10), sum(((1,), (2,)), ()), sum([True, True, 1]), sum([2**62, 2**62]))
print(sum([1.5, 2**53, 1]), sum([1j, 2]), sum([-0.0]), sum([], -0.0), sum([10**20, -10**20, 0.5]))
attempt(sum)
attempt(sum, 1)
attempt(sum, 1, "a")
attempt(sum, ["a", "b"], "")
attempt(sum, [b"a"], b"")
attempt(sum, [], bytearray())
attempt(sum, [1, "a"])
attempt(sum, [1], 2, 3)
attempt(sum, [1], start=1, x=2)
attempt(sum, [1], x=2)
attempt(sum, start=1)
attempt(sum, [1], 2, start=3)
attempt(sum, iterable=[1])

print(sorted([3, 1, 2]), sorted("banana"), sorted((2, 1), reverse=True), sorted([]), sorted({3: 0, 1: 0}))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], key=None, reverse=1), sorted(range(5), key=lambda v: v % 2))
data = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True), data)
attempt(sorted)
attempt(sorted, 1, 2)
attempt(sorted, 1)
attempt(sorted, [1], reverse=None)
attempt(sorted, [2, 1], reverse=1.5)
attempt(sorted, [1], key=1)
attempt(sorted, [1, 2], key=1)
attempt(sorted, [1], foo=1)
attempt(sorted, [1], key=None, reverse=False, x=1)
attempt(sorted, [3, "a"])
attempt(sorted, iterable=[1])

it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
print(list(iter("ab")), list(iter((1, 2))), list(iter(range(3))), iter(it) is it)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)), counter)
def stops():
    raise StopIteration
print(list(iter(stops, 1)))
attempt(iter)
attempt(iter, 1)
attempt(iter, 1, 2)
attempt(iter, 1, 2, 3)
attempt(iter, [], x=1)
attempt(next)
attempt(next, 1)
attempt(next, [])
attempt(next, iter([]))
attempt(next, iter([]), 1, 2)
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", repr(e), e.args)

print(any([]), all([]), any([0, "", None]), all([1, "x"]), any([x > 2 for x in [1, 3]]), all(iter([1, 0])))
print(any(range(0)), all(range(1, 5)), any({0: 1}), all("abc"))
attempt(any, 1)
attempt(all)
attempt(any, [], [])

print(list(enumerate("ab")), list(enumerate("xy", 10)), list(zip("abc", range(5))), list(zip()))
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])))
print(list(filter(lambda v: v % 2, range(7))), list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(type(enumerate("")).__name__, type(zip()).__name__, type(map(len, "")).__name__, type(filter(None, "")).__name__)
print(type(reversed([])).__name__, isinstance(enumerate("a"), enumerate), callable(zip))
attempt(enumerate)
attempt(zip, 1)
attempt(map, len)
attempt(filter, None)
attempt(reversed, 1)
attempt(reversed)
attempt(reversed, 1, 2)
