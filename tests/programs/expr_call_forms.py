# Calls with every argument form: positional, keyword, *args, **kwargs, several of each, mixed order.
def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"
a = [1, 2]
t = (3,)
d1 = {"x": 1}
d2 = {"y": 2}
print(show())
print(show(0, *a))
print(show(*a, *t, 9, *"ab"))
print(show(**d1, **d2))
print(show(0, *a, k=1, **d1))
print(show(*a, z=0, *t, **d2, w=5))
print(show(k=1, **{"k2": 2}, k3=3, **{"k4": 4}))
print(show(*([i for i in range(3)]), **dict(zip("ab", range(2)))))
def target(a, b, c=0, *, d=0):
    return a + b * 10 + c * 100 + d * 1000
print(target(1, 2), target(1, b=2), target(*[1, 2, 3]), target(1, *[2], d=4), target(**{"a": 1, "b": 2, "d": 3}))
print(target(*range(2), **{"c": 5}))
try:
    show(**d1, **d1)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 7, 5]), print is print, len(*["abc"]))
order = []
def tag(v):
    order.append(v)
    return v
show(tag(1), *tag([2]), k=tag(3), **tag({"m": 4}))
print(order)
