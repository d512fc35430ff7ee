# with open(...): the file is closed after the block, also when it raises;
# __enter__ returns the file itself; __exit__ does not swallow exceptions.
NAME = "file_with.txt"

with open(NAME, "w", encoding="utf-8") as f:
    print(f.closed, f.__enter__() is f)
    f.write("line 1\nline 2 é\n")
print(f.closed)

with open(NAME, encoding="utf-8") as f:
    for line in f:
        print(repr(line))
print(f.closed)

with open(NAME, "rb") as f, open(NAME + ".copy", "wb") as g:
    g.write(f.read())
print(f.closed, g.closed)
with open(NAME + ".copy", "rb") as f:
    print(f.read())

try:
    with open(NAME) as f:
        print(f.readline(), end="")
        raise KeyError("inside")
except KeyError as e:
    print("caught", e, f.closed)

try:
    with open(NAME) as f:
        f.close()
        f.read()
except ValueError as e:
    print(e)

try:
    with open("file_with_missing.txt") as f:
        print("not reached")
except FileNotFoundError as e:
    print(e)

f = open(NAME)
f.close()
try:
    with f:
        pass
except ValueError as e:
    print(e)
print(f.__exit__(None, None, None))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
print("to", "sink", sep="+", file=sink)
print(sink.parts)
