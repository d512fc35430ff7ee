# Assignment expressions where 3.11 allows them.
if (n := len(a)) > 10:
    pass
if n := 10:
    pass
while (line := f()):
    pass
while chunk := f():
    pass
[y := f(x), y ** 2]
{y := 1, 2}
f(y := 1)
f(x, y := 1)
x = (y := 1)
print(f"{(x := 10)}")
[x for x in y if (z := x)]
a[b := 1]
elif_ = 0
if a:
    pass
elif b := c:
    pass
match y := 1:
    case _:
        pass
assert (x := 1)
def f(a=(b := 1)): pass
lambda: (x := 1)
x = [(y := 1) for z in w]
(a := 1, b := 2)
@(d := deco)
def g(): pass
@d := deco
def g(): pass
