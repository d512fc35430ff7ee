# A small interpreter: tokenizer, recursive-descent parser to an AST of classes, evaluator with
# variables, functions, if/while, and error reporting through custom exceptions.

class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class CalcError(Exception):
    pass


KEYWORDS = {"let", "if", "then", "else", "while", "do", "end", "fn", "print"}
SYMBOLS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", "<", ">", "=", ",", ";"]


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, i))
            i = j
        else:
            for sym in SYMBOLS:
                if src.startswith(sym, i):
                    tokens.append(Token("sym", sym, i))
                    i += len(sym)
                    break
            else:
                raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Node:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Num(Node):
    def __init__(self, value): self.value = value
class Var(Node):
    def __init__(self, name): self.name = name
class BinOp(Node):
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
class Let(Node):
    def __init__(self, name, expr): self.name, self.expr = name, expr
class If(Node):
    def __init__(self, cond, then, other): self.cond, self.then, self.other = cond, then, other
class While(Node):
    def __init__(self, cond, body): self.cond, self.body = cond, body
class Fn(Node):
    def __init__(self, params, body): self.params, self.body = params, body
class Call(Node):
    def __init__(self, func, args): self.func, self.args = func, args
class Print(Node):
    def __init__(self, expr): self.expr = expr
class Seq(Node):
    def __init__(self, items): self.items = items


class Parser:
    PRECEDENCE = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self, text=None):
        tok = self.tokens[self.i]
        return tok if text is None or tok.text == text else None

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise CalcError(f"expected {text!r} at {tok.pos}, found {tok.text!r}")
        self.i += 1
        return tok

    def program(self):
        items = [self.statement()]
        while self.peek(";"):
            self.take(";")
            if self.peek().kind in ("eof",) or self.peek("end") or self.peek("else"):
                break
            items.append(self.statement())
        return Seq(items)

    def statement(self):
        if self.peek("let"):
            self.take()
            name = self.take().text
            self.take("=")
            return Let(name, self.expr())
        if self.peek("print"):
            self.take()
            return Print(self.expr())
        if self.peek("while"):
            self.take()
            cond = self.expr()
            self.take("do")
            body = self.program()
            self.take("end")
            return While(cond, body)
        return self.expr()

    def expr(self, level=0):
        if level == len(self.PRECEDENCE):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek().text in self.PRECEDENCE[level] and self.peek().kind == "sym":
            op = self.take().text
            left = BinOp(op, left, self.expr(level + 1))
        return left

    def unary(self):
        if self.peek("-"):
            self.take()
            return BinOp("-", Num(0), self.unary())
        return self.call()

    def call(self):
        node = self.atom()
        while self.peek("("):
            self.take("(")
            args = []
            if not self.peek(")"):
                args.append(self.expr())
                while self.peek(","):
                    self.take(",")
                    args.append(self.expr())
            self.take(")")
            node = Call(node, args)
        return node

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            return Var(tok.text)
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        if tok.text == "if":
            cond = self.expr()
            self.take("then")
            then = self.program()
            self.take("else")
            other = self.program()
            self.take("end")
            return If(cond, then, other)
        if tok.text == "fn":
            self.take("(")
            params = []
            while not self.peek(")"):
                params.append(self.take().text)
                if self.peek(","):
                    self.take(",")
            self.take(")")
            body = self.program()
            self.take("end")
            return Fn(params, body)
        raise CalcError(f"unexpected {tok.text!r} at {tok.pos}")


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b,
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
}


class Closure:
    def __init__(self, fn, env):
        self.fn, self.env = fn, env


def evaluate(node, env, out):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            scope = env
            while scope is not None:
                if n in scope["vars"]:
                    return scope["vars"][n]
                scope = scope["parent"]
            raise CalcError(f"undefined variable {n}")
        case BinOp(op=op, left=l, right=r):
            a, b = evaluate(l, env, out), evaluate(r, env, out)
            try:
                return OPS[op](a, b)
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        case Let(name=n, expr=e):
            env["vars"][n] = evaluate(e, env, out)
            return env["vars"][n]
        case If(cond=c, then=t, other=o):
            return evaluate(t if evaluate(c, env, out) else o, env, out)
        case While(cond=c, body=b):
            result = 0
            while evaluate(c, env, out):
                result = evaluate(b, env, out)
            return result
        case Fn():
            return Closure(node, env)
        case Call(func=f, args=args):
            fn = evaluate(f, env, out)
            if not isinstance(fn, Closure):
                raise CalcError("calling a non-function")
            values = [evaluate(a, env, out) for a in args]
            if len(values) != len(fn.fn.params):
                raise CalcError(f"expected {len(fn.fn.params)} arguments, got {len(values)}")
            local = {"vars": dict(zip(fn.fn.params, values)), "parent": fn.env}
            return evaluate(fn.fn.body, local, out)
        case Print(expr=e):
            v = evaluate(e, env, out)
            out.append(str(v))
            return v
        case Seq(items=items):
            result = 0
            for item in items:
                result = evaluate(item, env, out)
            return result
    raise CalcError(f"cannot evaluate {node!r}")


def run(src):
    out = []
    try:
        tree = Parser(tokenize(src)).program()
        value = evaluate(tree, {"vars": {}, "parent": None}, out)
        return f"{value!s:>8} | {' '.join(out)}"
    except CalcError as e:
        return f"   error | {e}"


PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3 - -4",
    "let x = 10; let y = x * x; y - x",
    "let fact = fn(n) if n <= 1 then 1 else n * fact(n - 1) end end; fact(20)",
    "let i = 0; let s = 0; while i < 10 do let i = i + 1; let s = s + i * i end; s",
    "let add = fn(a) fn(b) a + b end end; let inc = add(1); print inc(41); inc(1)",
    "let fib = fn(n) if n < 2 then n else fib(n - 1) + fib(n - 2) end end; print fib(10); print fib(15); 0",
    "7 / 0",
    "let f = fn(a, b) a end; f(1)",
    "undefined + 1",
    "1 + $",
    "let = 3",
    "3(4)",
    "10 % 3 == 1",
]
for p in PROGRAMS:
    print(run(p))
print(tokenize("let x = 1")[:3], Parser(tokenize("1 + 2")).expr())
