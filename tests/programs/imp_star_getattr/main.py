# `from m import *` with and without __all__ (submodules named in a
# package's __all__ are imported), its errors, and module __getattr__
# (PEP 562) seen by attribute access, from-imports and hasattr.
import sys
SELF_NAME = "main"
from __main__ import *
print(SELF_NAME)
from public import *
print(sorted([k for k in dir() if not k.startswith("__")]))
print(visible(), CONST)
from tools import *
print(helpers.NAME, lazy_one, "extra" in sys.modules, "tools.extra" in sys.modules)
print(sorted([k for k in sys.modules if k.startswith("tools")]))


import lazy
print(lazy.answer, lazy.computed("x"))
from lazy import answer, dynamic_name
print(answer, dynamic_name)
print(hasattr(lazy, "answer"), hasattr(lazy, "missing"), getattr(lazy, "missing", "dflt"))
try:
    lazy.missing
except AttributeError as e:
    print(type(e).__name__, e, e.name)
try:
    from lazy import missing
except ImportError as e:
    print(type(e).__name__, e)
print(lazy.CALLS)
try:
    from badall import *
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from nonstrall import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    from lazy import *
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([k for k in dir() if not k.startswith("_")])[:12])
