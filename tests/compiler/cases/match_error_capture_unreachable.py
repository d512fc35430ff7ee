# error case: python3.11 rejects this file at compile time.
match v:
    case  name:
        pass
    case 2:
        pass
