# Starred assignment targets in every position and nesting.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8, 9)
print(everything)
(p, *q), [r, *s] = "pqr", [1]
print(p, q, r, s)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for head, *tail in ["xyz", (1, 2), [3]]:
    print(head, tail)
try:
    x, y, *z = [1]
except ValueError as exc:
    print("ValueError:", exc)
big = list(range(300))
a, b, *c, d, e = big
print(a, b, len(c), c[:3], d, e)
