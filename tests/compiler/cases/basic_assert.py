# assert statements.
assert x
assert x, 'message'
assert x == y, f'{x} != {y}'
assert not x
assert x and y
assert x or y, (x, y)
assert (x, 'tuple: always true')


def f(a):
    assert a > 0
    assert isinstance(a, int), type(a)
    return a
