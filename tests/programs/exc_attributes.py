# Exception attributes: args, __traceback__, __context__, __cause__,
# __suppress_context__, __notes__, add_note, with_traceback, arbitrary
# attributes, and the TypeErrors for bad values.
e = ValueError("v")
print(e.args, e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
e.args = [1, 2]
print(e.args, repr(e), str(e))
e.args = "ab"
print(e.args)
e.extra = 42
print(e.extra, e.__dict__)
del e.extra
print(e.__dict__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = TypeError("t")
print(repr(e.__context__), e.__suppress_context__)

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (TypeError, AttributeError) as exc:
        print(label, type(exc).__name__, exc)

attempt("cause", lambda: setattr(e, "__cause__", 3))
attempt("context", lambda: setattr(e, "__context__", "x"))
attempt("traceback", lambda: setattr(e, "__traceback__", 3))
attempt("suppress", lambda: setattr(e, "__suppress_context__", 1))
attempt("del args", lambda: delattr(e, "args"))
attempt("del tb", lambda: delattr(e, "__traceback__"))
attempt("del cause", lambda: delattr(e, "__cause__"))
attempt("del notes", lambda: delattr(e, "__notes__"))
attempt("del missing", lambda: delattr(e, "zz"))
attempt("get notes", lambda: e.__notes__)
attempt("get missing", lambda: e.nothing)
attempt("with_traceback", lambda: e.with_traceback(3))
attempt("with_traceback()", lambda: e.with_traceback())
attempt("add_note int", lambda: e.add_note(3))
attempt("add_note()", lambda: e.add_note())
attempt("add_note 2", lambda: e.add_note("a", "b"))
attempt("readonly", lambda: setattr(ExceptionGroup("m", [e]), "message", "x"))

e.add_note("first")
e.add_note("second")
print(e.__notes__)
e.__notes__ = ("t",)
attempt("add_note tuple", lambda: e.add_note("x"))
del e.__notes__
attempt("notes gone", lambda: e.__notes__)
print(e.with_traceback(None) is e)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise KeyError("outer") from inner
except KeyError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
    print(type(outer.__traceback__).__name__, outer.__traceback__.tb_next)
    print(outer.__cause__.__traceback__.tb_lineno)

try:
    try:
        [][1]
    except IndexError:
        raise ValueError("during")
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden") from None
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)

try:
    deep(3)
except RuntimeError as r:
    tb = r.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
