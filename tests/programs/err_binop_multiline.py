# A binary operation spanning several lines fails: the traceback shows only the first line of it.
def combine(a, b, c):
    return (a +
            b *
            c)

print(combine(1, 2, 3))
print(combine(1, "two", None))
