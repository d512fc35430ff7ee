# Generators resumed by for loops and yield from (the loop's own path, not next()): exceptions
# handled inside them, sys.exc_info() on both sides, errors propagating out through several
# levels, PEP 479 inside a for loop, a generator closed and re-iterated, returns into yield from.
import sys


def inside_handler():
    try:
        raise KeyError("gen's own")
    except KeyError:
        for i in range(2):
            yield i, repr(sys.exc_info()[1])
    yield 9, repr(sys.exc_info()[1])


try:
    raise ValueError("loop's")
except ValueError:
    for item in inside_handler():
        print(item, "| loop sees", repr(sys.exc_info()[1]))
print("after loop:", sys.exc_info()[1])

def level3(n):
    for i in range(n):
        if i == 2:
            raise IndexError(f"level3 at {i}")
        yield i


def level2(n):
    got = yield from level3(n)
    yield ("level2 got", got)


def level1(n):
    try:
        yield from level2(n)
    except IndexError as e:
        yield ("level1 caught", str(e))


print(list(level1(2)))
print(list(level1(5)))

def stop_leak():
    yield "a"
    raise StopIteration("leak")


try:
    for x in stop_leak():
        print("got", x)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def returner(v):
    yield v
    return v * 10


def collector():
    results = []
    for v in range(3):
        results.append((yield from returner(v)))
    return results


def driver():
    r = yield from collector()
    yield r


print(list(driver()))

g = (x * 2 for x in range(5))
for v in g:
    if v == 4:
        break
print("rest:", list(g), list(g))

def counted():
    n = 0
    while True:
        n += 1
        try:
            yield n
        except GeneratorExit:
            print("  closed after", n)
            raise


c = counted()
for v in c:
    if v == 3:
        c.close()
print("closed loop ended, frame:", c.gi_frame)

def nested_loops():
    for a in ("x", "y"):
        for b in (i for i in range(2)):
            yield a + str(b)


print([s for s in nested_loops()], sorted(nested_loops(), reverse=True))

def raises_in_finally():
    try:
        yield 1
    finally:
        raise OSError("from finally")


try:
    for v in raises_in_finally():
        pass
except OSError as e:
    print("OSError:", e, e.__context__)
