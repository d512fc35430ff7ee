# Which objects can be weakly referenced: classes unless every class of the MRO
# has __slots__ without __weakref__, not subclasses of int/tuple/bytes.
import weakref
class I(int): pass
class T(tuple): pass
class S(str): pass
class B(bytes): pass
class F(float): pass
class L(list): pass
class D(dict): pass
class FS(frozenset): pass
class Sl:
    __slots__ = ("a",)
class SlW:
    __slots__ = ("a", "__weakref__")
class SubSl(Sl): pass
class Sl2(Sl):
    __slots__ = ()
for c in (I, T, S, B, F, L, D, FS, Sl, SlW, SubSl, Sl2):
    try:
        weakref.ref(c())
        print(c.__name__, "ok")
    except TypeError as e:
        print(e)
print(hasattr(Sl(), "__weakref__"), SlW().__weakref__, SubSl().__weakref__)
