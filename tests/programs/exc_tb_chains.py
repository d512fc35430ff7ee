# Uncaught chains: explicit cause, implicit context, "from None" hiding a
# context, notes (with several lines) on chained exceptions, and a cycle
# in the chain that must not loop.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as missing:
        raise LookupError(f"no entry {key!r}") from missing

def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("conversion failed") from None

def load(entries):
    try:
        lookup(entries, "b")
    except LookupError as e:
        e.add_note("while loading entries")
        e.add_note("multi\nline note")
        try:
            convert("zz")
        except TypeError as t:
            t.__suppress_context__ = False
            t.__context__ = e
            e.__context__ = t
            raise RuntimeError("load failed")

a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
try:
    raise a
except ValueError:
    pass
load({"a": 1})
