print("init shapes", __name__, __package__)
from . import flat
from .flat import square


def summary():
    from .solid import cube
    from . import solid
    return f"{square.NAME} {cube.NAME} {solid.__name__}"
