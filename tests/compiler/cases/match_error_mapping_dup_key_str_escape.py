# error case: python3.11 rejects this file at compile time.
match v:
    case {"it's\n": a, "it's\n": b}:
        pass
