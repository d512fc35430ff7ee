# needs: stdlib
# Context managers that suppress exceptions, contextlib helpers, and exceptions in __exit__.
import contextlib

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        self.seen = typ
        return typ is not None and issubclass(typ, self.types)

with Suppress(ValueError) as s:
    raise ValueError("hidden")
print("suppressed", s.seen.__name__)
try:
    with Suppress(KeyError):
        raise ValueError("not hidden")
except ValueError as e:
    print("passed through", e)

def count_suppressed():
    n = 0
    for i in range(5):
        with Suppress(ZeroDivisionError):
            n += 10 // (i % 2)
    return n
print(count_suppressed())

with contextlib.suppress(IndexError):
    [][1]
print("contextlib.suppress works")

@contextlib.contextmanager
def tagged(name):
    print("<" + name + ">")
    try:
        yield name * 2
    except ArithmeticError as e:
        print("generator saw", type(e).__name__)
    finally:
        print("</" + name + ">")

with tagged("b") as t:
    print("inside", t)
with tagged("i"):
    1 / 0
print("after suppressed ArithmeticError")

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
with contextlib.ExitStack() as stack:
    for n in ("one", "two"):
        stack.enter_context(tagged(n))
    print("stack body")
