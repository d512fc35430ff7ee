# The soft keywords match, case and _ as ordinary names.
match = 1
case = 2
_ = 3
match.x = 1
match[0] = 1
match(x)
match[x]
match * x
match - x
match + x
match(x).y = 1
match[x]: int = 1
match (x)
match, case = 1, 2
print(match, case, _)
def match(case, _): return case
class case: pass
match = case = _ = None
x = match if case else _
match -x
match not in x
match and x
match, x
[match for match in case]
match.case._ = 1
def f(match=1, case=2, _=3): pass
f(match=1, case=2, _=3)
import match
import case as _
from match import case
match match:
    case case:
        pass
match _:
    case _:
        pass
match match.match:
    case match.case:
        pass
match(match)
x = match
match: int = 1
match x:
    case match:
        pass
    case {"case": case}:
        pass
    case case(match=_):
        pass
