# error case: python3.11 rejects this file at compile time.
match v:
    case {-5: a, -5.0: b}:
        pass
