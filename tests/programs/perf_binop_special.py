# BINARY_OP specialised to small ints and floats: overflow into big ints,
# one site seeing ints, floats, big ints, bools, strs and lists in turn,
# float specials, and errors from the same site.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


big = 4611686018427387903  # largest small int on 64-bit pvm
operands = [(1, 2), (big, 1), (-big - 1, -1), (big, big), (1.5, 2.25), (1, 2.5), (2.5, 1),
            (True, True), (2**64, 1), ("ab", "cd"), ([1], [2]), (3, 4), (0.1, 0.2),
            (float("inf"), float("-inf")), (-0.0, 0.0), (3037000499, 3037000499),
            (-3037000500, 3037000500), (2**31, 2**31), (1e308, 10.0)]
for fn in (add, sub, mul):
    for a, b in operands:
        try:
            print(fn.__name__, repr(fn(a, b)))
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
for a, b in [("ab", 3), (3, "ab"), ([0], 2), (None, 1)]:
    for fn in (add, sub, mul):
        try:
            print(fn.__name__, repr(fn(a, b)))
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)


def accumulate(n):
    total = 0
    for i in range(n):
        total += i * i * i * i * i
    return total


print(accumulate(10), accumulate(2000))
x = 1
for i in range(70):
    x = x * 2
print(x, x - 1, -x + 1)
f = 1.0
for i in range(1100):
    f = f * 2.0
print(f, f - f, 0.0 * -1.0)
for d in (2, 0, 0.0, -0.0):
    try:
        print(7.5 / d, 7 // d if d else None)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
