# Subscripts and slices with every combination of start/stop/step, negatives, out-of-range, tuples as keys.
s = list(range(10))
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::100], s[::-100], s[2:-2:3])
t = "abcdefgh"
print(t[1], t[-2], t[2:5], t[::-2], t[10:], t[:0])
print((1, 2, 3, 4)[1:3], range(20)[5:15:4], b"bytes"[1:3], b"bytes"[0])
i, j, k = 1, 8, 3
print(s[i:j:k], s[i:j], s[i:], s[:j:k], s[::k])
print(s[slice(2, 5)], s[slice(None, None, -3)], slice(1, 2, 3), slice(1, 2, 3).indices(10))
m = {(1, 2): "tuple key", 3: "int"}
print(m[1, 2], m[(1, 2)], m[3])
grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2], grid[-1][::-1], [row[1:] for row in grid])
s2 = s[:]
s2[2:5] = []
s2[:0] = ["start"]
s2[-1:] = ["end", "end2"]
print(s2)
s3 = list(range(6))
s3[::2] = "abc"
print(s3)
try:
    s3[::2] = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[True], s[-len(s)], s[2 ** 70:])
