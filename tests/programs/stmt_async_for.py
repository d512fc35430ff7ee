# async for over an async iterator class and an async generator, with else/break/continue.
class Tick:
    def __await__(self):
        yield "tick"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def agen(limit):
    for i in range(limit):
        await Tick()
        yield i * i

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        print("(%d loop steps)" % steps)
        return stop.value

async def main():
    out = []
    async for v in Countdown(4):
        out.append(v)
    else:
        out.append("else")
    async for sq in agen(10):
        if sq == 4:
            continue
        if sq > 20:
            break
        out.append(sq)
    else:
        out.append("never")
    async for a, b in pairs():
        out.append(a + b)
    return out

async def pairs():
    yield 1, 2
    yield 3, 4

print(run(main()))

async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
