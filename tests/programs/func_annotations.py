# Annotations on parameters and returns, evaluated at definition time, in order.
order = []
def ann(tag):
    order.append(tag)
    return tag
def f(a: ann("a"), b: ann("b") = 1, *args: ann("args"), c: ann("c"), d: ann("d") = 2, **kw: ann("kw")) -> ann("ret"):
    return a
print(order)
print(f.__annotations__)
def g(x: int, y: "str" = "", /) -> list[int]:
    return [x]
print(g.__annotations__)
lam = lambda x, y=1: x
print(lam.__annotations__)
def nested():
    def inner(p: float) -> None:
        pass
    return inner.__annotations__
print(nested())
def noann(a, b):
    pass
print(noann.__annotations__)
