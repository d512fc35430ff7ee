# Packages and modules found next to main: import forms, relative imports
# ('.' and '..'), module attributes, sys.modules caching, submodules bound on
# their parent, the __name__ == '__main__' guard of an imported module.
import sys
import counter
import counter as again
import shapes.flat.square
import shapes.solid.cube as cube
from shapes import flat
from shapes.solid import cube as cube2, sphere
from shapes.flat.square import area, NAME as SQ

print("counter runs:", counter.RUNS, counter is again, sys.modules["counter"] is counter)
import counter
print("after second import:", counter.RUNS)
print(shapes.flat.square.area(3), area(4), SQ)
print(cube.volume(2), cube2 is cube, sphere.describe())
print(flat is shapes.flat, shapes.solid.cube is cube)
print(shapes.summary())

def attrs(m):
    spec = m.__spec__
    print(m.__name__, repr(m.__package__), m.__file__, m.__cached__)
    print("  spec:", spec.name, repr(spec.parent), spec.origin, spec.has_location,
          spec.submodule_search_locations, spec.cached == m.__cached__)
    print("  path:", getattr(m, "__path__", None), m.__loader__ is spec.loader)
    print("  repr:", m)
    print("  loader:", type(m.__loader__).__name__, repr(m.__loader__)[:45])

attrs(counter)
attrs(shapes)
attrs(shapes.flat)
attrs(cube)
print(__name__, __package__, __spec__, __file__, __cached__)
print(type(__loader__).__name__)
print(counter.who(), counter.__doc__)
print(sorted([k for k in sys.modules if k.startswith("shapes")]))
print(sorted([k for k in vars(shapes) if not k.startswith("__")]))
print(sys.path[0])
print(sys.modules["__main__"].__name__, sys.modules["__main__"] is sys.modules[__name__])
