def f():
    return {kk: vv for kk in range(3) for vv in range(kk)}
x = {a: b for a, b in []}
