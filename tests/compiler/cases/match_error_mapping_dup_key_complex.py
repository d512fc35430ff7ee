# error case: python3.11 rejects this file at compile time.
match v:
    case {2: a, 2+0j: b}:
        pass
