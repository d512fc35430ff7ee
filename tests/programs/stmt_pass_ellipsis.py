# pass and ... as bodies in every compound statement; empty functions return None.
def f():
    pass
def g():
    ...
def h():
    "docstring only"
print(f(), g(), h(), h.__doc__)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
x = ...
print(x, type(x).__name__, ... is Ellipsis, repr(...))
print([...], {...: ...})
