# layout: pycache
# Traceback source lines for code whose co_filename cannot be opened: like
# CPython, the file's last component is looked for in each sys.path entry
# (moved.pyc was compiled as "/nonexistent/elsewhere/shown.py"; shown.py
# sits next to main).  Sourceless modules print no source lines.
import shown
import moved
print(moved.__file__, moved.fail.__code__.co_filename)
import silent
try:
    silent.crash()
except IndexError:
    moved.fail()
