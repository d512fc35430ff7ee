# if / while / for, with else clauses, break and continue in plain loops.
if a:
    b()
if a:
    b()
else:
    c()
if a:
    b()
elif c:
    d()
elif e:
    f()
else:
    g()
while a:
    b()
while a:
    b()
else:
    c()
while True:
    if a:
        break
    if b:
        continue
    c()
while 1:
    pass
while 0:
    never()
for x in y:
    b(x)
for x in y:
    if x:
        break
else:
    c()
for x in y:
    if x:
        continue
    b()
for i in range(10):
    for j in range(i):
        if j:
            break
        if i:
            continue
    else:
        d()
if True:
    t()
if False:
    f()
if 0:
    pass
else:
    e()
if not a:
    b()


def func(seq):
    total = 0
    for v in seq:
        if v is None:
            continue
        if v < 0:
            break
        total += v
    else:
        return -1
    while total > 10:
        total -= 10
        if total == 3:
            break
    else:
        total = 0
    return total
