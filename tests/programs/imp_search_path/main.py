# path: lib vendor nsroot1 nsroot2
# The search order: the script's directory, then the extra path entries
# (PYTHONPATH / PVMPATH), with built-in modules before all of them (a local
# math.pyc never shadows math); namespace packages spanning two entries.
import sys
print([p for p in sys.path[:5] if not p.startswith("/usr")])
import math
print(math.sqrt(16), math)
import shadow
print("shadow from", shadow.WHERE)
import libmod, libpkg.sub
print(libmod.WHERE, libpkg.sub.WHERE, libpkg.__path__)
import vendored
print(vendored.WHERE)
import ns.a.leaf, ns.b
print(ns.a.leaf.WHERE, ns.b.WHERE)
print(list(ns.__path__), ns.__file__, list(vars(ns))[:7], ns.__spec__.origin, ns.__spec__.submodule_search_locations is not None)
print(ns.__spec__.has_location, type(ns.__loader__).__name__, ns.__package__)
print(repr(ns).replace("0xADDR", "ADDR")[:20])
sys.path.insert(0, "local_first")
import late_added
print(late_added.WHERE, late_added.__file__.startswith("/"), late_added.__file__)
sys.path.insert(0, "./local_first/")
import also_here
print(also_here.__file__.startswith("/"), also_here.__file__, also_here)
sys.path.remove("local_first")
