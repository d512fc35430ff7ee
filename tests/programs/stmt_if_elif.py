# if / elif / else chains, nested ifs, truthiness of every builtin kind.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 4, 50, 500)])
for value in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, 0j, range(0), range(1), b"", b"\0"):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10: print("no")
elif x > 4: print("one-line elif")
else: print("no")
if not x:
    pass
else:
    print("else after pass")
if 0:
    print("never")
if 1:
    print("always")
if "":
    print("never")
elif ():
    print("never")
else:
    print("constant else")
