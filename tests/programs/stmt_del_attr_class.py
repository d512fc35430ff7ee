# del on attributes of instances and classes, and __delattr__ / __delitem__ hooks.
class Rec:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = 2
r = Rec()
del r.a
print(vars(r))
del Rec.cls_attr
print(hasattr(r, "cls_attr"))
try:
    del r.a
except AttributeError as exc:
    print("AttributeError:", exc)

class Logged:
    def __delattr__(self, name):
        print("delattr", name)
    def __delitem__(self, key):
        print("delitem", key)
lg = Logged()
del lg.anything, lg[1:2], lg["k"], lg[1, 2]
del lg[::3]
