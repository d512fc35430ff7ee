# String building across the storage kinds (latin-1, UCS-2, UCS-4): each
# result must be the same text whatever widths its pieces had.
pieces = ["abc", "é", "ÿ", "€", "漢", "😀", "", "x" * 40]
for a in pieces:
    for b in pieces:
        s = f"{a}{b}|{a!r}"
        t = "%s-%s" % (a, b)
        u = "{}{}".format(b, a)
        print(len(s), len(t), len(u), ascii(s), ascii(t), ascii(u))
print(ascii("".join(pieces)), ascii("€".join(["a", "b"])), ascii("|".join(["é" * 3, "😀"])))
# narrow results from slices of wide strings stay narrow-equal
wide = "ab€cd😀ef"
parts = [wide[0:2], wide[3:5], wide[6:]]
joined = "".join(parts)
print(joined, joined == "abcdef", len(joined), joined.isascii())
print(f"{wide[:2]}{wide[-2:]}" == "abef", hash(f"{wide[:2]}{wide[-2:]}") == hash("abef"))
built = "%s%s" % (wide[0], wide[6])
print(built == "ae", ascii(built))
# padding with wide fill characters
print(ascii(format("ab", "€^9")), ascii(format(42, "😀>8")), ascii(format(3.5, "é<7")))
print(ascii(format(1 + 2j, "€^20")), ascii(format(-1.5j, "*>12")), format(2j, "<10") + "|")
print(ascii("{:漢^11}".format("mid")), ascii("%-6s|%6s" % ("é", "€")))
# repr of mixed strings
for s in ["plain", "tab\there", "é", "€", "😀", "'q'", '"dq"', "\x00\x7f\x80\xff", "\u0100"]:
    print(ascii(repr(s)), len(repr(s)))
# long builds that grow the buffer and widen late
acc = []
for i in range(300):
    acc.append(chr(97 + i % 26))
acc.append("€")
big = "".join(acc)
print(len(big), ascii(big[-5:]), big[:10])
big2 = f"{'z' * 500}{'😀'}"
print(len(big2), ascii(big2[-3:]))
print(ascii("%s" % ("é" * 200 + "😀"))[-20:])
# upper/lower/replace across kinds
print(ascii("straße€".upper()), ascii("ÉCOLE😀".lower()), ascii("a-b-c".replace("-", "€")))
print(ascii(str([1, "é", "€"])), ascii(str({"k": "😀"})), ascii(str(("ÿ",))))
