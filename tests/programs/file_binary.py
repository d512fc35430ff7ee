# Binary files: BufferedReader/Writer/Random and FileIO (buffering=0):
# round trips of every byte, read sizes, readline, seek whence, truncate.
NAME = "file_binary.bin"

data = bytes(range(256)) + "é中🐍\n".encode("utf-8") + b"\r\nend"
f = open(NAME, "wb")
print(repr(f), f.mode, f.name, f.closed)
print(f.readable(), f.writable(), f.seekable())
print(f.write(data), f.write(bytearray(b"++")), f.tell())
f.writelines([b"\nline2\n", bytearray(b"line3")])
f.flush()
f.close()
print(repr(f), f.closed)

f = open(NAME, "rb")
print(repr(f), f.mode)
back = f.read()
print(len(back), back[:256] == bytes(range(256)), back[256:])
print(f.read(), f.read(10))
f.seek(0)
print(f.read(4), f.read(0), f.tell())
print(f.seek(250), f.read(8))
print(f.seek(-5, 2), f.read())
print(f.seek(-7, 1), f.read(3))
print(f.seek(0), f.readline()[-3:])
try:
    f.read(-5)
except ValueError as e:
    print(e)
print(f.readline(), f.readline(2), f.readline())
print(f.readlines())
f.seek(262)
for line in f:
    print(line)
f.close()

# bytes-mode aliases of the mode string
for mode in ["br", "rb", "r+b", "rb+", "+rb"]:
    f = open(NAME, mode)
    print(mode, repr(f), f.mode)
    f.close()

# BufferedRandom: write over the middle, read around it
f = open(NAME, "r+b")
f.seek(3)
f.write(b"XYZ")
print(f.tell(), f.read(3))
f.seek(0)
print(f.read(8))
f.seek(0, 2)
size = f.tell()
print(size, f.truncate(10), f.tell())
f.seek(0)
print(f.read())
f.close()

# w+b and a+b
f = open(NAME, "w+b")
print(repr(f), f.mode)
f.write(b"abc\ndef\n")
f.seek(0)
print(f.readlines())
f.close()
f = open(NAME, "ab")
print(repr(f), f.mode, f.tell())
f.write(b"ghi\n")
f.close()
f = open(NAME, "a+b")
print(f.mode, f.tell())
f.seek(0)
print(f.read())
f.close()

# unbuffered: FileIO
f = open(NAME, "rb", buffering=0)
print(repr(f), f.mode, f.closefd)
print(f.read(3), f.readall())
f.seek(0)
print(f.readline(), f.tell())
print(list(f))
f.close()
print(repr(f), f.closed)
f = open(NAME, "wb", buffering=0)
print(repr(f), f.write(b"raw"), f.tell())
f.close()
f = open(NAME, "rb")
print(f.read())
f.close()

# text over binary: after a flush, the text layer's bytes are in the buffer
f = open(NAME, "w", encoding="utf-8")
f.write("é")
f.flush()
f.buffer.write(b"!")
f.close()
f = open(NAME, "rb")
print(f.read())
f.close()
