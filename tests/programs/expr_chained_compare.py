# Chained comparisons: each operand evaluated once, short-circuit on the first false link, mixed operators.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(1) < v(3) < v(2), calls); calls.clear()
print(v(3) < v(1) < v(2), calls); calls.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5) > v(0) >= v(0), calls); calls.clear()
print(v(1) < v(2) in v([2, 3]) not in v([[0]]), calls); calls.clear()
x = 5
print(0 < x < 10, 0 < x > 10, 10 > x > 0, 1 <= x <= 5 <= 5 < 6)
a = b = [1]
print(a is b is not None, a == b == [1] != [2], None is None is None)
print([n for n in range(20) if 3 < n <= 7 or 15 <= n < 17])
if 0 <= x < 3:
    print("low")
elif 3 <= x < 6:
    print("mid")
print(1 < 2 > 1 < 2 > 1, (1 < 2) < 2, 1 < (2 < 2))
def gen_vals():
    yield 2
print(1 < next(gen_vals()) < 3)
try:
    print(1 < 2 < "three")
except TypeError as e:
    print("TypeError:", e)
print(2 < 3 < 1 < "never compared")
