# Positional-only parameters: defaults, name reuse in **kwargs, error messages.
def p(a, b, /):
    return a, b
def q(a, b=10, /, c=20):
    return a, b, c
def r(x, /, **kw):
    return x, kw
print(p(1, 2), q(1), q(1, 2), q(1, 2, 3), q(1, c=5))
print(r(1, x=2, y=3))
for call in (lambda: p(1, b=2), lambda: p(a=1, b=2), lambda: q(), lambda: p(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def defaults(a=[], /):
    a.append(len(a))
    return a
print(defaults(), defaults(), defaults([9]))
print(divmod(7, 2), pow(2, 5, 7))
