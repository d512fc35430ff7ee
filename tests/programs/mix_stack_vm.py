# A stack-based virtual machine with an assembler for a tiny assembly language: labels, jumps,
# calls/returns, and a few programs (factorial, gcd, primes, a deliberate stack underflow).

def assemble(source):
    code, labels, fixups = [], {}, []
    for lineno, raw in enumerate(source.strip().splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        if op in ("jmp", "jz", "jnz", "call"):
            fixups.append((len(code), args[0], lineno))
            code.append([op, None])
        elif op == "push":
            code.append([op, int(args[0])])
        elif op in ("load", "store"):
            code.append([op, args[0]])
        else:
            code.append([op])
    for index, label, lineno in fixups:
        if label not in labels:
            raise SyntaxError(f"line {lineno}: unknown label {label!r}")
        code[index][1] = labels[label]
    return code


BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "lt": lambda a, b: int(a < b),
    "eq": lambda a, b: int(a == b),
}


def run(code, max_steps=100000):
    stack, frames, out = [], [{}], []
    pc = steps = 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise RuntimeError("step limit exceeded")
        instr = code[pc]
        op = instr[0]
        pc += 1
        if op == "push":
            stack.append(instr[1])
        elif op in BINARY:
            if len(stack) < 2:
                raise IndexError(f"stack underflow at {pc - 1} ({op})")
            b = stack.pop()
            a = stack.pop()
            stack.append(BINARY[op](a, b))
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "pop":
            stack.pop()
        elif op == "load":
            stack.append(frames[-1][instr[1]])
        elif op == "store":
            frames[-1][instr[1]] = stack.pop()
        elif op == "jmp":
            pc = instr[1]
        elif op == "jz":
            if stack.pop() == 0:
                pc = instr[1]
        elif op == "jnz":
            if stack.pop() != 0:
                pc = instr[1]
        elif op == "call":
            frames.append({"__ret__": pc})
            pc = instr[1]
        elif op == "ret":
            pc = frames.pop()["__ret__"]
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError(f"bad opcode {op}")
    return out, steps


FACTORIAL = """
    push 1
    store acc
    push 15
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

GCD = """
    push 1071
    push 462
    call gcd
    print
    halt
gcd:            # (a b -- gcd)
    store b
    store a
again:
    load b
    jz finish
    load a
    load b
    mod
    load b
    store a
    store b
    jmp again
finish:
    load a
    ret
"""

PRIMES = """
    push 2
    store n
next:
    load n
    push 40
    lt
    jz end
    push 2
    store d
trial:
    load d
    load d
    mul
    load n
    swap
    lt
    jnz prime       # d*d > n
    load n
    load d
    mod
    jz composite
    load d
    push 1
    add
    store d
    jmp trial
prime:
    load n
    print
composite:
    load n
    push 1
    add
    store n
    jmp next
end:
    halt
"""

for name, src in [("factorial", FACTORIAL), ("gcd", GCD), ("primes", PRIMES)]:
    out, steps = run(assemble(src))
    print(f"{name:>9}: {out} in {steps} steps")
for bad in ["push 1\nadd", "jmp nowhere", "push 1\npush 0\ndiv", "loop:\njmp loop", "frob"]:
    try:
        run(assemble(bad))
    except (IndexError, SyntaxError, ZeroDivisionError, RuntimeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
