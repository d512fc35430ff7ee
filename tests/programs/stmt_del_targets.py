# del on every target kind: names, globals, subscripts, slices, attributes, tuples/lists.
a = 1
b = [0, 1, 2, 3, 4, 5, 6]
c = {"k": 1, "j": 2, "i": 3}
del a
print("a" in globals())
del b[0], b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del c["k"]
print(c)
(x, y), z = (1, 2), 3
del (x, y), z
print([n for n in ("x", "y", "z") if n in globals()])
p = q = 5
del [p, q]
print("p" in globals(), "q" in globals())

def local_del():
    v = 10
    w = [1, 2]
    del v, w[0]
    try:
        print(v)
    except UnboundLocalError as exc:
        print("UnboundLocalError:", exc)
    return w
print(local_del())

def f():
    pass
f.attr = 1
del f.attr
print(hasattr(f, "attr"))
try:
    del c["nope"]
except KeyError as exc:
    print("KeyError", exc)
try:
    del undefined_name
except NameError as exc:
    print("NameError:", exc)
for i in range(3):
    pass
del i
try:
    i
except NameError as exc:
    print("NameError:", exc)
