# Async generators without an event loop: asend/athrow/aclose awaitables driven by send(None),
# async for and async comprehensions inside coroutines, aiter()/anext(), and their error messages.
def run(coro):
    """Drive a coroutine that never really suspends; return its result."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")


def step(awaitable, value=None):
    """Run one asend/athrow awaitable: StopIteration carries the yielded value."""
    try:
        awaitable.send(value)
    except StopIteration as e:
        return ("yielded", e.value)
    except StopAsyncIteration:
        return ("exhausted",)
    raise AssertionError("awaitable suspended")


async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("  ticker received", got)
    finally:
        print("  ticker finally")


t = ticker(3)
print(type(t).__name__, t.__name__, repr(t).startswith("<async_generator object ticker at "))
print(step(t.__anext__()))
print(step(t.asend("hello")))
print(step(t.asend(None)))
print(step(t.__anext__()))
print(step(t.__anext__()))

print("-- athrow handled, then aclose")
async def guarded():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("  guarded caught", repr(e))
            yield "after-throw"


g = guarded()
print(step(g.asend(None)))
print(step(g.athrow(KeyError("k"))))
print(step(g.asend(None)))
a = g.aclose()
try:
    a.send(None)
except StopIteration:
    print("aclose finished")
print(step(g.asend(None)))

print("-- athrow unhandled propagates; the generator ends")
t2 = ticker(5)
step(t2.asend(None))
try:
    t2.athrow(ValueError("boom")).send(None)
except ValueError as e:
    print("ValueError:", e)
print(step(t2.asend(None)))

print("-- aclose on an async generator ignoring GeneratorExit")
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
step(s.asend(None))
try:
    s.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- reusing awaitables")
t3 = ticker(2)
aw = t3.asend(None)
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
cl = t3.aclose()
step(cl)
try:
    cl.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- async for and async comprehensions in a coroutine")
async def squares(n):
    for i in range(n):
        yield i * i


async def consume():
    out = []
    async for v in squares(4):
        out.append(v)
    else:
        out.append("else")
    lst = [v async for v in squares(5) if v % 2 == 0]
    dct = {v: -v async for v in squares(3)}
    st = {v % 3 async for v in squares(6)}
    gen_out = [x async for x in (v + 1 async for v in squares(3))]
    nested = [[i, j] async for i in squares(2) for j in range(2)]
    return out, lst, dct, sorted(st), gen_out, nested


print(run(consume()))

print("-- break out of async for, exception inside")
async def breaker():
    async for v in squares(10):
        if v > 5:
            break
    try:
        async for v in squares(3):
            raise KeyError(v)
    except KeyError as e:
        return v, repr(e)


print(run(breaker()))

print("-- aiter() and anext()")
async def use_builtins():
    it = aiter(squares(3))
    first = await anext(it)
    second = await anext(it, "dflt")
    third = await anext(it, "dflt")
    fourth = await anext(it, "dflt")
    try:
        await anext(it)
    except StopAsyncIteration:
        fifth = "StopAsyncIteration"
    return first, second, third, fourth, fifth


print(run(use_builtins()))
for bad in [lambda: aiter(1), lambda: anext([]), lambda: aiter([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print("-- async for over objects without __aiter__ / __anext__")
async def bad_for(obj):
    async for _ in obj:
        pass


for obj in [1, [1, 2], squares]:
    try:
        run(bad_for(obj))
    except TypeError as e:
        print("TypeError:", e)

async def bad_with():
    async with 5:
        pass


try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)

print("-- StopAsyncIteration / StopIteration raised inside an async generator")
async def leaks_stop():
    yield 1
    raise StopAsyncIteration


async def leaks_stop_iter():
    yield 1
    raise StopIteration


for fn in [leaks_stop, leaks_stop_iter]:
    ag = fn()
    step(ag.asend(None))
    try:
        ag.asend(None).send(None)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

print("-- ag_* attributes")
ag = ticker(2)
print(ag.ag_running, ag.ag_code.co_name, ag.ag_frame.f_lineno, ag.ag_await)
step(ag.asend(None))
print(ag.ag_running, ag.ag_frame.f_lineno)
print(step(ag.asend(None), "sent"), step(ag.asend(None)))
ag2 = ticker(2)
try:
    ag2.asend(None).send(1)
except TypeError as e:
    print("TypeError:", e)
