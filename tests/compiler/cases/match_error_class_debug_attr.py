# error case: python3.11 rejects this file at compile time.
match v:
    case C(a=1, __debug__=2):
        pass
