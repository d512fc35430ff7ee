# An uncaught TypeError from a with statement whose manager is not a context
# manager: the traceback points at the expression.
def process(items):
    total = 0
    with items:
        for item in items:
            total += item
    return total


print("start")
process([1, 2, 3])
