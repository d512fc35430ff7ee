#!/usr/bin/env python3.11
"""tests/compiler/check_codegen.py: the code generator's oracle test.

For each source file, `PYC -o TMP.pyc FILE` must write the code object that
python3.11's compile(source_bytes, FILE, 'exec', dont_inherit=True) builds:
every field of every nested code object is compared (co_code, co_consts with
floats by bits and frozensets as sets, co_names, co_varnames, co_cellvars,
co_freevars, co_nlocals, the localsplus order, argument counts, co_stacksize,
co_flags, co_firstlineno, co_name, co_qualname, co_linetable,
co_exceptiontable, co_filename).  A file python3.11 rejects must be rejected
by pyc with the same exception type, message and line.  The first difference
of a file is printed with the path of the code object (qualnames) and, for
the instruction stream and its tables, the two disassemblies side by side.

usage: check_codegen.py PYC [--stdlib] [--jobs N] [--verbose] [FILES...]
       check_codegen.py --self-test [--self-test-optimize N] [...]
  default FILES: tests/compiler/cases/*.py; ends with
      "codegen: N passed, N failed"
  --stdlib: every .py under /usr/lib/python3.11 (test/ included, site- and
      dist-packages excluded); prints the count of first-differing fields and
      the most frequent first differing instruction pairs, then
      "codegen-stdlib: N identical, N different, N errors" and
      "codegen-stdlib: N passed, N failed"
  --baseline FILE: files listed in FILE (one path a line) are known failures:
      they are reported but not counted as failed; a listed file that now
      passes is reported so the list can shrink (--write-baseline FILE writes
      the current failures).
  --self-test: python3.11 stands in for pyc (a shim writing compile()'s code
      with py_compile's layout), so every file must pass; this also runs the
      difference reporter on pairs of sources known to differ in one field.
      --self-test-optimize N makes the shim compile with optimize=N, to see
      the reporter on real differences (asserts, docstrings).
Exit status 1 on any failure.
"""
import argparse
import collections
import dis
import marshal
import multiprocessing
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STDLIB = '/usr/lib/python3.11'
TIMEOUT = 60
SANITIZER = re.compile(r'runtime error:|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer')
CodeType = types.CodeType


# ---------------------------------------------------------------- comparing

def const_key(v):
    """A hashable key equal for two constants exactly when marshal would
    write the same value: types matter (True is not 1), floats by their bits
    (-0.0 is not 0.0, NaN equals itself), frozensets regardless of order."""
    t = type(v)
    if t is float:
        return ('float', struct.pack('<d', v))
    if t is complex:
        return ('complex', struct.pack('<dd', v.real, v.imag))
    if t is tuple:
        return ('tuple', tuple(const_key(x) for x in v))
    if t is frozenset:
        return ('frozenset', frozenset(const_key(x) for x in v))
    if t is CodeType:
        return ('code', v.co_qualname)
    return (t.__name__, v)


def localsplus(co):
    """The names of the frame's fast slots in slot order (locals, cells that
    are not arguments, free variables): LOAD_FAST/LOAD_DEREF arguments index
    this, so its order matters beyond the three tuples."""
    names = []
    i = 0
    while True:
        try:
            names.append(co._varname_from_oparg(i))
        except (IndexError, ValueError):
            return tuple(names)
        i += 1


HEADER_FIELDS = ('co_name', 'co_qualname', 'co_argcount', 'co_posonlyargcount',
                 'co_kwonlyargcount', 'co_flags', 'co_firstlineno', 'co_varnames',
                 'co_cellvars', 'co_freevars', 'co_nlocals')


