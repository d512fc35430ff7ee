# Exception groups (and lists) nested far deeper than the recursion limit:
# split, subgroup, except* and repr raise RecursionError with CPython's
# messages instead of exhausting the C stack; str needs no recursion.
g = ValueError("leaf")
for i in range(100000):
    g = ExceptionGroup("l", [g])
for name, f in [("split", lambda: g.split(ValueError)), ("subgroup", lambda: g.subgroup(TypeError)),
                ("repr", lambda: repr(g)), ("str", lambda: str(g))]:
    try:
        r = f()
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError", e)
try:
    try:
        raise g
    except* ValueError as m:
        print("except* ok")
except RecursionError as e:
    print("except* RecursionError", e)
nested = []
for i in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("list repr:", e)
ok = []
for i in range(200):
    ok = [ok]
print(len(repr(ok)), len(repr(ExceptionGroup("m", [ValueError()]))))
