# for-loop targets of every kind: subscripts, slices, starred, nested tuples, attributes of functions.
data = [0, 0, 0]
for data[0] in range(3):
    pass
print(data)
d = {}
for d["key"] in "abc":
    pass
print(d)
for i, data[i] in enumerate("xyz"):
    pass
print(data)
for first, *rest in ["hello", "hi"]:
    print(first, rest)
for (a, b), [c, (d2, e)] in [((1, 2), [3, (4, 5)])]:
    print(a + b + c + d2 + e)
def holder():
    pass
for holder.attr in (10, 20):
    pass
print(holder.attr)
sl = [1, 2, 3, 4]
for sl[1:3] in [["a"], ["b", "c", "d"]]:
    print(sl)
for _ in range(3):
    pass
print(_)
