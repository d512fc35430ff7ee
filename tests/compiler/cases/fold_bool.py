# bool operands are ints, except & | ^ of two bools which stay bool.
a = True + True, True - False, True * 7, True / True, True // True
b = True & False, True | False, True ^ True, True & 1, False | 0, 1 ^ True
c = ~True, ~False, -True, +True, -False, not True, not False
d = True << 3, True >> 1, True ** 10, 2 ** True, 3 ** False
e = 'ab' * True, 'ab' * False, (1,) * True, True * b'x'
f = (1, 2)[True], 'xy'[False]
