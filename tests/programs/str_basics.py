# str: construction, repr, indexing, slicing, operators, iteration
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

samples = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r',
           'bs\\', '\x00\x07\x1f\x7f', '\x80\x9f\xa0\xad\xff', 'é', 'ĀĂ', '\u2028\u200b',
           '\ud800', '日本語', '\U0001f600', '\U000e0001', '\U0010ffff', 'mix é 日 \U0001f600']
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str(), str(12), str(-3.5), str(None), str(True), str([1, 'a']), str(b'x\xff'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xe9', 'latin-1'))
show(lambda: str(1, 'utf-8'))
show(lambda: str('a', 'utf-8'))

s = 'hello, world'
print(s[0], s[-1], s[4], s[-12])
show(lambda: s[12])
show(lambda: s[-13])
show(lambda: s[1.0 if s else 0])
show(lambda: s[10**20])
print(s[2:5], s[:5], s[7:], s[-5:], s[::2], s[::-1], s[10:2:-3], s[100:], s[-100:3], repr(s[5:2]))
u = 'aé日\U0001f600b'
print(u[1], u[2], u[3], u[::-1], u[1:3], len(u[1:2]), u[::2])
print(u[3:] == '\U0001f600b', u[:2] == 'aé')

print('ab' + 'cd', 'é' + 'x', 'x' + '日', 'a' * 3, 3 * 'ab', repr('ab' * 0), repr('ab' * -2), '日' * 2)
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: 'a' * 1.5)
show(lambda: 'a' * 'b')
t = 'x'
t += 'y'
t *= 2
print(t)

print('a' < 'b', 'a' < 'ab', 'b' > 'ab', 'abc' == 'abc', 'abc' != 'abd', 'é' > 'z', '日' > 'é',
      '\U0001f600' > '日', 'A' <= 'a', 'a' >= 'a', '' < 'a')
print('aé' == 'a' + 'é', 'x' == 1, sorted(['b', 'é', 'a', 'B', '日', '']))
show(lambda: 'a' < 1)
show(lambda: 1 >= 'a')

print('ell' in s, 'xyz' in s, '' in s, 'é' in u, '日\U0001f600' in u, 'z' not in u)
show(lambda: 1 in 'abc')

print(list('abc'), list(u), [c for c in 'héllo'], tuple(''))
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
print(hash('abc') == hash('ab' + 'c'), hash('') == hash(''[0:0]), hash('é日') == hash('é' + '日'))
d = {'a': 1, 'é': 2, '日本': 3}
print(d['a'], d['é'], d['日' + '本'])
print(len(''), len('abc'), len('日本語'), len('\U0001f600\U0001f600'))
print(bool(''), bool('a'), not '')
print(max('hello'), min('hello'), sorted('hello'), ''.join(reversed('abc')))
print(f'{s!r:>20}|{u!a}|{"x":^5}|')
print(str.__name__, type('a') is str, isinstance('a', str))
