# needs: stdlib
# import, import as, from-import, from-import as, dotted imports, imports inside functions.
import sys
import math as m
import os.path
import os.path as osp
from itertools import chain, islice as take
from collections import OrderedDict as OD, defaultdict
from functools import (
    reduce,
    partial as bind,
)
print(m.sqrt(16), math_name := m.__name__)
print(os.path.basename("/a/b/c.txt"), osp.splitext("x.tar.gz"))
print(list(chain([1], (2, 3))), list(take(range(100), 3)))
print(OD(a=1), defaultdict(int)["missing"])
print(reduce(lambda a, b: a * b, range(1, 6)), bind(pow, 2)(10))
print(type(sys).__name__, "math" in sys.modules, "os" in dir())

def local_import():
    import string
    from operator import itemgetter
    return string.ascii_lowercase[:3], itemgetter(1)("xyz")
print(local_import())
print("string" in globals())
import json, textwrap as tw
print(json.dumps({"k": [1, 2]}), tw.shorten("hello world wide", 12))
from math import *
print(floor(2.5), pi > 3)
