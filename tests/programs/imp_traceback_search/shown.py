def fail():
    a = 1
    return a / 0  # this line is printed for moved.pyc too


def other():
    pass