def first_difference(ours, theirs, path=()):
    """None, or (path, field, ours_code, theirs_code) for the first field that
    differs in a pre-order walk (a code object's own fields, then its nested
    code objects in co_consts order)."""
    path = path + (theirs.co_qualname,)
    for f in HEADER_FIELDS:
        if getattr(ours, f) != getattr(theirs, f):
            return path, f, ours, theirs
    if localsplus(ours) != localsplus(theirs):
        return path, 'localsplus', ours, theirs
    if ours.co_names != theirs.co_names:
        return path, 'co_names', ours, theirs
    if [const_key(c) for c in ours.co_consts] != [const_key(c) for c in theirs.co_consts]:
        return path, 'co_consts', ours, theirs
    for f in ('co_code', 'co_stacksize', 'co_linetable', 'co_exceptiontable', 'co_filename'):
        if getattr(ours, f) != getattr(theirs, f):
            return path, f, ours, theirs
    for a, b in zip(ours.co_consts, theirs.co_consts):
        if type(b) is CodeType:
            d = first_difference(a, b, path)
            if d:
                return d
    return None


# ---------------------------------------------------------------- reporting

def instructions(co):
    try:
        return list(dis.get_instructions(co, show_caches=False)), None
    except Exception as e:  # a malformed instruction stream from pyc
        return [], f'dis failed: {type(e).__name__}: {e}'


def fmt_pos(p):
    if p is None or p.lineno is None:
        return '-'
    return f'{p.lineno}:{p.col_offset}-{p.end_lineno}:{p.end_col_offset}'


ADDRESS = re.compile(r' at 0x[0-9a-f]+')


def argrepr(i):
    """dis's argrepr without the addresses of code objects."""
    return ADDRESS.sub('', i.argrepr)


def fmt_instr(i):
    arg = '' if i.arg is None else str(i.arg)
    rep = f' ({argrepr(i)})' if i.argrepr else ''
    return f'{i.offset:>4} {i.opname} {arg}{rep}'[:50] + f'  @{fmt_pos(i.positions)}'


JUMPS = frozenset(dis.hasjrel + dis.hasjabs)


def instr_key(i, with_pos, ignore_jumps=False):
    if ignore_jumps and i.opcode in JUMPS:
        k = (i.opname,)
    else:
        k = (i.opname, i.arg, argrepr(i))
    return k + (tuple(i.positions),) if with_pos else k


def side_by_side(left, right, width=68):
    out = [f'      {"pyc":<{width}} | python3.11']
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ''
        b = right[i] if i < len(right) else ''
        mark = '  ' if a == b else '>>'
        out.append(f'   {mark} {a:<{width}} | {b}')
    return '\n'.join(out)


def first_instr_diff(ours, theirs, with_pos, ignore_jumps=False):
    """(index of the first differing instruction, ours list, theirs list,
    error).  ignore_jumps: jumps compare by name only, since a jump's target
    moves whenever the code it jumps over differs."""
    a, ea = instructions(ours)
    b, eb = instructions(theirs)
    n = min(len(a), len(b))
    i = 0
    while i < n and instr_key(a[i], with_pos, ignore_jumps) == \
            instr_key(b[i], with_pos, ignore_jumps):
        i += 1
    return i, a, b, ea or eb


def instr_pair(ours, theirs):
    """A short name for the first differing instructions of two code objects
    (for the --stdlib histogram)."""
    i, a, b, err = first_instr_diff(ours, theirs, False, ignore_jumps=True)
    if err:
        return 'dis failed'
    if i >= len(a) and i >= len(b):
        i, a, b, err = first_instr_diff(ours, theirs, False)
        return f'{b[i].opname if i < len(b) else "?"} (jump target only)'
    ta = a[i].opname if i < len(a) else '<end>'
    tb = b[i].opname if i < len(b) else '<end>'
    if ta == tb:
        return f'{ta} (argument)'
    return f'{ta} / {tb}'


def position_pair(ours, theirs):
    i, a, b, err = first_instr_diff(ours, theirs, True)
    if err or i >= min(len(a), len(b)):
        return 'positions'
    return f'positions of {b[i].opname}'


def dis_window(ours, theirs, with_pos, before=4, after=8, ignore_jumps=False):
    i, a, b, err = first_instr_diff(ours, theirs, with_pos, ignore_jumps)
    lines = []
    if err:
        lines.append('    ' + err)
    lo = max(0, i - before)
    if i >= len(a) and i >= len(b):
        lines.append('    (the instructions and their positions are the same)')
        return '\n'.join(lines), False
    lines.append(f'    first differing instruction: #{i}')
    lines.append(side_by_side([fmt_instr(x) for x in a[lo:i + after]],
                              [fmt_instr(x) for x in b[lo:i + after]]))
    return '\n'.join(lines), True


