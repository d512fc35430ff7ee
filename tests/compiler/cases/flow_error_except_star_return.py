# error case: python3.11 rejects this file at compile time.
def f():
    try:
        pass
    except* (TypeError, ValueError) as e:
        with e:
            return e
