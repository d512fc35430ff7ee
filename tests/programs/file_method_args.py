# Every file method of the three layers called with odd arguments (None,
# negatives, huge ints, wrong types, too many): the distinct exceptions
# and messages, which CPython's argument converters word per method and
# per C type; then odd modes, encodings, errors and newlines for open().
f = open("file_method_args.txt", "w+")
g = open("file_method_args.bin", "w+b")
r = open("file_method_args.bin", "rb", buffering=0)
vals = [None, -1, 0, 1, 2**31, 2**63, 2**70, -2**63, "x", b"x", 1.5, [], bytearray(b"ab"),
        bytearray()]
seen = {}
calls = 0
for obj in [f, g, r]:
    for name in ["read", "readline", "readlines", "write", "writelines", "seek", "tell",
                 "truncate", "flush", "fileno", "isatty", "readable", "writable", "seekable",
                 "read1", "peek", "readinto", "readall", "__enter__", "__next__", "__iter__"]:
        m = getattr(obj, name, None)
        if m is None:
            continue
        for v in vals:
            for args in [(v,), (v, v), (0, v)]:
                calls += 1
                try:
                    m(*args)
                except Exception as e:
                    seen[f"{type(obj).__name__}.{name}: {type(e).__name__}: {e}"] = True
print(calls, "calls,", len(seen), "distinct errors")
for line in seen:
    print(line)
for mode in ["é", "r\0", "rb\u1234", "w" * 3, "+"]:
    try:
        open("file_method_args_2.txt", mode)
    except Exception as e:
        print(ascii(mode), type(e).__name__, e)
for enc in ["", "é", "utf-8\0", "x" * 30]:
    try:
        open("file_method_args.txt", encoding=enc)
    except Exception as e:
        print(ascii(enc), type(e).__name__, e)
for kw in [dict(errors="nope"), dict(errors="a\0b"), dict(newline="\0"), dict(newline="\r\n\r")]:
    try:
        h = open("file_method_args.txt", "w", **kw)
        h.write("é\n")
        h.close()
        print(kw, "ok")
    except Exception as e:
        print(ascii(kw), type(e).__name__, ascii(str(e)))
f.close()
g.close()
r.close()
