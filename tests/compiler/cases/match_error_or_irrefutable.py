# error case: python3.11 rejects this file at compile time.
match v:
    case [a, b] | c | [b, a]:
        pass
