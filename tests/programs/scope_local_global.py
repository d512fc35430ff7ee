# Local vs global resolution: reads fall back to globals then builtins; any assignment makes a name local.
x = "global"
def reader():
    return x
def writer():
    x = "local"
    return x
def both():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
    return x
def conditional_assign(flag):
    if flag:
        x = "maybe"
    try:
        return x
    except UnboundLocalError:
        return "unbound"
print(reader(), writer(), x)
print(both())
print(conditional_assign(True), conditional_assign(False))
def uses_builtin():
    return len("abc")
len = lambda s: "shadowed len"
print(uses_builtin())
del len
print(uses_builtin())
def local_builtin_name():
    print = "not the builtin"
    return print
print(local_builtin_name())
def loop_var_is_local():
    for x in range(2):
        pass
    return x
print(loop_var_is_local(), x)
def import_is_local():
    import math
    return math.pi > 3
print(import_is_local(), "math" in globals())
def except_var_local():
    try:
        raise ValueError
    except ValueError as x:
        pass
    try:
        return x
    except UnboundLocalError:
        return "except target deleted"
print(except_var_local())
print(sorted([k for k in globals() if not k.startswith("__")]))
