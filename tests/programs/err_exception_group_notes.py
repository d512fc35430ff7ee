# An uncaught group whose parts carry odd __notes__: non-str notes, a str
# (a sequence: one line per character), a non-sequence (python3.11 writes
# its repr with no newline), a tuple; empty messages in groups and leaves.
e1 = ValueError("v1"); e1.__notes__ = ["ok", 42, "multi\nline"]
e2 = TypeError("t"); e2.__notes__ = "not a list"
e3 = KeyError("k"); e3.__notes__ = 7
e4 = OSError("o"); e4.__notes__ = ("tuple note",)
e5 = ExceptionGroup("", [ValueError()])
e6 = ExceptionGroup("empty-msg leaf", [ValueError(""), KeyError()])
g = ExceptionGroup("notes", [e1, e2, e3, e4, e5, e6])
g.__notes__ = ["group note"]
raise g
