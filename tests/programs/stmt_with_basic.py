# with statements: __enter__ value, __exit__ arguments, order of calls, exceptions passing through.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body sees", v)
with CM("b"):
    print("no target")
try:
    with CM("c") as v:
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

def returns_from_with():
    with CM("d"):
        return "returned"
print(returns_from_with())

def loop_control():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(loop_control())

targets = [0, 0]
with CM("e") as targets[1]:
    pass
print(targets)
with CM("f") as (first, *others):
    print(first, others)

class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
