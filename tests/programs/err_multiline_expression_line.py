# An exception in a statement whose failing call starts on one line and ends on another.
def check(value, *extra):
    if value is None:
        raise TypeError("value required")
    return value

result = check(1, 2, 3)
print(result)
result = check(None,
               2,
               3)
