# except* in detail: naked exceptions wrapped, several clauses, raise and
# bare raise inside handlers (3.11 wraps what they raise in a new group),
# nesting, loops, finally/else, sys.exception(), and the TypeErrors for
# except* ExceptionGroup and non-type matchers.
import sys
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, repr(e))

def t1():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("t1 got", repr(eg), type(eg).__name__)
show("t1", t1)

def t2():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as eg:
        print("t2 V", repr(eg))
    except* TypeError as eg:
        print("t2 T", repr(eg))
show("t2", t2)

def t3():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("t3", t3)

def t4():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
show("t4", t4)

def t5():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show("t5", t5)

def t6():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as eg:
        print("t6", repr(eg), sys.exception() is eg)
    print("after", sys.exception())
show("t6", t6)

def t7():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("else")
    finally:
        print("finally")
show("t7", t7)

def t8():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("t8 else")
show("t8", t8)

def t9():
    try:
        raise TypeError("x")
    except* ValueError:
        print("no")
show("t9", t9)

def t10():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show("t10", t10)
def t11():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise IndexError(2)
show("t11", t11)
def t12():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* 3:
        pass
show("t12", t12)
def t13():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
show("t13", t13)
def t14():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as eg:
            print("t14", i, repr(eg.exceptions))
show("t14", t14)
def t15():
    eg = ExceptionGroup("g", [ValueError(1)])
    try:
        raise eg
    except* ValueError as m:
        print("t15 same", m is eg)
show("t15", t15)
def t16():
    try:
        raise BaseExceptionGroup("g", [KeyboardInterrupt(), ValueError(2)])
    except* KeyboardInterrupt as e:
        print("t16", repr(e))
show("t16", t16)
def t17():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("t17", repr(e))
        e2 = e
    return e2.exceptions[1].exceptions
show("t17", t17)
def t18():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            1/0
    except ExceptionGroup as eg:
        print("t18", repr(eg), repr(eg.exceptions[0].__context__))
show("t18", t18)
e = ExceptionGroup("msg", [ValueError(1)])
print(e.__class__.__name__, e.args, str(e), e.message, type(e.exceptions))
print(repr(BaseExceptionGroup("x", [ValueError(1)])), type(BaseExceptionGroup("x", [ValueError(1)])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
show("cls", lambda: ExceptionGroup("m", [ValueError()]).with_traceback(None))
show("split-pred-raises", lambda: ExceptionGroup("m", [ValueError()]).split(lambda e: 1/0))
show("subgroup-none", lambda: ExceptionGroup("m", [ValueError()]).subgroup(TypeError))
show("derive-notes", lambda: ExceptionGroup("m", [ValueError()]).derive([TypeError()]).__notes__)
e = ExceptionGroup("m", [ValueError()]); e.add_note("n1")
show("split-notes", lambda: e.split(ValueError)[0].__notes__)
show("eg-str-empty", lambda: str(ExceptionGroup("", [ValueError()])))
show("eg tuple excs", lambda: ExceptionGroup("m", (ValueError(),)).exceptions)
show("eg gen", lambda: ExceptionGroup("m", [ValueError(i) for i in range(3)]).exceptions)
show("eg dict", lambda: ExceptionGroup("m", {ValueError(): 1}))
show("eg none", lambda: ExceptionGroup("m", None))
show("eg msg bytes", lambda: ExceptionGroup(b"m", [ValueError()]))
show("beg type", lambda: type(BaseExceptionGroup("m", [ValueError()])))
show("eg split eg type", lambda: ExceptionGroup("m", [ValueError()]).split(ExceptionGroup))
show("eg split base", lambda: ExceptionGroup("m", [ValueError()]).split(BaseException))
show("eg add_note bad", lambda: ExceptionGroup("m", [ValueError()]).add_note(3))
