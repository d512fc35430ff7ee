# encoding="utf-8-sig": a BOM written at the start of the file only (not when
# appending), skipped when reading from byte 0 (again after seek(0)), kept
# by plain utf-8; files without a BOM read the same.
NAME = "file_utf8_sig.txt"


def raw():
    f = open(NAME, "rb")
    b = f.read()
    f.close()
    return b


f = open(NAME, "w", encoding="utf-8-sig")
print(repr(f), f.encoding)
f.write("héllo\n")
f.write("x\n")
f.close()
print(raw())
f = open(NAME, "a", encoding="utf-8-sig")
f.write("more\n")
f.close()
print(raw())
f = open(NAME, encoding="utf-8-sig")
print(repr(f.read()))
f.close()
f = open(NAME, encoding="UTF_8_SIG")
print(repr(f.readline()), f.tell())
f.seek(0)
print(repr(f.readline()), f.readlines())
f.close()
f = open(NAME, encoding="utf-8")
print(ascii(f.read()))
f.close()
f = open(NAME, "w")
f.write("plain\n")
f.close()
f = open(NAME, encoding="utf-8-sig")
print(repr(f.read()))
f.close()
f = open(NAME, "w+", encoding="utf-8-sig")
f.write("")
f.write("a")
f.seek(0)
print(repr(f.read()), raw())
f.close()
