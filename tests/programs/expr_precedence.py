# Operator precedence and associativity across the whole table.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1, 10 - 5 - 2, 10 - (5 - 2), 100 / 10 / 5, 2 ** -2 ** -1)
print(7 // 2 * 3, 7 % 4 * 2, 1 + 2 << 3, 1 << 2 + 3, 5 & 3 | 8, 5 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5)
print(1 < 2 == True, (1 < 2) == True, not 1 + 1, not 1 == 2, not (1 == 2) == True)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 + 2 if True else 3, 1 + (2 if False else 3), [1, 2] + [3] * 2, -3 % 5, -(3 % 5))
print(3 - -3, 3 + +3, 3 - - - 3, ~-5, -~5, 2 * -3 ** 2)
x = 3
print(x * 2 + 1 == 7 and x - 1 < 3 or x > 100, x > 2 > 1 == 1 in [1])
f = lambda a: a + 1 if a else a - 1
print(f(0), f(5))
print("%d" % 3 * 2, "%d" % (3 * 2), "ab" + "c" * 2, ("ab" + "c") * 2)
print(2 in [1, 2] == True, (2 in [1, 2]) == True, 1 + 2 in [3])
print(10 - 2 ** 2 * 3 // 2 % 5 + -1, ((10 - (((2 ** 2) * 3) // 2) % 5) + (-1)))
print(1 | 2 ^ 4 & 8 << 1 >> 1 + 1 - 1)
