# Uncaught NameError for a misspelled name: python3.11 adds a "Did you mean" suggestion.
def compute(values):
    result = 0
    for value in values:
        result += value
    return reslt

print(compute([1, 2, 3]))
