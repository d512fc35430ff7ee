# Fused instruction pairs and compare-and-jump after quickening: every
# operand type, and errors raised by either half of a pair point at the
# right line.
import sys


def compare_all(pairs):
    out = []
    for a, b in pairs:
        row = []
        if a < b:
            row.append("lt")
        if a <= b:
            row.append("le")
        if a == b:
            row.append("eq")
        if a != b:
            row.append("ne")
        if a > b:
            row.append("gt")
        if a >= b:
            row.append("ge")
        if not a < b:
            row.append("!lt")
        out.append(" ".join(row))
    return out


nan = float("nan")
pairs = [(1, 2), (2, 2), (3, 2), (-5, 5), (1.5, 1.5), (1.5, 2.5), (nan, nan), (nan, 1.0),
         (1, 1.0), (2**70, 2**70 + 1), (2**70, 3), ("a", "b"), ("b", "b"), ((1, 2), (1, 3)),
         ([1], [1]), (True, 1), (False, 0.5), (4611686018427387903, -4611686018427387904),
         (float("inf"), 2**80), (-0.0, 0.0), ({1}, {1, 2})]
for line in compare_all(pairs):
    print(line)


def loop_compare(n):
    i = 0
    total = 0
    while i < n:
        if i % 3 == 0:
            total += i
        i += 1
    return total


print(loop_compare(100), loop_compare(0), loop_compare(-3))

for a, b in [(1, "x"), ("x", 1.5), (None, None), ([], ())]:
    try:
        if a < b:
            print("less")
    except TypeError as e:
        print("TypeError:", e)


def pairs_of_locals(a, b, c):
    x = a + b
    y = x * c
    x, y = y, x
    return x, y, a - 1, 1 - a


print(pairs_of_locals(1, 2, 3), pairs_of_locals(1.5, 2.5, -1.0))


def unbound_second():
    a = 1
    if a > 5:
        b = 2
    return a + b  # b unbound: the second half of the pair raises


def unbound_first():
    if len(sys.argv) > 100:
        q = 1
    r = 2
    return q + r


def unbound_after_store():
    x = 1
    if x > 5:
        y = 0
    x = 3
    return y


for fn in (unbound_second, unbound_first, unbound_after_store):
    try:
        fn()
    except UnboundLocalError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, e, tb.tb_lineno)


def chained(a, b, c, d):
    return a, b, c, d, (a < b < c) , (a == b == c)


print(chained(1, 2, 3, 4), chained(3, 3, 3, 3))
unbound_second()
