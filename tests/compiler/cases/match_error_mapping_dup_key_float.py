# error case: python3.11 rejects this file at compile time.
match v:
    case {0: a, 1.0: b, -0.0: c}:
        pass
