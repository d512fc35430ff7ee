# `in` / `not in` displays and for-loop / comprehension iterables: list ->
# tuple (constant when it can be), constant set -> frozenset.
def f(x, y):
    a = x in [1, 2, 3]
    b = x not in {1, 2, 1.0, True}
    c = x in [y, 1]
    d = x in {y, 1}
    e = x in [*y]
    g = x in {0.0, -0.0, 0, False}
    h = 1 < x in [1, 2]
    i = x in [1] < y
    j = x in (1, 2)
    k = x in {(1, 2), (1, 2)}
    for z in [1, 2]:
        pass
    for z in {1, 2, 2}:
        pass
    for z in [x, y]:
        pass
    for z in {x, y}:
        pass
    l = [q for q in [1, 2] if q in {3, 4}]
    m = {q for q in {5, 6}}
    n = (q for q in [x, 'a'])
    return a, b, c, d, e, g, h, i, j, k, l, m, n

async def g(x):
    async for z in [1, 2]:
        pass
    return [q async for q in x if q in [1, 2]]
