x = '\a\b\f\n\r\t\v\'\"\\'
x = "\0 \7 \07 \077 \0777 \1 \12 \123 \400 \777"
x = '\x00\x41\xff\xFf'
x = '\u0041\u00e9\uFFFF\ud800\udfff'
x = '\U00000041\U0001F600\U0010ffff'
x = '\N{LATIN SMALL LETTER A}\N{latin small letter a}\N{Latin Capital Letter A With Grave}'
x = '\N{NBSP}\N{nbsp}\N{LINE FEED}\N{BYTE ORDER MARK}\N{LATIN CAPITAL LETTER GHA}'
x = '\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-2B738}'
x = '\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE GGAG}\N{HANGUL SYLLABLE HIH}'
x = '\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-f900}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'
x = '\N{EMPTY SET}\N{GREEK SMALL LETTER ALPHA}\N{SPACE}\N{space}'
x = '\d \w \8 \9 \{ \} \[ \ '
x = 'a\
b'
x = '''multi
line \
joined'''
x = r'\n\t\\\'' + R"\N{foo}\x"
