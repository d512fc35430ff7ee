# Odd names and odd import state: separators, empty components, huge
# levels, non-iterable or empty __path__ / sys.path, non-str __name__,
# a spec whose name is not a str, bad globals for relative imports.
import sys


def t(label, f):
    try:
        r = f()
        print(label, "ok", r.__name__ if hasattr(r, "__spec__") else r)
    except BaseException as e:
        print(label, type(e).__name__, e)


t("slash", lambda: __import__("sub/inner"))
t("dotdot", lambda: __import__("..x"))
t("trailing dot", lambda: __import__("pk."))
t("double dot", lambda: __import__("pk..x"))
t("huge level", lambda: __import__("x", {}, None, [], 2**40))
t("fromlist str", lambda: __import__("pk", fromlist="abc"))
t("fromlist none", lambda: __import__("pk", fromlist=None))
t("nul", lambda: __import__("a\0b"))
import pk
pk.__path__ = 5
t("path int", lambda: __import__("pk.x"))
pk.__path__ = []
t("path empty", lambda: __import__("pk.y"))
pk.__path__ = ("sub",)
t("path tuple", lambda: __import__("pk.inner").inner.V)
del pk.__path__
t("no path", lambda: __import__("pk.z"))
pk.__name__ = 7
t("name int", lambda: __import__("pk", fromlist=["q"]))
pk.__spec__.name = 9
t("repr", lambda: repr(pk).replace(sys.path[0], "DIR"))
saved = sys.path
sys.path = None
t("syspath none", lambda: __import__("sub"))
sys.path = ["", 3, "."]
t("syspath weird", lambda: __import__("sub.inner").inner.V)
sys.path = saved
t("sp", lambda: __import__("sp", {"__spec__": 5}, None, [], 1))
t("sp2", lambda: __import__("sp", {"__package__": None, "__spec__": None, "__name__": 3}, None, [], 1))
t("no name", lambda: __import__("sp", {}, None, [], 1))
t("globals list", lambda: __import__("sp", [], None, [], 1))
