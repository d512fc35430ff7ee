# An uncaught group with nested groups, a BaseExceptionGroup, notes and more
# than 15 sub-exceptions ("and 2 more exceptions"), all caught at one level.
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

errors.insert(0, TypeError("plain"))
inner = ExceptionGroup("inner", errors[1:4])
wide = ExceptionGroup("wide", errors[4:])
top = BaseExceptionGroup("top", [errors[0], inner, wide, BaseExceptionGroup("base", [KeyboardInterrupt()])])
top.add_note("top note")
raise top