def hex_window(x, y):
    n = min(len(x), len(y))
    i = 0
    while i < n and x[i] == y[i]:
        i += 1
    lo = max(0, i - 8)
    return (f'    first differing byte {i} (lengths {len(x)} / {len(y)}):\n'
            f'      pyc:    {x[lo:i + 16].hex(" ")}\n      python: {y[lo:i + 16].hex(" ")}')


def cache_positions(ours, theirs):
    a, b = list(ours.co_positions()), list(theirs.co_positions())
    for k, (p, q) in enumerate(zip(a, b)):
        if p != q:
            return f'    first differing code unit: offset {2 * k}: pyc {p} / python {q}'
    if len(a) != len(b):
        return f'    position counts differ: {len(a)} / {len(b)}'
    return None


def exception_table(co):
    try:
        return [f'{e.start}-{e.end} -> {e.target} [depth {e.depth}{", lasti" if e.lasti else ""}]'
                for e in dis._parse_exception_table(co)]
    except Exception as e:
        return [f'unparsable: {type(e).__name__}: {e}']


def describe(diff):
    path, field, ours, theirs = diff
    head = f'  in {" > ".join(path)} (line {theirs.co_firstlineno}): {field} differs'
    if field == 'co_code':
        text = head + '\n' + dis_window(ours, theirs, False)[0]
        i = first_instr_diff(ours, theirs, False)[0]
        j, a, b, _ = first_instr_diff(ours, theirs, False, ignore_jumps=True)
        if j > i + 6 and (j < len(a) or j < len(b)):
            text += '\n    first difference other than a jump target:\n' + \
                dis_window(ours, theirs, False, ignore_jumps=True)[0]
        return text
    if field == 'co_linetable':
        text, found = dis_window(ours, theirs, True)
        if not found:
            text += '\n' + (cache_positions(ours, theirs) or
                            '    same positions, different encoding\n' +
                            hex_window(ours.co_linetable, theirs.co_linetable))
        return head + '\n' + text
    if field == 'co_exceptiontable':
        ea, eb = exception_table(ours), exception_table(theirs)
        k = 0
        while k < min(len(ea), len(eb)) and ea[k] == eb[k]:
            k += 1
        return (head + '\n' + side_by_side(ea[max(0, k - 2):], eb[max(0, k - 2):]) +
                '\n' + dis_window(ours, theirs, True, before=2, after=30)[0])
    if field == 'co_consts':
        a = [const_key(c) for c in ours.co_consts]
        b = [const_key(c) for c in theirs.co_consts]
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        def show(cs):
            return [ADDRESS.sub('', f'{j}: {c!r}')[:66] for j, c in enumerate(cs)][max(0, k - 2):k + 6]
        text = head + f' at index {k}\n' + side_by_side(show(ours.co_consts), show(theirs.co_consts))
        if ours.co_code != theirs.co_code:
            text += '\n' + dis_window(ours, theirs, False)[0]
        return text
    if field in ('co_names', 'localsplus', 'co_varnames', 'co_cellvars', 'co_freevars'):
        get = localsplus if field == 'localsplus' else (lambda c: getattr(c, field))
        text = head + f'\n      pyc:    {get(ours)!r}\n      python: {get(theirs)!r}'
        if ours.co_code != theirs.co_code:
            text += '\n' + dis_window(ours, theirs, False)[0]
        return text
    if field == 'co_flags':
        def flags(co):
            return f'{co.co_flags:#x} ({dis.pretty_flags(co.co_flags)})'
        return head + f'\n      pyc:    {flags(ours)}\n      python: {flags(theirs)}'
    text = head + f'\n      pyc:    {getattr(ours, field)!r}\n      python: {getattr(theirs, field)!r}'
    if field == 'co_stacksize' and ours.co_code == theirs.co_code:
        text += '\n    (same instructions)'
    return text


