# PEP 479 uncaught: a StopIteration escaping a generator becomes RuntimeError, printed with the
# StopIteration as its direct cause and the frames of both the generator and its consumer.
def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b


for p in pairs([1, 2, 3, 4, 5]):
    print(p)
