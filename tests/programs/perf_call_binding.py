# Calls bound by the fast paths (exact positional arguments, positional
# arguments with defaults and keyword-only defaults) next to the ones that
# need the general binding, with CPython's errors.


def exact(a, b):
    return a, b


def defaults(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


def kwonly(a, b=1, *, k=10, m=20):
    return a, b, k, m


def kwonly_required(a, *, k, m=5):
    return a, k, m


def no_args():
    return "none"


print(exact(1, 2), defaults(1), defaults(1, 3), defaults(5, 6, []), defaults(7))
print(kwonly(1), kwonly(1, 2), kwonly(1, k=3), kwonly(1, 2, m=0), no_args())
print(kwonly_required(1, k=2))
for call in (lambda: exact(1), lambda: exact(1, 2, 3), lambda: defaults(), lambda: defaults(1, 2, 3, 4),
             lambda: kwonly_required(1), lambda: kwonly(), lambda: no_args(1),
             lambda: kwonly(1, 2, 3), lambda: exact(1, b=2, a=3), lambda: kwonly_required()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
kwonly.__kwdefaults__ = None
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
defaults.__defaults__ = (100,)
try:
    print(defaults(1), defaults())
except TypeError as e:
    print("TypeError:", e)


def many(a, b, c, d=4, e=5, f=6, g=7, h=8):
    return a + b + c + d + e + f + g + h


print(sum([many(i, i, i) for i in range(10)]), many(1, 2, 3, 4, 5, 6, 7, 8), many(1, 2, 3, h=0))
