# needs: tracing
# Line events seen by sys.settrace while running functions with loops, try/finally, with, comprehensions,
# multi-line expressions and early exits: they come straight from the line table and the jumps' layout.
import sys

events = []

def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename == __code_file__ and code.co_name != "tracer":
        events.append((code.co_name, frame.f_lineno - code.co_firstlineno, event))
    return tracer

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    else:
        total += 100
    while total > 100:
        total -= 50
        if total < 60:
            break
    return total

def try_finally(x):
    try:
        if x:
            raise ValueError(x)
        result = "no error"
    except ValueError:
        result = "handled"
    finally:
        result += "!"
    return result

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

def with_block():
    with CM() as cm:
        value = 1
        raise KeyError(value)
    return "suppressed"

def comprehension(items):
    return [x * 2
            for x in items
            if x]

def multiline_call(a,
                   b):
    return max(
        a,
        b,
    )

def early_exit(values):
    for v in values:
        if v < 0:
            return v
    return None

def nested_functions():
    def inner(y):
        return y + 1
    return inner(inner(1))

def generator():
    yield 1
    yield 2

def uses_generator():
    return list(generator())

__code_file__ = loops.__code__.co_filename
for fn, args in [(loops, (5,)), (try_finally, (0,)), (try_finally, (1,)), (with_block, ()),
                 (comprehension, ([0, 1, 2],)), (multiline_call, (3, 4)), (early_exit, ([1, -2, 3],)),
                 (nested_functions, ()), (uses_generator, ())]:
    events.clear()
    sys.settrace(tracer)
    result = fn(*args)
    sys.settrace(None)
    print(f"{fn.__name__}{args} -> {result!r}")
    line = []
    for name, offset, event in events:
        if event == "line":
            line.append(f"{name}:{offset}")
        else:
            line.append(f"{name}:{offset}:{event}")
    print("   ", " ".join(line))
