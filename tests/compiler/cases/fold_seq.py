# Strings, bytes and tuples: concatenation, repetition within
# MAX_STR_SIZE (4096), MAX_COLLECTION_SIZE (256), MAX_TOTAL_ITEMS (1024),
# constant subscripts; % on str and bytes is never folded.
a = 'a' * 4096
b = 'a' * 4097
c = 'ab' * 2048
d = 'ab' * 2049
e = 'é' * 4096, '\U0001f600' * 4097
f = b'x' * 4096, b'x' * 4097, 4 * b'xy', -1 * 'ab', 'ab' * -1, '' * 10 ** 30, () * (10 ** 20)
g = (1,) * 256, (1,) * 257, (1, 2) * 128, (1, 2) * 129, 0 * (1,), (1,) * -1
h = ((1, 2, 3),) * 256, ((1, 2, 3, 4),) * 205, ((1, 2, 3, 4),) * 204
i = 'abc' + 'def', b'ab' + b'cd', (1, 2) + (3,), 'a' + b'b', (1,) + 'a', 'x' * 2.0
j = 'abc'[0], 'abc'[-1], 'abc'[3], 'abc'[-4], 'h\xe9\U0001f600x'[2], 'h\xe9\U0001f600x'[-3]
k = b'abc'[0], b'\xff'[-1], (1, (2, 3))[1], (1, 2)[10 ** 30], 'abc'[True], 'abc'[1.0]
l = '%s' % 1, b'%d' % 5, '%d' % (1,), 'a%%b' % (), 'x' % 'y'
m = ('a', 'b')[0] + 'c', ((1, 2), (3, 4))[1][0], 'xyz'[1:], 'xyz'[::-1]
n = (1, 'a', b'b', None, ..., True, 1.5, 2j, (3, (4, ())))
o = ('%s' * 3) % (1, 2, 3)
