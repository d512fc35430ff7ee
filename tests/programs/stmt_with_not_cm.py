# with on objects that are not context managers: CPython's TypeError names
# the type, the body never runs and the `as` target stays unbound; the error
# is an ordinary exception (caught, chained as __context__ in a handler).
import sys


def attempt(label, mgr):
    target = "unbound"
    try:
        with mgr as target:
            print(label, "body ran")
    except TypeError as e:
        print(label, "TypeError:", e, "| target:", target)


attempt("int", 1)
attempt("none", None)
attempt("str", "text")
attempt("list", [1, 2])
attempt("dict", {"__enter__": 1, "__exit__": 2})
attempt("tuple", ())
attempt("function", attempt)
attempt("builtin", len)
attempt("module", sys)
attempt("type", int)
attempt("exception", ValueError("v"))


def nested():
    # the first manager fails: the second expression is never evaluated
    order = []
    try:
        with (order.append("first") or 3), (order.append("second") or 4):
            pass
    except TypeError as e:
        print("nested:", e, order)


nested()


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            with 2.5:
                pass
        except TypeError as e:
            print("context:", repr(e.__context__), e.__suppress_context__)


in_handler()

# a with statement that failed leaves no exception behind
try:
    with b"bytes":
        pass
except TypeError as e:
    print(e)
print(sys.exception())
