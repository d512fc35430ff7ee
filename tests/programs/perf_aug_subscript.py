# Augmented subscript assignment (a[k] op= v) runs fused after quickening:
# every container kind, errors from the load, the operator and the store,
# and the traceback of a failing store.
xs = [1, 2, 3]
for i in range(-3, 3):
    xs[i] += 10
    xs[i] *= 2
print(xs)
d = {"a": 1}
for k in "aab":
    try:
        d[k] += 1
    except KeyError as e:
        print("KeyError:", e)
        d[k] = 0
print(d)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * j
        grid[j][i] -= 1
print(grid)
ba = bytearray(b"abc")
ba[0] += 1
print(ba)
for target, key, val in [((1, 2), 0, 1), ([1], 5, 1), ([1], 0, "s"), ({}, [], 1), ("ab", 0, "c")]:
    try:
        target[key] += val
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
nested = {"k": [1.5, 2.5]}
nested["k"][1] **= 2
nested["k"][-1] //= 2
print(nested)


def store_fails():
    t = (1, 2)
    t[0] += 1


store_fails()
