CALLS = []


def __getattr__(name):
    CALLS.append(name)
    if name == "answer":
        return 42
    if name.startswith("dynamic"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def computed(x):
    return x * 2


__all__ = ["answer", "computed", "not_here"]
