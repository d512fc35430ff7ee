# needs: stdlib
# Rich comparisons, reflected comparisons, __eq__/__hash__ interplay, functools.total_ordering, sorting objects.
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") <= Version("1.3"), Version("2.0") >= Version("1.9"), Version("1") != Version("1"))
print(len({Version("1.0"), Version("1.0"), Version("2")}))
class Unhashable:
    def __eq__(self, other):
        return True
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
print(Unhashable() == 5, 5 == Unhashable(), Unhashable() != 5)
class Loud:
    def __init__(self, name): self.name = name
    def __lt__(self, other):
        print(f"  {self.name} < {other.name}")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name} > {other.name}")
        return True
print(Loud("a") < Loud("b"))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
