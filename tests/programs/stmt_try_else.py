# try/except/else/finally ordering; else runs only without exception and outside the handlers.
def run(action):
    log = []
    try:
        log.append("try")
        action()
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run(lambda: None))
print(run(lambda: 1 / 0))

def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("not here")
        else:
            raise ValueError("from else")
    except ValueError as e:
        print("else exception not caught by its own try:", e)
else_raises()

def multiple():
    for exc in (KeyError, IndexError, ZeroDivisionError, None):
        try:
            if exc:
                raise exc("x")
        except KeyError:
            print("KeyError branch")
        except IndexError as e:
            print("IndexError branch", e)
        except:
            print("bare except branch")
        else:
            print("else branch")
multiple()
try:
    pass
finally:
    print("try/finally without except")
