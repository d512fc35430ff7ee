# A failing binary operation in the middle of a line: carets mark both operands and the operator.
a, b, c = 1, 2, "three"
total = a * 10 + b * 10 + c * 10 + a
print(total, a + b + c)
