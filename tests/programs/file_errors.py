# open() and file-object errors with CPython's exact types and messages:
# missing files, directories, mode x, bad modes and arguments, closed files,
# io.UnsupportedOperation (an OSError and a ValueError), OSError's fields.
NAME = "file_errors.txt"


def show(e):
    print(" ", type(e).__name__, "|", e)


f = open(NAME, "w")
f.write("data\n")
f.close()

try:
    open("file_errors_missing.txt")
except FileNotFoundError as e:
    show(e)
    print(" ", e.errno, e.strerror, e.filename, e.filename2, e.args)
    print(" ", isinstance(e, OSError), type(e) is FileNotFoundError)
try:
    open("no_such_dir/x.txt", "w")
except OSError as e:
    show(e)
try:
    open(".")
except IsADirectoryError as e:
    show(e)
    print(" ", e.errno, repr(e.filename))
try:
    open(".", "w")
except OSError as e:
    show(e)
try:
    open(NAME, "x")
except FileExistsError as e:
    show(e)
try:
    open(b"file_errors_missing.bin", "rb")
except OSError as e:
    show(e)
try:
    open("")
except OSError as e:
    show(e)

for mode in ["z", "rw", "rr", "rbt", "", "x+w", "U", "r++", "wa", "tb", "+"]:
    try:
        open(NAME, mode)
    except ValueError as e:
        print(repr(mode), e)

for kwargs in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"),
               dict(mode="wb", newline=""), dict(mode="r", newline="x"),
               dict(mode="r", buffering=0), dict(mode=1), dict(encoding=5),
               dict(errors=3.5), dict(buffering="x")]:
    try:
        open(NAME, **kwargs)
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
for bad in [3.5, None, [NAME]]:
    try:
        open(bad)
    except TypeError as e:
        show(e)
try:
    open("a\0b")
except ValueError as e:
    show(e)

# wrong direction
f = open(NAME)
for call in [lambda: f.write("x"), lambda: f.writelines(["x"]), lambda: f.truncate()]:
    try:
        call()
    except OSError as e:
        show(e)
        print(" ", isinstance(e, ValueError), isinstance(e, OSError))
try:
    f.write(b"bytes")
except TypeError as e:
    show(e)
f.close()
f = open(NAME, "a")
for call in [f.read, f.readline, f.readlines, lambda: next(f)]:
    try:
        call()
    except ValueError as e:
        show(e)
f.close()
f = open(NAME, "wb")
for call in [f.read, f.readline, lambda: f.write("str")]:
    try:
        call()
    except (OSError, TypeError) as e:
        show(e)
f.close()
f = open(NAME, "rb")
for call in [lambda: f.write(b"x"), f.truncate, lambda: f.seek(0, 7), lambda: f.seek(-1),
             lambda: f.read("3")]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        show(e)
f.close()

# seek rules of text files
f = open(NAME)
for args in [(0, 5), ("a",), (-1,), (1, 1), (2, 2), (0, 1, 2)]:
    try:
        f.seek(*args)
    except (OSError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
f.close()

# next() disables tell() until the iteration ends
f = open(NAME, "w")
f.write("one\ntwo\nthree\n")
f.close()
f = open(NAME)
next(f)
try:
    f.tell()
except OSError as e:
    show(e)
for line in f:
    pass
print(f.tell())
f.close()

# every method of a closed file
for mode in ["r", "w", "rb", "wb", "r+b"]:
    f = open(NAME, mode)
    f.close()
    print(mode, f.closed)
    for name in ["read", "readline", "readlines", "flush", "tell", "fileno", "isatty",
                 "seekable", "readable", "writable", "truncate", "__iter__", "__next__"]:
        try:
            getattr(f, name)()
            print(" ", name, "ok")
        except ValueError as e:
            show(e)
    for call in [lambda: f.write("s" if "b" not in mode else b"b"), lambda: f.seek(0),
                 lambda: f.writelines([])]:
        try:
            call()
        except ValueError as e:
            show(e)
f = open(NAME, "rb", buffering=0)
f.close()
for name in ["read", "readall", "readline", "tell", "fileno", "flush", "readable"]:
    try:
        getattr(f, name)()
    except ValueError as e:
        show(e)
try:
    input_file = open(NAME)
    input_file.close()
    for line in input_file:
        pass
except ValueError as e:
    show(e)

# OSError construction picks the subclass by errno
for args in [(2, "x"), (17, "exists", "f.txt"), (13, "denied", "a", None, "b"), (21, "dir"),
             (999, "other"), ("x",), ()]:
    e = OSError(*args)
    print(args, type(e).__name__, "|", e, "|", e.errno, e.strerror, e.filename, e.filename2)
