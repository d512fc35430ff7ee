# ExceptionGroup / BaseExceptionGroup: construction checks, message,
# exceptions, str, repr, derive, split and subgroup by type, tuple and
# predicate; metadata (traceback, cause, context, notes) copied to parts.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError) as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("base", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("base kb", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("eg kb", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("not seq", lambda: ExceptionGroup("m", 3))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("item0", lambda: ExceptionGroup("m", [1]))
attempt("item1", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("msg", lambda: ExceptionGroup(3, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("no args", lambda: ExceptionGroup())
attempt("three", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("kw", lambda: ExceptionGroup("m", [ValueError()], x=3))
attempt("args", lambda: ExceptionGroup("m", (ValueError(),)).args)
attempt("str2", lambda: str(ExceptionGroup("m", (ValueError(), TypeError()))))
attempt("str1", lambda: str(ExceptionGroup("m", (ValueError(),))))
attempt("string seq", lambda: ExceptionGroup("m", "ab"))

eg = ExceptionGroup("m", [ValueError(1), TypeError(2),
                          ExceptionGroup("n", [ValueError(3), KeyError(4)])])
print(eg.message, eg.exceptions, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
attempt("split type", lambda: eg.split(ValueError))
attempt("split tuple", lambda: eg.split((ValueError, KeyError)))
attempt("split none", lambda: eg.split(OSError))
attempt("subgroup pred", lambda: eg.subgroup(lambda e: isinstance(e, KeyError)))
attempt("subgroup bad", lambda: eg.subgroup(3))
attempt("subgroup bad tuple", lambda: eg.split((ValueError, 3)))
attempt("subgroup self", lambda: eg.subgroup(ExceptionGroup) is eg)
attempt("subgroup all", lambda: eg.subgroup(Exception) is eg)
attempt("subgroup lookup", lambda: eg.subgroup(LookupError))
attempt("derive", lambda: eg.derive([ValueError()]))
attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
attempt("split()", lambda: eg.split())

try:
    try:
        raise OSError("inner")
    except OSError as cause:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")]) from cause
except ExceptionGroup as caught:
    caught.add_note("a note")
    match, rest = caught.split(ValueError)
    print(repr(match), repr(rest))
    print(match.__traceback__ is caught.__traceback__, repr(match.__cause__),
          match.__suppress_context__, match.__notes__, match.__notes__ is caught.__notes__)
    print(rest.__context__ is caught.__context__, rest.__notes__)

mixed = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
m, r = mixed.split(Exception)
print(repr(m), repr(r), type(m).__name__, type(r).__name__)
print(repr(mixed.subgroup(lambda e: isinstance(e, BaseExceptionGroup))))
