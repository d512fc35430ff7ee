import sys
from . import VERSION
from app import core
print(sys.argv, __name__, __package__, __spec__.name, VERSION)
print(repr(sys.modules["__main__"]))
core.run(sys.argv[1:])
