# Compound statements.
if a:
    pass
if a:
    pass
else:
    pass
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
if a: pass
if a: x; y
while a:
    b
while a:
    b
else:
    c
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for [x, y] in z:
    pass
for x, in y:
    pass
for x in y, z:
    pass
for x in *y, z:
    pass
for *x, y in z:
    pass
for x.a in y:
    pass
for x[0] in y:
    pass
for x in y:
    pass
else:
    pass
try:
    a
except:
    b
try:
    a
except E:
    b
except (E, F) as e:
    c
except G as g:
    d
else:
    e
finally:
    f
try:
    a
finally:
    b
try:
    a
except* E:
    b
except* (F, G) as e:
    c
else:
    d
finally:
    e
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a) as b:
    pass
with (a, b) as (c, d):
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
with (yield):
    pass
with (a for a in b):
    pass
with (a) + b:
    pass
with (a).b as c:
    pass
with (a, *b):
    pass
with (a := b):
    pass
with (a := b, c):
    pass
with ():
    pass
with (a,):
    pass
with f(a) as b, (c):
    pass
