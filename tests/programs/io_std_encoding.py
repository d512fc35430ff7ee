# What the standard streams do with text utf-8 cannot encode (lone
# surrogates): stdout's strict errors raise before writing anything,
# stderr's backslashreplace escapes them.
import sys

print("é中🐍 fine")
try:
    print("a\udcffb")
except UnicodeEncodeError as e:
    print("caught", e)
try:
    print("ok", "x\ud800", sep="|")
except UnicodeEncodeError as e:
    print()
    print("caught", e.start, e.end, e.reason)
try:
    sys.stdout.write("x\ud800")
except UnicodeEncodeError as e:
    print("caught", e)
sys.stderr.write("e\udcff \U0001f40d\n")
print("err \udc80", file=sys.stderr)
print(sys.stdout.write("é"), sys.stderr.write("é\n"))
print("end")
