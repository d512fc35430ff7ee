# set and frozenset: CPython's iteration order for ints, operations, hashes,
# reprs and error messages.  Constant set displays of 4+ items are built
# with set([...]): a frozenset constant's table layout changes through
# marshal, so python3.11 prints them differently from the .py and the .pyc.


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = 5
print({x, 3, 100, 17, -1, 2 ** 40}, set([8, 16, 0, 24, 32]), {x - 10, -3, -2, 7, 1000000})
s = set(range(0, 200, 7))
print(s)
for k in range(0, 200, 21):
    s.discard(k)
print(s)
s.update([1000, 2000, 3000, 64, 128])
print(s)
s |= set([-1, -2, -8])
print(s, len(s))
print(set(), frozenset(), frozenset({1, 2, 3}), {(1, 2), (3, 4)}, set([1.5, True, 7]))
t = {x * x % 97 for x in range(60)}
print(t)
p = set([9, 1, 8, 2, 7, 3])
print(p.pop(), p.pop(), p, p.pop(), p)
q = set(range(40))
for i in range(35):
    q.pop()
print(q)
q.add(3)
q.add(200)
print(q)

a = {1, 2, 3, 4, 5, 40, 80}
b = {4, 5, 6, 7, 80, 160}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [99]), a.intersection(b, {4, 80}), a.difference(b, [1]), a.symmetric_difference([1, 1000]))
print(a <= b, a < a | b, a | b >= b, a > a, a == set(a), a != b, {1} < {1, 2}, {1, 2} > {2})
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({0}), a.isdisjoint([1]))
c = set(a)
c &= b
print(c)
c = set(a)
c -= b
print(c)
c = set(a)
c ^= b
print(c)
c = set(a)
c.intersection_update(b, [80, 4])
print(c)
c = set(a)
c.difference_update([1], (2,))
print(c)
c.symmetric_difference_update(range(3, 10))
print(c)
print(c.copy(), c.copy() == c, c.copy() is c)
c.clear()
print(c)

f = frozenset([3, 1, 2])
print(f | {7}, {7} | f, f & {1}, f - {1}, f ^ {1, 9}, f.copy() is f, frozenset(f) is f)
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({1, 2, 3, 4, 5, 100})), hash(frozenset(range(-5, 50))))
print(hash(frozenset({frozenset({1}), frozenset()})), hash(frozenset([(1, 2), (3,)])))
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}): "x"}[frozenset([1])])
g = frozenset([5])
g |= {6}
print(g, type(g).__name__)
print({1, 2} in [{2, 1}], {1} in {frozenset({1})}, {2} in {frozenset({1})})
h = {frozenset({1})}
h.remove({1})
h.discard({2})
print(h)
dd = set({3: 1, 1: 2, 2: 3})
print(dd, dd.difference({3: 0}), dd.symmetric_difference({9: 0, 1: 0}), dd.difference({1: 0}), dd.isdisjoint({9: 0}))
err(lambda: dd - {3: 0})
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), sorted(big)[:5])
print(set("abcabc") == {"a", "b", "c"}, sorted({"x", "y"} | {"z"}))

err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {1}.remove([]))
err(lambda: {[]})
err(lambda: {1} | [2])
err(lambda: {1} - 2)
err(lambda: {1}.add())
err(lambda: set(1, 2))
err(lambda: set(x=1))
err(lambda: frozenset(x=1))
err(lambda: set(5))
err(lambda: {1}.union(5))
err(lambda: {1} < [1])
err(lambda: frozenset().add)
err(lambda: hash({1}))


def mutate():
    m = {1, 2, 3}
    for x in m:
        m.add(x + 10)


err(mutate)
