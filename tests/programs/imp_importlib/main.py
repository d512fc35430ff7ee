# importlib.import_module (absolute and relative), __import__ with
# fromlist and level, importlib.reload, and programs editing sys.modules:
# a module replacing itself, a fake entry, deleting and re-importing.
import sys
import importlib

m = importlib.import_module("app.plugins.alpha")
print(m.__name__, m is sys.modules["app.plugins.alpha"], m.hello())
print(importlib.import_module(".beta", "app.plugins").__name__)
print(importlib.import_module("..core", "app.plugins").__name__)
print(importlib.import_module(".", "app").__name__)
print(importlib.import_module("math").__name__, importlib.import_module("sys") is sys)
for args in [(".x",), (".x", ""), ("...x", "app.plugins"), ("",), ("app.nope",), ("nope.deep",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(args, "->", type(e).__name__, e)

top = __import__("app.plugins.alpha")
print("top:", top.__name__)
leaf = __import__("app.plugins.alpha", fromlist=["hello"])
print("leaf:", leaf.__name__)
pk = __import__("app.plugins", fromlist=["gamma", "nonexistent"])
print("fromlist imported gamma:", "app.plugins.gamma" in sys.modules, pk.gamma.NAME)
try:
    __import__("app.plugins", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
g = {"__name__": "app.plugins.alpha", "__package__": "app.plugins"}
print(__import__("beta", g, None, ["NAME"], 1).NAME)
print(__import__("", g, None, ["beta"], 2).__name__)
print(__import__("core", {"__name__": "app", "__path__": []}, None, [], 1).__name__)
print(__import__("core", {"__name__": "app.x"}, None, ["f"], 1).__name__)
try:
    __import__("core", {"__package__": 3}, None, [], 1)
except TypeError as e:
    print(type(e).__name__, e)

import counter
print("counter", counter.N)
again = importlib.reload(counter)
print("reloaded", again is counter, counter.N, counter.LOADS)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.reload(sys) is sys)
importlib.invalidate_caches()

import chameleon
print("chameleon is", chameleon, sys.modules["chameleon"])
sys.modules["fake"] = "I am a string"
import fake
print("fake:", fake, fake.upper())
del sys.modules["fake"]
try:
    import fake
except ImportError as e:
    print(type(e).__name__, e)
old = sys.modules.pop("counter")
import counter
print("fresh counter:", counter is not old, counter.LOADS)
sys.modules["app.plugins.beta"] = "stub"
from app.plugins import beta
print("beta from sys.modules:", beta)
print(sys.modules["app.plugins"].beta.NAME)
try:
    import vanish
except KeyError as e:
    print("vanished:", type(e).__name__, e, e.args)
