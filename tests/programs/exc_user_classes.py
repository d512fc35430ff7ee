# User exception classes: hierarchies, custom __init__/__str__/__repr__,
# extra attributes, args handling, raising by class or instance, catching by
# base, chaining, and how the interpreter prints them.
class AppError(Exception):
    """Base of the application's errors."""
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"{self.key}: {self.problem}"
class MissingKey(ConfigError, KeyError):
    pass
class Quiet(AppError):
    def __init__(self):
        pass
class Custom(ValueError):
    def __repr__(self):
        return "Custom<" + ",".join(map(str, self.args)) + ">"
class WithKw(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code

for exc in (AppError("plain"), ConfigError("port", "not a number"), MissingKey("host", "absent"),
            Quiet(), Custom(1, 2), WithKw("m", code=7)):
    try:
        raise exc
    except MissingKey as e:
        print("MissingKey:", e, e.args, e.key, isinstance(e, KeyError), isinstance(e, LookupError))
    except ConfigError as e:
        print("ConfigError:", e, repr(e), e.args)
    except AppError as e:
        print("AppError:", repr(e), str(e), e.args, type(e).__mro__[1].__name__)
    except Exception as e:
        print("other:", type(e).__name__, repr(e), str(e), getattr(e, "code", None))

try:
    raise ConfigError
except TypeError as e:
    print("TypeError:", e)
try:
    raise AppError
except AppError as e:
    print("raised by class:", repr(e), e.args)
try:
    AppError(x=1)
except TypeError as e:
    print("TypeError:", e)
e = AppError("a", "b")
e.extra = [1]
e.args = ("changed",)
print(e, e.extra, vars(e), e.__dict__ is vars(e), AppError.__doc__)
print(issubclass(MissingKey, (KeyError,)), MissingKey.__mro__[1:4], MissingKey.__base__)
try:
    try:
        raise ConfigError("db", "down")
    except ConfigError as inner:
        raise AppError("wrapped") from inner
except AppError as outer:
    print(repr(outer), "caused by", type(outer.__cause__).__name__, outer.__cause__)
print(repr(ConfigError("k", "v")), str(Quiet()), repr(Quiet()), Quiet().args)
class Stop(StopIteration):
    pass
class It:
    def __iter__(self): return self
    def __next__(self): raise Stop("done")
print(list(It()))
def raiser():
    class Local(Exception):
        pass
    raise Local("from a function")
try:
    raiser()
except Exception as e:
    print(type(e).__qualname__, e)
class Group(ExceptionGroup):
    pass
try:
    raise Group("grp", [ValueError(1)])
except ExceptionGroup as g:
    print(type(g).__name__, g.exceptions, isinstance(g, Exception))
