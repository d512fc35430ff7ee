# error case: python3.11 rejects this file at compile time.
match v:
    case {100000000000000000000: a, 1e20: b}:
        pass
