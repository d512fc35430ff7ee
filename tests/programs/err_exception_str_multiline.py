# An uncaught exception whose message spans several lines and one with several args.
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("KeyError with two args:", e)
raise RuntimeError("first line\nsecond line\n  indented third")
