from . import first
TAG = "second"


def back():
    return "back to " + first.TAG
