from __future__ import annotations
import os as o
async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        pass
def g():
    global q
    yield None
    x = lambda: True and False or not None
    del x
    try:
        pass
    except Exception:
        raise
    finally:
        pass
    while True:
        break
    for i in []:
        continue
    assert i is not None, i in []
    with open('f') as h:
        return
def h():
    x = 1
    def i():
        nonlocal x
match = case = _ = type = 1
match x:
    case [1, _]:
        pass
    case _:
        pass
