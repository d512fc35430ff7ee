import early
print("late reads early.VALUE")
VALUE = early.VALUE if hasattr(early, "VALUE") else "missing"
try:
    early.VALUE
except AttributeError as e:
    print("caught:", e)
    raise
