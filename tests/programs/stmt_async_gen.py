# Async generators: asend, athrow, aclose, yield inside try/finally, driven by hand.
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as stop:
        return stop.value

class Nudge:
    def __await__(self):
        yield

async def agen():
    try:
        received = yield "first"
        print("agen received", received)
        await Nudge()
        try:
            yield "second"
        except KeyError as e:
            print("agen caught", repr(e))
            yield "after throw"
        yield "third"
    finally:
        print("agen finally")

g = agen()
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
print(drive(g.athrow(KeyError("k"))))
print(drive(g.__anext__()))
drive(g.aclose())
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")

async def counter(n):
    for i in range(n):
        yield i
async def collect():
    return [x async for x in counter(4)], {x: -x async for x in counter(3)}
print(drive(collect()))
print(type(agen()).__name__, agen.__name__, agen.__qualname__)
