# Module objects: dir() with and without a module __dir__ (PEP 562),
# setting and deleting attributes, the namespace's order, the specs and
# reprs of built-in modules, what is in sys.modules from the start.
import sys
import listed
import plain
print(dir(listed))
print(dir(plain))
print(list(vars(plain)))
plain.added = "new"
print(plain.added, "added" in vars(plain))
del plain.added
try:
    del plain.added
except AttributeError as e:
    print(type(e).__name__, e)
try:
    plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(type(plain).__name__, type(plain.__builtins__).__name__, plain.__dict__ is vars(plain))
import math, gc
for m in (sys, math, gc):
    print(m, m.__spec__, m.__loader__, repr(m.__package__), m.__spec__.has_location)
print("sys" in sys.modules, "__main__" in sys.modules, "plain" in sys.modules)
print(sys.modules["plain"] is plain, sys.modules["sys"] is sys)
print(sorted([k for k in sys.modules if k in ("plain", "listed", "math", "gc", "sys", "__main__")]))
