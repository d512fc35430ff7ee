# LOAD_GLOBAL's inline cache: every rebinding, deletion or shadowing of a
# global or builtin seen inside loops that already ran the cached load.

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_counter(n):
    seen = []
    for _ in range(n):
        seen.append(counter)
        bump()
    return seen


print(read_counter(5))

# a builtin shadowed by a global after the loop ran, then unshadowed
def lengths():
    return [len("abc") for _ in range(3)]


print(lengths())
len = lambda s: 42
print(lengths())
del len
print(lengths())

# a global deleted during a loop: NameError at the next load
def reader():
    out = []
    for i in range(4):
        out.append(target)
        if i == 1:
            del globals()["target"]
    return out


target = "t"
try:
    reader()
except NameError as e:
    print("NameError:", e)


def deleter():
    global gone
    total = 0
    for i in range(3):
        total += gone
        if i == 1:
            del gone
    return total


gone = 10
try:
    deleter()
except NameError as e:
    print("NameError:", e)


# the same function object's globals rebinding between calls
def get_value():
    return value


for value in (1, "two", 3.0, None):
    print(get_value())

# a name first missing, then defined
def later():
    return defined_later


try:
    later()
except NameError as e:
    print("NameError:", e)
defined_later = "now defined"
print(later())
globals()["defined_later"] = "via globals()"
print(later())


# many distinct globals in one function
g0 = g1 = g2 = g3 = g4 = 1
def many():
    return g0 + g1 + g2 + g3 + g4 + len([1]) + abs(-1)


print(many())
g3 = 100
print(many())
