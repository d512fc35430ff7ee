# raise ... from None suppresses the context: only the last traceback is printed.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no entry for {k}") from None

lookup({}, "x")
