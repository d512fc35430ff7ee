# printf-style formatting with only %s %r %a becomes an f-string.
def f(x, y):
    a = '%s' % (x,)
    b = '%s-%r-%a!' % (x, y, x)
    c = 'x=%5s y=%-5s z=%.3s w=%10.2r' % (x, y, x, y)
    d = '100%% %s' % (x,)
    e = '%d' % (x,)
    g = '%s %s' % (x,)
    h = '%s' % (x, y)
    i = '%s' % (*x,)
    j = '%s' % x
    k = b'%s' % (x,)
    l = '%123s' % (x,)
    m = '%.123s' % (x,)
    n = '%#+ 0z-7s' % (x,)
    o = 'é%sé' % (x,)
    p = '%' % (x,)
    q = '%s%' % (x,)
    r = '%0s|%.s|%-s' % (x, x, x)
    return a, b, c, d, e, g, h, i, j, k, l, m, n, o, p, q, r
