# Float arithmetic and reprs: rounding, inf/nan propagation, signed zero, mixed int/float, overflow.
import math
vals = [0.1, 0.2, 1.5, -2.25, 1e300, 1e-300, 3.0]
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300, -1e-300 * 1e-300)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308, math.isnan(inf - inf))
print(0.0 == -0.0, repr(-0.0), repr(0.0 * -1), math.copysign(1, -0.0), repr(-0.0 + 0.0))
print(2 ** 0.5, 2.0 ** -1, (-8) ** (1 / 3), 4 ** 0.5, 10 ** 0.0)
print(divmod(7.5, 2), divmod(-7.5, 2), round(2.5), round(3.5), round(-0.5), round(1.23456, 3), round(1234.5, -2))
print(1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 0.00001, 1e22, 1e21, float(2 ** 60))
print(float("1e500"), float("-1e500"), 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.5), float(7), 3 * 1.1)
print(sum(vals), max(vals), min(vals), abs(-3.5))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(1.0.is_integer(), (0.5).as_integer_ratio(), (1.1).hex(), float.fromhex("0x1.8p1"))
