# Caret lines of python3.11 for many expression shapes, printed as one
# uncaught chain: each handler fails again, so every traceback is shown.
def binop(a, b):
    return a  +  b

def power(a, b):
    return 1 + a ** b

def floordiv(x):
    return (x) // (x - x)

def subscript(d):
    return d["alpha"]["beta"]

def slice_sub(seq):
    return len(seq) + seq[1:2:3] * 2

def paren_left(a, b):
    return (a - b) * {}

def unary_mix(a):
    return -a * "x" + None

def call_chain(obj):
    return obj.upper().lower().missing()

def nested_index(m):
    return m[0][ 1 ][2]

def tuple_index(t):
    return t[1, 2]

try:
    binop(1, "s")
except TypeError:
    try:
        power(2, "x")
    except TypeError:
        try:
            floordiv(5)
        except ZeroDivisionError:
            try:
                subscript({"alpha": {}})
            except KeyError:
                try:
                    slice_sub([1, 2, 3])
                except ValueError:
                    pass
                except TypeError:
                    try:
                        paren_left(3, 1)
                    except TypeError:
                        try:
                            unary_mix(2)
                        except TypeError:
                            try:
                                call_chain("s")
                            except AttributeError:
                                try:
                                    nested_index([[0, [1, 2]]])
                                except IndexError:
                                    tuple_index({})
