# LOAD_METHOD's cache of built-in methods by type: one call site seeing
# several types in turn, methods missing on some of them, and calls
# through other callables.
import math

values = [[1, 2, 1], (1, 1, 3), "a1b1", b"x1y", bytearray(b"11"), [], "", (1,)]
for v in values * 2:
    try:
        print(type(v).__name__, v.count(1 if not isinstance(v, (str, bytes, bytearray)) else "1" if isinstance(v, str) else b"1"))
    except TypeError as e:
        print("TypeError:", e)

for v in [[3, 1, 2], {"b": 1, "a": 2}, {5, 4}, "xyz", (1, 2), frozenset([1])]:
    try:
        print(type(v).__name__, v.copy())
    except AttributeError as e:
        print("AttributeError:", e)

for v in [1, 2.5, True, 2**80, "s", [0]]:
    try:
        print(v.bit_length())
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(v.is_integer())
    except AttributeError as e:
        print("AttributeError:", e)

acc = []
for i in range(5):
    acc.append(i)
    acc.extend([i] * 2)
    acc.insert(0, -i)
print(acc, acc.index(4), acc.pop(), acc.pop(0))
d = {}
for w in "the quick brown the lazy the end".split():
    d[w] = d.get(w, 0) + 1
    d.setdefault("total", 0)
    d["total"] += 1
print(sorted(d.items()))
print(math.sqrt(16.0), math.floor(2.5), [math.gcd(a, 12) for a in range(5)])
s = "Hello"
print([s.lower(), s.upper(), s.startswith("He"), s.endswith("x"), s.find("l"), s.replace("l", "L")])
m = str.upper
print(m("abc"), str.join(",", ["a", "b"]))
