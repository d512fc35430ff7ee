# Exact linear algebra with a hand-written rational type built from int pairs (no classes): gcd
# normalisation, Gaussian elimination, determinants, inverses and solving a system.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def q(n, d=1):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)

def add(a, b): return q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])
def sub(a, b): return q(a[0] * b[1] - b[0] * a[1], a[1] * b[1])
def mul(a, b): return q(a[0] * b[0], a[1] * b[1])
def div(a, b): return q(a[0] * b[1], a[1] * b[0])
def fmt(a): return str(a[0]) if a[1] == 1 else f"{a[0]}/{a[1]}"

def matrix(rows):
    return [[q(v) for v in row] for row in rows]

def show(m):
    width = max([len(fmt(v)) for row in m for v in row])
    return "\n".join(["[" + " ".join([fmt(v).rjust(width) for v in row]) + "]" for row in m])

def determinant(m):
    m = [row[:] for row in m]
    n, det = len(m), q(1)
    for col in range(n):
        pivot = next(iter([r for r in range(col, n) if m[r][col][0] != 0]), None)
        if pivot is None:
            return q(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = mul(det, q(-1))
        det = mul(det, m[col][col])
        for r in range(col + 1, n):
            factor = div(m[r][col], m[col][col])
            m[r] = [sub(a, mul(factor, b)) for a, b in zip(m[r], m[col])]
    return det

def inverse(m):
    n = len(m)
    aug = [row[:] + [q(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(iter([r for r in range(col, n) if aug[r][col][0] != 0]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [div(v, p) for v in aug[col]]
        for r in range(n):
            if r != col and aug[r][col][0]:
                f = aug[r][col]
                aug[r] = [sub(a, mul(f, b)) for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def matmul(a, b):
    return [[q(0) if not a else
             _dot([a[i][k] for k in range(len(b))], [b[k][j] for k in range(len(b))])
             for j in range(len(b[0]))] for i in range(len(a))]

def _dot(xs, ys):
    total = q(0)
    for x, y in zip(xs, ys):
        total = add(total, mul(x, y))
    return total

A = matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(show(A))
print("det", fmt(determinant(A)))
inv = inverse(A)
print(show(inv))
print(show(matmul(A, inv)))
b = matrix([[4], [5], [6]])
print("solution", [fmt(v[0]) for v in matmul(inv, b)])
H = matrix([[1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 7], [1, 1, 2, 2]])
print("det H", fmt(determinant(H)))
hilbert = [[q(1, i + j + 1) for j in range(4)] for i in range(4)]
print("det hilbert", fmt(determinant(hilbert)))
print(show(inverse(hilbert)))
try:
    inverse(matrix([[1, 2], [2, 4]]))
except ValueError as e:
    print("ValueError:", e)
print(fmt(add(q(1, 3), q(1, 6))), fmt(div(q(2), q(-4))), fmt(sub(q(1, 2), q(1, 2))))
try:
    div(q(1), q(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
