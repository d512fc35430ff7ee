g = 0
def f():
    global g, h
    g = 1
    h = 2
    def inner():
        return g + h
    return inner
def k():
    global q
    def m():
        q = 1
        return q
    return q
class C:
    global g
    g = 5
    def meth(self):
        return g
