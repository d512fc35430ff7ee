#!/usr/bin/env python3.11
"""Oracle test for compiler/assemble.c.

Takes code objects compiled by python3.11 (small focused snippets, the test
programs and stdlib modules), turns each instruction stream back into the
assembler's input form and checks that our co_code, co_linetable,
co_exceptiontable and co_stacksize are byte-identical to python3.11's.

Input reconstruction (fed to tests/tools/asm_driver as text):
  * dis.get_instructions(code): CACHE entries are skipped; EXTENDED_ARG is
    dropped (the following instruction carries the full argument);
  * every jump target and exception handler target becomes a label; jumps
    get the label as argument, and direction-specific jumps are given in
    their real form, which the assembler treats as the direction-less pseudo
    jump (POP_JUMP_FORWARD_IF_FALSE -> POP_JUMP_IF_FALSE ...) and resolves
    again after its own block layout;
  * Instruction.positions is the location (None -> -1);
  * exception handling is given explicitly: the exception table is parsed and
    each instruction gets its handler (label, depth, lasti) through
    asm_set_handler() rather than re-deriving SETUP_*/POP_BLOCK, so
    label_exception_targets is not covered here (unit tests cover it).
The whole back end still runs on this input (optimize_cfg, line-number
passes, stackdepth, cold-block ordering, jump resolution with EXTENDED_ARG,
caches, both tables), so it checks they are idempotent on CPython's output.

Usage: check_assemble.py ASM_DRIVER [--stdlib N|all] [-v]
Ends with "N passed, N failed".
"""
import dis
import glob
import os
import subprocess
import sys
import types
import warnings

SNIPPETS = [
    "x = 1",
    "def f(a):\n    for x in a:\n        if x: continue\n    try:\n        g()\n    except E:\n        pass\n",
    "def g():\n    with a: b\n",
    "async def h():\n    async with a as b:\n        async for x in b:\n            await x\n",
    "def gen():\n    yield 1\n    yield from g()\n",
    "def f():\n    try:\n        a()\n    finally:\n        b()\n",
    "def f():\n    try:\n        a()\n    except* E as e:\n        b(e)\n",
    "def f(x):\n    match x:\n        case [1, 2, *r]: return r\n        case {'a': v}: return v\n        case C(a=1): return 0\n",
    "def f():\n    while True:\n        if a(): break\n        b()\n    return c\n",
    "def f(a, b):\n    return a and b or c\n",
    "class C:\n    def m(self): return super().m()\n",
    "def f():\n    x = 1\n    def g(): return x\n    return g\n",
    "l = [x for x in range(10) if x]\n",
    "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(300)) + "    return v0\n",
    "def f(x):\n    if x:\n" + "        g()\n" * 200 + "    return 1\n",
    "def f(x):\n    while x:\n" + "        g()\n" * 200 + "    return 1\n",
    "def f():\n    try:\n        pass\n    except:\n        pass\n",
    "assert x, 'msg'\n",
    "def f():\n    with a, b as c:\n        return d\n",
    "lambda: (yield)\n",
    # handlers whose protected range compiled to nothing
    "def g():\n    try:\n        pass\n    except:\n        pass\n    yield 1\n",
    "def g():\n    try:\n        x = 1\n    except* E:\n        pass\n    yield x\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        pass\n",
    "def f():\n    with a:\n        pass\n",
    "async def f():\n    async with a:\n        pass\n",
    "def f():\n    try:\n        pass\n    finally:\n        pass\n",
]


def walk(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)


NOFALL = {'RETURN_VALUE', 'RERAISE', 'RAISE_VARARGS', 'JUMP_FORWARD', 'JUMP_BACKWARD',
          'JUMP_BACKWARD_NO_INTERRUPT'}


def depths(insts, index, entry, exc, seeds):
    """Stack depth before each reachable instruction (by index)."""
    depth = {}
    work = [(0, entry)] + [(index[o], d) for o, d in seeds]
    for e in exc:
        work.append((index[e.target], e.depth + 1 + int(e.lasti)))
    while work:
        k, d = work.pop()
        while k < len(insts) and k not in depth:
            i = insts[k]
            depth[k] = d
            if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
                work.append((index[i.argval], d + dis.stack_effect(i.opcode, i.arg, jump=True)))
            if i.opname in NOFALL:
                break
            d += dis.stack_effect(i.opcode, i.arg if i.opcode >= dis.HAVE_ARGUMENT else None, jump=False)
            k += 1
    return depth


