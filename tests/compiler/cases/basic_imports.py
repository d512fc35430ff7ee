# Imports of every form.
import os
import os.path
import os.path as osp
import xml.dom.minidom
import xml.dom.minidom as md
import a, b.c, d as e
from os import path
from os import path as p, sep
from os.path import (join,
                     split as sp)
from . import sibling
from .mod import name
from .. import parent
from ..pkg.mod import thing as other
from ... import far
from .mod import *
from os import *


def f():
    import os
    import os.path
    import os.path as p
    from os import sep
    from os.path import join as j
    from . import rel
    return os, p, sep, j, rel


class C:
    import sys
    from os import sep
