# error case: python3.11 rejects this file at compile time.
x = 1
match v:
    case 1:
        pass
    case _:
        pass
    case 2:
        pass
