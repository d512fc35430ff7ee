# BINARY_SUBSCR / STORE_SUBSCR fast paths for lists and tuples with int
# indexes: every edge falls back to the types' own errors.
xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], t[2], t[-2])
print(xs[True], t[False])
for bad in (3, -4, 2**62, -2**62, 2**70):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
for bad in ("a", 1.0, None):
    try:
        xs[bad]
    except TypeError as e:
        print("TypeError:", e)
    try:
        xs[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
xs[-1] = "last"
xs[0] += 5
print(xs)
empty = []
try:
    empty[0]
except IndexError as e:
    print("IndexError:", e)
try:
    empty[-1] = 1
except IndexError as e:
    print("IndexError:", e)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = i * 3 + j
print(grid, grid[2][-1], grid[-1][0])
s = "héllo"
print(s[1], s[-1], b"abc"[1], range(10)[-2])
d = {0: "zero", -1: "minus"}
print(d[0], d[-1])
