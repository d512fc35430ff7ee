# throw() into a two-level yield from chain that nobody handles: the traceback runs from the
# throw() call through the outer and inner generators' suspended yield lines.
def inner():
    yield "inner-1"
    yield "inner-2"


def outer():
    yield "outer-start"
    result = yield from inner()
    yield result


g = outer()
print(next(g), next(g))
g.throw(LookupError("thrown into the chain"))
