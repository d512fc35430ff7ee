# Unbound names: locals read before assignment, free variables read before the enclosing binds them, NameError.
def before_assign():
    try:
        v = v + 1
    except UnboundLocalError as e:
        return str(e)
print(before_assign())
def free_unbound():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        msg = str(e)
    late = 1
    return msg, inner()
print(free_unbound())
def global_missing():
    return undefined_global_name
try:
    global_missing()
except NameError as e:
    print(e)
def augmented_unbound():
    try:
        counter += 1
    except UnboundLocalError as e:
        return str(e)
    counter = 0
print(augmented_unbound())
def deleted_then_read():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        return str(e)
print(deleted_then_read())
try:
    print(not_defined_at_module)
except NameError as e:
    print(e)
