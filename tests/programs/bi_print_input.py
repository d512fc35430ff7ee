# print (sep, end, flush, file errors) and input (prompt, EOF when stdin is empty).
def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print()
print(1, "two", 3.0, None, [4], (5,), {6: 7}, b"8", True, -9, 2**70)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" -- continued", flush=True)
print(end="")
print("x", end="|", flush=False)
print("y", sep="ignored")
print("é€𝄞", "\x00", "tab\there", sep="/")
print(*range(5), sep="-")
print(*[], sep="?")
print("flush", flush=1)
r = print("returns", end=" ")
print(r)
attempt(print, sep=1)
attempt(print, end=1)
attempt(print, "a", sep=b"x")
attempt(print, foo=1)
attempt(print, 1, sep="", end="", file=None, flush=False, x=1)
attempt(print, file=1)
attempt(print, 1, file=1)
attempt(print, 1, file="s")
try:
    answer = input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
attempt(input, 1, 2)
attempt(input, prompt="x")
