# utf-16 and utf-32 text files: one BOM at the start of the file (none when
# appending to a non-empty file), the BOM consumed on reading, fixed-endian
# variants without BOM.
NAME = "file_wide_encodings.txt"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32BE"]:
    f = open(NAME, "w", encoding=enc)
    f.write("ab\n")
    f.write("é中🐍\n")
    f.write("")
    f.close()
    f = open(NAME, "a", encoding=enc)
    f.write("more\n")
    f.close()
    f = open(NAME, "rb")
    print(enc, f.read())
    f.close()
    f = open(NAME, encoding=enc)
    print(repr(f.readline()), f.readlines())
    f.close()
    f = open(NAME, encoding=enc)
    print(repr(f.read()))
    f.close()
f = open(NAME, "wb")
f.write(b"\xff\xfea\x00b")
f.close()
f = open(NAME, encoding="utf-16")
try:
    f.read()
except UnicodeDecodeError as e:
    print(e)
f.close()

# tell() counts the bytes of the code units (a BOM included), seek() back
for enc in ["utf-16", "utf-16-be", "utf-32", "utf-32-le"]:
    f = open(NAME, "w", encoding=enc)
    f.write("ab\r\né🐍\ncd\n")
    f.close()
    f = open(NAME, encoding=enc)
    print(enc, f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    p = f.tell()
    print(repr(f.read()), f.tell())
    f.seek(p)
    print(repr(f.read()))
    f.close()
