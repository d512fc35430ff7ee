x = b'\a\b\f\n\r\t\v\'\"\\'
x = b"\0 \7 \07 \077 \0777 \1 \12 \123 \400 \777"
x = b'\x00\x41\xff\xFf'
x = b'\u0041\U00000041\N{DIGIT ONE}\d'
x = b'a\
b'
x = rb'\x\n' + BR'\\'
x = b'''
bytes
'''
