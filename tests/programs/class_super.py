# super() with no arguments (the __class__ cell), with explicit arguments, cooperative multiple inheritance.
class Root:
    def __init__(self):
        self.trail = ["Root"]
    def describe(self):
        return "root"
class Left(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def describe(self):
        return "left>" + super().describe()
class Right(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def describe(self):
        return "right>" + super().describe()
class Bottom(Left, Right):
    def __init__(self):
        super(Bottom, self).__init__()
        self.trail.append("Bottom")
    def describe(self):
        return "bottom>" + super().describe()
b = Bottom()
print(b.trail, b.describe())
class ShowClass:
    def where(self):
        return __class__.__name__
    def lam(self):
        return (lambda: __class__.__name__)()
    def gen(self):
        return [__class__.__name__ for _ in range(1)]
class Sub(ShowClass):
    def where(self):
        return "Sub.where then " + super().where()
print(Sub().where(), Sub().lam(), Sub().gen())
class WithClassmethod(Root):
    @classmethod
    def make(cls):
        return super().__new__(cls)
    def __repr__(self):
        return "WithClassmethod instance"
print(WithClassmethod.make())
def outside(self):
    return super(Left, self).describe()
print(outside(b))
class Prop(Root):
    @property
    def p(self):
        return super().describe().upper()
print(Prop().p)
