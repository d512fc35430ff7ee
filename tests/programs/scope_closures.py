# Closures: cells created for parameters, late binding, cells shared across calls, closures over loop variables.
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_bound():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(10) for f in make_adders_bound()])
def param_cell(p):
    def get():
        return p
    p = p * 2
    return get
print(param_cell(21)())
def independent():
    return [counter_factory() for _ in range(2)]
def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = independent()
print(c1(), c1(), c2(), c1())
def closure_introspection():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
fn = closure_introspection()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__], fn())
def late():
    fns = []
    x = "first"
    fns.append(lambda: x)
    x = "second"
    return fns[0]()
print(late())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(10)(100)(1000))
def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(20))
def no_closure():
    return 1
print(no_closure.__closure__, fn.__code__.co_cellvars, closure_introspection.__code__.co_cellvars)
