def f(n):
    return (i for i in range(n) for j in range(i))
def g():
    xs = [1]
    return [x for x in xs]
