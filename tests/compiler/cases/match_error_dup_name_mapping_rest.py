# error case: python3.11 rejects this file at compile time.
match v:
    case {"k": r, **r}:
        pass
