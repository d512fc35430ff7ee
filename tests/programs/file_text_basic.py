# Text files: write, read back whole / by size / by line, iterate, append,
# r+ updates, tell/seek on utf-8 text, attributes and reprs (open() in text mode).
NAME = "file_text_basic.txt"

f = open(NAME, "w", encoding="utf-8")
print(repr(f))
print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering, f.newlines)
print(repr(f.buffer), repr(f.buffer.raw))
print(f.readable(), f.writable(), f.seekable(), f.isatty())
n = f.write("héllo wörld\n")
print("wrote", n)
print(f.write("中文 and emoji 🐍\n"), f.write(""), f.write("last line without newline"))
f.writelines(["\n", "a\n", "b\n"])
f.close()
print(f.closed, repr(f))
f.close()  # closing twice is fine

f = open(NAME, encoding="utf-8")
print(repr(f))
data = f.read()
print(repr(data), len(data))
print(repr(f.read()), repr(f.readline()))
f.close()

f = open(NAME, encoding="utf-8")
print(repr(f.read(3)), repr(f.read(0)), repr(f.read(9)))
print(repr(f.readline()))
print(repr(f.readline(4)), repr(f.readline()))
print(f.readlines())
f.close()

f = open(NAME, encoding="utf-8")
for i, line in enumerate(f):
    print(i, repr(line))
f.close()

f = open(NAME, encoding="utf-8")
print(f.readlines(5))
print(f.readlines(None))
f.close()

# tell and seek: cookies are byte offsets for utf-8 text
f = open(NAME, encoding="utf-8")
print(f.tell())
line = f.readline()
pos = f.tell()
print(repr(line), pos)
rest = f.readline()
print(repr(rest), f.tell())
print(f.seek(pos), repr(f.readline()) == repr(rest))
print(f.seek(0), repr(f.read(5)), f.tell())
end = f.seek(0, 2)
print(end, repr(f.read()))
print(f.seek(0, 1) == end)
f.close()

# append
f = open(NAME, "a", encoding="utf-8")
print(repr(f), f.tell() == end)
f.write("\nappended ✓")
f.close()
f = open(NAME, encoding="utf-8")
print(f.read().splitlines()[-2:])
f.close()

# r+: read a little, then overwrite from there
f = open(NAME, "r+", encoding="utf-8")
print(repr(f))
print(repr(f.read(5)))
f.write("HELLO")
f.seek(0)
print(repr(f.readline()))
f.seek(0)
f.write("X")
f.close()
f = open(NAME, encoding="utf-8")
print(repr(f.readline()))
f.close()

# w+ truncates, reads back what it wrote
f = open(NAME, "w+")
print(repr(f), f.encoding)
f.write("one\ntwo\nthree\n")
print(f.tell())
f.seek(0)
print(f.readlines())
f.seek(4)
print(f.truncate(), f.tell())
f.seek(0)
print(repr(f.read()))
print(f.truncate(2))
f.seek(0)
print(repr(f.read()))
f.close()

# iter(callable, sentinel) over readline
f = open(NAME, "w")
f.write("x\ny\nz\n")
f.close()
f = open(NAME)
print(list(iter(f.readline, "")))
f.close()

# files in a loop without explicit close are flushed at exit
g = open("file_text_basic_2.txt", "w")
g.write("kept open\n")
h = open("file_text_basic_2.txt")
print(repr(h.read()))
h.close()
g.flush()
h = open("file_text_basic_2.txt")
print(repr(h.read()))
h.close()
