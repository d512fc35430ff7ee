# yield from: delegation of values, send and throw forwarded, the subgenerator's return value.
def inner(tag):
    received = []
    try:
        while len(received) < 2:
            x = yield f"{tag} wants input"
            received.append(x)
    except KeyError as e:
        print("  inner handled", repr(e))
        received.append("thrown")
    return received

def outer():
    first = yield from inner("A")
    print("  A returned", first)
    second = yield from inner("B")
    print("  B returned", second)
    rest = yield from [10, 20]
    print("  list delegation returns", rest)
    return first + second

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x for x in "yz"))))

def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")
def delegator():
    yield from closable()
d = delegator()
next(d)
d.close()
print("delegator closed")
def returns_only():
    return 5
    yield
def wrapper():
    value = yield from returns_only()
    yield value
print(list(wrapper()))
