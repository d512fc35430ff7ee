# Integers of any size, floats, complex, and their reprs.
a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b)
print(2 ** 100, -(2 ** 63), 10 ** 30 // 7, (10 ** 30) % 97)
print(0.1 + 0.2, 1e16, 1e-5, 1 / 3, 2.5e-300 * 1e-10, float("inf"), -0.0)
print(complex(1, 2) * complex(3, -4), 1j ** 2, abs(3 + 4j))
print(divmod(-17, 5), round(2.675, 2), round(0.5), round(1.5), int("-42"), hex(255), oct(8), bin(5))
print(1 < 2 < 3, 1 == 1.0, 0.1 * 3 == 0.3, max(3, 9, 4), min([5, 2, 8]), sum(range(101)))
