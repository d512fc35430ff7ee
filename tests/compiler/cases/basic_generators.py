# Generators: yield, yield from, generator return values.
def g1():
    yield


def g2():
    yield 1
    yield 2


def g3(it):
    x = yield
    y = yield x
    return x, y


def g4(it):
    r = yield from it
    yield from [1, 2]
    return r


def g5():
    for i in range(3):
        yield i
    else:
        yield -1


def g6():
    return (yield)


def g7():
    if False:
        yield


def g8(n):
    def inner():
        yield n
    return inner


class C:
    def __iter__(self):
        yield from self.items


lam = lambda: (yield 1)
