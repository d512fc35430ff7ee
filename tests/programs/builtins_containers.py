# list, dict, set, tuple methods and behaviours: ordering, views, copying, comparisons, sorting stability.
lst = [5, 3, 8, 1]
lst.sort(key=lambda v: v % 3)
print(lst, lst[::-1], lst.copy() == lst, lst.copy() is lst)
lst.reverse(); lst.remove(8); print(lst, lst.count(5), 3 in lst)
lst.clear(); print(lst, bool(lst))
d = dict(one=1, two=2)
d["three"] = 3
keys = d.keys()
d["four"] = 4
print(list(keys), list(d.values()), d.popitem(), d, len(d))
print(dict.fromkeys("abc", 0), {**d, "one": "uno"}, d | {"five": 5}, sorted(d, key=d.get))
d2 = d.copy(); d2.update([("x", 9)]); d2 |= {"y": 10}
print(d2, "x" in d, d.get("missing"), list(reversed(d)))
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {4, 5}), {1, 2} <= {1, 2, 3})
fs = frozenset([1, 2, 2])
print(sorted(fs), len(fs), fs | {3} == {1, 2, 3}, type(fs | {3}).__name__)
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], (1, 2) < (1, 2, 3), tuple(reversed(t)))
records = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records))
nested = [[1, 2], [3]]
shallow = list(nested)
shallow[0].append(99)
print(nested)
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
print(list("abc"), list({"k": 1}), list((1, 2)), [1, 2] * 0, [[0] * 2] * 2)
