def f(x):
    a = [1, 2]()
    b = (1, 2)(x)
    c = {1: 2}()
    d = f"{x}"()
    e = 1[0]
    g = None[x]
    h = {1, 2}[0]
    i = (lambda: 0)[0]
    j = [1][1, 2]
    k = "ab"["a"]
    m = (1, 2)[1.5]
    n = [x for x in a][()]
    o = [1][1:2]
    p = [1][x]
    try:
        return 1 is 1
    finally:
        q = 2 is x
