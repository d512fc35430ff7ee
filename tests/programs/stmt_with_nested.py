# Multiple and nested with items: enter order, reverse exit order, exceptions in __enter__.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else "-")
        return False

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a.name, b.name)

with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesised", p1.name, p2.name)

with (CM("q1"), CM("q2"),):
    print("trailing comma")

try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

with CM("outer"):
    with CM("middle"):
        try:
            with CM("inner"):
                raise KeyError("deep")
        except KeyError:
            print("handled between middle and inner")
