# An uncaught ValueError raised by a mapping pattern whose keys turn out
# equal at run time: the traceback points into the pattern.
import sys


def route(request):
    match request:
        case {"path": "/", "method": m}:
            return f"root {m}"
        case {sys.maxsize: first, 9223372036854775807: second}:
            return first, second
    return "unrouted"


print(route({"path": "/", "method": "GET"}))
print(route({"path": "/x"}))
print(route({sys.maxsize: 1, "other": 2}))
