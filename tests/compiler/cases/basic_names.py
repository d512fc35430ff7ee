# Name resolution in each scope: LOAD_NAME / LOAD_GLOBAL / LOAD_FAST /
# LOAD_DEREF / LOAD_CLASSDEREF, and deletes of each kind.
a = 1
print(a, b)
del a


def f(p):
    q = p + g
    print(q, len(q))
    del q
    return p


def unbound():
    x = y
    y = 1
    return x


def only_global():
    global a, c
    a = c = 2
    del c
    return a


class K:
    a = a
    b = len
    def m(self):
        return a, K


def shadow(len):
    return len(len)


def builtins_ok():
    return print, len, __name__, __file__, __debug__


def with_locals():
    x = 1
    return locals()


x = 1
while x:
    del x
    x = 0
