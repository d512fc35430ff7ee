# calls: function calls of every shape: positional, keyword, defaults,
# keyword-only, *args, **kwargs, f(*a, **k), closures and nested
# functions, lambdas, builtins called with keywords.


def add(a, b, c=1, *, scale=1):
    return (a + b + c) * scale


def varargs(*args):
    return len(args) + args[0]


def kwargs(x, **kw):
    return x + len(kw)


def make_counter(step):
    count = 0

    def bump(times=1):
        nonlocal count
        count += step * times
        return count
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def main():
    total = 0
    for i in range(500000):
        total += add(i, 2)
        total += add(i, b=3, c=4)
        total += add(1, 2, scale=i & 7)
        total += varargs(i, 2, 3)
        total += kwargs(i, a=1, b=2)
        args = (i, 1)
        opts = {"c": 2, "scale": 3}
        total += add(*args, **opts)
    print("calls", total)

    counter = make_counter(3)
    for i in range(300000):
        counter()
        counter(times=2)
    inc_twice = compose(lambda x: x + 1, lambda x: x * 2)
    acc = 0
    for i in range(300000):
        acc += inc_twice(i)
    print("closures", counter(0), acc)
    print("builtins", max([3, 9, 4], key=lambda v: -v), sorted([5, 1, 4], reverse=True),
          int("ff", base=16), round(2.675, ndigits=2))


main()
