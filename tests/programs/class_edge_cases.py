# Edge cases of the data model that must raise, not crash: runaway
# __getattr__, __class__ assignment, subclassing descriptor types, unbound
# method descriptors on the wrong type, metaclasses returning non-classes.
import sys
class G:
    def __getattr__(self, n): return self.missing
try: G().x
except RecursionError as e: print("RecursionError", e)
class L:
    def __len__(self): return True
print(len(L()))
class P(property): pass
class Q:
    @P
    def x(self): return 5
print(Q().x)
class S:
    __slots__ = ('a',)
class T:
    __slots__ = ('a',)
s = S()
try:
    s.__class__ = T
except TypeError as e: print("TypeError", e)
class U: pass
class V: pass
u = U()
u.__class__ = V
print(type(u).__name__, u.__class__ is V)
try: u.__class__ = int
except TypeError as e: print("TypeError", e)
try: list.append(U(), 1)
except TypeError as e: print("TypeError", e)
try: object.__new__(type)
except TypeError as e: print("TypeError", e)
try: type.__new__(int, 'a', (), {})
except TypeError as e: print("TypeError", e)
class E(Exception):
    __slots__ = ('x',)
e = E(1)
e.x = 2
print(e.x, e.args)
class Meta(type):
    def __new__(m, *a): return 5
class W(metaclass=Meta): pass
print(W)
def f(): pass
try: type.__call__(5)
except TypeError as e: print("TypeError", e)
print(type.__call__(int, "7"))
class MyProp(property):
    pass
mp = MyProp(lambda s: 1)
mp.tag = "t"
print(mp.fget is not None, mp.tag, type(mp).__name__)
class LoudCM(classmethod): pass
class H:
    @LoudCM
    def c(cls): return cls.__name__
print(H.c())
