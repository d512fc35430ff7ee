# print() follows sys.stdout once sys is imported: file=sys.stderr, sys.stdout = None, a deleted sys.stdout; __import__ of the native modules.
import sys
print("to stderr", 1, file=sys.stderr)
print("flushed", file=sys.stdout, flush=True)
saved = sys.stdout
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
print(__import__("sys") is sys, __import__("math").floor(2.5), __import__("sys", fromlist=["argv"]) is sys)
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stderr.write("RuntimeError: " + str(e) + "\n")
sys.stdout = saved
print("end", end="\n", file=sys.stdout)
