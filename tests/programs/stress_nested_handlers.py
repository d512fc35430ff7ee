# Deeply nested handlers: try/except/finally inside loops inside with inside try, with break, continue
# and return crossing several finally blocks and context managers; the log shows the exact unwinding order.
log = []

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        log.append(f"exit {self.name} {typ.__name__ if typ else '-'}")
        return typ is KeyError

def scenario(mode):
    try:
        with CM("outer"):
            for i in range(3):
                try:
                    with CM(f"loop{i}"):
                        try:
                            if mode == "return" and i == 1:
                                return f"returned at {i}"
                            if mode == "break" and i == 1:
                                break
                            if mode == "continue":
                                continue
                            if mode == "keyerror" and i == 0:
                                raise KeyError(i)
                            if mode == "valueerror" and i == 2:
                                raise ValueError(i)
                            log.append(f"body {i}")
                        finally:
                            log.append(f"inner finally {i}")
                except ValueError as e:
                    log.append(f"caught ValueError {e}")
                    raise
                finally:
                    log.append(f"loop finally {i}")
            else:
                log.append("for-else")
        log.append("after with")
    except ValueError:
        log.append("outer caught ValueError")
        return "recovered"
    finally:
        log.append("outermost finally")
    return "normal end"

for mode in ("plain", "return", "break", "continue", "keyerror", "valueerror"):
    log.clear()
    result = scenario(mode)
    print(f"{mode}: {result}")
    for entry in log:
        print("   ", entry)

def finally_overrides_in_loop():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    raise IndexError
                if i == 2:
                    return "unreachable"
            finally:
                if i == 2:
                    continue
                out.append(f"f{i}")
        except IndexError:
            out.append("idx")
    return out
print(finally_overrides_in_loop())

def reraise_chain(depth):
    try:
        if depth == 0:
            raise LookupError("bottom")
        return reraise_chain(depth - 1)
    except LookupError as e:
        if depth % 2:
            raise RuntimeError(f"level {depth}") from e
        raise
    except RuntimeError as e:
        raise RuntimeError(f"level {depth} wraps {e}") from None
try:
    reraise_chain(4)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
