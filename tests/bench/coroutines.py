# coroutines: await chains of async functions, async generators consumed by
# async for and async comprehensions, coroutines stepped by send(), and a
# round-robin scheduler of generator tasks.


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


async def numbers(n):
    for i in range(n):
        yield i


async def consume(n):
    total = 0
    async for v in numbers(n):
        total += v
    evens = [v async for v in numbers(n) if v % 2 == 0]
    return total + len(evens)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")


def task(name, steps, log):
    acc = 0
    for i in range(steps):
        acc += yield (name, i)
    log.append((name, acc))


def scheduler(ntasks, steps):
    log = []
    ready = [task(k, steps + k % 3, log) for k in range(ntasks)]
    for t in ready:
        next(t)
    sent = 0
    while ready:
        nxt = []
        for t in ready:
            sent += 1
            try:
                t.send(sent % 7)
            except StopIteration:
                continue
            nxt.append(t)
        ready = nxt
    return sent, sum(acc for _, acc in log)


def main():
    total = 0
    for r in range(500):
        total += run(chain(2000 + r))
        total += run(consume(1500 + r))
    s = scheduler(2000, 400)
    print(total, s)


main()
