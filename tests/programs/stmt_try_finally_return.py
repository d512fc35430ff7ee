# return inside try/except/finally: finally overrides, finally runs on every exit path.
def plain():
    try:
        return "try"
    finally:
        print("finally runs before the return")

def override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("cleanup after except")

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def in_loop():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("loop finally", i)

print(plain())
print(override())
print(swallow())
print(except_return())
print(value_captured())
print(nested())
print(in_loop())
