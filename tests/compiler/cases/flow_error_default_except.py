# error case: python3.11 rejects this file at compile time.
try:
    pass
except:
    pass
except ValueError:
    pass
