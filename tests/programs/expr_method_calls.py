# Method calls on builtin types (LOAD_METHOD paths), bound methods stored and called later, call chains.
s = "  Hello, World  "
print(s.strip().lower().replace("world", "there").split(", "))
lst = [3, 1, 2]
lst.sort()
lst.append(4)
lst.extend([5, 6])
lst.insert(0, 0)
print(lst, lst.index(4), lst.count(1), lst.pop(), lst.pop(0), lst)
d = {"a": 1}
d.update(b=2)
d.setdefault("c", 3)
print(d.get("a"), d.get("z", "dflt"), d.pop("b"), sorted(d.keys()), list(d.values()), list(d.items()))
append = lst.append
append(99)
print(lst, append.__name__, append.__self__ is lst)
print("-".join(map(str, range(5))), "x".join("abc"), ",".join([]))
print((1).__add__(2), "abc".__len__(), [].__class__.__name__, (2.5).is_integer())
print("a b c".split(maxsplit=1), "a,b".partition(","), "abc".startswith(("x", "a")))
print(b"hello".upper().decode(), bytearray(b"ab").hex(), "%s-%s" % ("a", "b"))
upper = str.upper
print(upper("unbound method"), str.join(":", ["p", "q"]))
print({1, 2}.union({3}).difference({1}), frozenset("ab").issubset("abc"))
