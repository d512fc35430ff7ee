# Simple and chained assignment, rebinding, swapping, assignment to subscripts.
a = 1
b = c = d = a + 1
print(a, b, c, d)
x = y = [1, 2]
x.append(3)
print(x, y, x is y)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
lst = [0] * 5
lst[0] = lst[-1] = 9
lst[1:3] = "ab"
print(lst)
d = {}
d["k"] = d["j"] = len(d)
print(d)
i = 0
i = lst[i] = 3
print(i, lst)
s = t = "text"
t += "!"
print(s, t)
