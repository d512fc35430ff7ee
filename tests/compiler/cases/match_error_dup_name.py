# error case: python3.11 rejects this file at compile time.
def f(v):
    match v:
        case [x, 1, x]:
            pass
