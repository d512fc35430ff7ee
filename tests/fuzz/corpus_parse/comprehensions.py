# Comprehensions and generator expressions.
[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x, y in z]
[x for (x, y) in z]
[x for x, in z]
[x for *x, y in z]
[(x, y) for x in a for y in b if x if y]
{x for x in y}
{x: y for x, y in z}
{x: y for x in a for y in b}
(x for x in y)
(x for x in y if x)
[x async for x in y]
[x for x in y async for z in x]
[y for x in a if (y := f(x))]
[x for x in (lambda: y)]
[x if x else y for x in z]
[[x for x in y] for y in z]
[x for x in y or z]
[x for x in y if a or b]
[x for x in y if a and b if c]
[x for x.a in y]
[x for x[0] in y]
sum(x for x in y)
sum((x for x in y))
f(x for x in y)
f(a=1)(x for x in y)
x = [await y async for y in z]
x = (i * 2 for i in range(10) if i % 2)
