# error case: python3.11 rejects this file at compile time.
def not_async():
    async   with  a as b:
        pass
