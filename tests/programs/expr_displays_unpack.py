# Displays with unpacking: [*a, *b], (*a,), {*a}, {**d, k: v}, empty displays, large constant displays.
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b], [0, *a, 5, *s], (*a,), (*a, *b, 9), [*range(3)], [*()])
print(sorted({*a, *b, 2}), sorted({*s}), {*()} == set())
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100}, {**{}}, {**d1, "b": 0, **{"d": 4}})
print([], (), {}, set(), [[]], ((),), [{}], ({},))
print((1,), (1, 2), 1, (((1))), [(1)], [(1,)])
print([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33])
print({"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17})
x = 5
print([x, x + 1, -x], (x, "s", None, True, 1.5), {x: "int key", "s": x, None: x}, sorted({x, x * 2, x * 3}))
print({1: "first", 1.0: "second", True: "third"})
print({1, 1.0, True}, {"a", "a"}, [*{1: 2, 3: 4}], {**dict.fromkeys("ab", 0)})
def gen():
    yield from (1, 2)
print([*gen(), *gen()], (*gen(),))
nested = [*[*[1, 2], 3], *[[4]]]
print(nested)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
print({"a": 1, "a": 2}, [x for x in [*a]] == a)
