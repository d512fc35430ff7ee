# except clauses with computed exception types: tuples built at runtime, names rebound, hierarchy checks.
def catch(exc, handler_types):
    try:
        raise exc
    except handler_types as e:
        return "caught " + type(e).__name__
    except Exception as e:
        return "fallback " + type(e).__name__
errors = (KeyError, ValueError)
print(catch(KeyError("k"), errors))
print(catch(IndexError(), errors))
print(catch(IndexError(), LookupError))
print(catch(UnicodeDecodeError("utf-8", b"", 0, 1, "bad"), ValueError))
print(catch(ZeroDivisionError(), (ArithmeticError,)))
print(catch(FileNotFoundError(), OSError))
print(catch(NotImplementedError(), RuntimeError))
print(catch(RecursionError(), RuntimeError))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(KeyboardInterrupt(), ()) if False else "skip")
def by_name(name):
    types = {"k": KeyError, "v": ValueError}
    try:
        raise ValueError(name)
    except types[name]:
        return "matched " + name
    except BaseException:
        return "unmatched " + name
print(by_name("v"), by_name("k"))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(BlockingIOError, OSError), issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
