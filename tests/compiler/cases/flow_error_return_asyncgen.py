# error case: python3.11 rejects this file at compile time.
async def agen():
    yield 1
    with x:
        return   (2)
