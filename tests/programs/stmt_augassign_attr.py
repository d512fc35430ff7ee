# Augmented assignment to attributes: getattr once, setattr once, in-place protocols.
class Box:
    def __init__(self):
        self.n = 1
        self.items = []
        self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        if name != "log" and hasattr(self, "log"):
            self.log.append("set " + name)
        object.__setattr__(self, name, value)
b = Box()
b.log.clear()
b.n += 41
b.items += ["x"]
b.n **= 2
print(b.n, b.items, b.log)

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.v + other)
    def __repr__(self):
        return f"Acc({self.v})"
class Holder:
    pass
h = Holder()
h.acc = Acc(1)
before = h.acc
h.acc += 5
print(h.acc, h.acc is before)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, other): return OnlyAdd(self.v + other)
h.o = OnlyAdd(1)
first = h.o
h.o += 2
print(h.o.v, h.o is first)
