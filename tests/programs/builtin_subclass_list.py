# Subclasses of list: construction through __init__, the base's repr,
# overridden dunders used by builtins and the interpreter, base methods that
# stay direct (extend does not call append), instance attributes.
class MyList(list):
    pass

a = MyList([1, 2, 3])
print(a, type(a).__name__, len(a), a[0], a[1:], type(a[1:]).__name__, 2 in a)
a.append(4)
a.extend([5])
a += [6]
print(a, type(a).__name__)
a.x = 5
print(a.x, a.__dict__)
print(a + [7], type(a + [7]).__name__, [0] + a, type([0] + a).__name__)
print(a * 2, type(a * 2).__name__, a == [1, 2, 3, 4, 5, 6], a != [1], a < [9])
print(sorted(a, reverse=True), isinstance(a, list), issubclass(MyList, list))
print(list(a), type(list(a)).__name__, a.copy(), type(a.copy()).__name__)
print(MyList(), MyList("ab"), bool(MyList()), bool(MyList([0])))
a.sort(reverse=True)
print(a, a.pop(), a.index(3), a.count(3), a[::-1])
del a[0]
a[0] = "z"
print(a, repr(a), str(a), f"{a}")


class Counted(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n

    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "item"

    def append(self, x):
        print("append", x)
        super().append(x)


c = Counted(3)
print(c, len(c), c[0], list(c), c.n)
c.extend([7])
c.append(8)
print(c, bool(c))
for x in c:
    print(x, end=" ")
print()


class Backwards(list):
    def __iter__(self):
        return reversed([*list.__iter__(self)])


r = Backwards([1, 2, 3])
print(list(r), tuple(r), [*r], sorted(r), r, len(r), sum(r), max(r))
target = []
target.extend(r)
print(target)
x, y, z = r
print(x, y, z)
print([v * 10 for v in r], set(r) == {1, 2, 3})


class Always(list):
    def __contains__(self, x):
        return True

    def __eq__(self, other):
        return "eq"

    def __add__(self, other):
        return "added"

    def __radd__(self, other):
        return "radded"


print(5 in Always(), 5 not in Always(), Always() == 1, Always() + [1], [1] + Always())


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]


s = Stack()
s.push(1).push(2)
print(s, s.peek(), len(s), s.pop(), s)
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)
try:
    MyList(1)
except TypeError as e:
    print("TypeError:", e)
try:
    MyList([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    list.__init__(a, 5)
except TypeError as e:
    print("TypeError:", e)
list.__init__(a, "xy")
print(a)


class WithNew(list):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a, b):
        super().__init__([a, b])


print(WithNew(1, 2))
