# Single and multiple inheritance, MRO (C3), method resolution, overriding, isinstance/issubclass.
class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
    def only_c(self): return "only C"
class D(B, C):
    pass
d = D()
print(d.who(), d.hello(), d.only_c())
print([k.__name__ for k in D.__mro__])
print(isinstance(d, A), issubclass(D, C), issubclass(C, B), D.__bases__ == (B, C))
class Base:
    greeting = "base"
    def __init__(self, x):
        self.x = x
class Child(Base):
    greeting = "child"
print(Child(3).x, Child.greeting, Base.greeting)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml[:2]).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], "zz" in md)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(5) + 1, repr(MyInt(5)), MyInt(7) // 2)
