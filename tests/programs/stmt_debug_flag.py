# __debug__ is a compile-time constant: branches on it and asserts behave accordingly.
if __debug__:
    print("debug branch")
else:
    print("optimised branch")
print(__debug__, not __debug__, __debug__ and "both", type(__debug__).__name__)
def f():
    if not __debug__:
        return "no debug"
    return "debug in function"
print(f())
x = 0
while __debug__:
    x += 1
    if x == 3:
        break
print(x)
try:
    assert x == 4, "x is %d" % x
except AssertionError as e:
    print("assert active:", e)
print([i for i in range(3) if __debug__])
