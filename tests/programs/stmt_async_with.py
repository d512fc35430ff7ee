# async with driven by a hand-written loop: __aenter__/__aexit__ awaited, suppression, returns.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        r = await Yield("enter " + self.name)
        print("entered", self.name, "loop sent", r)
        return self.name
    async def __aexit__(self, typ, val, tb):
        await Yield("exit " + self.name)
        print("exiting", self.name, typ.__name__ if typ else None)
        return self.suppress

def run(coro):
    n = 0
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as stop:
            return stop.value
        n += 1
        print("  loop step", n, req)
        value = n

async def main():
    async with ACM("one") as a, ACM("two") as b:
        print("body", a, b)
    async with ACM("quiet", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    for i in range(2):
        async with ACM("it%d" % i):
            if i == 0:
                continue
            return "returned from async with"

print(run(main()))

class NotAsync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with NotAsync():
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
