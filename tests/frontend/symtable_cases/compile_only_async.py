async def f():
    yield 1
    return 2
def g():
    async with a:
        pass
    [x async for x in y]
