# OverflowError from int-to-float conversion of a huge integer, uncaught.
import math
print(math.factorial(20))
x = 10 ** 400
print(len(str(x)))
y = x / 3
