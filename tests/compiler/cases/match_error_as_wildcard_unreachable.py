# error case: python3.11 rejects this file at compile time.
match v:
    case (_ as a):
        pass
    case 3:
        pass
