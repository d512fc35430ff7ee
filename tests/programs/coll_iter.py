# enumerate, zip, map, filter, reversed, iter(callable, sentinel) and the
# containers' iterators


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(list(enumerate("abc")), list(enumerate([5, 6], 10)), list(enumerate("xy", start=-1)))
print(list(enumerate(iterable=[1], start=5)), list(enumerate(start=2, iterable="q")), list(enumerate("ab", 2 ** 64)))
print(list(enumerate("ab", True)), list(enumerate([], 3)))
print(list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(7))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())), list(reversed({"a": 1, "b": 2}.items())))
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 4)), count)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "end"))
e = enumerate("ab")
print(iter(e) is e, next(e), next(e), next(e, None))
m = map(len, ["aa", "b"])
print(next(m), list(m))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(iter(range(3))).__name__, type(reversed([])).__name__, type(reversed(())).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__)
print(type(iter(tick, 0)).__name__, type(iter(range(2 ** 70))).__name__)
lst = [1, 2, 3]
ri = reversed(lst)
lst.append(4)
print(list(ri))
li = iter(lst)
lst.clear()
print(list(li))
print(sum(range(101)), max(enumerate("hello"), key=lambda p: p[1]), dict(zip("ab", range(2))), sorted(zip([3, 1], "xy")))

err(lambda: list(zip([1], [1, 2], strict=True)))
err(lambda: list(zip([1, 2], [1], strict=True)))
err(lambda: list(zip([1], [1], [], strict=True)))
err(lambda: list(zip([1, 2], [1, 2], [1, 2, 3], strict=True)))
err(lambda: zip(1))
err(lambda: zip(x=1))
err(lambda: zip([], strict=1, x=2))
err(lambda: enumerate())
err(lambda: enumerate(x=1))
err(lambda: enumerate([], 1, 2))
err(lambda: enumerate(1))
err(lambda: enumerate([], "a"))
err(lambda: enumerate([], iterable=[]))
err(lambda: map(len))
err(lambda: map())
err(lambda: map(len, 1))
err(lambda: map(len, [], x=1))
err(lambda: list(map(len, [1])))
err(lambda: filter(len))
err(lambda: filter(None, 1))
err(lambda: filter(None, [], x=1))
err(lambda: reversed())
err(lambda: reversed(1))
err(lambda: reversed(set()))
err(lambda: reversed([], x=1))
err(lambda: reversed(1, 2))
err(lambda: iter(1, 2))
err(lambda: next(iter([])))


def changing():
    d = {1: 2}
    it = iter(d)
    d[3] = 4
    return next(it)


err(changing)
