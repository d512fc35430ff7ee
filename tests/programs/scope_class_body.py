# Class scope rules: methods cannot see class attributes unqualified, class namespace order, locals().
y = "global y"
class C:
    y = "class y"
    z = y + "!"
    def method(self):
        return y
    items = [y for _ in range(1)]
    lam = lambda self: y
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.z, C().method(), C.items, C().lam(), C.names)
class Order:
    b = 1
    a = 2
    def c(self): pass
print([k for k in Order.__dict__ if not k.startswith("__")])
def factory():
    value = "enclosing value"
    class K:
        def get(self):
            return value
        got = value
    return K().get(), K.got
print(factory())
class Shadow:
    len = len("four")
    print_ = print
print(Shadow.len, Shadow.print_ is print)
class Later:
    def uses_later_global(self):
        return defined_after_class
defined_after_class = "resolved at call time"
print(Later().uses_later_global())
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
