# The builtins module, and import statements going through a replaced
# builtins.__import__ (called with name, globals, locals, fromlist, level),
# from module level, functions and a package's relative imports.
import builtins
import sys
print(builtins, __builtins__ is builtins, builtins.len is len, sys.modules["builtins"] is builtins)
print(builtins.__spec__, builtins.__name__)
original = builtins.__import__
seen = []


def logging_import(name, globals=None, locals=None, fromlist=(), level=0):
    where = globals.get("__name__") if globals else None
    kind = "module locals" if locals is globals else type(locals).__name__
    if where in ("__main__", "plugin"):  # not importlib's own imports (of _io)
        seen.append((name, where, kind, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = logging_import
import math
from plugin import run
import plugin.helper as h


def inside():
    import math
    from plugin.helper import VALUE
    return VALUE


print(inside(), run(), h.VALUE)
builtins.__import__ = original
import plugin
for entry in seen:
    print(entry)
del builtins.__import__
try:
    import math
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = lambda *a: "not a module"
import whatever
print(whatever)
builtins.__import__ = original
