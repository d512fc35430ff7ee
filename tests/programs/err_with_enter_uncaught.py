# An exception raised by __enter__ of the second context manager: the first one's __exit__ still runs.
class Opened:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise PermissionError(f"cannot open {self.name}")
        print("opened", self.name)
        return self
    def __exit__(self, *exc):
        print("closed", self.name, "during", exc[0].__name__ if exc[0] else "normal exit")

with Opened("config"), Opened("secrets", fail=True):
    print("unreachable")
