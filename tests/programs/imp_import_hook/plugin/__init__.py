from .helper import VALUE


def run():
    from . import helper
    return "run " + helper.VALUE
