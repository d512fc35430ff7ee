# newline= on text files: universal newlines when reading (None), no
# translation (''), one terminator ('\n', '\r', '\r\n'), translation on
# writing, and the .newlines attribute.
NAME = "file_newlines.txt"
RAW = b"one\ntwo\r\nthree\rfour\r\n\r\nfive\n\rsix"


def put(b):
    f = open(NAME, "wb")
    f.write(b)
    f.close()


def get():
    f = open(NAME, "rb")
    b = f.read()
    f.close()
    return b


for nl in [None, "", "\n", "\r", "\r\n"]:
    put(RAW)
    f = open(NAME, newline=nl)
    print(repr(nl), f.newlines)
    print(" lines", f.readlines())
    print(" newlines", f.newlines)
    f.close()
    f = open(NAME, newline=nl)
    print(" read", repr(f.read()))
    f.close()
    f = open(NAME, newline=nl)
    print(" chunks", [f.read(4) for i in range(8)])
    f.close()
    f = open(NAME, "w", newline=nl)
    f.write("a\nb\r\nc\rd\n")
    f.close()
    print(" wrote", get())

for raw in [b"only\nlf\n", b"cr\ronly\r", b"crlf\r\nonly\r\n", b"lf\ncr\r", b"lf\ncrlf\r\n",
            b"cr\rcrlf\r\n", b"none"]:
    put(raw)
    f = open(NAME)
    f.read()
    print(raw, repr(f.newlines))
    f.close()

# a \r\n split across the read chunk boundary stays one line end
put(b"x" * 8191 + b"\r\n" + b"tail\r\n")
f = open(NAME)
lines = f.readlines()
print(len(lines), len(lines[0]), repr(lines[0][-3:]), lines[1:])
f.close()
f = open(NAME, newline="")
lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), lines[1:])
f.close()

# tell() after universal-newline reads counts the bytes of the file
put(b"ab\r\ncd\r\nef")
f = open(NAME)
print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
f.close()
f = open(NAME, "rb")
print(f.read())
f.close()

try:
    open(NAME, newline="\n\n")
except ValueError as e:
    print(e)
try:
    open(NAME, newline=5)
except TypeError as e:
    print(e)
