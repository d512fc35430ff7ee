# except* splitting exception groups, nested groups, naked exceptions, re-raise of the rest.
def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return repr(eg)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("values:", describe(eg))
except* (TypeError, KeyError) as eg:
    print("type/key:", describe(eg))

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [OSError("b"), ValueError("c")])])
    except* ValueError as eg:
        print("handled:", describe(eg))
except ExceptionGroup as rest:
    print("unhandled rest:", describe(rest))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", describe(eg))

def with_else_finally():
    try:
        pass
    except* Exception:
        print("never")
    else:
        print("else ran")
    finally:
        print("finally ran")
with_else_finally()

try:
    try:
        raise ExceptionGroup("eg", [ZeroDivisionError()])
    except* ZeroDivisionError:
        raise ValueError("raised inside except*")
except Exception as exc:
    print("raised from the handler:", describe(exc))
    print("context:", describe(exc.__context__))

eg = ExceptionGroup("split me", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(describe(match), describe(rest))
print(describe(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    raise ExceptionGroup("empty handlers", [KeyError("x")])
except* KeyError:
    pass
print("fully handled groups are swallowed")
