# Decorators (any expression since 3.9).
@a
def f(): pass
@a.b.c
def f(): pass
@a(b)
def f(): pass
@a[b]
def f(): pass
@a if b else c
def f(): pass
@(a)
def f(): pass
@a := b
def f(): pass
@lambda f: f
def f(): pass
@a
@b
@c
class C: pass
@a
async def f(): pass
class C:
    @staticmethod
    def f(): pass
    @classmethod
    @other
    def g(cls): pass
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
