# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter called once per async generator when it is
# first iterated (asend, __anext__, athrow, aclose, async for), argument errors, a failing hook.
import sys
print(sys.get_asyncgen_hooks())
seen = []
def first(agen):
    seen.append(agen.__name__)
def fin(agen):
    seen.append("fin")
print(sys.set_asyncgen_hooks(firstiter=first))
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer, h[0] is first, len(h), type(h).__name__)
async def ag():
    yield 1
    yield 2
a = ag()
print(seen)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
print(seen)
b = ag()
b.aclose()
c = ag()
c.athrow(ValueError)
print(seen)
async def use():
    async for x in ag():
        pass
    return [y async for y in ag()]
try:
    use().send(None)
except StopIteration as e:
    print(e.value, seen)
for args, kw in [((1,), {}), ((), {"finalizer": 2}), ((None, None, None), {}), ((), {"x": 1})]:
    try:
        sys.set_asyncgen_hooks(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
def bad_first(agen):
    raise KeyError("firstiter failed")
sys.set_asyncgen_hooks(bad_first, fin)
try:
    ag().asend(None)
except KeyError as e:
    print("KeyError:", e)
h = sys.get_asyncgen_hooks()
print(h.firstiter is bad_first, h.finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.get_asyncgen_hooks(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(None, firstiter=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None, x=1)
except TypeError as e:
    print("TypeError:", e)
