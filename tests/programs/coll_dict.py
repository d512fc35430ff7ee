# dict: insertion order with deletions and re-insertions, views, methods,
# reprs and error messages


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = {}
for i in range(20):
    d[i * 7 % 13] = i
print(d, len(d))
for k in [3, 5, 0, 12]:
    del d[k]
print(d)
d[5] = "again"
d[3] = "back"
d[100] = 1
print(d, list(d), list(d.values())[:4])
for i in range(200):
    d[i] = i
for i in range(0, 200, 3):
    del d[i]
print(len(d), list(d)[:15], list(d)[-5:])
print(d.popitem(), d.popitem(), len(d))
d[1000] = 0
print(list(d.items())[-3:])

e = {"b": 1, "a": 2}
e["c"] = 3
print(e, e.keys(), e.values(), e.items())
print(e.get("a"), e.get("z"), e.get("z", 0), e.setdefault("a", 9), e.setdefault("q", 7), e)
print(e.pop("q"), e.pop("zz", "dflt"), e)
f = e.copy()
f.update({"x": 1}, y=2)
f.update([("z", 3)])
print(f, e == f, e != f, e == {"a": 2, "c": 3, "b": 1})
print(dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({"k": "v"}, k2=0), dict(), dict(e.items()))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), {}.fromkeys([1, 1, 2], []))
print(e | {"a": 100, "n": 1}, {1: 2} | {})
g = {1: 1}
g |= {2: 2}
g |= [(3, 3)]
print(g, 1 in g, 4 in g, len(g))
print({(1, 2): "t", None: 0, 1.5: "f", True: "b"})
g.clear()
print(g)

# views
ks = {"a": 1, "b": 2, "c": 3}.keys()
print(ks & {"a", "z"}, sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(ks == {"a", "b", "c"}, ks < {"a", "b", "c", "d"}, "a" in ks, len(ks))
it = {"a": 1, "b": 2}.items()
print(("a", 1) in it, ("a", 2) in it, 1 in it, it == {("a", 1), ("b", 2)})
print(ks.isdisjoint({"q"}), ks.isdisjoint(["a"]))
print({1: 2, 3: 4}.values(), 2 in {1: 2}.values())
print(list(reversed({1: 1, 2: 2, 3: 3})), list(reversed({1: "a"}.items())))
print({5: 1, 3: 2}.keys() & {3: 0}.keys())

# recursion
r = {}
r["self"] = r
print(r)

# errors
err(lambda: {}["missing"])
err(lambda: {}[(1, 2)])
err(lambda: {}.popitem())
err(lambda: {}.pop("k"))
err(lambda: {}.pop())
err(lambda: {}.get())
err(lambda: {[]: 1})
err(lambda: {}.get([]))
err(lambda: dict(1, 2))
err(lambda: dict([1]))
err(lambda: dict([[1, 2, 3]]))
err(lambda: dict(1))
err(lambda: {}.update(1))
err(lambda: {1: 2} | [(1, 2)])
err(lambda: {1: 2} < {1: 2})
err(lambda: {}.keys(1))
err(lambda: {}.fromkeys())


def grow():
    x = {1: 1, 2: 2}
    for k in x:
        x[k + 10] = 0


def shrink():
    x = {1: 1, 2: 2}
    for k in x.values():
        del x[1]


def del_missing():
    x = {1: 1}
    del x[2]


err(grow)
err(shrink)
err(del_missing)
x = {1: 1, 2: 2}
for k in x:
    x[k] = k * 10
print(x)
