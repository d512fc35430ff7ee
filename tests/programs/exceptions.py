# try/except/else/finally, chaining, and an uncaught exception's traceback.
def risky(x):
    if x == 0:
        raise ValueError("zero is not allowed")
    return 10 / x

for v in (2, 0):
    try:
        r = risky(v)
    except ValueError as e:
        print("caught:", repr(e), e.args)
    else:
        print("result:", r)
    finally:
        print("finally for", v)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def outer():
    inner()

def inner():
    return [1, 2][5]

try:
    outer()
except IndexError as e:
    print("index error:", e)

assert 1 + 1 == 2, "math works"
print("about to fail")
outer()
