# Class definition basics: attributes, methods, instance vs class state, __qualname__, __module__.
class Counter:
    """Counts things."""
    instances = 0
    step = 1

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    def inc(self):
        self.value += self.step
        return self

    def __repr__(self):
        return f"Counter({self.value})"

    @staticmethod
    def kind():
        return "counter"

    @classmethod
    def make(cls, n):
        return cls(n)

a = Counter()
b = Counter.make(10)
a.inc().inc()
b.step = 5
b.inc()
print(a, b, Counter.instances, Counter.step, b.step)
print(Counter.kind(), a.kind(), Counter.__name__, Counter.__qualname__, Counter.__module__)
print(sorted(k for k in vars(Counter) if not k.startswith("__")), vars(b))
print(type(a) is Counter, isinstance(a, object), Counter.__doc__)
m = a.inc
print(m.__self__ is a, m.__func__ is Counter.inc, m())
Counter.extra = lambda self: "added later"
print(a.extra())
class Empty: pass
e = Empty()
e.x = 1
print(vars(e), Empty.__bases__, Empty.__mro__)
