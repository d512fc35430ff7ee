# Generator expressions: lazy, first iterable evaluated eagerly, as sole call argument, consumed once.
def source():
    print("source evaluated")
    return range(3)
g = (x * 10 for x in source())
print("genexp created")
print(list(g), list(g))
print(sum(x for x in range(101)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 0]))
print(", ".join(str(i) for i in range(4)))
print(sorted((x for x in "hello"), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb"]))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy_error = (1 / x for x in [1, 0])
print(next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(min((abs(v - 7), v) for v in [3, 9, 6, 10]))
