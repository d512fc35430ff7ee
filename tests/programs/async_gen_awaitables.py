# The asend/athrow/aclose awaitables of async generators used directly: throw() and close() on
# them, reuse after completion, athrow's late argument check, the running flag it leaves set.
async def ag():
    try:
        yield 1
    except KeyError as e:
        print("ag caught", repr(e))
        yield 2
    finally:
        print("ag finally")

def show(f):
    try:
        r = f()
        print("value", type(r).__name__ if "object at" in repr(r) else r)
    except BaseException as e:
        print(type(e).__name__, e.args)

a = ag()
show(lambda: a.asend(None).send(None))
s = a.asend(None)
show(lambda: s.throw(KeyError("k")))
show(lambda: s.send(None))
t = a.athrow(ValueError("v"))
show(lambda: t.throw(IndexError("i")))
show(lambda: t.send(None))
b = ag()
show(lambda: b.asend(None).send(None))
c = b.aclose()
show(lambda: c.throw(GeneratorExit))
show(lambda: c.send(None))
d = ag()
show(lambda: d.asend(None).send(None))
e = d.aclose()
show(lambda: e.throw(KeyError("into aclose")))
show(lambda: e.send(None))
show(lambda: d.asend(None).send(None))
x = ag()
an = x.__anext__()
show(lambda: an.close())
show(lambda: an.send(None))
print(type(an).__name__, type(x.aclose()).__name__)
show(lambda: x.athrow())
show(lambda: x.athrow(1, 2, 3, 4))
show(lambda: x.asend())
y = ag()
z = y.athrow()
show(lambda: z.send(None))
show(lambda: y.asend(None).send(None))
