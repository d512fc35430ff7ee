# A function with every parameter kind, called in many ways; introspection of its code.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=33, d=44, e=55, extra=1))
print(f(*[1, 2, 3, 4], **{"d": 0, "x": 1}))
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames)
print(f.__defaults__, f.__kwdefaults__)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
def errors(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
errors(lambda: f())
errors(lambda: f(1))
errors(lambda: f(1, 2, 3, b=2, d=1))
errors(lambda: f(1, c=1, d=2, **{"c": 3}))
def g(x, y):
    return x - y
errors(lambda: g(1, 2, 3))
errors(lambda: g(1, x=2))
errors(lambda: g(y=1, z=2))
print(g(y=1, x=10))
