# try/except/else/finally in every combination, bare except, `as` names
# (cleared after the handler), nested try, raise / raise from in handlers.

def only_except(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        r = -1
    return r

def except_as(x):
    try:
        int(x)
    except ValueError as e:
        print("caught", type(e).__name__)
    try:
        e
    except NameError:
        print("e cleared")

def except_else(x):
    try:
        v = 1 / x
    except ZeroDivisionError:
        print("zero")
    else:
        print("else", v)

def except_else_finally(x):
    try:
        v = 1 / x
    except ZeroDivisionError:
        print("zero")
    else:
        print("else", v)
    finally:
        print("finally", x)

def except_finally(x):
    try:
        v = 1 / x
    except ZeroDivisionError:
        v = None
    finally:
        print("finally")
    return v

def only_finally(x):
    try:
        print("body", x)
    finally:
        print("cleanup")

def bare_except(f):
    try:
        f()
    except:
        print("bare")

def several_handlers(obj):
    try:
        obj()
    except (KeyError, IndexError) as exc:
        print("lookup", repr(exc))
    except TypeError:
        print("type")
    except ValueError as v:
        print("value", v)
        del v
    except:
        print("other")
        raise

def raise_from(x):
    try:
        try:
            {}[x]
        except KeyError as k:
            raise ValueError("bad key") from k
    except ValueError as v:
        print(type(v.__cause__).__name__, v)

def reraise():
    try:
        try:
            raise OSError("inner")
        except OSError:
            print("handling")
            raise
    except OSError as e:
        print("outer", e)

def nested(a, b):
    try:
        try:
            return a / b
        except ZeroDivisionError:
            try:
                return int("z")
            except ValueError:
                return "nested"
            finally:
                print("inner finally")
    finally:
        print("outer finally")

def bad_key():
    {}["k"]

def bad_index():
    [][1]

def bad_value():
    raise ValueError("v")

def bad_other():
    raise RuntimeError("r")

print(only_except(0), only_except(5))
except_as("x")
except_else(0)
except_else(2)
except_else_finally(0)
except_else_finally(4)
print(except_finally(0), except_finally(2))
only_finally(3)
bare_except(lambda: 1 / 0)
for f in (bad_key, bad_index, len, bad_value):
    several_handlers(f)
try:
    several_handlers(bad_other)
except RuntimeError as e:
    print("propagated", e)
raise_from("q")
reraise()
print(nested(1, 2), nested(1, 0))

# module level: names are globals here
try:
    import nonexistent_module_xyz
except ImportError as err:
    print("no module")
else:
    print("imported")
finally:
    print("module finally")
print("err" in globals())
try:
    pass
except Exception:
    pass
try:
    x = 1
finally:
    x = 2
print(x)
