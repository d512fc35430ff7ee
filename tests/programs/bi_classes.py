# Builtins on user classes: print(file=...), vars/dir/getattr/setattr on instances, isinstance/issubclass with classes, min/max/sorted keys, iter with a callable object.
class Sink:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushed += 1

sink = Sink()
print("a", 1, [2], sep="--", end="!", file=sink)
print(file=sink, flush=True)
print(sink.parts, sink.flushed)
print("to stdout", file=None)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(vars(p), sorted(k for k in dir(p) if not k.startswith("__")), getattr(p, "x"), hasattr(p, "z"))
setattr(p, "z", 3)
delattr(p, "x")
print(vars(p), getattr(p, "x", "gone"))
class Sub(Point):
    pass
print(isinstance(Sub(0, 0), Point), issubclass(Sub, (int, Point)), issubclass(Point, Sub), callable(p), callable(Point))
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(min(pts, key=lambda q: q.x), max(pts, key=lambda q: q.y), sorted(pts, key=lambda q: q.y))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), hex(Idx()), chr(Idx() + 55) if False else chr(65))
