# needs: stdlib
# File I/O inside a temporary directory the program creates: text and binary modes, encodings,
# newline handling, with-statement closing, iteration over lines, appending, and errors.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w", encoding="utf-8") as f:
        n = f.write("first line\nsecond ☃ line\n")
        f.write("third\n")
    print("wrote", n, "characters; closed:", f.closed)
    with open(path, encoding="utf-8") as f:
        print(f.readline(), end="")
        print([line.rstrip("\n") for line in f])
    with open(path, "a", encoding="utf-8") as f:
        print("appended", file=f)
    with open(path, "rb") as f:
        raw = f.read()
    print(len(raw), raw[:12], raw.count(b"\n"))
    with open(path, "w", newline="\r\n", encoding="latin-1") as f:
        f.write("crlf\nlines\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, newline="", encoding="latin-1") as f:
        print(repr(f.read()))
    with open(path, encoding="latin-1") as f:
        print(repr(f.read()))
    binpath = os.path.join(tmp, "blob.bin")
    with open(binpath, "wb") as f:
        f.write(bytes(range(256)))
    with open(binpath, "rb") as f:
        f.seek(250)
        print(f.read(), f.tell())
    print(sorted(os.listdir(tmp)), os.path.getsize(binpath))
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    try:
        with open(binpath, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.reason, e.start)
print("temporary directory removed:", not os.path.exists(tmp))
