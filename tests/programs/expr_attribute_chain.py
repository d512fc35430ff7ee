# Attribute chains on modules, classes, instances and functions; getattr/setattr/hasattr/delattr.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def last(self):
        return self.child.last() if self.child else self
chain = Node("a", Node("b", Node("c")))
print(chain.child.child.name, chain.last().name, chain.child.last().name)
chain.child.child.name = "C"
print(chain.child.child.name, chain.last().name.lower().upper())
print(getattr(chain, "name"), getattr(chain, "missing", "default"), hasattr(chain.child, "child"))
setattr(chain.child, "extra", 5)
print(chain.child.extra, vars(chain.child).keys() >= {"extra"})
delattr(chain.child, "extra")
print(hasattr(chain.child, "extra"))
print((1).real, (1.5).imag, (3 + 4j).real, "s".__class__.__name__, int.__name__.upper())
def f():
    pass
f.counter = 0
f.counter += 1
print(f.counter, f.__name__, f.__code__.co_name, f.__code__.co_filename.endswith(".py"))
try:
    chain.child.child.child.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).missing
except AttributeError as e:
    print("AttributeError:", e)
