# Generator send/throw/close: values received, exceptions injected, GeneratorExit, finally blocks.
def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  accumulator caught", e)
                value = 0
            if value is None:
                break
            total += value
    finally:
        print("  accumulator cleanup, total", total)
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10))
print(acc.throw(ValueError("bad input")))
print(acc.send(1))
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
c = closer()
next(c)
c.close()
print("closed:", c.gi_frame is None)
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unstarted():
    yield 1
u = unstarted()
try:
    u.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    u.throw(KeyError("thrown into fresh generator"))
except KeyError as e:
    print("propagated", e)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    yield 1
    raise StopIteration("converted")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))
