def f(seq, m):
    a = [x * m for x in seq if x]
    b = {k: v for k, v in seq.items() if k}
    c = {y for y in seq for z in y}
    d = (w + m for w in seq)
    e = [[i * j for j in range(i)] for i in seq]
    return a, b, c, d, e
g = [x for x in range(3)]
