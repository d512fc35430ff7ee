# sys.exit with an integer code inside nested calls and finally blocks: finally runs, status is the code.
import sys
def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally still runs")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
shutdown(42)
print("never printed")
