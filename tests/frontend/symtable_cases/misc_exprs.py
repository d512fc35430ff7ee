def f(a, b):
    del a
    c = {**b, 1: a}
    d = f"{a!r:>{b}} {c}"
    e = a[1:b:2], a.x, -a, not b, a if b else c
    *s, t = b
    print(*s, **c, key=t)
    assert a, b
    raise a from b
    while a:
        break
    else:
        pass
    for i in b:
        continue
    return [e, d]
