# Corners: semicolons, comments, continuation, empty bodies, nesting.
import sys; x = 1; y = 2
if x: pass; pass
if x:  # comment
    pass  # comment
# comment at column 0 inside nothing
def f():
    # comment
    pass

    # trailing comment
class C:
    """docstring"""

    x = 1
x = [1,
# comment in brackets
     2]
x = (1  # comment
     + 2)
if x:
    if y:
        if z:
            pass
        else:
            pass
    elif w:
        pass
for i in range(10):
    if i: continue
    else: break
while True:
    try:
        pass
    except Exception as e:
        raise
    finally:
        break
x = a if b else (c if d else e)
x = [a, b, c][0]
x = {'a': 1}['a']
x = (1, 2)[0]
x = "abc"[0]
x = 1 .real
x = 1.0.real
x = (1).real
x = a.b[c](d).e
x = not a == b
x = a is not None and b is None
x = -a.b
x = -a[0]
x = -a()
x = a ** -b
x = -a ** b
x = (-a) ** b
x = ~a ** b
x = await_ if async_ else match_
print(*args, sep='', **kwargs)
print(*a, *b, c=1, **d, **e)
f(a)(b)(c)
f(a, b)[c:d]
x = a, *b, c
x = *a, *b
x = [*a, b, *c]
x = {*a}
x = {**a}
x = {**a, **b}
x = {a: b, **c, d: e}
