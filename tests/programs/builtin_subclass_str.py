# Subclasses of str: the value kept by the instance, str methods returning
# plain str, subclass instances as arguments of str methods, as dict keys
# (hash and == of the str), in formatting; __new__ and overridden dunders.
class MyStr(str):
    def shout(self):
        return self.upper() + "!"


s = MyStr("hello")
print(s, repr(s), type(s).__name__, s.shout(), s + " x", type(s + "x").__name__, len(s), s[1])
print(s.upper(), type(s.upper()).__name__, type(s[1:]).__name__, s * 2, type(s * 2).__name__)
d = {"hello": 1}
print(d[s], s in d, s == "hello", "ell" in s, "-".join([s, s]), "x".join(MyStr("ab")))
print("%s|%r|%5s" % (s, s, MyStr("ab")), f"{s}|{s!r}|{s:>8}", str(s), type(str(s)).__name__)
print(s.startswith(MyStr("he")), "hello world".split(MyStr(" ")), "a,b".replace(MyStr(","), MyStr(";")))
print("hello".find(MyStr("l")), MyStr("a b").split(), s.encode(), int(MyStr("42")), float(MyStr("1.5")))
print(sorted([MyStr("b"), "a", MyStr("c")]), max(MyStr("x"), "y"), s < "z", hash(s) == hash("hello"))
print({MyStr("k"): 1, "k": 2}, {"k": 2, MyStr("k"): 3})
print(MyStr(), MyStr(5), MyStr(b"ab", "ascii"), MyStr([1]), type(MyStr()).__name__)
s.tag = "t"
print(s.tag, s.__dict__, getattr(type("X", (), {}), MyStr("__name__")))
for ch in MyStr("ab"):
    print(ch, type(ch).__name__)


class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())


u = Upper("abc")
print(u, repr(u), type(u).__name__, u.lower(), Upper(12))


class Caseless(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return self.lower() == other.lower()


table = {Caseless("Key"): 1}
print(table[Caseless("KEY")], Caseless("x") != Caseless("X"), Caseless("a") == "A")


class Tagged(str):
    def __repr__(self):
        return "Tagged(" + str.__repr__(self) + ")"

    def __str__(self):
        return "<" + self + ">"

    def __len__(self):
        return 42

    def __getitem__(self, i):
        return "I"

    def __add__(self, other):
        return "added"


t = Tagged("ab")
print(t, repr(t), [t], f"{t}", "%s %r" % (t, t), len(t), t[0], t + "x", "x" + t, str(t))
print("{} {!r} {:>5}".format(t, t, MyStr("r")), format(MyStr("q"), "^5"))


class Name(str):
    __slots__ = ()


n = Name("slot")
try:
    n.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    MyStr(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str.__new__(int)
except TypeError as e:
    print("TypeError:", e)
print(str.__new__(MyStr, "z"), type(str.__new__(MyStr, "z")).__name__)
