# Class decorators, stacked, with arguments, registering classes, returning other objects.
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls.__name__
        return cls
    return deco
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
order = []
def mark(label):
    order.append("eval " + label)
    def deco(cls):
        order.append("apply " + label)
        return cls
    return deco

@register("pt")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

@mark("first")
@mark("second")
class Marked:
    pass
print(Point(1, "two"), registry, order)
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = False
print(type(Config).__name__, Config.debug)
