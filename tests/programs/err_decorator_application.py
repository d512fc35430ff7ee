# An exception raised while a decorator is applied at definition time: the traceback points at the def's decorator.
def register(kind):
    known = {"fast", "slow"}
    def deco(fn):
        if kind not in known:
            raise ValueError(f"unknown kind {kind!r} for {fn.__name__}")
        return fn
    return deco

@register("fast")
def quick():
    return 1

print(quick())

@register("medium")
def middling():
    return 2