def orphan_depth(insts, k, index, entry, exc, seeds):
    """A SETUP_CLEANUP handler (except* body, ...) that nothing covers: its
    entry depth is recovered from the first place its code flows into whose
    depth is known (a jump target, or reachable code it falls through into,
    e.g. the except* cleanup block `LIST_APPEND 3; POP_TOP` that falls into
    except_with_error once the redundant jump is gone), minus the net stack
    effect of the orphan code up to there."""
    known = depths(insts, index, entry, exc, seeds)
    eff = 0
    for j in range(k, len(insts)):
        if j > k and j in known:
            return (known[j] - eff - 2, 1)
        i = insts[j]
        arg = i.arg if i.opcode >= dis.HAVE_ARGUMENT else None
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            t = known.get(index[i.argval])
            if t is not None:
                return (t - eff - dis.stack_effect(i.opcode, arg, jump=True) - 2, 1)
        if i.opname in NOFALL:
            return None
        eff += dis.stack_effect(i.opcode, arg, jump=False)
    return None


def convert(co, prefix=False):
    insts = [i for i in dis.get_instructions(co) if i.opname != 'EXTENDED_ARG']
    pre = []
    if prefix:
        # leave COPY_FREE_VARS / MAKE_CELL / RETURN_GENERATOR, POP_TOP to the
        # assembler (insert_prefix_instructions)
        k = 0
        while insts[k].opname != 'RESUME':
            k += 1
        nfree = 0
        cells = []
        for i in insts[:k]:
            if i.opname == 'COPY_FREE_VARS':
                nfree = i.arg
            elif i.opname == 'MAKE_CELL':
                cells.append(i.arg)
        pre = [f"P {nfree} {len(cells)}" + "".join(f" {c}" for c in cells)]
        insts = insts[k:]
    exc = dis._parse_exception_table(co)
    # an instruction starts at its first EXTENDED_ARG prefix: jumps,
    # handlers and table ranges refer to that offset
    starts = []
    for i in insts:
        start = i.offset
        while start - 2 >= 0 and co.co_code[start - 2] == dis.opmap['EXTENDED_ARG']:
            start -= 2
        starts.append(start)
    index = {}
    for k, i in enumerate(insts):
        index[i.offset] = index[starts[k]] = k
    entry = 1 if (co.co_flags & 0x2a0) and insts[0].opname != 'RESUME' else 0
    labels = {}

    def label(off):
        if off not in labels:
            labels[off] = len(labels)
        return labels[off]

    for e in exc:
        label(e.target)
    for i in insts:
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            label(i.argval)
    handler_at = {}
    for e in exc:
        for off in range(e.start, e.end, 2):
            handler_at[off] = (labels[e.target], e.depth, int(e.lasti))
    out = []
    cur = (-1, 0, 0)
    prev = None
    seeds = []
    for k, i in enumerate(insts):
        start = starts[k]
        if start in labels:
            out.append(f"L {labels[start]}")
        elif prev is not None and prev.opname in NOFALL and start in handler_at:
            # code after an unconditional transfer that nothing jumps to: a
            # handler whose protected range compiled to nothing (try: pass,
            # except E as e: pass).  CPython keeps it reachable through its
            # SETUP_*; recover the SETUP's depth from the handler covering it
            # (the layouts of 3.11's compiler_try_except / compiler_with).
            lab = label(start)
            cov = handler_at[start][1]
            nxt = insts[k + 1].opname if k + 1 < len(insts) else None
            if i.opname == 'PUSH_EXC_INFO' and nxt == 'WITH_EXCEPT_START':
                d, lasti = cov - 2, 1
            elif i.opname == 'PUSH_EXC_INFO':
                d, lasti = cov - 1, 0
            else:
                d, lasti = orphan_depth(insts, k, index, entry, exc, seeds) or (cov, 1)
            seeds.append((i.offset, d + 1 + lasti))
            out.append(f"L {lab}")
            out.append(f"R {lab} {d} {lasti}")
        prev = i
        h = handler_at.get(start, (-1, 0, 0))
        if h != cur:
            out.append("H %d %d %d" % h)
            cur = h
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = labels[i.argval]
        else:
            arg = i.arg if i.arg is not None else 0
        p = i.positions
        loc = [(-1 if v is None else v) for v in (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)]
        out.append("I %s %d %d %d %d %d" % (i.opname, arg, *loc))
    head = f"C {co.co_firstlineno} {co.co_flags} {len(labels)}"
    return "\n".join([head] + pre + out + ["E"]) + "\n"


