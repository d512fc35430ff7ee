# An uncaught TypeError from a class pattern naming something that is not a
# type (a function), raised only when the subject reaches that case.
def classify(value):
    match value:
        case int() | float():
            return "number"
        case str():
            return "text"
        case callable():
            return "callable"


print(classify(3))
print(classify("s"))
print(classify([1]))
