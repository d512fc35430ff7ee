# Implicit chaining: an exception raised while handling another prints "During handling..." and both tracebacks.
def parse(text):
    try:
        return int(text)
    except ValueError:
        fallback = {"one": 1, "two": 2}
        return fallback[text]

print(parse("12"), parse("two"))
print(parse("three"))
