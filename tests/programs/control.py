# Loops, comprehensions, functions, closures, generators.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b

print(list(fib(15)))
squares = {x: x * x for x in range(6) if x % 2 == 0}
print(squares, [y for y in (1, 2, 3) for _ in range(y)], {c for c in "hello"} == set("helo"))

def counter():
    count = 0
    def inc(by=1, *, twice=False):
        nonlocal count
        count += by * (2 if twice else 1)
        return count
    return inc

c = counter()
print(c(), c(5), c(twice=True), c(by=10, twice=True))

def varargs(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(varargs(1, c=3), varargs(1, 2, 3, 4, c=5, e=6, f=7))
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
else:
    print("not reached")
print("i =", i)
print(sorted([3, 1, 2], reverse=True), list(zip("ab", [1, 2])), list(enumerate("xy", 1)))
