# The math module: constants, rounding, number theory, exp/log/trig, special values and domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 3))
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.factorial(25), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.asin(1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
print(math.pow(2, 0.5), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(1), math.gamma(5), math.lgamma(10))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(1e300) == int(1e300), type(math.floor(2.5)).__name__, math.sqrt(16) == 4)
