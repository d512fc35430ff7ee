# error case: python3.11 rejects this file at compile time.
class C:
    try:
        pass
    finally:
        return 1
