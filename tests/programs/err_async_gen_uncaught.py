# An exception inside an async generator consumed by async for in a coroutine: the traceback
# shows the driver's send(), the coroutine's async for line and the async generator's raise.
async def readings(raw):
    for r in raw:
        if r < 0:
            raise ValueError(f"negative reading {r}")
        yield r * 10


async def average(raw):
    total = n = 0
    async for v in readings(raw):
        total += v
        n += 1
    return total / n


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(drive(average([1, 2, 3])))
print(drive(average([4, -5, 6])))
