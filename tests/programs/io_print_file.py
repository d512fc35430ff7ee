# print(file=...) into files with sep/end/flush, errors for files that cannot
# take it; input() at the end of stdin; iter(callable, sentinel); next with
# a default.
import sys

NAME = "io_print_file.txt"
f = open(NAME, "w")
print("a", 1, 2.5, None, [1, "x"], file=f)
print("b", "c", sep=", ", end=";\n", file=f)
print(file=f)
print("é中🐍", file=f, flush=True)
print(*range(5), sep="", file=f)
print("not", "to", "stdout", file=None)
f.close()
f = open(NAME)
print(repr(f.read()))
f.close()

f = open(NAME, "rb")
try:
    print("x", file=f)
except OSError as e:
    print(type(e).__name__, e)
f.close()
try:
    print("x", file=f)
except ValueError as e:
    print(type(e).__name__, e)
f = open(NAME)
try:
    print("x", file=f)
except OSError as e:
    print(type(e).__name__, e)
f.close()
for bad in [1, "str", [1]]:
    try:
        print("x", file=bad)
    except AttributeError as e:
        print(type(e).__name__, e)

# input() writes its prompt, then meets the end of stdin
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
for args in [(1, 2)]:
    try:
        input(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# iter(callable, sentinel)
stack = [3, 2, 1, 0, 5, 6]
print(list(iter(stack.pop, 0)), stack)
it = iter([1, 2, 3, None, 4].pop, 3)
print(next(it), next(it), next(it, "done"), next(it, "done"))
counter = [0]


def tick():
    counter[0] += 1
    if counter[0] > 3:
        raise ValueError("boom")
    return counter[0]


try:
    print(list(iter(tick, 99)))
except ValueError as e:
    print("raised", e, counter)
for args in [(1, 2), ("ab", "c")]:
    try:
        iter(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)

# next with and without a default
it = iter("ab")
print(next(it), next(it), next(it, None), next(it, "d"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42), format("x", ">3"), hash(1) == hash(1.0), hash("") == 0)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(id(f)).__name__, id(f) == id(f), id(1) != id(2))
