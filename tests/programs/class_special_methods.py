# __call__, __format__, __index__, __int__/__float__, __round__, __str__ vs __repr__, __new__ vs __init__.
class Money:
    def __new__(cls, cents):
        print("  __new__", cents)
        return super().__new__(cls)
    def __init__(self, cents):
        print("  __init__", cents)
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return f"<{spec or 'plain'}:{self!s}>"
    def __call__(self, factor):
        return Money(self.cents * factor)
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __round__(self, n=None):
        return round(self.cents / 100, n)
m = Money(1234)
print(m, repr(m), str(m), f"{m}", f"{m:wide}", format(m, "x"), [m])
print(m(2), int(m), float(m), round(m), round(m, 1))
print(hex(Money(255)), [0, 1, 2, 3][Money(2)], bin(Money(5)), range(10)[Money(3)])
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    Money()
except TypeError as e:
    print("TypeError:", e)
