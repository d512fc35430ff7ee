# String and bytes literals: escapes, raw, triple-quoted, implicit concatenation, unicode names, reprs.
print("tab\there", 'quote\'s', "dq\"s", "back\\slash", "nul\0byte", "bell\a", "\x41\101\u0041\U00000041")
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", len("\N{EM DASH}"), repr("\N{NO-BREAK SPACE}"))
print(r"raw \n \t \\", R"raw\d", rb"raw\bytes", Rb"\x00")
print("""triple
quoted "with" 'quotes'
""", '''single triple''')
print("implicit" ' concat' """ of """ 'four', b"by" b"tes")
print(repr("mixed 'single'"), repr('mixed "double"'), repr("both ' and \""), repr("\x7f\x80\xff"))
print(b"\x00\x01\xff", b"\n\t\\", repr(b"'"), repr(b'"'), bytes(range(5)), bytes(3), bytearray(b"ba"))
print("line\
continued")
print(len("🐍"), len("🐍".encode()), "🐍".encode(), "ä".encode("latin-1"), b"\xc3\xa4".decode())
print(repr("\u200b zero width"), repr("\ud7ff"), "é" == "e\u0301", "\u00e9" == "é")
s = "αβγ"
print(s.upper(), s[::-1], list(s.encode("utf-8")), ascii(s), ord(s[0]), chr(946))
print(str(b"b"), str(1.5), str([1, "a"]), repr("x"), repr(repr("x")))
print("%(a)s and %(b)r" % {"a": "A", "b": "B"}, "%c%c" % (72, "i"), "%-5s|%05.1f|%+d" % ("l", 2.25, 3))
print("a\tb".expandtabs(), "ABC".lower(), "abc".title(), "a-b-c".rsplit("-", 1), "x".zfill(4), "-5".zfill(4))
