# A finally body is compiled once per way out of the try (normal exit,
# exception, each return/break/continue).  Functions and comprehensions in
# it are therefore compiled several times; python3.11 keeps one constant per
# distinct code object (code objects compare by value in co_consts).

def cleanup(items, stop):
    total = 0
    for x in items:
        try:
            if x == stop:
                break
            if x < 0:
                continue
            total += x
        finally:
            doubled = [2 * v for v in items if v > 0]
            key = lambda v: -v
    return total, doubled, sorted(items, key=key)

def nested(n):
    try:
        try:
            return n
        finally:
            squares = {i: i * i for i in range(n)}
    finally:
        print("squares", squares)

print(cleanup([1, -2, 3, 4], 4))
print(nested(3))