def category(diff):
    """(field, instruction pair or None) for the --stdlib histograms."""
    path, field, ours, theirs = diff
    pair = None
    if ours.co_code != theirs.co_code:
        pair = instr_pair(ours, theirs)
    elif field == 'co_linetable':
        pair = position_pair(ours, theirs)
    return field, pair


# ---------------------------------------------------------------- running

def python_result(path):
    """('code', code) or ('error', type, msg, lineno) from python3.11."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            return ('code', compile(data, path, 'exec', dont_inherit=True,
                                    optimize=OPTIMIZE_LEVEL))
    except SyntaxError as e:
        return ('error', type(e).__name__, e.msg, e.lineno)
    except (ValueError, MemoryError, RecursionError) as e:
        return ('error', type(e).__name__, str(e), None)


def parse_error(stderr):
    """(type, message, lineno) from pyc's python3.11-style error report."""
    lines = [l for l in stderr.splitlines() if l.strip()]
    m = None
    for l in reversed(lines):
        m = re.match(r'^(\w+): (.*)$', l)
        if m:
            break
    ml = None
    for l in lines:
        mm = re.match(r'^  File ".*", line (-?\d+)', l)
        if mm:
            ml = int(mm.group(1))
    return (m.group(1) if m else None, m.group(2) if m else None, ml)


def last_lines(text, n=6):
    """The end of a stderr, indented, on lines of its own ('' if empty)."""
    return ''.join('\n      ' + l for l in text.strip().splitlines()[-n:])


OPTIMIZE_LEVEL = 0  # --optimize: pyc -O/-OO against compile(optimize=N)


