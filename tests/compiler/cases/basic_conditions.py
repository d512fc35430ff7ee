# Chained comparisons and boolean operators in conditions (jump folding).
if a < b < c:
    x()
if a < b < c < d:
    x()
if a and b:
    x()
if a or b:
    x()
if a and b or c:
    x()
if not (a and b):
    x()
if not a or not b:
    x()
if (a and b) or (c and d):
    x()
if a is None:
    x()
if a is not None:
    x()
if a is None or b is not None:
    x()
if a == 1 and b != 2:
    x()
if a in b and c not in d:
    x()
while a and not b:
    x()
r = a if b and c else d
r = a if not b else c
r = a if b < c < d else e
r = (a and b) if c else d
r = [x for x in y if a and b or c]


def f(a, b, c):
    if a < b <= c:
        return 1
    if a and (b or c):
        return 2
    return a < b and b < c


def g(a, b, c, d):
    if (a if b else c):
        return 1
    if not not a:
        return 2
    if a == b == c:
        return 3
    while not (a or b):
        a = c
    if (a and b) if c else (d or a):
        return 4
    if a < (b if c else d):
        return 5
    if (x := a) and x > b:
        return x
    return not a < b
