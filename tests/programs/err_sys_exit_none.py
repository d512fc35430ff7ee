# sys.exit(None) and raise SystemExit: status 0; SystemExit with a non-int non-str object.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    raise SystemExit(3, "extra")
except SystemExit as e:
    print("code:", e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code:", e.code)
print("exiting with None")
raise SystemExit
