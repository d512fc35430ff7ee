# BufferedReader's peek/read1 (one buffer of st_blksize bytes, or one raw
# read when it is empty) and readinto on both binary layers.
NAME = "file_binary_read1.bin"
f = open(NAME, "wb")
f.write(bytes(range(256)) * 40)
f.close()

f = open(NAME, "rb")
print(len(f.peek()), f.tell(), f.peek(1)[:4])
print(len(f.read1()), f.tell())
print(f.read1(5), f.tell())
print(len(f.read1(100000)), f.tell())
print(f.read(3), f.read1(2), f.tell())
b = bytearray(10)
print(f.readinto(b), b, f.tell())
f.seek(-4, 2)
print(f.readinto(b), b, f.readinto(b), f.read1(), f.peek())
for call in [lambda: f.readinto(b"immutable"), lambda: f.read1("x"), lambda: f.peek(None)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
f.close()
for call in [f.peek, f.read1, lambda: f.readinto(b)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)

f = open(NAME, "rb", buffering=0)
b = bytearray(6)
print(f.readinto(b), b, f.tell())
f.close()

f = open(NAME, "wb")
print(hasattr(f, "peek"), hasattr(f, "read1"))
for call in [f.read1, lambda: f.read1(2), lambda: f.readinto(b)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
f.close()
f = open(NAME, "r+b")
f.write(b"new")
print(f.peek()[:5], f.read1(2), f.tell())
f.close()
