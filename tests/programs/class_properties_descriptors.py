# property with getter/setter/deleter, data vs non-data descriptors, __getattr__ fallback, __slots__.
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class NonData:
    def __get__(self, obj, owner):
        return "from non-data descriptor"
class Data:
    def __get__(self, obj, owner):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("  data descriptor set", value)
class Host:
    nd = NonData()
    d = Data()
h = Host()
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["d"] = "instance dict loses to data"
print(h.nd, "|", h.d)
h.d = 5
class Fallback:
    real = 1
    def __getattr__(self, name):
        return f"synthesized {name}"
fb = Fallback()
print(fb.real, fb.anything)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, hasattr(s, "__dict__"))
