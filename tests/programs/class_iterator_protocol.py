# Iterator classes with __iter__/__next__, iter() with a sentinel, next() with a default, exhaustion.
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(50)
print(list(f), list(f))
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it), next(it), next(it, "done"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(list(zip(Fib(10), "abcdefgh")), dict(enumerate(Fib(5))))
a, b, *c = Fib(20)
print(a, b, c)
class NotIterator:
    def __iter__(self):
        return 5
try:
    iter(NotIterator())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
