# error case: python3.11 rejects this file at compile time.
def f(v):
    match v:
        case [(a, 1) | (1, a), ([b] | (c,))]:
            pass
