# Constants: written with python3.11's repr, infinities as 1e309.
n1: 0
n2: 123456789012345678901234567890123456789
n3: 0x7fffffffffffffff
n4: 0xffffffffffffffffffff
n5: 0o777
n6: 0b1010
n7: 1_000_000
n8: -5
n9: 10 ** 100
n10: 9223372036854775808
n11: -9223372036854775808
g1: 0.0
g2: 1.5
g3: 1e16
g4: 1e15
g5: 1e-5
g6: 1e-4
g7: 0.1
g8: 1.7976931348623157e308
g9: 5e-324
g10: 1e400
g11: -1e400
g12: 1e309
g13: 123456789.123456789
g14: 1e22
g15: 2.5e-10
g16: 100.0
g17: 1_0.5
g18: .5
g19: 5.
g20: 0e0
j1: 1j
j2: 1.5j
j3: 0j
j4: 1e400j
j5: 1 + 2j
j6: -1j
j7: 1e-400j
j8: 1e16j
j9: 3.14j
j10: 1e400 * 1j
s1: 'abc'
s2: "abc"
s3: "it's"
s4: 'say "hi"'
s5: 'both \' and "'
s6: 'line\nbreak'
s7: '''multi
line'''
s8: 'tab\there'
s9: 'nul\0char'
s10: '\x7f\x80\xff'
s11: 'é ü ß'
s12: '中文'
s13: '\U0001f600'
s14: '\u200b'
s15: '\ud800'
s16: 'back\\slash'
s17: r'raw\n'
s18: u'unicode'
s19: U'upper'
s20: 'a' 'b'
s21: 'a' "b" '''c'''
s22: ''
s23: '\r\x0b\x0c'
s24: '\N{BULLET}'
s25: '\u00a0'
s26: '\xad'
s27: '{braces}'
s28: "'"
s29: '"'
s30: '\'"'
b1: b'abc'
b2: b"it's"
b3: b'say "hi"'
b4: b'\'"'
b5: b'\x00\xff\n\t\r'
b6: b''
b7: rb'\d'
b8: b'a' b'b'
b9: b'\\'
b10: b'\x7f'
k1: None
k2: True
k3: False
k4: ...
k5: Ellipsis
k6: (...)
k7: [..., ...]
k8: a[...]
k9: a[..., 1]
