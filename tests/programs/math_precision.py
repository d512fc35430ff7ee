# math: bit-exact results of every float function over random inputs at many scales (LCG, deterministic).
import math
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rf(scale):
    return ((nxt() >> 11) / 2**53 * 2 - 1) * scale
def call(name, f, *a):
    try:
        r = f(*a)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ':' + str(e)
    return r
one = ['acos','acosh','asin','asinh','atan','atanh','cbrt','cos','cosh','erf','erfc','exp','exp2','expm1','fabs','gamma','lgamma','log','log10','log1p','log2','sin','sinh','sqrt','tan','tanh','degrees','radians','ulp','frexp','modf','floor','ceil','trunc']
two = ['atan2','copysign','fmod','pow','remainder','nextafter','hypot','dist2','log','isclose']
h = 0
lines = []
for scale in (1e-300, 1e-20, 1e-5, 0.5, 1.0, 2.0, 7.0, 30.0, 171.0, 250.0, 1000.0, 1e10, 1e200):
    for _ in range(12):
        x = rf(scale); y = rf(scale)
        for n in one:
            lines.append(repr(call(n, getattr(math, n), x)))
        for n in two:
            if n == 'dist2':
                lines.append(repr(call(n, math.dist, (x, y, x*3), (y, x, 1.5))))
            else:
                lines.append(repr(call(n, getattr(math, n), x, y)))
        lines.append(repr(math.hypot(x, y, x / 3, y * 7)))
        lines.append(repr(math.fsum([x, y, -x, y * 1e-17, x * 1e16, 1.0])))
for v in (0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 100.5, -100.5, 150.25, -150.25, 170.9, -170.9, 5.0, 5.5, 4.99, 1e-19, -1e-19, 199.9, -199.9, 200.5, -200.5, 23.0, 24.0, 6.0, 5.52, -5.52):
    lines.append(repr(call('g', math.gamma, v)) + ' ' + repr(call('l', math.lgamma, v)))
for i in range(200):
    n = nxt() % 10**(i % 40 + 1)
    lines.append(repr((math.isqrt(n), math.log(n + 1), math.log2(n + 1), math.log10(n + 1), math.log(n + 1, 7))))
for k in range(0, 1200, 37):
    big = 3**k + 1
    lines.append(repr((math.log(big), math.log2(big), math.log10(big), math.log(big, 3), math.log(big, big + 5))))
for n in range(0, 130, 7):
    for k in range(0, n + 3, 5):
        lines.append(repr((math.comb(n, k), math.perm(n, k))))
lines.append(repr(math.factorial(500) % 10**30))
lines.append(repr(math.comb(10**30, 7)))
lines.append(repr(math.perm(10**30, 7)))
print(len(lines))
for l in lines:
    print(l)
