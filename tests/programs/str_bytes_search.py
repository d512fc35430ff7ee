# find/rfind/index/rindex/count/startswith/endswith/split/replace/partition
# on str (one-, two- and four-byte storage) and bytes/bytearray, with every
# kind of start/end bound: negative, beyond the ends, None, huge ints.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

big = 10 ** 30
bounds = [(), (0,), (2,), (-3,), (100,), (-100,), (None,), (1, 5), (1, -1), (5, 1),
          (None, 4), (2, None), (-big, big), (big,), (0, -big), (3, 3)]
texts = {
    "ascii": ("abracadabra", "ab", "ra", "", "x", "abracadabra!"),
    "latin1": ("caf\xe9 \xe9t\xe9 \xe9", "\xe9", "t\xe9", "", "e", "\xe9t\xe9 \xe9"),
    "ucs2": ("\u0101bc\u0101bc\u0101", "\u0101", "bc", "", "\u0102", "c\u0101"),
    "ucs4": ("\U0001F600a\U0001F600b\U0001F600", "\U0001F600", "a\U0001F600", "", "\u0101", "b"),
}
for name, (s, *subs) in texts.items():
    for hay in (s, s.encode("utf-8"), bytearray(s.encode("utf-8"))):
        kind = type(hay).__name__
        for sub in subs:
            needle = sub if isinstance(hay, str) else sub.encode("utf-8")
            for b in bounds:
                print(name, kind, ascii(needle), b,
                      hay.find(needle, *b), hay.rfind(needle, *b), hay.count(needle, *b),
                      hay.startswith(needle, *b), hay.endswith(needle, *b))
        needle = subs[0] if isinstance(hay, str) else subs[0].encode("utf-8")
        show(f"{name} {kind} split", lambda: hay.split(needle))
        show(f"{name} {kind} rsplit 1", lambda: hay.rsplit(needle, 1))
        show(f"{name} {kind} split 2", lambda: hay.split(needle, 2))
        show(f"{name} {kind} replace", lambda: hay.replace(needle, needle[:0]))
        show(f"{name} {kind} replace 2", lambda: hay.replace(needle, needle + needle, 2))
        show(f"{name} {kind} partition", lambda: hay.partition(needle))
        show(f"{name} {kind} rpartition", lambda: hay.rpartition(needle))
        show(f"{name} {kind} index", lambda: hay.index(needle, 1))
        show(f"{name} {kind} rindex", lambda: hay.rindex(needle, 0, -1))
        show(f"{name} {kind} index missing", lambda: hay.index(needle, 0, 0))
        show(f"{name} {kind} in", lambda: (needle in hay, needle[:0] in hay))

for hay in ("abc", b"abc"):
    show("bad bound", lambda: hay.find(hay[:1], "x"))
    show("float bound", lambda: hay.count(hay[:1], 0, 1.0))
    show("bool bound", lambda: hay.find(hay[1:2], True))
    show("no args", lambda: hay.find())
    show("too many", lambda: hay.count(hay, 1, 2, 3))
show("str needle int", lambda: "abc".find(97))
show("bytes needle str", lambda: b"abc".find("a"))
show("bytes needle int", lambda: (b"abc".find(98), b"abc".count(99, -1), b"abc".rfind(97, 1)))
show("bytes needle 256", lambda: b"abc".count(256))
show("startswith tuple", lambda: ("abc".startswith(("x", "ab")), b"abc".endswith((b"x", b"bc"), 1)))
show("startswith bad", lambda: "abc".startswith(["a"]))
show("bytes startswith bad", lambda: b"abc".startswith("a"))
show("long", lambda: ("ab" * 500 + "abc").find("abc"), )
show("long bytes", lambda: (b"ab" * 500 + b"abc").rfind(b"aba"))
show("long count", lambda: ("aaa" * 100).count("aa"))
