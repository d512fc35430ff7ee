# str.encode / bytes.decode: utf-8, ascii, latin-1, aliases, error handlers and messages
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['abc', 'café', '日本', '\U0001f600', '\x00\x7f\x80\xff', '']:
    print(repr(s), s.encode(), s.encode('utf-8'), s.encode('UTF8'), len(s.encode('utf_8')))
print('café'.encode('latin-1'), 'café'.encode('Latin1'), 'café'.encode('iso-8859-1'), 'abc'.encode('ascii'), 'abc'.encode('US-ASCII'))
print('aé日\U0001f600b'.encode('ascii', 'ignore'), 'aé日b'.encode('ascii', 'replace'), 'aé日\U0001f600'.encode('ascii', 'backslashreplace'))
print('aé日'.encode('latin-1', 'xmlcharrefreplace'), 'a日b'.encode('latin-1', errors='replace'), 'x\udcffy'.encode('utf-8', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), '\ud800x'.encode('utf-8', 'ignore'), '\ud800'.encode('utf-8', 'replace'), 'a'.encode('ascii', 'nonexistent'))
show(lambda: 'é'.encode('ascii'))
show(lambda: 'aéé'.encode('ascii'))
show(lambda: 'a日\U0001f600'.encode('ascii'))
show(lambda: '\U0001f600'.encode('latin-1'))
show(lambda: '€'.encode('latin-1'))
show(lambda: '\ud800'.encode())
show(lambda: 'a\ud800\udc00b'.encode('utf-8'))
show(lambda: 'é'.encode('ascii', 'bad'))
show(lambda: 'a'.encode('rot13x'))
show(lambda: 'a'.encode(1))
show(lambda: 'a'.encode('ascii', 'strict', 1))
try:
    'xé日'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)

for b in [b'abc', b'caf\xc3\xa9', b'\xe6\x97\xa5', b'\xf0\x9f\x98\x80', b'']:
    print(b, repr(b.decode()), repr(b.decode('latin-1')), repr(str(b, 'utf-8')))
print(repr(b'a\xffb'.decode('utf-8', 'replace')), repr(b'a\xffb'.decode('utf-8', 'ignore')), repr(b'a\xff\xfeb'.decode('utf-8', 'backslashreplace')))
print(repr(b'a\xe2\x82'.decode('utf-8', 'replace')), repr(b'\xed\xa0\x80'.decode('utf-8', 'replace')), repr(b'\xf0\x9f\x98'.decode('utf-8', 'replace')))
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')), repr(b'a\x80'.decode('utf-8', 'surrogateescape')), repr(b'\xc0\xaf'.decode('utf-8', 'replace')))
print(repr(b'\x80abc'.decode('ascii', 'replace')), repr(b'\xe9'.decode('latin-1')), repr(b'\xf4\x90\x80\x80'.decode('utf-8', 'replace')))
show(lambda: b'\xff'.decode())
show(lambda: b'a\xe2\x82'.decode())
show(lambda: b'a\xe2\x82z'.decode())
show(lambda: b'\xed\xa0\x80'.decode())
show(lambda: b'\xf0\x9f\x98'.decode())
show(lambda: b'\xc3'.decode('utf-8'))
show(lambda: b'\xc3\x28'.decode('utf-8'))
show(lambda: b'\xe0\x80\x80'.decode('utf-8'))
show(lambda: b'\xf5'.decode('utf-8'))
show(lambda: b'ab\xc3\xa9\x80'.decode('ascii'))
show(lambda: b'\xff'.decode('utf-8', 'bad'))
show(lambda: b'a'.decode('nope'))
show(lambda: str(b'\xff', 'utf-8'))
show(lambda: str(b'\xff', 'ascii', 'ignore'))
try:
    b'ab\xffcd'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)

# utf-16 / utf-32 families
for s in ['', 'a', '€', 'aé日\U0001f600']:
    for e in ['utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be']:
        b = s.encode(e)
        print(e, b, b.decode(e) == s)
show(lambda: '\ud800'.encode('utf-16'))
show(lambda: 'a\ud800\udc00'.encode('utf-16-le', 'replace'))
show(lambda: b'\x00'.decode('utf-16-le'))
show(lambda: b'\x00\xd8'.decode('utf-16-le'))
show(lambda: b'\x00\xdc'.decode('utf-16-le'))
show(lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
show(lambda: b'\x00\xd8a\x00'.decode('utf-16-le', 'replace'))
show(lambda: b'\xff\xfea\x00'.decode('utf-16'))
show(lambda: b'\xfe\xff\x00a'.decode('utf-16'))
show(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
show(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
show(lambda: b'a\x00\x00'.decode('utf-32'))
show(lambda: 'x'.encode('utf-16').decode('utf-16'))
