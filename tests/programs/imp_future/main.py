# from __future__ imports run IMPORT_NAME __future__ at run time; the
# module's _Feature records, names and constants.
from __future__ import annotations, generator_stop
from __future__ import division as div_feature
import __future__
import sys
x: undefined_name_is_fine[int] = 1
print(__annotations__)
print(annotations, div_feature)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.annotations.compiler_flag)
print(type(__future__.annotations).__name__, "__future__" in sys.modules)
star = __import__("__future__", fromlist=["*"])
print(star is __future__, sorted(star.__all__)[:4])
import uses_future
print(uses_future.f.__annotations__)
