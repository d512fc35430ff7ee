async def f(a):
    r1 = [x async for x in a]
    r2 = [await x for x in a]
    r3 = (x async for x in a)
    r4 = [[y async for y in x] for x in a]
    return r1, r2, r3, r4
