def f(data):
    if any((hit := x) > 3 for x in data):
        return hit
    [total := total + v for v in data] if False else None
    return [[(inner := y) for y in x] for x in data], inner
[last := i for i in range(3)]
def g():
    global gl
    [gl := i for i in range(3)]
