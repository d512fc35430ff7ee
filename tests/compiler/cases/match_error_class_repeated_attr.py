# error case: python3.11 rejects this file at compile time.
match v:
    case Point(x=1, y=2,
               x=3):
        pass
