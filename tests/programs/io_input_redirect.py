# input() follows sys.stdin and sys.stdout when they are replaced: reads
# lines through readline(), writes the prompt with write() and flushes it;
# CPython's errors when they are lost or readline() misbehaves.
import sys

NAME = "io_input_redirect.txt"
f = open(NAME, "w")
f.write("line one\nline two\n\nlast")
f.close()

sys.stdin = open(NAME)
print(repr(input("p1> ")), repr(input()), repr(input(3)), repr(input("p4> ")))
try:
    input("p5> ")
except EOFError as e:
    print()
    print("EOFError", e)
sys.stdin.close()
try:
    input()
except ValueError as e:
    print("ValueError", e)

# the prompt goes to a replaced sys.stdout
sys.stdin = open(NAME)
out = open(NAME + ".out", "w")
sys.stdout = out
answer = input("question? ")
sys.stdout = sys.__stdout__
out.close()
out = open(NAME + ".out")
print(repr(answer), repr(out.read()))
out.close()

# a binary stdin gives bytes
sys.stdin = open(NAME, "rb")
print(input(), input())


def fake():
    pass


fake.readline = lambda: 42
sys.stdin = fake
try:
    input()
except TypeError as e:
    print("TypeError", e)
fake.readline = lambda: ""
try:
    input()
except EOFError as e:
    print("EOFError", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
del sys.stdin
try:
    input("lost")
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = sys.__stdin__
sys.stdout = None
try:
    input("x")
except RuntimeError as e:
    sys.stderr.write("RuntimeError " + str(e) + "\n")
sys.stdout = sys.__stdout__
try:
    input("real stdin at its end> ")
except EOFError as e:
    print()
    print("EOFError", e)
