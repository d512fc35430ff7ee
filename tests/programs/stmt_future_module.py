# __future__ at run time: the module, its _Feature records and the from-import forms.
from __future__ import annotations, division
from __future__ import generator_stop as gs
import __future__

print(__future__.annotations)
print(annotations, division is __future__.division, gs is __future__.generator_stop)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          feature.compiler_flag, feature.optional == feature.getOptionalRelease())
print(type(annotations).__name__, __future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED,
      __future__.CO_FUTURE_DIVISION, __future__.CO_GENERATOR_ALLOWED)
print(annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, __future__.__name__)

def f(x: NotDefinedAnywhere) -> list[Missing]:
    return x
print(f.__annotations__, f(3))

made = __future__._Feature((3, 99, 0, "alpha", 1), None, 0)
print(made, made.getMandatoryRelease())
try:
    annotations.getOptionalRelease(1)
except TypeError as e:
    print("TypeError:", e)
try:
    __future__.no_such_feature
except AttributeError as e:
    print("AttributeError:", e)
