import os
import os.path
import a.b.c as d
from x import y, z as w
from . import rel
from .. import up as UP
from m import *
def f():
    import json
    from collections import OrderedDict as OD
    return json, OD
