# nonlocal: rebinding enclosing function variables, several levels, shared cells between closures.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc, get, reset = counter()
inc(); inc(); inc()
print(get())
reset()
print(get(), inc())
def levels():
    a = "L0"
    def one():
        def two():
            nonlocal a
            a = "set by two"
        two()
        return a
    return one(), a
print(levels())
def middle_shadow():
    v = "outer"
    def mid():
        v = "middle"
        def inner():
            nonlocal v
            v = "inner changed middle"
        inner()
        return v
    return mid(), v
print(middle_shadow())
def nonlocal_several():
    a = b = 0
    def bump():
        nonlocal a, b
        a, b = a + 1, b + 2
    for _ in range(3):
        bump()
    return a, b
print(nonlocal_several())
def nonlocal_in_loop_closure():
    total = 0
    fns = []
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        fns.append(add)
    for f in fns:
        f()
    return total
print(nonlocal_in_loop_closure())
def nonlocal_del():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
