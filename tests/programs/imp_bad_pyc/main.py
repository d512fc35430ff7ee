# Importing broken .pyc files (committed as bytes, not compiled by the
# harness): CPython's messages for a bad magic number, a short header,
# invalid flags and bad marshal data; none stays in sys.modules.
import sys
for name in ["textfile", "tiny", "headeronly", "badflags", "unknowncode", "truncated"]:
    try:
        __import__(name)
        print(name, "imported?")
    except (ImportError, EOFError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
        if isinstance(e, ImportError):
            print("   name:", e.name, "path:", e.path)
    print("   in sys.modules:", name in sys.modules)
