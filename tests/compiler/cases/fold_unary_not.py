# `not` of one is / in comparison inverts the comparison; other
# comparisons are left alone.
def f(a, b):
    return (not a is b, not a is not b, not a in b, not a not in b,
            not a == b, not a < b, not a is b is a, not (a is b))

def g(a):
    if not a is None:
        return 1
    while not a in (1, 2):
        a = 1
    return not 1, not 0, not '', not 'x', not (), not (1,), not None, not ..., not 0.0, not 0j
