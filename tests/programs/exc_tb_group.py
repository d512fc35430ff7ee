# Uncaught exception groups drawn as python3.11 draws them: nested groups,
# sub-exceptions with tracebacks and chains, notes inside the boxes, and
# more than 15 sub-exceptions truncated.
def fail(n):
    if n % 3 == 0:
        raise ValueError(f"bad value {n}")
    if n % 3 == 1:
        raise KeyError(n)
    return 1 / 0

errors = []
for n in range(20):
    try:
        fail(n)
    except Exception as e:
        if n == 2:
            e.add_note("note on a leaf")
        errors.append(e)

try:
    try:
        fail(3)
    except ValueError as v:
        raise TypeError("chained in a group") from v
except TypeError as t:
    errors.insert(0, t)

inner = ExceptionGroup("inner", errors[1:4])
wide = ExceptionGroup("wide", errors[4:])
top = BaseExceptionGroup("top", [errors[0], inner, wide, BaseExceptionGroup("base", [KeyboardInterrupt()])])
top.add_note("top note")
try:
    raise top
except BaseExceptionGroup as g:
    raise RuntimeError("after the group")
