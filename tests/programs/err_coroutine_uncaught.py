# An exception escaping a chain of awaited coroutines driven by send(): every coroutine frame is shown.
class Step:
    def __await__(self):
        yield "step"

async def fetch(key):
    await Step()
    data = {"a": 1}
    return data[key]

async def handler(keys):
    results = []
    for key in keys:
        results.append(await fetch(key))
    return results

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

print(run(handler(["a", "a"])))
print(run(handler(["a", "b"])))
