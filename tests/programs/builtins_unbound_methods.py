# Methods of built-in types called through the type with the instance as the
# first argument: they work on instances and subclass instances, and raise
# CPython's "descriptor ... doesn't apply" TypeError on anything else
# (never run on the wrong object).
def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


items = [1]
attempt("list.append", lambda: (list.append(items, 2), items)[1])
attempt("str.upper", lambda: str.upper("abc"))
attempt("int.bit_length on bool", lambda: int.bit_length(True))
attempt("dict.get", lambda: dict.get({"a": 1}, "a"))
attempt("BaseException.add_note on ValueError",
        lambda: (lambda e: (BaseException.add_note(e, "n"), e.__notes__)[1])(ValueError()))
attempt("split on ExceptionGroup",
        lambda: BaseExceptionGroup.split(ExceptionGroup("g", [ValueError(1), KeyError(2)]), KeyError))
attempt("list.append on int", lambda: list.append(3, 4))
attempt("list.append on tuple", lambda: list.append((), 4))
attempt("str.upper on int", lambda: str.upper(1))
attempt("str.join on bytes", lambda: str.join(b",", ["a"]))
attempt("dict.keys on list", lambda: dict.keys([]))
attempt("split on ValueError", lambda: BaseExceptionGroup.split(ValueError(), ValueError))
attempt("derive on KeyError", lambda: BaseExceptionGroup.derive(KeyError(), []))
attempt("int.bit_length on float", lambda: int.bit_length(1.5))
attempt("float.hex on int", lambda: float.hex(1))
attempt("set.add on frozenset", lambda: set.add(frozenset(), 1))
