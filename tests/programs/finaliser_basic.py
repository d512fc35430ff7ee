# __del__ run by the collector: `del x; gc.collect()` observes the
# finaliser as CPython (which runs it at once); inheritance, super(),
# resurrection (a finaliser runs once), cycles, exceptions inside.
import gc

log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


r = Res("one")
print(log)
del r
gc.collect()
print(log)
r = Res("two")
r = None
gc.collect()
print(log)


class Child(Res):
    def __del__(self):
        log.append("child " + self.name)
        super().__del__()


c = Child("c")
del c
gc.collect()
print(log)
log.clear()


def scope():
    local = Res("local")
    log.append("in scope " + local.name)


scope()
gc.collect()
print(log)
log.clear()

saved = []


class Phoenix:
    count = 0

    def __del__(self):
        Phoenix.count += 1
        log.append("phoenix %d" % Phoenix.count)
        saved.append(self)


Phoenix()
gc.collect()
print(log, len(saved))
saved.clear()
gc.collect()
print(log, "finalised once:", Phoenix.count)
log.clear()

a = Res("a")
b = Res("b")
a.other = b
b.other = a
del a, b
gc.collect()
print(sorted(log))
log.clear()


class Holder:
    pass


h = Holder()
h.items = [Res("in-list-1"), Res("in-list-2")]
del h
gc.collect()
print(sorted(log))
log.clear()


class Quiet:
    def __del__(self):
        try:
            raise ValueError("inside __del__")
        except ValueError as e:
            log.append("caught " + str(e))


Quiet()
gc.collect()
print(log)
log.clear()

keep = Res("kept")
gc.collect()
print(log, keep.name)
print(gc.collect(), type(gc.collect()).__name__)
