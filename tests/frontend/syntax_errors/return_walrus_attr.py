def f():
    return a.b := 1
