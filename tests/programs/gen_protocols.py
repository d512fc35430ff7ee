# Generators and generator expressions wherever an iterable goes: builtins, unpacking, joins,
# closures and arguments bound at the call, laziness and short-circuiting, recursion.
def count(n, step=1, *extra, scale=1, **kw):
    i = 0
    while i < n:
        yield i * scale
        i += step
    if extra or kw:
        yield (extra, sorted(kw.items()))


print(list(count(5)), list(count(10, 3, scale=2)), list(count(2, 1, "x", k=1)))
try:
    count()
except TypeError as e:
    print("TypeError at call:", e)

def make_counter():
    total = 0

    def gen(items):
        nonlocal total
        for x in items:
            total += x
            yield total

    def get():
        return total
    return gen, get


gen, get = make_counter()
print(list(gen([1, 2, 3])), get())
print(sum(gen(range(4))), get())

print(dict(zip("abc", count(3))), sorted(count(4), reverse=True), max(count(7)))
print(tuple(enumerate(x * x for x in range(4))), set(x % 3 for x in range(9)))
a, b, *c = count(6)
print(a, b, c)
print("-".join(str(x) for x in count(4)), any(x > 2 for x in count(5)), all(x < 3 for x in count(5)))

def noisy(n):
    for i in range(n):
        print("  produce", i)
        yield i


print(any(x == 1 for x in noisy(5)))
print(next(x for x in noisy(10) if x >= 2))
print(list(zip(noisy(2), "ab")))
print(sorted(noisy(3), key=lambda v: -v))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for child in range(2):
        for x in tree(depth - 1):
            yield f"{depth}.{child}/{x}"


print(len(list(tree(5))), list(tree(2)))

def flatten(obj):
    if isinstance(obj, list):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


print(list(flatten([1, [2, [3, [4, [5]]]], [[6]], 7])))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
gx = (i * i for i in range(3))
print(list(gx), list(gx))
print(list(x for x in range(3) for y in range(x)), [list(r) for r in ((i, i + 1) for i in range(2))])
print(sum(x for x in range(100000) if x % 7 == 0))
print(list(map(lambda g: list(g), [count(2), count(1)])), list(filter(None, count(4))))
print(list(reversed(list(count(3)))), min((x for x in [5, 3, 8]), default=None))
print("x" in (c for c in "xyz"), 5 in count(3))
