# Or-patterns with bindings in every alternative, as-patterns at several levels, group patterns.
def f(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [x, 0] | [0, x] | (x,):
            return f"x={x}"
        case {"a": (int() | float()) as num} | {"b": num}:
            return f"num {num}"
        case ([_, _] | [_, _, _]) as short:
            return f"short list {short}"
        case ("a" | "b") | ("c" | "d"):
            return "letter"
        case _:
            return "no"
for v in (2, [5, 0], [0, 6], (7,), {"a": 1.5}, {"b": "bee"}, [1, 2], [1, 2, 3], "c", "e"):
    print(repr(v), f(v))
