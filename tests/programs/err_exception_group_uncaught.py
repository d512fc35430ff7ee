# An uncaught exception group: python3.11 draws the nested boxes of the group traceback.
def fail(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

def gather():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", errors[1:])
    raise ExceptionGroup("several failures", [errors[0], inner])

try:
    gather()
except* TypeError as eg:
    print("handled", len(eg.exceptions), "type errors")
