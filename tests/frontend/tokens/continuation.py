x = 1 + \
    2
y = 'abc' \
    'def'
assert x, \
    y
z = 'ab\
cd'
w = (1 \
     + 2)
if x \
   and y:
    pass
v = 1 \

