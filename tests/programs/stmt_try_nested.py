# Nested try statements, exception propagation outward, exception variable unbinding.
def level(n):
    try:
        try:
            if n == 0:
                raise ValueError("inner")
            if n == 1:
                raise KeyError("key")
            if n == 2:
                raise TypeError("type")
            return "ok"
        except ValueError as e:
            return "inner handler: %s" % e
        finally:
            print("  inner finally", n)
    except KeyError as e:
        return "outer handler: %r" % e
    except (TypeError, IndexError) as e:
        return "outer tuple handler: %s %s" % (type(e).__name__, e)
    finally:
        print("  outer finally", n)

for n in range(4):
    print(level(n))

e = "before"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def handler_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise IndexError("second")
    except IndexError as exc:
        return (repr(exc), repr(exc.__context__))
print(handler_raises())
try:
    try:
        raise ArithmeticError
    except LookupError:
        print("wrong")
except ArithmeticError:
    print("outer caught ArithmeticError")
try:
    [][0]
except Exception as exc:
    print(type(exc).__name__, isinstance(exc, LookupError))
