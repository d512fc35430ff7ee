# An exception thrown into a generator with throw() that the generator does not handle: the traceback
# shows the caller's throw() line and the generator's paused yield line.
def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
print(w.send(5), w.send(7))
w.throw(RuntimeError("cancelled by caller"))
