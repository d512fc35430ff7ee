# Every binary operator on ints, including negative operands, floor division/modulo signs and big results.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 70, 3), (-(2 ** 70), 7)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b if abs(a) < 2 ** 53 else "big")
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2, 10 ** -2, 2 ** -1, 7 ** 77)
print(1 << 100, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 12345678901234567890 >> 10)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, -12 & 0xFF, -12 | 3, -12 ^ -3)
print(pow(3, 200, 1000), pow(-3, 3), pow(2, -2), pow(7, -1, 11))
print(3 * "ab", [0] * 3, (1,) * 2, -1 * "x")
print(True + True, True * 10, False - 1, True / 2, True << 3)
a = 10 ** 40
b = 10 ** 20 + 7
print(a // b, a % b, a * b, a - b * b, -a // b, (-a) % b)
print(999999999999999999999 * 999999999999999999999)
print(int("1" * 50) // int("3" * 20))
for a, b in [(7, 0), (0, 0)]:
    for op in ("//", "%", "/"):
        try:
            {"//": lambda: a // b, "%": lambda: a % b, "/": lambda: a / b}[op]()
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
