CONST = 7
_hidden = 1


def visible():
    return "visible"


def _private():
    return "private"


import sys as _sys
