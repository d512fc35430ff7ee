# A class's __dict__: a read-only mappingproxy with the __dict__ and
# __weakref__ getset descriptors CPython adds, by base and __slots__.
class C:
    x = 1
    def f(self): pass
p = C.__dict__
print(type(p).__name__, p['x'], 'x' in p, len(p) > 3, sorted([k for k in p if not k.startswith('__')]), p.get('zz', 5), list(p.keys())[:2], isinstance(p, dict))
try: p['y'] = 1
except TypeError as e: print('TypeError:', e)
try: p.pop
except AttributeError as e: print('AttributeError:', e)
print(repr(vars(type('E', (), {'a': 1}))))
print(vars(C) == C.__dict__, dict(C.__dict__)["x"], [k for k in C.__dict__.items() if k[0] == "x"])
class E(Exception): pass
print(list(E.__dict__))
class S: __slots__=('a',)
print(list(S.__dict__))
class S2(S): pass
print(list(S2.__dict__))
class P: pass
class P2(P): pass
print(list(P2.__dict__))
class SD: __slots__=('__dict__',)
print(list(SD.__dict__))
class M(type): pass
print(list(M.__dict__))
print(P.__dict__['__dict__'].__get__(P()), type(P.__dict__['__weakref__']).__name__, P().__weakref__)
class W: __slots__ = ('__weakref__',)
print(list(W.__dict__), W().__weakref__)
