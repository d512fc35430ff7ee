# Closing the standard streams: sys.stdin.close() stops input(), a closed
# sys.stderr refuses writes, print() to a closed sys.stdout raises;
# reconfigure() is accepted (pvm's streams are utf-8 already).
import sys

print(sys.stdout.reconfigure(line_buffering=True), sys.stdout.line_buffering)
print(sys.stdout.reconfigure(encoding="utf-8", errors="strict"))
try:
    sys.stdout.reconfigure(1)
except TypeError as e:
    print(e)
sys.stdin.close()
print(sys.stdin.closed, sys.stdin.buffer.closed)
for call in [input, sys.stdin.read, sys.stdin.readline, sys.stdin.buffer.read]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
sys.stderr.write("before close\n")
sys.stderr.close()
print(sys.stderr.closed)
for call in [lambda: sys.stderr.write("y"), lambda: print("z", file=sys.stderr),
             sys.stderr.flush]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
sys.stdout.flush()
sys.stdout.close()
try:
    print("after")
except ValueError as e:
    message = str(e)
sys.stdout = open("io_std_close.txt", "w")
print(message, sys.__stdout__.closed)
sys.stdout.close()
sys.stdout = sys.__stdout__
f = open("io_std_close.txt")
text = f.read()
f.close()
try:
    print(text)
except ValueError:
    pass
