# Uncaught ZeroDivisionError in a binary operation: 3.11 draws ~~ under operands and ^ under the operator.
def average(items):
    return sum(items) / len(items)

print(average([1, 2, 3]))
print(average([]))
