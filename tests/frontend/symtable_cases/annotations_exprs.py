def f(x: (y := 1)) -> (z := 2):
    pass
def g():
    v: (yield) = 1
    w: (await q)
class C:
    a: [i for i in range(3)]
