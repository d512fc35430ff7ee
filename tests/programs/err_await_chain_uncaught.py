# An exception raised three awaits deep in a coroutine driven by send(None) with no handler:
# the traceback shows the send() line and every coroutine frame down to the raise.
async def parse(text):
    return int(text)


async def load(values):
    total = 0
    for v in values:
        total += await parse(v)
    return total


async def main():
    print("loading")
    result = await load(["1", "2", "x3"])
    print("never", result)


main().send(None)
