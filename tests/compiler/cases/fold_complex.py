# Complex folding: CPython's formulas for *, / (Smith), ** (small integral
# exponents by squaring) and the errors that leave the expression alone.
a = 1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 1 / 1j, (1 + 1j) / 0
b = (1 + 1j) ** 2, (1 + 1j) ** -2, (1 + 1j) ** 0, (1 + 1j) ** 101, (1 + 1j) ** 0.5, 1j ** 1j
c = 0j ** 0, 0j ** -1, 0j ** 1j, 0j ** 2, (1e200 + 1e200j) ** 2, (1e300j) * (1e300j)
d = -0j, -(0j), 0j - 0j, -0j + 1, 1 - 0j, 2 + 3j, -(1 + 2j), +(1 + 2j)
e = (-8) ** 0.5, (-8.0) ** 0.25, 2 ** (1 + 1j), 1j // 1, 1j % 1, 1j < 2 if 0 else 3
f = (1 + 2j) ** 100, (1.5 - 0.5j) ** 50, (0.5 + 0.5j) ** -100, (2 + 1j) / (1e-300 + 1e-300j)
g = 1e400j, (1e400j * 0, (1e400 + 1j) / (1 + 1e400j)), 10 ** 400 * 1j
