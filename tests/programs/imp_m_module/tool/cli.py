import sys
from . import helper
from .helper import shout
print("argv:", sys.argv)
print(__name__, __package__, __spec__.name, __spec__.parent, __file__, __cached__)
print(type(__loader__).__name__, __spec__.origin == __file__, __spec__.has_location)
print(sys.path[0], sys.modules["__main__"].__name__)
print(repr(sys.modules["__main__"]))
print("tool.cli" in sys.modules, "tool" in sys.modules, "tool.helper" in sys.modules)
print(shout("hello"), helper.shout("x"))
if __name__ == "__main__":
    print("main guard taken")
