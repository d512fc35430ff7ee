from . import beta


def hello():
    return "alpha+" + beta.NAME
