# str case mapping (full Unicode mappings, final sigma) and character classes
words = ['hello World', 'ÀÉÎõü', 'straße', 'ﬁnance', 'ǅungla', 'ΣΑΣ ΟΔΟΣ', 'όσος', 'İstanbul',
         'ŉ', 'ΐ', 'ᾳ', 'Ⅻ', 'ⓐⓑ', 'ǆ ǅ Ǆ', "they're bill's friends", 'a1b2 c3-d4', 'µ', 'ſ',
         'Σ', 'aΣ', 'aΣb', 'aΣ.', "Σa", 'aΣ\u0301', '', '123', 'ß', 'ﬀ', 'ǰ', 'Ω', 'ᏸ', 'ꭰ']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle())

tests = ['', 'abc', 'ABC', 'Abc', 'aBc', '123', '١٢٣', '²', '½', 'Ⅻ', '〇', '一', 'abc123', 'a b',
         ' \t\n', '\u3000\x1c\x85', '\u200b', 'ª', 'é', 'ǅ', '_x', 'x_1', '1x', 'été', '日本',
         'a-b', '\x00', '\x7f', 'ab\u0301', 'Ⓐ', '𝟘', '\U0001f600', 'ᛮ', '\u00ad', 'ʰ', 'ⅰ']
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(),
          t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print(''.join([chr(i) for i in range(0x250) if chr(i).isupper()]))
print(''.join([chr(i) for i in range(0x250) if chr(i).islower()]))
print(''.join([chr(i).upper() for i in range(0x180, 0x250)]))
print(''.join([chr(i).lower() for i in range(0x370, 0x500)]))
