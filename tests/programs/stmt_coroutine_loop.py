# A tiny round-robin scheduler driving coroutines with send(); await chains and return values.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        return (yield ("sleep", self.ticks))

async def worker(name, count, delay):
    total = 0
    for i in range(count):
        woke = await Sleep(delay)
        total += woke
        print(f"{name} step {i} woke at {woke}")
    return f"{name} total {total}"

async def parent():
    a = await worker("child", 2, 1)
    return "parent got: " + a

def scheduler(coros):
    now = 0
    waiting = [(0, i, c, None) for i, c in enumerate(coros)]
    results = {}
    while waiting:
        waiting.sort(key=lambda t: (t[0], t[1]))
        when, i, coro, value = waiting.pop(0)
        now = max(now, when)
        try:
            kind, ticks = coro.send(value)
        except StopIteration as stop:
            results[i] = stop.value
            continue
        waiting.append((now + ticks, i, coro, now + ticks))
    return [results[i] for i in sorted(results)]

for line in scheduler([worker("a", 3, 2), worker("b", 2, 3), parent()]):
    print(line)

async def thrower():
    try:
        await Sleep(1)
    except ValueError as e:
        print("coroutine caught", e)
        return "recovered"
c = thrower()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as stop:
    print("result", stop.value)
c2 = thrower()
c2.send(None)
c2.close()
print("closed", c2.cr_frame is None)
async def simple():
    return 5
s = simple()
try:
    s.send(None)
except StopIteration as stop:
    print("immediate", stop.value)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
