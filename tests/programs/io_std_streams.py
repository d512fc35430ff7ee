# sys.stdin/stdout/stderr as file objects: reprs, attributes, the binary
# .buffer, writelines, reading an empty stdin, what they refuse.  (Nothing
# here depends on PYTHONUNBUFFERED, which changes the type of stdout.buffer.)
import sys

for s in [sys.stdin, sys.stdout, sys.stderr]:
    print(repr(s), s.name, s.mode, s.encoding, s.errors, s.closed, s.newlines)
    print(" ", s.fileno(), s.isatty(), s.readable(), s.writable(), s.seekable())
    print(" ", s.buffer.name, s.buffer.mode, s.buffer.closed)
print(repr(sys.stdin.buffer))
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)

print(sys.stdout.write("text\n"), sys.stdout.write(""))
# text and bytes interleave as written when each side is flushed in turn
sys.stdout.flush()
n = sys.stdout.buffer.write("bytes é\n".encode())
sys.stdout.buffer.write(bytearray(b"bytearray\n"))
sys.stdout.buffer.flush()
print(n)
sys.stdout.writelines(["a", "b", "\n"])
sys.stderr.write("to stderr\n")
sys.stderr.flush()
print("err", 1, sep="-", end="!\n", file=sys.stderr, flush=True)
print("after", flush=True)

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(repr(sys.stdin.read(5)), sys.stdin.buffer.read(), sys.stdin.buffer.readline())
print(list(sys.stdin))

for call in [sys.stdout.read, sys.stdout.readline, lambda: sys.stdin.write("x"),
             lambda: sys.stdout.seek(0), sys.stdout.tell,
             lambda: sys.stdout.write(b"x"), lambda: sys.stdout.buffer.write("x"),
             lambda: sys.stdout.write(), lambda: sys.stdout.flush(1)]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
