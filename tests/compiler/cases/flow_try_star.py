# except* with one and several handlers, with and without `as`, plus
# else/finally, and unhandled parts propagating as a new group.

def raiser(*excs):
    raise ExceptionGroup("eg", list(excs))

def one(excs):
    try:
        raiser(*excs)
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])

def several(excs):
    try:
        raiser(*excs)
    except* ValueError as v:
        print("V", len(v.exceptions))
    except* TypeError:
        print("T")
    except* (KeyError, IndexError) as li:
        print("LI", sorted(type(e).__name__ for e in li.exceptions))

def with_else_finally(fail):
    try:
        if fail:
            raiser(OSError("o"))
        print("body ok")
    except* OSError:
        print("os")
    else:
        print("else")
    finally:
        print("finally")

def raise_in_handler():
    try:
        raiser(ValueError(1))
    except* ValueError:
        raise RuntimeError("from handler")

def naked_exception():
    try:
        raise KeyError("single")
    except* KeyError as g:
        print(type(g).__name__, g.exceptions)

one([ValueError("a"), ValueError("b")])
several([ValueError(1), TypeError(2), KeyError(3), IndexError(4)])
try:
    several([OSError(5), ValueError(6)])
except ExceptionGroup as rest:
    print("rest", [type(e).__name__ for e in rest.exceptions])
with_else_finally(False)
with_else_finally(True)
try:
    raise_in_handler()
except ExceptionGroup as g:
    print("group", [type(e).__name__ for e in g.exceptions])
except RuntimeError as r:
    print("plain", r, type(r.__context__).__name__)
naked_exception()

try:
    raise ExceptionGroup("m", [ZeroDivisionError()])
except* ZeroDivisionError as z:
    print("module", len(z.exceptions))
print("z" in globals())
