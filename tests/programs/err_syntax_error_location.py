# Uncaught SyntaxErrors raised by the program: CPython prints their own
# "File/line/text/caret" block; each case is the cause of the next, so
# one traceback shows them all.

cases = [
    ("bad", ("f.py", 3, 5, "x = 1 +\n", 3, 8)),
    ("no end", ("f.py", 3, 5, "x = 1 +\n")),
    ("no file", (None, 3, 5, "x = 1 +\n", 3, 8)),
    ("beyond", ("f.py", 3, 50, "x = 1 +\n", 3, 80)),
    ("end before", ("f.py", 1, 4, "abcdef\n", 1, 2)),
    ("end equal", ("f.py", 1, 4, "abcdef\n", 1, 4)),
    ("end zero", ("f.py", 1, 2, "xyz\n", 1, 0)),
    ("next line end", ("f.py", 1, 2, "abcdef\n", 2, 4)),
    ("later lineno", ("f.py", 2, 2, "xyz\n", 1, 3)),
    ("leading blanks", ("f.py", 1, 7, "    foo(1, 2\n", 1, 9)),
    ("tabs", ("f.py", 1, 3, "\t\t  xyz\n", 1, 9)),
    ("form feed", ("f.py", 1, 4, "\x0c  abc\n", 1, 5)),
    ("offset zero", ("f.py", 3, 0, "abc\n", 3, 0)),
    ("offset negative", ("f.py", 3, -2, "abc\n")),
    ("offset None", ("f.py", 1, None, "xyz\n", 1, None)),
    ("no newline", ("f.py", 1, 2, "abc", 1, 3)),
    ("text None", ("f.py", 3, 5, None, 3, 8)),
    ("empty text", ("f.py", 1, 1, "", 1, 1)),
    ("blank text", ("f.py", 1, 2, "   \n", 1, 3)),
    ("two lines", ("f.py", 1, 2, "ab\ncd\n", 1, 3)),
    ("third line", ("f.py", 1, 8, "ab\ncd\nef\n", 1, 9)),
    ("all lines", ("f.py", 1, 3, "ab\ncd\nef\n", 1, 9)),
    ("non-ascii", ("f.py", 1, 3, "\xe9 = \xfc +\n", 1, 6)),
    ("nul", ("f.py", 1, 2, "x\x00yz\n", 1, 5)),
    ("negative line", ("f.py", -3, 2, "xyz\n")),
    ("bool line", ("dir/sub/f.py", True, 2, "xyz\n", 1, 3)),
    ("lineno None", ("f.py", None, 5, "x = 1 +\n", None, 8)),
    ("lineno str", ("f.py", "x", 2, "abc")),
    ("offset str", ("f.py", 1, "2", "xyz\n")),
    ("end_lineno str", ("f.py", 1, 2, "xyz\n", "a", 3)),
    ("file int", (5, 3, 5, "x\n")),
    ("", ("f.py", 1, 1, "x\n")),
    (None, ("f.py", 1, 1, "x\n")),
    (42, ("f.py", 1, 2, "abc")),
]

def fail(msg, info):
    raise SyntaxError(msg, info)

previous = None
for msg, info in cases:
    try:
        try:
            fail(msg, info)
        except SyntaxError as e:
            raise e from previous
    except SyntaxError as e:
        previous = e

def indentation():
    try:
        raise IndentationError("unexpected indent", ("g.py", 2, 3, "    y = 2\n", 2, 7))
    except IndentationError:
        try:
            raise TabError("inconsistent", ("g.py", 2, 1, "\tif x:\n"))
        except TabError:
            raise IndentationError("one caret", ("g.py", 4, 2, "abcdef\n", 4, 6))

try:
    indentation()
except IndentationError as e:
    e.__context__.__context__.__context__ = previous
    noted = SyntaxError("noted", ("n.py", 1, 2, "xyz\n"))
    noted.add_note("notes of a SyntaxError with a location are not shown")
    noted.__context__ = e
    plain = SyntaxError("plain")
    plain.add_note("but they are without one")
    plain.__context__ = noted
    raise ExceptionGroup("group", [SyntaxError("inside", ("h.py", 9, 3, "  a b c\n", 9, 6)), plain])
