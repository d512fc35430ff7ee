# async and await in every position.
async def f():
    await a
    await a.b
    await a()
    await a[0]
    x = await a
    x = await a + await b
    x = -await a
    x = await a ** 2
    x = [await a for a in b]
    x = [a async for a in b]
    x = {a async for a in b}
    x = {a: b async for a, b in c}
    x = (a async for a in b)
    x = [a async for a in b if await c]
    async for a in b:
        await a
    async with a:
        pass
    async with a as b, c as d:
        pass
    return await a
async def g():
    yield
    yield await x
class C:
    async def m(self):
        pass
    @property
    async def p(self):
        pass
