# assert with and without messages; the message is evaluated only on failure.
def message(text):
    print("message evaluated:", text)
    return text

assert True
assert 1 + 1 == 2, message("never evaluated")
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], message("empty list is false")
except AssertionError as e:
    print("with message:", repr(e))
try:
    assert 0, {"structured": [1, 2]}
except AssertionError as e:
    print("non-string message:", e.args[0])
def checked(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(checked(21))
try:
    checked("s")
except AssertionError as e:
    print(e)
AssertionError = ValueError
try:
    assert False, "rebinding the name does not change what assert raises"
except ValueError:
    print("caught as ValueError: wrong")
except BaseException as e:
    print("caught", type(e).__name__, e)
print(__debug__)
