# raise with classes, instances, from, from None, and re-raise; __cause__/__context__ flags.
def show(exc):
    print(type(exc).__name__, exc.args, repr(exc.__cause__), repr(exc.__context__), exc.__suppress_context__)

try:
    raise ValueError
except ValueError as e:
    show(e)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    show(e)
try:
    raise IndexError("i") from ValueError
except IndexError as e:
    show(e)
try:
    try:
        raise OSError(2, "No such thing")
    except OSError:
        raise
except OSError as e:
    show(e)
    print(e.errno, e.strerror)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_later():
    try:
        raise LookupError("saved")
    except LookupError as e:
        saved = e
    raise saved
try:
    reraise_later()
except LookupError as e:
    print("re-raised saved:", e, e.__traceback__ is not None)
e = ValueError("wt")
try:
    raise e.with_traceback(None)
except ValueError as got:
    print(got is e)
