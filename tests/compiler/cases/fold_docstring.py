# A string that only folding produced at the start of a body must not
# become a docstring (CPython wraps it in a one-part f-string); a real
# docstring, implicit concatenation included, stays one.
def real():
    'doc' 'string'

def folded():
    'a' + 'b'

async def folded_async():
    'x' * 2
    return 1

class Folded:
    ('a', 'b')[0]
    y = 1

class Real:
    """doc"""
    z = 'q' + 'r'

def formatted(x):
    '%s!' % (x,)

def not_first():
    pass
    'a' + 'b'

def number():
    1 + 1
    return __debug__

lambda: 'a' + 'b'
