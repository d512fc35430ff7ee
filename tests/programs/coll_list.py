# list: methods, slicing, slice assignment, sort, reprs and error messages


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = [3, 1, 2]
a.append(5)
a.extend((7, 8))
a.extend(range(2))
a.insert(0, -1)
a.insert(-2, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99)
print(a, a.index(7), a.index(1, 2), a.count(1), 5 in a, 42 in a)
b = a.copy()
b.reverse()
print(b, a == b, a != b, a < b, [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] <= [])
a.clear()
print(a, not a)

err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].pop(1, 2))
err(lambda: [1].remove(2))
err(lambda: [1, 2].index(5))
err(lambda: [1, 2].index(2, 0, 1))
err(lambda: [1][2])
key = "a"
err(lambda: [1][key])
err(lambda: [1] + (1,))
err(lambda: [1] * 2.0)
err(lambda: [].append())
err(lambda: [].append(1, 2))
err(lambda: [].clear(1))
err(lambda: [].insert(1))
err(lambda: [].index())
err(lambda: [].sort(1))
err(lambda: [].sort(x=1))
err(lambda: [1, "a"].sort())
err(lambda: sorted(["a", 1]))
err(lambda: [3, 2].sort(key=1))
err(lambda: list(1))
err(lambda: list(1, 2))
err(lambda: [1][10 ** 30])

# slicing
s = list(range(10))
print(s[2:5], s[::2], s[::-1], s[-3:], s[:-7], s[5:2], s[5:2:-1], s[100:], s[-100:2])
print(s[1:9:3], s[9:1:-3], s[::-4], s[None:None:None])
err(lambda: s[::0])
err(lambda: s[key:])
t = s[:]
t[2:4] = ["x", "y", "z"]
print(t)
t[1:1] = "ab"
print(t)
t[:] = t
print(t)
t[::2] = range(len(t[::2]))
print(t)
del t[::3]
print(t)
del t[-1:0:-2]
print(t)
t[5:] = []
print(t)


def bad_ext():
    u = [1, 2, 3]
    u[::2] = [1, 2, 3]


def bad_iter():
    u = [1, 2, 3]
    u[0:1] = 5


err(bad_ext)
err(bad_iter)


def bad_del():
    u = [1]
    del u[3]


def bad_set():
    u = [1]
    u[-2] = 0


err(bad_del)
err(bad_set)

# operators
c = [1, 2]
d = c
c += (3, 4)
print(c, d is c)
c *= 2
print(c, d is c)
print([0] * 3, 2 * [1, 2], [1] * -1, [] * 5, c + [9])
c += range(2)
print(c)
err(lambda: [1] + "ab")

# recursion-safe repr
r = [1, 2]
r.append(r)
print(r, [r, [r]])
e = {"k": r}
r.append(e)
print(r)

# sort: stability, key, reverse
words = ["pear", "Apple", "fig", "banana", "kiwi", "date", "cherry", "Fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower), sorted(words, key=lambda w: w[-1], reverse=True))
pairs = [(i % 5, i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
nums = [(i * 7919) % 1009 for i in range(300)]
sn = sorted(nums)
print(sn[:10], sn[-10:], all([sn[i] <= sn[i + 1] for i in range(len(sn) - 1)]))
big = [((i * 104729) % 10007) // 10 for i in range(3000)]
sb = sorted(big)
print(sb == sorted(big, reverse=True)[::-1], sb[::300])
print(sorted(range(100, 0, -3))[:5], sorted([3.5, 1, 2.25, -1]), sorted([True, False, 0, 1]))
print(sorted([[2, 1], [1, 2], [1]]), sorted("hello world"))
m = [5, 3, 1]
print(m.sort(), m, m.sort(reverse=True), m)
