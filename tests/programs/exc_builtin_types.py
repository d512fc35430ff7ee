# Built-in exception instances: repr, str, args and the per-type attributes
# (KeyError, OSError and its errno subclasses, SystemExit, StopIteration,
# SyntaxError, ImportError, NameError/AttributeError, the Unicode errors).
print(repr(ValueError()), repr(ValueError("x")), repr(ValueError(1, 2)))
print(str(ValueError()) == "", str(ValueError("x")), str(ValueError(1, 2)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("k", 2)), repr(str(KeyError())))
print(str(IndexError("list index out of range")), ZeroDivisionError("z").args)
print(str(BaseException(ValueError(3))), repr(Exception(ValueError(3))))

e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, repr(e), e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e))
print(str(OSError(2, "No such file or directory", "a", None, "b")))
print(str(OSError(2, "msg")), str(OSError(2)), OSError(2).errno, OSError().strerror)
for code in (1, 2, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 9999):
    print(code, type(OSError(code, "m")).__name__)
print(type(FileNotFoundError(1, "x")).__name__, str(OSError("a", "b")))
b = BlockingIOError(11, "busy", 5)
print(str(b), b.characters_written)
try:
    BlockingIOError(11, "busy").characters_written
except AttributeError as exc:
    print("AttributeError", exc)

print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(7, 8).value, StopAsyncIteration(1).args)

s = SyntaxError("bad", ("dir/f.py", 3, 4, "x = (", 3, 6))
print(str(s), s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(str(SyntaxError("bad")), str(SyntaxError()), str(SyntaxError("m", (None, 5, 1, "t"))))
print(str(SyntaxError("m", ("f.py", None, 1, "t"))), IndentationError("i").msg)

im = ImportError("no module", name="mod", path="/p")
print(str(im), im.msg, im.name, im.path, str(ImportError(3)), ImportError("a", "b").msg)
print(ModuleNotFoundError("m", name="q").name)
ae = AttributeError("no attr", name="n", obj=5)
print(ae.name, ae.obj, NameError("x", name="y").name, NameError("z").name)

print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "invalid")))
print(str(UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "h\u1234", 1, 2, "r")))
print(str(UnicodeEncodeError("ascii", "h\U00012345", 1, 2, "r")))
print(str(UnicodeEncodeError("ascii", "hab", 1, 3, "r")))
print(str(UnicodeTranslateError("h\xe9", 1, 2, "r")), str(UnicodeTranslateError("hab", 1, 3, "r")))
u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")
print(repr(u), u.encoding, u.object, u.start, u.end, u.reason)

for bad in (lambda: ValueError(x=1), lambda: ImportError(x=1), lambda: AttributeError("m", x=3),
            lambda: NameError("m", x=3), lambda: UnicodeDecodeError("utf-8"),
            lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "r"),
            lambda: UnicodeEncodeError(1, "x", 0, 1, "r"),
            lambda: UnicodeEncodeError("a", "x", "z", 1, "r"),
            lambda: UnicodeTranslateError("a"), lambda: SyntaxError("m", (1, 2)),
            lambda: SyntaxError("m", (1, 2, 3, 4, 5, 6, 7)), lambda: SyntaxError("m", 3)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
