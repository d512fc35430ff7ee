# importlib.util: find_spec (absolute, relative, missing, already imported,
# a built-in), module_from_spec + loader.exec_module, spec_from_file_location
# for loading a plugin file by path, resolve_name.
import sys
import importlib
import importlib.util
print(importlib.util is sys.modules["importlib.util"], importlib.util.__name__)
spec = importlib.util.find_spec("pkg.tool")
print(spec.name, spec.parent, spec.origin, spec.has_location, spec.cached, type(spec.loader).__name__)
print("pkg imported by find_spec:", "pkg" in sys.modules, "pkg.tool" in sys.modules)
print(importlib.util.find_spec("nothing_here"), importlib.util.find_spec("pkg.nothing"))
print(importlib.util.find_spec(".tool", "pkg").name)
print(importlib.util.find_spec("math"))
print(importlib.util.find_spec("sys") is sys.__spec__)
for args in [("pkg.tool.x",), ("nope.x",), (".tool",)]:
    try:
        importlib.util.find_spec(*args)
    except (ImportError, ValueError) as e:
        print(args, type(e).__name__, e)
mod = importlib.util.module_from_spec(spec)
print(sorted(vars(mod)), mod.__file__, mod.__package__)
print("before exec:", hasattr(mod, "VALUE"))
spec.loader.exec_module(mod)
print("after exec:", mod.VALUE, mod.helper(), "pkg.tool" in sys.modules)
print(spec.loader.get_filename(), spec.loader.name)

loc = sys.path[0] + "/plugins/shout.pyc"
pspec = importlib.util.spec_from_file_location("shout_plugin", loc)
print(pspec.name, pspec.origin == loc, pspec.cached == loc, pspec.submodule_search_locations)
plugin = importlib.util.module_from_spec(pspec)
sys.modules["shout_plugin"] = plugin
pspec.loader.exec_module(plugin)
print(plugin.shout("hi"), plugin.__name__, repr(plugin).replace(sys.path[0], "DIR"))
print(importlib.util.spec_from_file_location("x", "data.txt"))
print(importlib.util.resolve_name(".a.b", "pkg"), importlib.util.resolve_name("abs", None))
try:
    importlib.util.resolve_name(".a", None)
except ImportError as e:
    print(type(e).__name__, e)
missing = importlib.util.spec_from_file_location("gone", sys.path[0] + "/plugins/missing.pyc")
try:
    missing.loader.exec_module(importlib.util.module_from_spec(missing))
except OSError as e:
    print("OSError", type(e).__name__, str(e).replace(sys.path[0], "DIR"))
except ImportError as e:
    print("ImportError", type(e).__name__)
