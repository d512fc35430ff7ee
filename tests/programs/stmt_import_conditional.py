# needs: stdlib
# Conditional imports, ImportError handling, imports in try/except/else and under if.
import sys
try:
    import no_such_module_for_pyc_tests
except ImportError as e:
    print(type(e).__name__, e.name, e)
    no_such_module_for_pyc_tests = None
try:
    from math import no_such_function
except ImportError as e:
    print("ImportError:", e.name, str(e).split(" (")[0])
if sys.version_info >= (3, 11):
    import tomllib as toml_impl
else:
    toml_impl = None
print(toml_impl.__name__)
try:
    import json
except ImportError:
    json = None
else:
    print("json imported, dumps:", json.dumps([None, True]))
finally:
    print("import block done")
def lazy():
    global heapq
    import heapq
lazy()
print(heapq.nsmallest(2, [5, 1, 4]))
mod = __import__("math")
print(mod.gcd(12, 18))
print(__name__)
