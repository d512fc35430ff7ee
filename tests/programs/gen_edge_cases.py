# Generators poking at themselves while running (close/throw inside), many live generators,
# keyword-only arguments, coroutine wrappers after the end, yield from inside except, close
# through a chain whose inner finally raises.
def g():
    try:
        me.close()
    except ValueError as e:
        print("close inside:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw inside:", e)
    print(sorted(me.gi_frame.f_locals), me.gi_running)
    yield 1
me = g()
print(next(me))
gens = [(i for _ in range(2)) for i in range(100000)]
print(sum(next(x) for x in gens))
def kw(*, a, b=2):
    yield a + b
try:
    kw()
except TypeError as e:
    print(e)
print(list(kw(a=1)))
async def c(): return 1
co = c()
w = co.__await__()
print(w.send(None) if False else "x")
try:
    w.send(None)
except StopIteration as e: print("w", e.value)
try:
    w.send(None)
except RuntimeError as e: print(e)
w.close()
print(co.cr_frame)
def outer():
    x = yield from inner()
    yield x
def inner():
    yield 1
    return 7
o = outer()
print(next(o), o.gi_yieldfrom.__name__, next(o), o.gi_yieldfrom)
def gen_in_exc():
    try:
        1/0
    except ZeroDivisionError:
        yield from (i for i in range(2))
        raise
try:
    print(list(gen_in_exc()))
except ZeroDivisionError as e:
    print("ZDE", e.__context__)
def yf_throw_close():
    try:
        yield from yf_inner()
    finally:
        print("outer finally")
def yf_inner():
    try:
        yield 1
    finally:
        print("inner finally")
        raise ValueError("from inner finally")
y = yf_throw_close(); next(y)
try:
    y.close()
except ValueError as e:
    print("close raised", e, e.__context__)
