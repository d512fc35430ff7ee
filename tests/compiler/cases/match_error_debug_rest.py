# error case: python3.11 rejects this file at compile time.
match v:
    case {1: _, **__debug__}:
        pass
