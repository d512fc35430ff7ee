# Shadowing builtins at module level, in functions, and restoring them; builtins module access.
import builtins
print(len("abc"), builtins.len("abcd"))
def f():
    return sum([1, 2])
sum = lambda items: "module sum"
print(f())
del sum
print(f())
def local_shadow(list=list):
    return list("ab")
print(local_shadow(), local_shadow(tuple))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
True_ = True
print(True_ is True, None.__class__.__name__, type(print).__name__)
