# Default values: evaluated once at definition, shared mutable defaults, defaults referencing earlier names.
import_time = []
def stamp(tag):
    import_time.append(tag)
    return tag
def f(a=stamp("a"), b=stamp("b"), *, c=stamp("c")):
    return a, b, c
print(import_time)
print(f(), f(1), f(c=0))
print(import_time)
def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2), append(3, []), append(4))
n = 5
def capture(x=n):
    return x
n = 6
print(capture(), capture.__defaults__)
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
f.__defaults__ = (10, 20)
print(f())
def many(a=1, b=2.5, c="s", d=(1, 2), e=None, f=True, g=-1, h=2 ** 70):
    return a, b, c, d, e, f, g, h
print(many(), many.__defaults__)
