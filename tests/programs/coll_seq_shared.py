# What list and tuple share: repr (recursion, 1-tuples), lexicographic
# comparison, membership, index/count with bounds, repetition and its errors,
# the forward iterators.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for T in (list, tuple):
    print("==", T.__name__)
    e, one, three = T(), T([1]), T([1, "two", 3.0])
    show("repr", lambda: (repr(e), repr(one), repr(three), str(T([T(), T([None])]))))
    show("compare", lambda: (T([1, 2]) < T([1, 2, 0]), T([1, 3]) > T([1, 2, 9]), T([1]) == T([1.0]),
                             T([1, 2]) != T([1, 2]), T() <= T(), T([2]) >= T([1, 5])))
    show("compare nan", lambda: (T([float("nan")]) == T([float("nan")]), T([1, float("nan")]) < T([1, 2])))
    show("compare mixed", lambda: T([1, "a"]) < T([1, 2]))
    show("compare other type", lambda: T([1]) < 5)
    show("eq other type", lambda: (T([1]) == [1], T([1]) == (1,)))
    show("contains", lambda: (1 in three, "two" in three, 3 in three, 4 in three, None in e))
    show("index", lambda: (three.index(1), three.index(3), three.index("two", 1), three.index(3.0, -1)))
    show("index missing", lambda: three.index(7))
    show("index bounds", lambda: three.index(1, 1))
    show("index bad bound", lambda: three.index(1, "x"))
    show("index None bound", lambda: three.index(1, None))
    show("index no args", lambda: three.index())
    show("index many args", lambda: three.index(1, 0, 3, 4))
    show("index kw", lambda: three.index(1, start=0))
    show("count", lambda: (T([1, 1.0, True, 2]).count(1), three.count("x")))
    show("count args", lambda: three.count())
    show("repeat", lambda: (one * 3, 2 * three, three * 0, three * -2, e * 5))
    show("repeat bool", lambda: (one * True, one * False))
    show("repeat float", lambda: one * 2.0)
    show("repeat str", lambda: "ab" * one if T is tuple else one * "ab")
    show("repeat huge", lambda: three * (2 ** 62))
    show("repeat too big", lambda: three * (2 ** 64))
    show("concat", lambda: (one + three, e + e))
    show("concat wrong", lambda: one + "x")
    it = iter(three)
    show("iterate", lambda: (next(it), next(it), next(it)))
    show("exhausted", lambda: next(it))
    show("exhausted again", lambda: next(it))
    show("iter type", lambda: type(iter(three)).__name__)

rec = [1, 2]
rec.append(rec)
show("recursive list", lambda: repr(rec))
show("recursive via tuple", lambda: repr((rec, 3)))
t = ([],)
t[0].append(t)
show("recursive tuple", lambda: repr(t))
a = [1, 2, 3]
b = a * 2
a *= 2
show("imul", lambda: (a, b, a == b, a is not b))
a *= 0
show("imul zero", lambda: a)
c = [0]
it = iter(c)
c.extend([1, 2])
show("iterator sees growth", lambda: list(it))
d = [5, 6, 7]
r = reversed(d)
show("reversed", lambda: (next(r), type(r).__name__, list(r)))
show("list vs tuple <", lambda: [1] < (1,))
for s in ([10, 20, 30, 40], (10, 20, 30, 40)):
    show("item", lambda: (s[0], s[-1], s[2], s[True]))
    show("item range", lambda: s[4])
    show("item neg range", lambda: s[-5])
    show("item huge", lambda: s[2 ** 70])
    show("item str", lambda: s["0"])
    show("item float", lambda: s[1.0])
    show("slice", lambda: (s[1:3], s[::-1], s[::2], s[5:], s[-100:100], s[3:1], s[:]))
    show("slice whole is self", lambda: s[:] is s)
    show("slice step 0", lambda: s[::0])
    show("slice bad", lambda: s["a":])
t = (1, 2)
show("tuple concat identity", lambda: (t + () is t, () + t is t, t + (3,), len(() + ())))
show("list concat copy", lambda: ([1] + [] is not None, [] + [], [1] + [2, 3]))
show("list + tuple", lambda: [1] + (2,))
show("tuple + list", lambda: (1,) + [2])
show("tuple + None", lambda: (1,) + None)
lst = [1]
lst += (2, 3)
lst += "ab"
show("list += iterable", lambda: lst)
