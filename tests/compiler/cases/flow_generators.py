# Frame blocks inside generators, coroutines and async generators: yield
# inside try/finally and with, return unwinding through them, async with in
# an async generator, closing a suspended generator.

class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self.tag

    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)

class ACM(CM):
    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *exc):
        return self.__exit__(*exc)

def gen(n):
    try:
        with CM("g") as tag:
            for i in range(n):
                try:
                    yield tag, i
                except ValueError as e:
                    yield "thrown", str(e)
                    return
                finally:
                    print("step", i)
    finally:
        print("gen done")

async def agen(n):
    async with ACM("ag") as tag:
        for i in range(n):
            try:
                yield tag, i
            finally:
                print("astep", i)
    try:
        yield "after"
    except GeneratorExit:
        print("closed")
        raise

async def coro():
    out = []
    async for v in agen(2):
        out.append(v)
    ag = agen(1)
    out.append(await ag.__anext__())
    out.append(await ag.__anext__())
    await ag.aclose()
    async with ACM("c1") as a, ACM("c2") as b:
        return out + [a, b]

def drive(c):
    try:
        c.send(None)
    except StopIteration as s:
        return s.value

print(list(gen(3)))
g = gen(5)
print(next(g), next(g))
print(g.throw(ValueError("boom")))
print(next(g, "exhausted"))
g2 = gen(4)
print(next(g2))
g2.close()
print(drive(coro()))
