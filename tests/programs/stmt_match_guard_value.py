# needs: stdlib
# Guards (evaluated after binding, with side effects) and value patterns with dotted names.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Limits:
    LOW = 10
    HIGH = 100
calls = []
def check(tag, result):
    calls.append(tag)
    return result
def g(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN if check("green guard", False):
            return "unreachable"
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case n if check("n guard", isinstance(n, int) and n > 50):
            return f"big {n}"
        case [a, b] if a < b:
            return "ascending"
        case [a, b]:
            return f"not ascending, bound {a} {b}"
        case _:
            return "default"
for v in (Color.RED, Color.GREEN, 10, 100, 60, 5, [1, 2], [2, 1]):
    print(g(v))
print(calls)
