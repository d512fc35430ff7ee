# Generator error cases with CPython's messages: re-entry, non-None first send, PEP 479,
# exhausted generators, close ignoring GeneratorExit, and the gi_* attributes.
def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_frame is None, me.gi_suspended)

def plain():
    x = yield 1
    yield x


p = plain()
try:
    p.send("early")
except TypeError as e:
    print("TypeError:", e)
print(next(p), p.send("late"))
print(list(p), list(p))
try:
    next(p)
except StopIteration as e:
    print("StopIteration args:", e.args)
print(next(p, "default"))
print(p.send(None) if False else "skip")
try:
    p.send(None)
except StopIteration as e:
    print("send on finished:", e.args)
try:
    p.throw(ValueError("after end"))
except ValueError as e:
    print("throw on finished re-raises:", e)
print(p.close())

def leaks():
    yield 1
    next(iter([]))


try:
    for v in leaks():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__suppress_context__)

def returns(v):
    yield "one"
    return v


for value in [None, 5, (1, 2), [3], KeyError("k")]:
    r = returns(value)
    next(r)
    try:
        next(r)
    except StopIteration as e:
        print("return", repr(value), "->", e.args, repr(e.value))

print(list(returns(9)), sum(1 for _ in returns(1)))

stop = False
def stubborn():
    while not stop:
        try:
            yield
        except GeneratorExit:
            pass


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
stop = True
print(list(s))

def fresh_close():
    print("never runs")
    yield


f = fresh_close()
print(f.close(), f.gi_frame)
try:
    next(f)
except StopIteration:
    print("closed before start: exhausted")

f = fresh_close()
try:
    f.throw(KeyError("into fresh"))
except KeyError as e:
    print("KeyError:", e)

def attrs():
    print("running:", g.gi_running, "suspended:", g.gi_suspended)
    yield 1
    yield 2


g = attrs()
print(g.gi_running, g.gi_suspended, g.gi_code.co_name, g.gi_frame.f_lineno, g.gi_yieldfrom)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame.f_code is g.gi_code)
print(g.__name__, g.__qualname__, type(g).__name__, iter(g) is g)
print(repr(g).startswith("<generator object attrs at 0x"))

def outer():
    def inner():
        yield
    return inner()


print(outer().__qualname__, repr(outer()).split(" at ")[0])
ge = (x for x in [1])
print(ge.__name__, ge.__qualname__, repr(ge).split(" at ")[0])
try:
    ge.send(1)
except TypeError as e:
    print("TypeError:", e)

for args in [(), (1, 2)]:
    try:
        g.send(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)

def local_state(a):
    b = a * 2
    yield
    c = b + 1
    yield c


ls = local_state(4)
print(sorted(ls.gi_frame.f_locals.items()))
next(ls)
next(ls)
print(sorted(ls.gi_frame.f_locals.items()))

async def co():
    return 1


def bad_delegate(c):
    yield from c


c = co()
try:
    next(bad_delegate(c))
except TypeError as e:
    print("TypeError:", e)
c.close()
