# Setting and deleting attributes of generators, coroutines and async generators: __name__ and
# __qualname__ are writable (strings only), the gi_/cr_/ag_ attributes and methods are not.
def f(): yield
g = f()
for name, val in [("x", 1), ("gi_running", 1), ("__name__", 5), ("__name__", "renamed"), ("__qualname__", "Q.q")]:
    try:
        setattr(g, name, val)
        print("set", name, g.__name__, g.__qualname__, repr(g).split(" at ")[0])
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g.__name__
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
async def c(): pass
async def a(): yield
objs = [f(), c(), a()]
for o in objs:
    for name in ["send", "gi_frame", "cr_await", "ag_running", "cr_code", "gi_yieldfrom", "__qualname__", "asend", "zzz"]:
        try:
            setattr(o, name, 1)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
        try:
            delattr(o, name)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
objs[1].close()
