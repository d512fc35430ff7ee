# Class bodies reading enclosing function variables (LOAD_CLASSDEREF) and shadowing them.
x = "global x"
def make(value, label):
    class Made:
        v = value
        lbl = label * 2
        def method(self):
            return value, label
    return Made
M = make(5, "ab")
print(M.v, M.lbl, M().method())
def counter_class():
    count = 0
    class C:
        nonlocal count
        count += 1
        x = count
    count += 10
    return C.x, count
print(counter_class())
def free_in_class_and_method():
    x = "outer x"
    class C:
        y = x
        x = "class x"
        def get(self):
            return x
    return C.y, C.x, C().get()
print(free_in_class_and_method())
def comprehension_in_class():
    base = 10
    class C:
        items = [base + i for i in range(3)]
        factor = 2
        try:
            bad = [factor * i for i in range(2)]
        except NameError as e:
            err = str(e)
    return C.items, C.err
print(comprehension_in_class())
def shadowed_name_falls_back_to_global():
    x = "enclosing x"
    class C:
        y = x
        x = 1
    return C.y
print(shadowed_name_falls_back_to_global())
def global_vs_class():
    class C:
        y = x
    return C.y
print(global_vs_class())
