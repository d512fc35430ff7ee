class C:
    n = 3
    xs = [n for _ in range(n)]
    ys = [i for i in range(n)]
    zs = {k: C for k in xs}
def f():
    q = 1
    class D:
        r = [q for _ in range(2)]
        s = [t for t in range(q)]
