# generators: generator functions, generator expressions, yield from,
# send(), pipelines of generators, and builtins consuming them.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chain(*sources):
    for s in sources:
        yield from s


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def primes(limit):
    found = []
    for n in count_up(limit):
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def main():
    total = 0
    for rounds in range(10):
        total += sum(squares(evens(count_up(200000))))
        total += sum(x for x in chain(range(50000), count_up(50000), [1, 2, 3]) if x & 3)
        acc = accumulator()
        next(acc)
        for i in range(100000):
            acc.send(i)
        total += acc.send(0)
        acc.close()
    ps = list(primes(20000))
    print(total, len(ps), ps[-3:], max(x % 1000 for x in ps))


main()
