# An uncaught error raised by __exit__ while the body's exception is being
# handled: python3.11 prints both, joined by "During handling of the above
# exception, another exception occurred", with the with-line in each.
class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("close", self.name, typ.__name__)
        raise OSError(f"could not close {self.name}")


def work(name):
    with Closer(name) as c:
        data = {"name": c.name}
        return data["missing"]


work("db")
