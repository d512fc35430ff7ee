# Text files in utf-8, latin-1 (and its aliases), ascii: round trips through
# the bytes, error handlers strict/replace/ignore/surrogateescape on read and
# write, UnicodeDecodeError / UnicodeEncodeError messages, unknown encodings.
NAME = "file_encodings.txt"


def write_bytes(b):
    f = open(NAME, "wb")
    f.write(b)
    f.close()


def read_bytes():
    f = open(NAME, "rb")
    b = f.read()
    f.close()
    return b


text = "café ñandú ÿ\n"
for enc in ["latin-1", "iso-8859-1", "latin1", "ISO8859-1", "utf-8", "UTF8", "utf_8"]:
    f = open(NAME, "w", encoding=enc)
    print(repr(f), f.encoding)
    f.write(text)
    f.close()
    raw = read_bytes()
    f = open(NAME, encoding=enc)
    back = f.read()
    f.close()
    print(enc, raw, back == text)

# latin-1 bytes read as utf-8 and the other way round
write_bytes("naïve\n".encode("latin-1"))
f = open(NAME, encoding="utf-8")
try:
    f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
f.close()
for errors in ["replace", "ignore", "surrogateescape"]:
    f = open(NAME, encoding="utf-8", errors=errors)
    print(errors, f.errors, ascii(f.read()))
    f.close()
f = open(NAME, encoding="latin-1")
print(repr(f.read()))
f.close()
write_bytes("naïve 中\n".encode("utf-8"))
f = open(NAME, encoding="latin-1")
print(ascii(f.read()))
f.close()

# a truncated utf-8 sequence at the end of the file
write_bytes(b"ok\xe4\xb8")
f = open(NAME, encoding="utf-8")
try:
    f.readline()
except UnicodeDecodeError as e:
    print(e)
f.close()
f = open(NAME, encoding="utf-8", errors="replace")
print(repr(f.readline()))
f.close()

# ascii
write_bytes(b"plain\n")
f = open(NAME, encoding="ascii")
print(repr(f), repr(f.read()))
f.close()
write_bytes(b"caf\xc3\xa9\n")
f = open(NAME, encoding="ascii")
try:
    f.read()
except UnicodeDecodeError as e:
    print(e)
f.close()
f = open(NAME, encoding="ascii", errors="replace")
print(repr(f.read()))
f.close()

# encoding errors on write
f = open(NAME, "w", encoding="ascii")
try:
    f.write("señor")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
f.close()
f = open(NAME, "w", encoding="latin-1")
try:
    f.write("snake 🐍")
except UnicodeEncodeError as e:
    print(e)
f.close()
for errors in ["replace", "ignore"]:
    f = open(NAME, "w", encoding="ascii", errors=errors)
    print(f.write("señor ✓"))
    f.close()
    print(errors, read_bytes())
f = open(NAME, "w", encoding="utf-8", errors="surrogateescape")
f.write("a\udcffb")
f.close()
print(read_bytes())

# unknown encodings are refused after the file is opened (w creates it)
try:
    open(NAME, "w", encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(NAME, encoding="")
except LookupError as e:
    print(type(e).__name__, e)

# a file larger than one read chunk, with multi-byte characters across
# the chunk boundaries
line = "αβγ中🐍" * 300 + "\n"
f = open(NAME, "w", encoding="utf-8")
for i in range(20):
    f.write(str(i) + line)
f.close()
f = open(NAME, encoding="utf-8")
count = 0
total = 0
for l in f:
    count += 1
    total += len(l)
    assert l.endswith(line)
f.close()
print(count, total)
f = open(NAME, encoding="utf-8")
print(len(f.read(5000)), len(f.read(10000)), len(f.read()))
f.close()
