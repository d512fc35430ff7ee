# Stores and deletes: attributes, subscripts, slices; augmented assignment.
a.b = 1
a.b.c = 2
a[0] = 3
a[i][j] = 4
a[1:2] = x
a[::2] = x
a[i:j] = x
a[i, j] = 5
del a.b
del a[0]
del a[1:2]
del a[::2]
del a.b.c, a[i][j]
x = y = z = 0
a.b = a[c] = d = e
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x @= m
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
a.b += 1
a.b.c *= 2
a[i] += 1
a[i][j] -= 1
a[i:j] += x
a[i:j:k] += x
a[f()] += g()


def f(p):
    q = 1
    q += p
    p.r += q
    p[q] **= 2
    del q
    global G
    G += 1
    del G
