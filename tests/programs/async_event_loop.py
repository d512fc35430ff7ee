# A hand-written event loop: tasks are coroutines stepped with send()/throw(), awaitables
# with __await__, async context managers and iterators as classes, cancellation by throw().
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        woke = yield ("sleep", self.ticks)
        return woke


class Cancelled(Exception):
    pass


class Task:
    def __init__(self, name, coro):
        self.name, self.coro = name, coro
        self.result = None
        self.done = False
        self.pending_exc = None


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def spawn(self, name, coro):
        t = Task(name, coro)
        self.ready.append((t, None))
        return t

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda e: (e[0], e[1]))
                when, seq, t = self.sleeping.pop(0)
                self.now = when
                self.ready.append((t, self.now))
                continue
            t, value = self.ready.pop(0)
            try:
                if t.pending_exc is not None:
                    exc, t.pending_exc = t.pending_exc, None
                    request = t.coro.throw(exc)
                else:
                    request = t.coro.send(value)
            except StopIteration as e:
                t.done, t.result = True, e.value
                self.log.append(f"{t.name} done at {self.now}: {e.value!r}")
                continue
            except Exception as e:
                t.done = True
                self.log.append(f"{t.name} failed at {self.now}: {e!r}")
                continue
            kind, arg = request
            self.sleeping.append((self.now + arg, len(self.log) + len(self.sleeping), t))

    def cancel(self, task):
        task.pending_exc = Cancelled(task.name)


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await Sleep(1)
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, e, tb):
        await Sleep(1)
        self.log.append(f"close {self.name} ({et.__name__ if et else None})")
        return et is KeyError


class Ticks:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep(2)
        self.i += 1
        return self.i


loop = Loop()


async def worker(name, n):
    total = 0
    async for t in Ticks(n):
        total += t
    return f"{name}:{total}"


async def guarded(name):
    async with Resource(name, loop.log) as r:
        await Sleep(3)
        raise KeyError("suppressed by __aexit__")
    return "guarded finished"


async def victim():
    try:
        while True:
            await Sleep(5)
    except Cancelled as c:
        loop.log.append(f"victim cancelled: {c}")
        return "cleaned up"


async def canceller(task):
    await Sleep(7)
    loop.cancel(task)
    return "sent cancel"


async def failing():
    await Sleep(2)
    return 1 / 0


loop.spawn("w1", worker("w1", 3))
loop.spawn("w2", worker("w2", 2))
loop.spawn("g", guarded("res"))
v = loop.spawn("victim", victim())
loop.spawn("canceller", canceller(v))
loop.spawn("failing", failing())
loop.run()
for line in loop.log:
    print(line)
print("final time", loop.now)

print("-- await protocol errors")


class NoIter:
    def __await__(self):
        return 5


made = []


class CoroAwait:
    def __await__(self):
        made.append(worker("x", 0))
        return made[-1]


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 2


class OnlyEnter:
    async def __aenter__(self):
        return self


class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


async def await_it(x):
    return await x


async def with_it(x):
    async with x:
        pass


async def for_it(x):
    async for _ in x:
        pass


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    finally:
        coro.close()


for make in [lambda: await_it(NoIter()), lambda: await_it(CoroAwait()), lambda: with_it(BadEnter()),
             lambda: with_it(BadExit()), lambda: with_it(OnlyEnter()), lambda: for_it(NoAnext()),
             lambda: for_it(BadAnext())]:
    try:
        run(make())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)

for c in made:
    c.close()
print("-- a coroutine awaited while already being awaited")


async def slow():
    await Sleep(1)
    return "slow"


shared = slow()


async def first():
    return await shared


async def second():
    return await shared


f1 = first()
print(f1.send(None), shared.cr_await is not None, shared.cr_suspended)
try:
    second().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    f1.send(0)
except StopIteration as e:
    print("first got", e.value)
