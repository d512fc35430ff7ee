# Async comprehensions of every kind, with await in the element and condition, nested.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

class Pause:
    def __await__(self):
        yield

async def arange(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

async def main():
    a = [x async for x in arange(5)]
    b = [await double(x) async for x in arange(4) if x % 2]
    c = {x % 3 async for x in arange(9)}
    d = {x: await double(x) async for x in arange(3)}
    e = [[y async for y in arange(x)] async for x in arange(4)]
    f = [await double(x) for x in range(3)]
    g = (x * 10 async for x in arange(3))
    h = [v async for v in g]
    i = [(x, y) async for x in arange(3) for y in range(x) if await double(y) >= 0]
    return a, b, sorted(c), d, e, f, h, i

for item in drive(main()):
    print(item)
