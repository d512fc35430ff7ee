# Augmented assignment to subscripts and slices: each part evaluated once.
calls = []
def idx(i):
    calls.append(i)
    return i
def obj(o):
    calls.append("obj")
    return o
data = [1, 2, 3, 4]
obj(data)[idx(1)] += 10
print(data, calls)
calls.clear()
d = {"a": 1}
obj(d)[idx("a")] *= 5
obj(d)[idx("b")] = 0
obj(d)[idx("b")] -= 2
print(d, calls)
nested = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        nested[i][j] += i * 2 + j
print(nested)
s = [1, 2, 3, 4, 5]
s[1:3] += [9]
print(s)
s[::2] = [0, 0, 0]
print(s)
grid = {(0, 0): 1}
grid[0, 0] += 1
grid[1, 2] = grid.get((1, 2), 0) + 3
print(grid)
try:
    d["missing"] += 1
except KeyError as exc:
    print("KeyError", exc)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as exc:
    print("TypeError:", exc)
print(t)
