# Set and dict comprehensions: dedup, key collisions keep the last value, evaluation order.
print(sorted({x % 4 for x in range(20)}))
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x % 3: x for x in range(10)})
words = ["apple", "bob", "cat", "anna"]
print({w[0]: len(w) for w in words})
print(sorted({len(w) for w in words}))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
order = []
def key(k):
    order.append("key %d" % k)
    return k
def val(v):
    order.append("val %d" % v)
    return v
print({key(i): val(i * 10) for i in range(2)})
print(order)
print({(a, b): a * b for a in range(3) for b in range(3) if a <= b})
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
