# Tuple and list targets, nested targets, unpacking any iterable.
(a, b), [c, d] = (1, 2), "xy"
print(a, b, c, d)
[a, (b, [c, d]), e] = [10, (20, (30, 40)), 50]
print(a, b, c, d, e)
p, q = {"first": 1, "second": 2}
print(p, q)
m, n, o = range(3)
print(m, n, o)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k, end=" ")
print()
data = [0, 0, 0]
data[0], data[2] = "left", "right"
print(data)
(x,) = [42]
print(x)
[y] = (43,)
print(y)
() = []
[] = ()
print("empty targets ok")
try:
    a, b = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b, c = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b = 5
except TypeError as exc:
    print("TypeError:", exc)
