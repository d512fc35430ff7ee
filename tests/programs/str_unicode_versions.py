# str and int on code points whose Unicode 14 answers (python3.11's) differ
# from Unicode 15's: letters, digits and marks added in 2022 are unassigned here.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", ascii(r))

new15 = [0x0CF3, 0x0ECE, 0x10EFD, 0x11F00, 0x11F50, 0x1E4D0, 0x1E4F0, 0x2B739, 0x31350, 0x1F6DC]
for cp in new15:
    c = chr(cp)
    print(hex(cp), c.isalpha(), c.isidentifier(), ("x" + c).isidentifier(), c.isdecimal(),
          c.isdigit(), c.isnumeric(), c.isprintable(), c.isalnum(), ascii(repr(c)))
show("int kawi digit", lambda: int(chr(0x11F51)))
show("int nag mundari digit", lambda: int(chr(0x1E4F3) + "0"))
show("int arabic-indic", lambda: int("\u0661\u0662\u0663"))
show("int math bold", lambda: int("\U0001D7D9\U0001D7CE"))
show("float thai", lambda: float("\u0e53.\u0e55"))
show("int mixed", lambda: int("1\u0663\U0001D7D7"))
show("final sigma armenian", lambda: ("Α\u055fΣ").lower())
show("final sigma lao", lambda: ("Α\u0eceΣ").lower())
show("identifier new", lambda: ["a" + chr(cp) for cp in (0x0CF3, 0x0ECE, 0x10EFD)])
show("upper new", lambda: [chr(cp).upper() == chr(cp) for cp in new15])
show("casefold", lambda: ["ß".casefold(), "ﬁ".casefold(), "ΐ".casefold(), "Ꭓ".casefold(), "ᏸ".casefold()])
show("title", lambda: ["ǆemal".title(), "ŉ".title(), "ﬃx".title(), "ᾳ".title()])
show("swapcase sigma", lambda: "ΑΣ".swapcase())
show("capitalize", lambda: ["ǆ".capitalize(), "ßa".capitalize(), "ΑΣ".capitalize()])
show("isspace", lambda: [chr(c).isspace() for c in (0x1C, 0x85, 0xA0, 0x180E, 0x200B, 0x2028, 0x3000, 0xFEFF)])
