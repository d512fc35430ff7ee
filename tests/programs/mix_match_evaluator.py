# A small evaluator for a tuple/dict-encoded language: match drives parsing
# of the commands and evaluation of the expressions, every validation error
# of a batch is collected into an ExceptionGroup, and except* sorts them by
# kind.  Built-in types only.
import sys

OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a // b}


def evaluate(expr, env):
    match expr:
        case bool(b):
            return b
        case int(n) | float(n):
            return n
        case str(name) if name.isidentifier():
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unbound {name!r}") from None
        case str(text):
            return text
        case ("neg", operand):
            return -evaluate(operand, env)
        case (("+" | "-" | "*" | "/") as op, left, right):
            l, r = evaluate(left, env), evaluate(right, env)
            if op == "/" and r == 0:
                raise ZeroDivisionError(f"{left!r} / {right!r}")
            return OPS[op](l, r)
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case ("let", {**bindings}, body) if all([isinstance(k, str) for k in bindings]):
            inner = dict(env)
            for k, v in bindings.items():
                inner[k] = evaluate(v, env)
            return evaluate(body, inner)
        case ("list", *items):
            return [evaluate(i, env) for i in items]
        case ("sum", ("list", *items)):
            return sum([evaluate(i, env) for i in items])
        case ("max", first, *rest):
            best = evaluate(first, env)
            for r in rest:
                best = max(best, evaluate(r, env))
            return best
        case {"op": "call", "fn": "len", "args": [arg]}:
            return len(evaluate(arg, env))
        case {"op": "call", "fn": str(fn), "args": [*args]}:
            raise LookupError(f"no function {fn!r} of {len(args)} args")
        case (head, *_):
            raise SyntaxError(f"unknown form {head!r}")
        case _:
            raise TypeError(f"cannot evaluate {type(expr).__name__}")


def run_command(cmd, env):
    match cmd:
        case {"set": str(name), "to": expr}:
            env[name] = evaluate(expr, env)
            return f"{name} = {env[name]!r}"
        case {"print": expr, **opts}:
            value = evaluate(expr, env)
            match opts:
                case {"format": "hex"} if isinstance(value, int):
                    return hex(value)
                case {"format": fmt}:
                    return f"{value!r} (ignoring format {fmt!r})"
                case {}:
                    return repr(value)
        case {"del": str(name)} if name in env:
            del env[name]
            return f"deleted {name}"
        case {"del": name}:
            raise KeyError(name)
        case _:
            raise ValueError(f"bad command {cmd!r}")


def run_batch(commands):
    env = {"x": 10, "y": 3}
    errors = []
    for i, cmd in enumerate(commands):
        try:
            print(f"  [{i}]", run_command(cmd, env))
        except Exception as e:
            e.add_note(f"command {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(commands)} commands failed", errors)
    return env


batch = [
    {"set": "z", "to": ("+", "x", ("*", "y", 2))},
    {"print": "z"},
    {"print": ("neg", "z"), "format": "hex"},
    {"print": 255, "format": "hex"},
    {"print": 2.5, "format": "hex"},
    {"print": ("let", {"a": 1, "b": ("+", "x", 1)}, ("list", "a", "b", ("/", "b", 2)))},
    {"print": ("if", ("-", "x", 10), "yes", "no")},
    {"print": ("max", 3, "x", ("*", "y", "y"), -1)},
    {"print": ("sum", ("list", 1, 2, 3, "x"))},
    {"print": {"op": "call", "fn": "len", "args": [("list", 1, 2)]}},
    {"print": {"op": "call", "fn": "len", "args": ["hello world"]}},
    {"print": ("/", "x", ("-", "y", 3))},
    {"print": "missing"},
    {"print": ("pow", 2, 3)},
    {"print": {"op": "call", "fn": "sqrt", "args": [4]}},
    {"print": None},
    {"del": "z"},
    {"del": "z"},
    ["not", "a", "command"],
]

try:
    run_batch(batch)
except* (ZeroDivisionError, NameError) as eg:
    for e in eg.exceptions:
        print("evaluation:", type(e).__name__, e, e.__notes__)
except* LookupError as eg:
    for e in eg.exceptions:
        print("lookup:", type(e).__name__, e, e.__notes__)
except* SyntaxError as eg:
    print("syntax:", [str(e) for e in eg.exceptions])
except* (TypeError, ValueError) as eg:
    print("other:", sorted([type(e).__name__ for e in eg.exceptions]), eg.message)

print(run_batch([{"set": "w", "to": 1}, {"print": ("+", "w", "x")}]))
match sys.argv:
    case [prog]:
        print("no arguments")
    case [prog, *args]:
        print("arguments", args)