def expected(co):
    def h(b):
        return b.hex() if b else '-'
    return f"{co.co_stacksize} {h(co.co_code)} {h(co.co_linetable)} {h(co.co_exceptiontable)}"


def main():
    warnings.simplefilter('ignore')
    args = sys.argv[1:]
    show = None
    if '--show' in args:
        k = args.index('--show')
        show = args[k + 1]
        del args[k:k + 2]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    driver = args[0]
    nstd = 'all'
    if '--stdlib' in args:
        nstd = args[args.index('--stdlib') + 1]
    sources = [(f"<snippet{k}>", s) for k, s in enumerate(SNIPPETS)]
    here = os.path.dirname(os.path.abspath(__file__))
    for p in sorted(glob.glob(os.path.join(here, '..', 'programs', '*.py'))):
        # bytes: compile() honours a program's coding cookie (PEP 263)
        sources.append((p, open(p, 'rb').read()))
    libdir = os.path.dirname(os.__file__)
    files = sorted(glob.glob(os.path.join(libdir, '**', '*.py'), recursive=True))
    files = [f for f in files if 'site-packages' not in f and 'dist-packages' not in f]
    if nstd != 'all':
        files = files[:int(nstd)]
    for f in files:
        try:
            sources.append((f, open(f, encoding='utf-8').read()))
        except (UnicodeDecodeError, OSError):
            pass
    codes = []
    for name, src in sources:
        try:
            top = compile(src, name, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        for co in walk(top):
            codes.append((name, co))
    # every code object twice: as is, and with the prefix left to the assembler
    codes = [(n, co, p) for n, co in codes for p in (False, True)]
    data = "".join(convert(co, p) for _, co, p in codes)
    res = subprocess.run([driver], input=data, capture_output=True, text=True)
    lines = res.stdout.splitlines()
    if res.returncode != 0 or len(lines) != len(codes):
        print(f"driver failed: rc={res.returncode}, {len(lines)} results for {len(codes)} code objects")
        print(res.stderr[-2000:])
    passed = failed = 0
    shown = 0
    for k, (name, co, pfx) in enumerate(codes):
        got = lines[k] if k < len(lines) else "MISSING"
        exp = expected(co)
        if got == exp:
            passed += 1
            continue
        failed += 1
        if shown < (50 if verbose else 10):
            shown += 1
            g = got.split(' ')
            e = exp.split(' ')
            what = [n for n, a, b in zip(('stacksize', 'code', 'linetable', 'exceptiontable'), g, e) if a != b] if len(g) == 4 else [got]
            print(f"FAIL {name}:{co.co_firstlineno} {co.co_qualname}{' (prefix)' if pfx else ''}: {', '.join(what)}")
            if show and show in co.co_qualname:
                g = got.split(' ')
                if len(g) == 4 and g[0] != 'ERROR':
                    un = lambda x: b'' if x == '-' else bytes.fromhex(x)
                    mine = co.replace(co_stacksize=int(g[0]), co_code=un(g[1]),
                                      co_linetable=un(g[2]), co_exceptiontable=un(g[3]))
                    import io
                    a, b = io.StringIO(), io.StringIO()
                    dis.dis(co, file=a, depth=0)
                    dis.dis(mine, file=b, depth=0)
                    import difflib
                    print("".join(difflib.unified_diff(a.getvalue().splitlines(True), b.getvalue().splitlines(True), 'python3.11', 'ours', n=4)))
            if verbose:
                print("  expected:", exp)
                print("  got:     ", got)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
