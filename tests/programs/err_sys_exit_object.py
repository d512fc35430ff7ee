# SystemExit with a non-int, non-str code: its str() goes to stderr and the status is 1.
import sys
print("before")
raise SystemExit(["not", "an", "int"])
