# Reading from an empty stdin through sys.stdin: readline returns "", iteration ends at once, read() is "".
import sys
line = sys.stdin.readline()
print(repr(line), [l for l in sys.stdin], repr(sys.stdin.read()))
print(sys.stdin.readable(), sys.stdout.writable())
