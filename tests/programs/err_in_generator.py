# An exception inside a generator body surfaces at the consumer's next(): frames of both are shown.
def numbers(items):
    for item in items:
        yield 100 // item

def consume(gen):
    total = 0
    for value in gen:
        total += value
    return total

print(consume(numbers([1, 2, 5])))
print(consume(numbers([4, 0, 1])))
