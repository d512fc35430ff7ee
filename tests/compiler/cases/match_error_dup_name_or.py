# error case: python3.11 rejects this file at compile time.
match v:
    case [x, ([x] | (x, 1))]:
        pass
