# ExceptionGroup methods in detail: split/subgroup with predicates (called
# on groups before their leaves), tuples and bad matchers, derive,
# construction rules, immutability, and except* combined with loops,
# nesting, finally and raise ... from inside a handler.
import sys
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, repr(e))
calls = []
def pred(e):
    calls.append(repr(e))
    return isinstance(e, ValueError)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
show("split pred", lambda: eg.split(pred))
print(calls)
calls.clear()
show("subgroup pred", lambda: eg.subgroup(pred))
print(calls)
show("pred true on group", lambda: eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
show("split all", lambda: eg.split(lambda e: True))
show("split none", lambda: eg.split(lambda e: False))
show("pred returns obj", lambda: eg.split(lambda e: [1] if isinstance(e, KeyError) else []))
show("split type tuple empty", lambda: eg.split(()))
show("split non-type", lambda: eg.split("x"))
show("split instance", lambda: eg.split(ValueError()))
show("subgroup kw", lambda: eg.subgroup(condition=ValueError))
show("split two", lambda: eg.split(ValueError, TypeError))
show("derive empty", lambda: eg.derive([]))
show("derive nonlist", lambda: eg.derive(5))
show("exceptions immut", lambda: setattr(eg, "exceptions", ()))
show("message immut", lambda: setattr(eg, "message", "x"))
show("eq", lambda: eg == eg)
show("hashable", lambda: hash(eg) == hash(eg))
show("args", lambda: eg.args)
show("len args", lambda: len(eg.args[1]))
show("str", lambda: str(eg))
show("str nested", lambda: str(eg.exceptions[1]))
show("repr msg quoting", lambda: repr(ExceptionGroup("it's", [ValueError("a'b")])))
show("BEG with exceptions only", lambda: type(BaseExceptionGroup("m", [ValueError(), ExceptionGroup("n", [TypeError()])])))
show("BEG with base", lambda: type(BaseExceptionGroup("m", [ValueError(), KeyboardInterrupt()])))
show("EG with BEG inside", lambda: ExceptionGroup("m", [BaseExceptionGroup("n", [KeyboardInterrupt()])]))
show("EG with EG class", lambda: ExceptionGroup("m", [ValueError]))
show("EG list copy", lambda: (lambda l: (ExceptionGroup("m", l), l.append(TypeError()))[0])([ValueError()]))
e1 = ValueError(1)
show("same leaf twice", lambda: ExceptionGroup("m", [e1, e1]).split(ValueError))
show("isinstance", lambda: (isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), isinstance(eg, BaseException)))
show("issubclass", lambda: (issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), issubclass(ExceptionGroup, (TypeError, Exception))))
try:
    raise eg
except Exception as caught:
    print("caught as Exception", type(caught).__name__)
try:
    raise eg
except (TypeError, Exception) as caught:
    print("caught by tuple", type(caught).__name__)
def star_in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
        except* ValueError as v:
            out.append(("v", v.exceptions[0].args))
        except* TypeError as t:
            out.append(("t", t.exceptions[0].args))
    return out
show("star in loop", star_in_loop)
def star_nested():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as v:
            try:
                raise ExceptionGroup("h", [KeyError(3)])
            except* KeyError as k:
                print("inner handler", repr(k), repr(sys.exception()))
            print("back in outer handler", repr(sys.exception()))
    except* TypeError as t:
        print("outer TypeError", repr(t))
show("star nested", star_nested)
def star_finally():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("V")
    finally:
        print("finally runs", repr(sys.exception()))
show("star finally", star_finally)
def star_raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as v:
        raise RuntimeError("r") from v
def peel():
    try:
        star_raise_from()
    except ExceptionGroup as e:
        return (repr(e), repr(e.exceptions[0].__cause__), repr(e.exceptions[0].__context__))
show("raise from in star", peel)
def star_naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
show("naked reraise", star_naked_reraise)
def star_naked_partial():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass
show("naked unmatched", star_naked_partial)
def star_both_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise IndexError("new")
def peel2():
    try:
        star_both_raise()
    except BaseExceptionGroup as e:
        return repr(e), [repr(x) for x in e.exceptions], repr(e.exceptions[1].exceptions if isinstance(e.exceptions[1], ExceptionGroup) else None)
show("both raise", peel2)
