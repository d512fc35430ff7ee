# error case: python3.11 rejects this file at compile time.
match v:
    case 0:
        pass
    case [a, b] | [a, c]:
        pass
