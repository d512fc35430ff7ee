# Function decorators: order of application, decorators with arguments, arbitrary expressions.
log = []
def trace(fn):
    log.append("decorating " + fn.__name__)
    def wrapper(*args, **kwargs):
        log.append("calling " + fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__ + "_traced"
    return wrapper
def tag(label):
    log.append("making tag " + label)
    def deco(fn):
        log.append("tagging " + fn.__name__ + " with " + label)
        fn.label = label
        return fn
    return deco

@trace
@tag("outer")
@tag("inner")
def work(x):
    return x * 2

print(log)
log.clear()
print(work(21), work.__name__, log)
decorators = {"double": lambda f: lambda *a: f(*a) * 2}
@decorators["double"]
def ten():
    return 10
print(ten())
@(lambda f: f.__name__.upper())
def named():
    pass
print(named)
def counter_deco(fn):
    count = 0
    def inner():
        nonlocal count
        count += 1
        return fn(), count
    return inner
@counter_deco
def hello():
    return "hi"
print(hello(), hello(), hello())
