# Lambdas: parameters of every kind, closures, immediate calls, lambdas returning lambdas.
add = lambda a, b=1: a + b
print(add(1), add(1, 2))
every = lambda a, /, b, *c, d, e=5, **f: (a, b, c, d, e, f)
print(every(1, 2, 3, d=4, g=7))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda: "immediate")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(add.__name__, add.__qualname__, (lambda: 0).__code__.co_name)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([cond(v) for v in (-1, 0, 1)])
print((lambda *a, **k: (a, k))(1, 2, x=3))
y = lambda: (yield)
print(type(y()).__name__)
