# Assignment expressions in conditions, loops, calls, nested, in lambdas' bodies and f-strings.
# needs: stdlib
import re
text = "key=value; other=thing"
if (m := re.search(r"(\w+)=(\w+)", text)) is not None:
    print(m.group(1), m.group(2))
data = iter([5, 3, 0, 7])
while (item := next(data)) != 0:
    print("item", item)
print(item)
print((x := 10) + x, x)
print([y := 5, y ** 2])
def f(v):
    return (w := v * 3) + w
print(f(2))
values = [1, 5, 9]
if (n := len(values)) > 2:
    print(f"{n} values, last {(last := values[-1])}")
print(last)
fn = lambda: (q := 7) * q
print(fn())
print(max(a := 3, b := 8), a, b)
print({"k": (z := "zed")}, z)
s = 0
while (s := s + 1) < 5:
    pass
print(s)
def outer():
    def inner():
        return (captured := "from inner")
    return inner(), "captured" in locals()
print(outer())
