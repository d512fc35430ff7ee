def add(a, b):
    return a + b


def divide(a, b):
    return a / b


TABLE = {"add": add, "div": divide}


def apply(op, a, b):
    fn = TABLE[op]
    return fn(a, b)
