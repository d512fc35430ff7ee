# SyntaxError and its subclasses: constructor arguments, attributes, str().

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

def attrs(e):
    return (str(e), e.args, e.msg, e.filename, e.lineno, e.offset, e.text,
            e.end_lineno, e.end_offset, e.print_file_and_line)

makers = [
    ("full", lambda: SyntaxError("bad", ("f.py", 3, 5, "x = 1 +\n", 3, 8))),
    ("four", lambda: SyntaxError("bad", ("f.py", 3, 5, "x = 1 +\n"))),
    ("no file", lambda: SyntaxError("bad", (None, 3, 5, "x\n"))),
    ("path", lambda: SyntaxError("bad", ("dir/sub/f.py", 3, 5, "x\n"))),
    ("path no line", lambda: SyntaxError("bad", ("/abs/g.py", None, 5, "x\n"))),
    ("bool line", lambda: SyntaxError("bad", ("f.py", True, 1, "x\n"))),
    ("str line", lambda: SyntaxError("bad", ("f.py", "7", 1, "x\n"))),
    ("line only", lambda: SyntaxError("bad", (None, 12, None, None))),
    ("file int", lambda: SyntaxError("bad", (5, 3, 5, "x\n"))),
    ("msg only", lambda: SyntaxError("bad")),
    ("no args", lambda: SyntaxError()),
    ("three args", lambda: SyntaxError("a", "b", "c")),
    ("msg None", lambda: SyntaxError(None, ("f.py", 1, 1, "x\n"))),
    ("msg int", lambda: SyntaxError(42, ("f.py", 1, 1, "x\n"))),
    ("list info", lambda: SyntaxError("bad", ["f.py", 1, 2, "xyz\n"])),
    ("short info", lambda: SyntaxError("bad", ("f.py", 1))),
    ("long info", lambda: SyntaxError("bad", ("f.py", 1, 2, "x", 1, 2, 3))),
    ("end_lineno alone", lambda: SyntaxError("bad", ("f.py", 1, 2, "x", 1))),
    ("info not seq", lambda: SyntaxError("bad", 5)),
    ("indentation", lambda: IndentationError("unexpected indent", ("g.py", 2, 3, "    y = 2\n", 2, 7))),
    ("tab", lambda: TabError("inconsistent", ("g.py", 2, 1, "\tif x:\n"))),
]
for label, make in makers:
    show(label, lambda: attrs(make()))

e = SyntaxError("m", ("f.py", 1, 2, "xyz\n"))
e.lineno = 7
e.filename = "x/g.py"
e.msg = "changed"
e.text = "abc"
e.end_offset = 3
e.print_file_and_line = 1
show("after assignment", lambda: attrs(e))
e.lineno = None
show("lineno None", lambda: str(e))
e.filename = None
show("both None", lambda: str(e))
show("is subclass", lambda: (issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError)))
show("repr", lambda: repr(SyntaxError("bad", ("f.py", 3, 5, "x\n"))))
try:
    raise SyntaxError("caught", ("f.py", 2, 1, "y\n"))
except SyntaxError as err:
    show("caught", lambda: (err.msg, err.lineno, str(err)))
