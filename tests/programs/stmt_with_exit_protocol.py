# The with-statement protocol in detail: __exit__'s return value decides
# suppression by truthiness, what __exit__ receives and sees
# (sys.exception(), the traceback), special methods looked up on the type
# only, __enter__ failing, __exit__ raising (context chains), and exit
# called on return/break/continue and on a failing `as` target.
import sys


class Returns:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return self.value


class Truthy:
    def __init__(self, result):
        self.result = result

    def __bool__(self):
        print("  __bool__ asked")
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


for value in [None, False, True, 0, 1, "", "yes", [], [0], Truthy(True), Truthy(False)]:
    try:
        with Returns(value):
            raise ValueError("in body")
        print(type(value).__name__, "suppressed")
    except ValueError:
        print(type(value).__name__, "propagated")

try:
    with Returns(Truthy(RuntimeError("bad bool"))):
        raise ValueError("in body")
except RuntimeError as e:
    print("bool raised:", e, "context:", repr(e.__context__))

# no exception: __exit__'s result is ignored
with Returns(Truthy(RuntimeError("never asked"))):
    print("clean body")


class Watch:
    def __enter__(self):
        print("enter: sys.exception() =", sys.exception())
        return "value"

    def __exit__(self, typ, val, tb):
        print("exit got", typ, repr(val), type(tb).__name__)
        print("exit: sys.exception() is val:", sys.exception() is val)
        if tb is not None:
            print("tb line", tb.tb_lineno, tb.tb_next)
        return True


with Watch() as w:
    print("got", w)
with Watch():
    raise KeyError("k")
print("after suppression:", sys.exception())


class OnlyInstance:
    pass


obj = OnlyInstance()
obj.__enter__ = lambda: "instance enter"
obj.__exit__ = lambda *a: True
try:
    with obj:
        pass
except TypeError as e:
    print("instance attributes ignored:", e)


class NoExit:
    def __enter__(self):
        print("never entered")


try:
    with NoExit():
        pass
except TypeError as e:
    print(e)


class NoEnter:
    def __exit__(self, *a):
        print("never exited")


try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)


class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        print("exit must not run")


try:
    with EnterFails():
        print("body must not run")
except OSError as e:
    print("enter failed:", e)


class ExitRaises:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        raise RuntimeError(f"exit of {self.name} failed")


try:
    with ExitRaises("clean"):
        pass
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    with ExitRaises("dirty"):
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    with ExitRaises("outer"), ExitRaises("inner"):
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| its context:", repr(e.__context__.__context__))


class Log:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return (1, 2)

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else "-")
        return self.suppress


def early_return():
    with Log("ret"):
        return "returned"


def loop():
    out = []
    for i in range(4):
        with Log(f"it{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print(early_return())
print(loop())

try:
    with Log("unpack") as (a, b, c):
        print("body must not run")
except ValueError as e:
    print("target failed:", e)

with Log("outer"):
    with Log("inner", suppress=True):
        raise IndexError("swallowed by inner")
    print("between")

try:
    with Log("a", suppress=True), Log("b"):
        raise KeyError("b passes it on, a suppresses it")
    print("after both")
except KeyError:
    print("not reached")


def generator_in_with():
    with Log("gen"):
        yield 1
        yield 2


for x in generator_in_with():
    print("yielded", x)
