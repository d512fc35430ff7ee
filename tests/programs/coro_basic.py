# Coroutines driven by hand with send(None): await chains, return values through StopIteration,
# throw/close, the cr_* attributes and the coroutine errors (reuse, non-None start, not iterable).
async def leaf(x):
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b


async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total


c = top()
print(type(c).__name__, c.__name__, c.__qualname__, repr(c).startswith("<coroutine object top at "))
try:
    c.send(None)
except StopIteration as e:
    print("top returned", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c2 = middle(5)
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()

c5 = leaf(1)
try:
    for x in c5:
        pass
except TypeError as e:
    print("TypeError:", e)
c5.close()

async def raiser():
    await leaf(1)
    raise ValueError("inside coroutine")


async def catcher():
    try:
        await raiser()
    except ValueError as e:
        print("  catcher got", e)
        return "caught"


try:
    catcher().send(None)
except StopIteration as e:
    print("catcher returned", e.value)

async def leaks():
    raise StopIteration("no")


try:
    leaks().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

print("-- throw and close on a fresh coroutine")
c3 = leaf(1)
try:
    c3.throw(KeyError("fresh"))
except KeyError as e:
    print("KeyError:", e)
print(c3.cr_frame, c3.cr_running, c3.cr_await, c3.cr_suspended)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c4 = leaf(2)
print(c4.close(), c4.cr_code.co_name, c4.cr_origin)

print("-- __await__ gives an iterator over the coroutine")
w = leaf(21).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

w2 = middle(1).__await__()
try:
    w2.send(None)
except StopIteration as e:
    print("wrapper send stop", e.value)

print("-- await of non-awaitables")
async def await_bad(v):
    return await v


for v in [1, [1], None, "s"]:
    try:
        await_bad(v).send(None)
    except TypeError as e:
        print("TypeError:", e)

print("-- awaiting the same coroutine twice")
async def twice():
    inner = leaf(3)
    first = await inner
    second = await inner
    return first, second


try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- a coroutine awaiting itself")
async def selfish():
    await me


me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

print("-- recursion through await")
async def countdown(n):
    if n == 0:
        return 0
    return 1 + await countdown(n - 1)


try:
    countdown(200).send(None)
except StopIteration as e:
    print("countdown", e.value)
