# Container protocol: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __bool__.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Ring(self.items[key])
        return self.items[key % len(self.items)]
    def __setitem__(self, key, value):
        self.items[key % len(self.items)] = value
    def __delitem__(self, key):
        del self.items[key % len(self.items)]
    def __contains__(self, value):
        print("  __contains__", value)
        return value in self.items
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return f"Ring({self.items})"
r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[1:4], r[::-2])
r[6] = "B"
del r[10]
print(r, "c" in r, "z" not in r)
print(list(r), [x for x in r][:3])
print(bool(Ring([])), bool(r))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(reversed([1, 2])))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __reversed__(self):
        return iter(range(1, self.n + 1))
print(list(Countdown(3)), list(reversed(Countdown(3))), sorted(Countdown(4)))
class Truthy:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Truthy()), "yes" if Truthy() else "no")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
