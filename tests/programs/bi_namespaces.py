# globals/locals/vars/dir, __import__ errors, and eval/exec/compile/exit being callable.
def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

g = 10
print(globals()["g"], "g" in globals(), globals() is globals(), type(globals()).__name__)
print(locals() is globals(), vars() is globals(), "attempt" in vars())
globals()["made_here"] = "via globals()"
print(made_here)

def func(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc.items()), dir(), sorted(vars()))
    print(globals() is func.__globals__)
func(1)

def outer():
    x = 1
    def inner():
        y = x + 1
        return locals()
    return inner()
print(outer())

def empty():
    return dir(), locals()
print(empty())
attempt(globals, 1)
attempt(locals, 1)
attempt(vars, 1)
attempt(vars, 1, 2)
attempt(vars, None)
attempt(dir, 1, 2)
print(vars(func) == {}, "append" in dir([]), "upper" in dir(str), dir(5) == dir(int))
print("keys" in dir({}), "__name__" in dir(len.__class__) or True)

attempt(__import__)
attempt(__import__, 1)
attempt(__import__, "")
attempt(__import__, "x", level=-1)
attempt(__import__, "no_such_module_xyz")
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e.name)
print(callable(eval), callable(exec), callable(compile), callable(exit), callable(quit))
print(type(exit).__name__, repr(exit), str(quit))
attempt(exit, 1, 2)
attempt(exit, x=3)
attempt(exit, 1, code=3)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.args, e.code)
try:
    quit(code=3)
except SystemExit as e:
    print("SystemExit", e.args, e.code)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", repr(e), e.code)
# exit() closed sys.stdin: input() still writes its prompt, then fails
try:
    input("p> ")
except ValueError as e:
    print("ValueError:", e)
