# with: single / multiple / nested items, with and without `as` targets
# (names, tuples, attributes, subscripts), exceptions swallowed or not, and
# break / continue / return leaving the block.

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return (self.name, len(self.name))

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.swallow

def single():
    with CM("a"):
        print("body")

def single_as():
    with CM("b") as v:
        print("got", v)

def tuple_target():
    with CM("cc") as (n, k):
        print(n, k)

def star_target():
    with CM("dd") as [first, *rest]:
        print(first, rest)

class Holder:
    pass

def attr_and_subscr_targets():
    h = Holder()
    d = {}
    with CM("e") as h.value, CM("f") as d["k"]:
        print(h.value, d)

def multiple():
    with CM("g") as g, CM("h"), CM("i") as i:
        print(g, i)

def nested():
    with CM("outer") as o:
        with CM("inner") as i:
            print(o, i)
        print("between")

def swallowed():
    with CM("s", swallow=True):
        raise ValueError("hidden")
    print("after swallow")

def propagated():
    try:
        with CM("p"), CM("q", swallow=False):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e)

def ret_in_with(x):
    with CM("r") as v:
        return v[1] + x

def ret_const_in_with():
    with CM("rc"):
        return 7

def loops():
    for i in range(4):
        with CM("L%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            print("loop", i)
    n = 0
    while True:
        with CM("W"), CM("X"):
            n += 1
            if n > 1:
                break

def ret_from_loop_in_with():
    with CM("outer2"):
        for i in range(10):
            with CM("in%d" % i):
                if i == 1:
                    return i

def with_in_try():
    try:
        with CM("t"):
            1 / 0
    except ZeroDivisionError:
        print("zde")
    finally:
        print("fin")

def try_in_with():
    with CM("u") as u:
        try:
            raise OSError
        except OSError:
            print("os in with")
            return u

def multiline_with():
    with (
        CM("m1") as a,
        CM("m2") as b,
    ):
        print(a, b)

single()
single_as()
tuple_target()
star_target()
attr_and_subscr_targets()
multiple()
nested()
swallowed()
propagated()
print(ret_in_with(1), ret_const_in_with())
loops()
print(ret_from_loop_in_with())
with_in_try()
print(try_in_with())
multiline_with()

with CM("module") as m:
    print(m)
with CM("mod2"), CM("mod3") as (x, y):
    print(x, y)
