# Keyword-only parameters with and without defaults, after * and after *args.
def k(a, *, b, c=3):
    return a, b, c
def k2(*args, key, reverse=False):
    return sorted(args, key=key, reverse=reverse)
def k3(*, only):
    return only
print(k(1, b=2), k(1, c=0, b=9))
print(k2(3, 1, 2, key=lambda v: -v), k2(3, 1, 2, key=None, reverse=True))
print(k3(only="x"))
for call in (lambda: k(1, 2), lambda: k(1), lambda: k3(), lambda: k3(1), lambda: k(1, b=1, d=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def kw_default_eval():
    print("default evaluated once")
    return []
def acc(x, *, into=kw_default_eval()):
    into.append(x)
    return into
print(acc(1), acc(2), acc.__kwdefaults__)
