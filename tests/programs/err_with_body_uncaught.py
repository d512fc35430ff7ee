# An exception escaping a with body: __exit__ runs first (its output appears before the traceback).
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, typ, val, tb):
        print("release after", typ.__name__)
        return False

with Resource() as r:
    print("working")
    r.missing_method()
