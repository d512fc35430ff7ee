# async def, await, async for, async comprehensions, async generators.
async def a1():
    await x


async def a2(aw):
    r = await aw
    return await f(r)


async def a3(it):
    async for v in it:
        print(v)
    async for v in it:
        if v:
            break
        continue
    else:
        done()


async def a4(it):
    l = [v async for v in it]
    s = {v async for v in it if v}
    d = {k: v async for k, v in it}
    g = (v async for v in it)
    w = [await v for v in it]
    n = [[w async for w in v] for v in it]
    return l, s, d, g, w, n


async def agen(it):
    yield 1
    async for v in it:
        yield v
    await x


async def a5():
    return [x async for x in a() async for y in b(x)]


def sync_with_async_genexp(it):
    return (v async for v in it)


class C:
    async def m(self):
        return await super().m()
