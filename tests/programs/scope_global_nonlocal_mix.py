# global inside nested functions, global shadowing an enclosing local, nonlocal skipping class scopes.
value = "module"
def outer():
    value = "outer local"
    def uses_global():
        global value
        value = "changed by inner global"
        return value
    def sees_enclosing():
        return value
    return uses_global(), sees_enclosing(), value
print(outer(), value)
def outer2():
    count = 0
    class Helper:
        def bump(self):
            nonlocal count
            count += 1
    h = Helper()
    h.bump(); h.bump()
    return count
print(outer2())
def global_then_local_comprehension():
    global gl
    gl = [n for n in range(3)]
    return gl
print(global_then_local_comprehension(), gl)
def lambda_global():
    f = lambda: value
    return f()
print(lambda_global())
