# __debug__, docstrings made by folding, patterns, annotations, nesting.
'a' + 'b'
x = __debug__
if __debug__:
    pass

def f():
    'doc' 'string'
    return 1

def g():
    'not' + ' a docstring'
    return 2

class C:
    'x' * 3

def h(a: 1 + 1 = 2 * 3, *b: -1, c: (1, 2) = ~1, **d: 'a' * 2) -> 2 ** 8:
    e: 1 + 2 = 3 + 4
    return lambda y=1 + 1: y

def m(v):
    match v:
        case -1:
            return 1
        case 1 + 2j:
            return 2
        case -1.5 - 2j:
            return 3
        case {-1: _, 2 - 1j: _}:
            return 4
        case [1, -2, *rest]:
            return 5
        case C(a=-3):
            return 6
        case _ if v == -(5):
            return 7
    return 0

y = ((1, 2), ((3,), [4]), (5, ((6, 7),)))
z = [(1, 2), {3: (4, 5)}, {(6,)}]
w = f'{1 + 1}{(1, 2)!r:{"<" * 3}}'
t = x[1 + 1], x[1:2 + 1], x[(1, 2)]
del x[1, 2]
(a, b) = (1, 2)
[c, d] = 3, 4
