# open() on a file descriptor (an int): closefd, the int as name, what a
# closed descriptor does to the file object that shared it.
NAME = "file_fd.txt"
f = open(NAME, "w")
f.write("first\nsecond\n")
f.close()

r = open(NAME, "rb")
fd = r.fileno()
g = open(fd, closefd=False)
print(g.name == fd, type(g.name).__name__, repr(g).replace(str(fd), "FD"))
print(repr(g.buffer).replace(str(fd), "FD"), repr(g.buffer.raw).replace(str(fd), "FD"))
print(repr(g.readline()))
g.close()
print(g.closed, r.closed)
print(r.read())
r.seek(0)
print(r.readline())
g = open(fd, "rb", buffering=0)
print(g.closefd, g.read())
g.close()
try:
    r.seek(0)
    r.read()
except OSError as e:
    print(type(e).__name__, e)

for bad in [-1, 99999]:
    try:
        open(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    open(NAME, closefd=False)
except ValueError as e:
    print(e)
