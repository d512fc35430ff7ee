# layout: pycache
# Modules imported from __pycache__/X.cpython-311.pyc with their sources
# beside them: __file__ is the .py, __cached__ the .pyc, and tracebacks
# through the modules show their source lines; the uncaught error at the
# end crosses three modules.
import calc
import calc.ops as ops
from calc.ops import divide
print(calc.__file__, calc.__cached__)
print(ops.__file__, ops.__cached__, ops.__spec__.cached)
print(type(ops.__loader__).__name__, ops.__spec__.origin == ops.__file__)
print(ops)
try:
    ops.divide(1, 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
print(calc.run([("add", 1, 2), ("div", 6, 3)]))
print(calc.run([("add", 1, 2), ("div", 1, 0)]))
