# Bare raise inside nested handlers re-raises the exception being handled at that level.
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise

try:
    f()
except ValueError as e:
    print("got back", repr(e))

def g():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise
try:
    g()
except IndexError as e:
    print("innermost", repr(e), "context", repr(e.__context__))

def h():
    try:
        raise ValueError("finally reraise")
    finally:
        print("finally sees exception pending")
try:
    h()
except ValueError as e:
    print(e)
import sys
def exc_info_levels():
    try:
        raise ValueError(1)
    except ValueError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError(2)
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
exc_info_levels()
