# error case: python3.11 rejects this file at compile time.
match v:
    case (a, 1) | (b, 2):
        pass
