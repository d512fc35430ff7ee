# ImportError and ModuleNotFoundError as CPython words them, with their
# name/path attributes; a module whose body raises is not left in
# sys.modules; sys.modules[name] = None blocks an import.
import sys


def show(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (ImportError, ValueError, TypeError, KeyError, AttributeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)
        if isinstance(e, ImportError):
            print("   name:", e.name, "path:", e.path)


def no_module(): import does_not_exist
def no_sub(): import pkg.missing
def no_deep(): import nothere.a.b
def not_pkg(): import plain.sub
def from_missing(): from plain import missing
def from_pkg_missing(): from pkg import missing
def from_native(): from math import nothing
def from_inner(): from pkg.inner import deep
def rel_no_parent(): from . import x
def rel_no_parent2(): from .x import y
def boom(): import broken
def empty(): __import__("")
def neg(): __import__("x", globals(), None, [], -1)
def nonstr(): __import__(42)
def no_globals(): __import__("x", None, None, [], 1)
def rel_beyond(): import pkg.climb


show("no_module", no_module)
show("no_sub", no_sub)
show("no_deep", no_deep)
show("not_pkg", not_pkg)
show("from_missing", from_missing)
show("from_pkg_missing", from_pkg_missing)
show("from_native", from_native)
show("from_inner", from_inner)
show("rel_no_parent", rel_no_parent)
show("rel_no_parent2", rel_no_parent2)
show("boom", boom)
print("broken in sys.modules:", "broken" in sys.modules)
show("boom again", boom)
show("empty", empty)
show("neg", neg)
show("nonstr", nonstr)
show("no_globals", no_globals)
show("rel_beyond", rel_beyond)
print("pkg.climb in sys.modules:", "pkg.climb" in sys.modules, "pkg" in sys.modules)
sys.modules["blocked"] = None
def blocked(): import blocked
show("blocked", blocked)
del sys.modules["blocked"]
show("unblocked", blocked)
import pkg.inner
print(pkg.inner.VALUE)
import pkg.inner.deep
