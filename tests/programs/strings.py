# str and bytes: methods, formatting, reprs with escapes and non-ASCII.
s = "Hello, Wörld ☃ \t\n\x00\U0001F600"
print(repr(s), len(s), s.upper(), s.split(","), s[::-1][:5])
print("%s=%d (%5.2f) %r %x" % ("k", 42, 3.14159, "q'", 255))
print("{:>8}|{:<6}|{:^7}|{:+.3e}|{:,}".format("r", "l", "c", 12345.678, 10 ** 9))
name, n = "pyc", 3
print(f"{name!r:>10} has {n:03d} parts, {n / 7:.4f}, {name=}")
b = b"bytes\x00\xff'\""
print(repr(b), b.hex(), list(b[:3]), b.decode("latin-1")[:5])
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "  x  ".strip(), "abc".replace("b", "XY"))
print("ß".casefold(), "Straße".lower(), "ǅ".title(), "x".center(9, "*"), "tab\there".expandtabs(4))
