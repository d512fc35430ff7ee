def gen():
    yield 1
    x = yield
    yield from range(3)
async def co(a):
    await a
    async for i in a:
        pass
    async with a as b:
        pass
    return [j async for j in a]
async def agen():
    yield 1
    await co(1)
def not_async_gen():
    return (await x for x in y)
