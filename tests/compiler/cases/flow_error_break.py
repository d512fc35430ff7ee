# error case: python3.11 rejects this file at compile time.
def f():
    with open(__file__):
        try:
            pass
        finally:
            x = 1;  break
