# The builtins module as an object: its functions, adding and removing names seen by every global lookup.
import builtins
import builtins as b2
print(builtins is b2, builtins.__name__, type(builtins).__name__, builtins.len is len)
print(builtins.print is print, builtins.int is int, builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(builtins.len([1, 2]), builtins.sorted("cba"), builtins.ValueError.__name__)
print(len.__self__ is builtins, len.__module__, abs.__qualname__)

def reader():
    return shared_name

builtins.shared_name = "from builtins"
print(reader(), shared_name)
shared_name = "module global wins"
print(reader())
del shared_name
print(reader())
del builtins.shared_name
try:
    reader()
except NameError as e:
    print("NameError:", e)

# replacing a builtin is seen by code that does not shadow it
original_len = builtins.len
builtins.len = lambda obj: 42
print(len("abc"), reader.__globals__["__builtins__"] is builtins)
builtins.len = original_len
print(len("abc"))

from builtins import max as biggest, min
print(biggest(3, 9, 4), min([5, 2]))
print("__import__" in dir(builtins), "open" in vars(builtins), "nope" in vars(builtins))
try:
    builtins.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del builtins.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from builtins import no_such_thing
except ImportError as e:
    print("ImportError:", e)
import sys
print(sys.modules["builtins"] is builtins, type(__builtins__).__name__, __builtins__ is builtins)
print(builtins.__spec__.name, builtins.__spec__.origin, builtins.__package__ == "")
print(IOError is OSError, EnvironmentError is OSError, builtins.IOError.__name__, builtins.__doc__)
try:
    open("scope_builtins_module_missing/none.txt")
except IOError as e:
    print(type(e).__name__, e.errno)
