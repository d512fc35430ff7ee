# A class pattern whose class takes no positional sub-patterns: the TypeError escapes the match statement.
class Plain:
    def __init__(self, v):
        self.v = v

def describe(obj):
    match obj:
        case int(n):
            return f"int {n}"
        case Plain(v=1):
            return "plain one"
        case Plain(value):
            return f"plain {value}"
    return "other"

print(describe(3), describe(Plain(1)))
print(describe(Plain(2)))
