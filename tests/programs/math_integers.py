# math: exact integer functions (gcd, lcm, isqrt, factorial, comb, perm, prod) on small and huge ints, fsum exactness.
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18, -24), math.gcd(2**200, 6**100), math.gcd(True, 4))
print(math.lcm(), math.lcm(-7), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**100, 3**50, 12))
for n in (0, 1, 2, 3, 4, 15, 16, 17, 2**32 - 1, 2**32, 2**64 - 1, 2**64, 2**64 + 1, 10**40, 10**41, 3**333):
    r = math.isqrt(n)
    print(n.bit_length(), r, r * r <= n < (r + 1) * (r + 1))
for n in (0, 1, 5, 20, 21, 22, 50, 100):
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % 10**40 == 0, math.factorial(3000) % 10**30 == 0, math.factorial(1500) // 10**4080)
for n, k in ((5, 2), (10, 0), (10, 10), (10, 11), (67, 33), (68, 34), (127, 60), (300, 150), (10**12, 3), (2**70, 2), (2**70, 2**70 - 1)):
    print(n, k, math.comb(n, k), math.perm(n, k) if k < 200 else '-')
print(math.perm(7), math.perm(7, None), math.perm(25, 20), math.perm(0, 0))
print(math.prod([]), math.prod(range(1, 30)), math.prod([2**40, 2**40, 3]), math.prod([1, 2.5, 4]), math.prod([[1], 3][::-1] if False else [3, 2], start=2))
print(math.prod(['ab'], start=3), math.prod([(1, 2)], start=2), math.prod([0.1] * 5), math.prod([True, 2]), math.prod([], start=1.5))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1.0, 1e16]))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum(range(1000)), math.fsum([1, 2**60, -(2**60)]))
print(math.fsum([x / 7 for x in range(1, 700)]), math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]), math.fsum([-0.0, -0.0]), math.fsum((True, False, 2.5)))
big = 7**500
print(math.log(big), math.log2(big), math.log10(big), math.log(big, 7), math.log(big, 2.0), math.log(2**1024), math.log2(2**1024 - 1), math.log10(10**308 * 10))
print(math.floor(2**80), math.ceil(-(2**80)), math.trunc(10**30), math.floor(-1e20), math.ceil(1.5e300) == int(1.5e300), math.trunc(-0.9), type(math.trunc(True)).__name__)
print(math.ldexp(1, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(0.0, 2**70), math.ldexp(math.inf, -5))
try:
    print(math.ldexp(-3, 2**70))
except OverflowError as e:
    print("OverflowError:", e)
print(math.hypot(*range(40)), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324, 1e-323), math.dist(range(20), range(1, 21)))