def check_file(job):
    """(status, message, category) with status 'ok', 'diff' or 'error'."""
    pyc_cmd, path, out = job
    want = python_result(path)
    try:
        r = subprocess.run(pyc_cmd + ['-o', out, path], capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return 'error', f'pyc timed out after {TIMEOUT} s', ('timeout', None)
    err = r.stderr.decode('utf-8', 'replace')
    if SANITIZER.search(err):
        return 'error', 'sanitizer report:' + last_lines(err, 30), ('sanitizer', None)
    if r.returncode < 0:
        return 'error', f'pyc killed by signal {-r.returncode}' + last_lines(err), \
            ('crash', None)
    if want[0] == 'error':
        _, etype, emsg, eline = want
        if r.returncode == 0:
            return 'error', f'python3.11 rejects it ({etype}: {emsg}, line {eline}) but pyc ' \
                'compiled it', ('accepted invalid', None)
        gtype, gmsg, gline = parse_error(err)
        if etype in ('ValueError', 'MemoryError', 'RecursionError') and gtype == etype:
            return 'ok', None, None
        if (gtype, gmsg, gline) != (etype, emsg, eline):
            return 'error', f'python3.11: {etype}: {emsg} (line {eline})\n' \
                f'    pyc (status {r.returncode}): {gtype}: {gmsg} (line {gline})' + \
                last_lines(err), ('wrong error', None)
        return 'ok', None, None
    if r.returncode != 0:
        gtype, gmsg, _ = parse_error(err)
        cat = f'{gtype}: {gmsg}' if gtype else 'pyc failed'
        return 'error', f'pyc exit status {r.returncode} on a file python3.11 compiles:' + \
            last_lines(err), ('rejected valid', re.sub(r"'[^']*'", "'...'", cat)[:80])
    try:
        with open(out, 'rb') as f:
            data = f.read()
        os.unlink(out)
        ours = marshal.loads(data[16:])
    except Exception as e:
        return 'error', f'cannot load pyc output: {type(e).__name__}: {e}', ('unloadable', None)
    if type(ours) is not CodeType:
        return 'error', f'pyc output holds {type(ours).__name__}, not code', ('unloadable', None)
    d = first_difference(ours, want[1])
    if d is None:
        return 'ok', None, None
    try:
        text = describe(d)
    except Exception as e:  # the reporter must not hide the failure
        text = f'  {d[1]} differs in {" > ".join(d[0])} (reporter failed: {e!r})'
    try:
        cat = category(d)
    except Exception:
        cat = (d[1], None)
    return 'diff', text, cat


# ---------------------------------------------------------------- self test

SHIM = r'''
import importlib._bootstrap_external as be, sys, traceback, warnings
out, src = sys.argv[2], sys.argv[3]
with open(src, 'rb') as f:
    data = f.read()
try:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        co = compile(data, src, 'exec', dont_inherit=True, optimize=OPTIMIZE)
except (SyntaxError, ValueError) as e:
    sys.stderr.write(''.join(traceback.format_exception_only(e)))
    sys.exit(1)
with open(out, 'wb') as f:
    f.write(be._code_to_timestamp_pyc(co, 0, len(data)))
'''

# (source pyc "compiles", source python3.11 compiles, field expected to be
# reported first): the reporter on known differences.
REPORTER_CASES = [
    ('x = a + b\n', 'x = a - b\n', 'co_code'),
    ('x = (a +\n b)\n', 'x = (a + b)\n', 'co_linetable'),
    ('def f():\n  return 1.0\n', 'def f():\n  return 2.0\n', 'co_consts'),
    ('x = -0.0\n', 'x = 0.0\n', 'co_consts'),
    ('x = 1\n', 'x = True\n', 'co_consts'),
    ('x = (1, 2.0)\n', 'x = (1, 2)\n', 'co_consts'),
    ('def f():\n  def g(y): return y\n', 'def f():\n  def g(z): return z\n', 'co_varnames'),
    ('def f(x):\n  def g(): return x\n  return -x\n',
     'def f(x):\n  def g(): return x\n  return +x\n', 'co_code'),
    ('try:\n  a\nexcept E:\n  b\n', 'try:\n  a\n  c\nexcept E:\n  b\n', 'co_names'),
    ('try:\n  a\nexcept E:\n  b\n', lambda co: co.replace(co_exceptiontable=b''),
     'co_exceptiontable'),
    ('def f(): return a + b\n', lambda co: co.replace(co_stacksize=co.co_stacksize + 1),
     'co_stacksize'),
    ('x = 1\n', lambda co: co.replace(co_filename='g.py'), 'co_filename'),
    ('class C:\n  def m(self): pass\n', 'class C:\n  def n(self): pass\n', 'co_names'),
    ('def f(a, /, b): pass\n', 'def f(a,    b): pass\n', 'co_posonlyargcount'),
    ('async def f(): pass\n', 'def f():       pass\n', 'co_flags'),
    ('x = y\n', 'x = y\n', None),
    ('x = {1, 2, 3}\nif x in {4, 5}: pass\n', 'x = {1, 2, 3}\nif x in {5, 4}: pass\n', None),
]


def self_test_reporter():
    failed = 0
    for ours_src, theirs_src, field in REPORTER_CASES:
        ours = compile(ours_src, 'f.py', 'exec', dont_inherit=True)
        if callable(theirs_src):
            theirs = theirs_src(ours)
        else:
            theirs = compile(theirs_src, 'f.py', 'exec', dont_inherit=True)
        d = first_difference(ours, theirs)
        got = d[1] if d else None
        text = describe(d) if d else ''
        if got != field or (d and not text):
            failed += 1
            print(f'FAIL reporter: {ours_src!r} vs {theirs_src!r}: expected {field}, got {got}')
        elif os.environ.get('CHECK_CODEGEN_SHOW_REPORTER'):
            print(text)
        elif d:
            category(d)
    return failed


# ---------------------------------------------------------------- main

def stdlib_files():
    files = []
    for dirpath, dirnames, filenames in os.walk(STDLIB):
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if d not in ('site-packages', 'dist-packages',
                                                        '__pycache__')]
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith('.py'))
    return files


def baseline_key(path):
    """Paths in a baseline: relative to the repository when inside it, so
    a committed baseline holds in any checkout."""
    a = os.path.abspath(path)
    return os.path.relpath(a, ROOT) if a.startswith(ROOT + os.sep) else a


