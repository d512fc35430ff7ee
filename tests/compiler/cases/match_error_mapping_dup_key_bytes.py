# error case: python3.11 rejects this file at compile time.
match v:
    case {b"x": a, "x": b, None: c, b"x": d}:
        pass
