from ..flat.square import area
from ..flat import square
from . import sphere
from .sphere import describe as _d
import shapes.flat.square as sq
NAME = "cube"
print("cube sees", square.NAME, sq is square, _d())


def volume(n):
    return area(n) * n
