def f(a):
    if (n := len(a)) > 3:
        return n
    print(y := 5)
    return y
(top := 10)
class C:
    if (cv := 3):
        pass
