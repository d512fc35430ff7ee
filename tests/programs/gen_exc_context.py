# The exception a generator is handling stays with the generator across yields: sys.exc_info()
# inside and outside, __context__ of exceptions raised or thrown inside, bare raise after resuming.
import sys


def holder():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


it = holder()
print(next(it))
print("outside:", sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print("gen own:", next(it))
    print("caller still:", repr(sys.exc_info()[1]))
    print("gen inherits:", next(it))
print("after:", sys.exc_info())

def raiser():
    yield 1
    raise TypeError("raised in gen")


r = raiser()
next(r)
try:
    try:
        raise ValueError("handled by caller")
    except ValueError:
        next(r)
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def rethrower():
    try:
        raise KeyError("gen handles")
    except KeyError:
        try:
            yield "in handler"
        except IndexError as e:
            print("  thrown one's context:", repr(e.__context__))
            yield "done"


t = rethrower()
print(next(t))
try:
    raise OSError("caller")
except OSError:
    print(t.throw(IndexError("thrown")))

def bare_raise():
    try:
        raise LookupError("original")
    except LookupError:
        yield "suspended in except"
        raise


b = bare_raise()
print(next(b))
try:
    next(b)
except LookupError as e:
    print("bare raise re-raised:", repr(e), e.__context__)

def plain():
    yield 1
    try:
        raise NameError("plain")
    except NameError as e:
        yield repr(e.__context__)


p = plain()
next(p)
try:
    raise ZeroDivisionError("outside")
except ZeroDivisionError:
    print("context from resumer:", next(p))
