# async with inside async def: single, multiple, nested items, `as` targets,
# exceptions, return/break/continue out of the block, together with await
# in the body.  Driven without asyncio by a tiny coroutine runner.

class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("aexit", self.name, typ.__name__ if typ else None)
        await Tick()
        return self.swallow

class Sync:
    def __enter__(self):
        return "sync"

    def __exit__(self, *exc):
        print("sync exit")

class Tick:
    def __await__(self):
        yield "tick"
        return 1

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        return stop.value, ticks

async def single():
    async with ACM("a"):
        print("body")

async def single_as():
    async with ACM("b") as b:
        return b

async def tuple_target():
    async with ACM("xy") as (p, q):
        print(p, q)

async def multiple():
    async with ACM("c") as c, ACM("d"), ACM("e") as e:
        await Tick()
        print(c, e)

async def nested():
    async with ACM("o") as o:
        async with ACM("i") as i:
            print(o, i)
        with Sync() as s:
            print(s)

async def swallow():
    async with ACM("s", True):
        raise ValueError
    return "swallowed"

async def propagate():
    try:
        async with ACM("p"):
            raise KeyError("k")
    except KeyError as e:
        return repr(e)

async def loops():
    out = []
    for i in range(4):
        async with ACM("L%d" % i) as n:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(n)
    return out

async def ret_expr():
    async with ACM("r") as r:
        return r + "!"

async def in_try_finally():
    try:
        async with ACM("t"):
            return 5
    finally:
        print("finally")

for f in (single, single_as, tuple_target, multiple, nested, swallow,
          propagate, loops, ret_expr, in_try_finally):
    print(f.__name__, run(f()))