def read_baseline(path):
    if not path:
        return set()
    with open(path) as f:
        return {l.strip() for l in f if l.strip() and not l.startswith('#')}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('pyc', nargs='?')
    ap.add_argument('files', nargs='*')
    ap.add_argument('--stdlib', action='store_true')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--baseline')
    ap.add_argument('--write-baseline')
    ap.add_argument('--optimize', type=int, default=0, choices=(0, 1, 2),
                    help='compare pyc -O/-OO with compile(optimize=N)')
    ap.add_argument('--self-test', action='store_true')
    ap.add_argument('--self-test-optimize', type=int, default=0)
    ap.add_argument('--top', type=int, default=30, help='instruction pairs shown (--stdlib)')
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix='check_codegen.')
    try:
        return run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(args, tmp):
    reporter_failed = 0
    files = list(args.files)
    if args.self_test:
        if args.pyc:
            files.insert(0, args.pyc)
        shim = os.path.join(tmp, 'shim.py')
        with open(shim, 'w') as f:
            f.write(SHIM.replace('OPTIMIZE', str(args.self_test_optimize)))
        pyc_cmd = [sys.executable, shim]
        reporter_failed = self_test_reporter()
        print(f'reporter: {len(REPORTER_CASES) - reporter_failed} passed, {reporter_failed} failed')
    else:
        if not args.pyc:
            print('check_codegen.py: PYC is required (or --self-test)', file=sys.stderr)
            return 2
        pyc_cmd = [os.path.abspath(args.pyc)] + [[], ['-O'], ['-OO']][args.optimize]
    global OPTIMIZE_LEVEL
    OPTIMIZE_LEVEL = args.optimize
    if args.stdlib:
        files = stdlib_files() + files
        label = 'codegen-stdlib'
    else:
        label = 'codegen'
    if args.optimize:
        label += f'-O{args.optimize}'
    if not files:
        d = os.path.join(HERE, 'cases')
        files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.py'))

    baseline = read_baseline(args.baseline)
    jobs = [(pyc_cmd, path, os.path.join(tmp, f'{i}.pyc')) for i, path in enumerate(files)]
    counts = collections.Counter()
    fields = collections.Counter()
    pairs = collections.Counter()
    example = {}
    failures, known, fixed = [], 0, []
    with multiprocessing.Pool(max(1, args.jobs)) as pool:
        for (_, path, _), (status, text, cat) in zip(jobs, pool.imap(check_file, jobs, 4)):
            counts[status] += 1
            if status == 'ok':
                if baseline_key(path) in baseline:
                    fixed.append(path)
                if args.verbose:
                    print('ok  ', path)
                continue
            field, pair = cat
            fields[field] += 1
            if pair:
                pairs[pair] += 1
                example.setdefault(pair, path)
            if baseline_key(path) in baseline:
                known += 1
                if args.verbose:
                    print('KNOWN', path)
                    print(text)
            else:
                print('FAIL', path)
                print(text if text.startswith(' ') else '    ' + text)
            failures.append(path)

    if args.stdlib or args.verbose:
        if fields:
            print('\nfirst differing field (files):')
            for f, n in fields.most_common():
                print(f'  {n:6}  {f}')
        if pairs:
            print(f'\nfirst differing instructions, pyc / python3.11 ({args.top} most common):')
            for p, n in pairs.most_common(args.top):
                print(f'  {n:6}  {p:<56} e.g. {os.path.relpath(example[p], STDLIB)}'
                      if example[p].startswith(STDLIB) else f'  {n:6}  {p:<56} e.g. {example[p]}')
    if fixed:
        print(f'\n{len(fixed)} files of the baseline now pass:')
        for p in fixed:
            print('  ', p)
    if args.write_baseline:
        with open(args.write_baseline, 'w') as f:
            f.write('# check_codegen.py known failures (--baseline)\n')
            f.writelines(baseline_key(p) + '\n' for p in failures)
    if known:
        print(f'{known} failures are in the baseline {args.baseline}')
    n_fail = counts['diff'] + counts['error'] - known + reporter_failed
    if args.stdlib:
        print(f'{label}: {counts["ok"]} identical, {counts["diff"]} different, '
              f'{counts["error"]} errors')
    print(f'{label}: {counts["ok"] + known} passed, {n_fail} failed')
    return 1 if n_fail else 0


if __name__ == '__main__':
    sys.exit(main())
