# throw() and close() into a suspended yield from chain: delegation to the innermost generator,
# the subgenerator's return value after a handled throw, GeneratorExit closing every level.
def leaf(tag):
    try:
        while True:
            try:
                got = yield tag
                print("  leaf", tag, "got", got)
            except KeyError as e:
                print("  leaf", tag, "handles", repr(e))
                return "leaf-result-" + tag
    finally:
        print("  leaf", tag, "finally")


def middle():
    r = yield from leaf("a")
    print("  middle sees", r)
    r2 = yield from leaf("b")
    print("  middle sees", r2)
    return "middle-done"


def top():
    try:
        result = yield from middle()
        print("  top got", result)
        yield "after"
    except ValueError as e:
        print("  top caught", repr(e))
        yield "recovered"


g = top()
print(next(g))
print(g.send(1))
print(g.throw(KeyError("k1")))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print(g.throw(KeyError("k2")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

print("-- ValueError passes through leaf and middle")
g = top()
next(g)
print(g.throw(ValueError("v")))
print(g.gi_yieldfrom)

print("-- close closes the whole chain")
g = top()
next(g)
g.send("x")
print(g.close())
print(g.gi_frame, g.gi_running)

print("-- throw into a delegate that swallows GeneratorExit")
def swallower():
    while True:
        try:
            yield "s"
        except GeneratorExit:
            print("  swallower ignores GeneratorExit")
            yield "still here"


def outer():
    yield from swallower()


o = outer()
next(o)
try:
    o.close()
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- throw with a class, a class and a value, an instance")
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)


c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, "with value")
c.throw(ValueError, ("a", "b"))
c.throw(ValueError, None)
c.throw(TypeError("instance"))
c.throw(KeyError, KeyError("same"))
for bad in [lambda: c.throw(1), lambda: c.throw(ValueError("x"), "v"), lambda: c.throw(ValueError, 1, 2),
            lambda: c.throw(), lambda: c.throw(ValueError, 1, None, 4), lambda: c.throw("str")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print("-- yield from a list and a range: send forwards to next()")
def flat():
    yield from [1, 2]
    r = yield from range(3, 5)
    print("  range delegation returned", r)
    yield from "ab"


f = flat()
print(next(f), f.send(None), next(f), next(f), next(f), next(f))
try:
    next(f)
except StopIteration:
    print("exhausted")

f = flat()
next(f)
try:
    f.send(5)
except AttributeError as e:
    print("AttributeError:", e)

print("-- throw into yield from a list iterator (no throw method)")
f = flat()
next(f)
try:
    f.throw(KeyError("kk"))
except KeyError as e:
    print("KeyError out:", e)
print(f.gi_frame)

print("-- the subgenerator raising StopIteration explicitly")
def raises_stop():
    yield 1
    raise StopIteration("explicit")


def wraps():
    try:
        r = yield from raises_stop()
        print("  got", r)
    except RuntimeError as e:
        print("  wrapper sees", e, "cause:", repr(e.__cause__))
        yield "handled"


w = wraps()
print(next(w), next(w))

print("-- deep delegation")
def chain(n):
    if n == 0:
        x = yield "bottom"
        return x * 2
    r = yield from chain(n - 1)
    return r + 1


d = chain(50)
print(next(d))
try:
    d.send(10)
except StopIteration as e:
    print("deep result", e.value)
