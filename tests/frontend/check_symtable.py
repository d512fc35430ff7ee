#!/usr/bin/env python3.11
"""tests/frontend/check_symtable.py: checks pyc's symbol table pass against
python3.11's symtable module.
  For symtable_cases/*.py and every .py under /usr/lib/python3.11:
  `pyc --symtable FILE` must print the dump this script builds from
  symtable.symtable(src, path, 'exec'): per scope (children in order) type,
  name, lineno, is_optimized, is_nested, varnames; per symbol the raw flags
  (DEF_* | scope << 11) and is_referenced/is_imported/is_parameter/
  is_global/is_declared_global/is_local/is_annotated/is_free/is_assigned/
  is_namespace; per function get_parameters (in order) and get_locals/
  get_globals/get_nonlocals/get_frees; cellvars/freevars as the compiler
  derives them, also checked against compile()'s code objects where a scope
  matches one by (name, first line).  Symbols are compared as a set (CPython
  adds some from a hash-ordered set).
  When python3.11 raises from the symbol table (SyntaxError, or the
  RecursionError of too deep a tree), pyc must print "error TYPE LINE OFFSET
  END_LINE END_OFFSET MSG" with the same values (end positions when Python
  has them) and, for symtable_cases, the same report on stderr as
  `python3.11 FILE`; when the parser already rejects the file, pyc must
  reject it too (same type and line).
usage: check_symtable.py [--pyc PATH] [--jobs N] [--only cases|stdlib]
                         [--verbose] [FILE...]
Ends with "N passed, N failed, N skipped"; exit status 1 on any failure.
"""
import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import symtable
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STDLIB = '/usr/lib/python3.11'
SANITIZER = re.compile(r'runtime error:|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer')

LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5
DEF_FREE_CLASS = 2 << 5
SCOPE_OFF = 11


def scope_of(flags):
    return (flags >> SCOPE_OFF) & 15


def dump(t, depth, out):
    ind = '  ' * depth
    raw = t._table
    out.append(f'{ind}scope {t.get_type()} {t.get_name()} {t.get_lineno()} '
               f'optimized={int(t.is_optimized())} nested={int(t.is_nested())}')
    out.append(f'{ind} varnames:' + ''.join(' ' + v for v in raw.varnames))
    syms = []
    for name in t.get_identifiers():
        s = t.lookup(name)
        syms.append(
            f'{ind} sym {name} flags={raw.symbols[name]} '
            f'referenced={int(s.is_referenced())} imported={int(s.is_imported())} '
            f'parameter={int(s.is_parameter())} global={int(s.is_global())} '
            f'declared_global={int(s.is_declared_global())} local={int(s.is_local())} '
            f'annotated={int(s.is_annotated())} free={int(s.is_free())} '
            f'assigned={int(s.is_assigned())} namespace={int(s.is_namespace())}')
    out.append(sorted(syms))
    if t.get_type() == 'function':
        out.append(f'{ind} parameters:' + ''.join(' ' + n for n in t.get_parameters()))
        for what in ('locals', 'globals', 'nonlocals', 'frees'):
            vals = sorted(getattr(t, 'get_' + what)())
            out.append((f'{ind} {what}:', vals))
    children = t.get_children()
    cells = sorted(n for n, f in raw.symbols.items() if scope_of(f) == CELL)
    if t.get_type() == 'class' and any(
            scope_of(c._table.symbols.get('__class__', 0)) == FREE for c in children):
        cells = ['__class__']
    frees = sorted(n for n, f in raw.symbols.items() if scope_of(f) == FREE or f & DEF_FREE_CLASS)
    out.append(f'{ind} cellvars:' + ''.join(' ' + n for n in cells))
    out.append(f'{ind} freevars:' + ''.join(' ' + n for n in frees))
    for c in children:
        dump(c, depth + 1, out)


def normalise_pyc(text):
    """pyc's dump in the structure dump() builds (symbol lines as a set)."""
    out, syms = [], None
    for line in text.splitlines():
        body = line.lstrip(' ')
        ind = line[:len(line) - len(body)]
        if syms is not None:
            if body.startswith('sym '):
                syms.append(line)
                continue
            out.append(sorted(syms))
            syms = None
        m = re.match(r'(locals|globals|nonlocals|frees):(.*)', body)
        if m:
            out.append((f'{ind}{m.group(1)}:', sorted(m.group(2).split())))
            continue
        out.append(line)
        if body.startswith('varnames:'):
            syms = []
    if syms is not None:
        out.append(sorted(syms))
    return out


def expected(path):
    with open(path, 'rb') as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            t = symtable.symtable(data, path, 'exec')
        except (SyntaxError, ValueError) as e:
            try:
                ast.parse(data, filename=path)
            except (SyntaxError, ValueError) as pe:
                return ('parse-error', type(pe).__name__, getattr(pe, 'lineno', None))
            except (MemoryError, RecursionError):
                pass  # the AST is too deep for Python objects, not for the parser
            return ('error', type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        except RecursionError as e:
            return ('error', type(e).__name__, str(e), None, None, None, None)
        except MemoryError as e:
            return ('skip', type(e).__name__)
    out = []
    dump(t, 0, out)
    return ('ok', out)


def run_pyc(pyc, path):
    try:
        r = subprocess.run([pyc, '--symtable', os.path.abspath(path)], capture_output=True,
                           timeout=120)
    except subprocess.TimeoutExpired:
        return None, 'timeout', -1
    err = r.stderr.decode('utf-8', 'replace')
    if SANITIZER.search(err):
        return '', 'sanitizer report:\n' + err, 99
    return r.stdout.decode('utf-8', 'replace'), err, r.returncode


def first_difference(got, want):
    for i, (a, b) in enumerate(zip(got, want)):
        if a != b:
            if isinstance(a, list) and isinstance(b, list):
                a, b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
            return f'    item {i}:\n      pyc:    {a!r}\n      python: {b!r}'
    return f'    lengths differ: pyc {len(got)}, python {len(want)}'


def code_vars(path):
    """{(name, firstlineno): [(cellvars, freevars)]} of compile()'s code objects."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            top = compile(data, path, 'exec', dont_inherit=True)
    except Exception:
        return None
    res, todo = {}, [top]
    while todo:
        co = todo.pop()
        res.setdefault((co.co_name, co.co_firstlineno), []).append(
            (sorted(co.co_cellvars), sorted(co.co_freevars)))
        todo += [c for c in co.co_consts if hasattr(c, 'co_code')]
    return res


CODE_NAMES = {'top': '<module>', 'lambda': '<lambda>', 'listcomp': '<listcomp>',
              'setcomp': '<setcomp>', 'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}


def check_code_vars(path, out):
    """pyc's cellvars/freevars against the code objects python3.11 makes."""
    codes = code_vars(path)
    if codes is None:
        return None
    scopes, cur = [], None
    for line in out.splitlines():
        body = line.strip()
        m = re.match(r'scope (\w+) (\S+) (\d+) ', body)
        if m:
            cur = [m.group(1), m.group(2), int(m.group(3)), None, None]
            scopes.append(cur)
        elif body.startswith('cellvars:'):
            cur[3] = sorted(body.split()[1:])
        elif body.startswith('freevars:'):
            cur[4] = sorted(body.split()[1:])
    keys = {}
    for typ, name, lineno, cells, frees in scopes:
        if typ == 'module':
            lineno = 1
        keys.setdefault((CODE_NAMES.get(name, name) if typ != 'class' else name, lineno),
                        []).append((cells, frees))
    for key, vals in keys.items():
        got = codes.get(key)
        if got is None or len(got) != 1 or len(vals) != 1:
            continue  # decorated (co_firstlineno moves) or ambiguous
        if key[0] == '<module>':
            continue
        if vals[0] != got[0]:
            return f'cellvars/freevars of {key}: pyc {vals[0]}, code object {got[0]}'
    return None


def check(pyc, path, is_stdlib):
    exp = expected(path)
    if exp[0] == 'skip':
        return 'skip'
    out, err, rc = run_pyc(pyc, path)
    if out is None:
        return 'timeout'
    if rc == 99:
        return err
    if exp[0] == 'parse-error':
        m = re.search(r'^  File ".*", line (\d+)', err, re.M)
        lines = [l for l in err.splitlines() if l.strip()]
        mt = re.match(r'^(\w+): ', lines[-1] if lines else '')
        got = (mt.group(1) if mt else None, int(m.group(1)) if m else None)
        if rc != 1 or got != exp[1:]:
            return f'expected parse error {exp[1:]}, pyc exit {rc}: {got}\n{err}'
        return None
    if exp[0] == 'error':
        _, typ, msg, lineno, offset, end_lineno, end_offset = exp
        m = re.match(r'error (\w+) (-?\d+) (-?\d+) (-?\d+) (-?\d+) (.*)', out)
        if rc != 1 or not m:
            return f'expected {typ} {msg!r} at {lineno}:{offset}, pyc exit {rc}:\n{out[:300]}{err}'
        got = (m.group(1), m.group(6), int(m.group(2)), int(m.group(3)))
        want = (typ, msg, lineno, offset)
        if lineno is None:  # RecursionError: no location
            got, want = got[:2], want[:2]
        if end_lineno is not None and end_offset is not None:
            got += (int(m.group(4)), int(m.group(5)))
            want += (end_lineno, end_offset)
        if got != want or 'Error: ' + msg not in err:
            return f'error differs:\n      pyc:    {got}\n      python: {want}\n{err}'
        if not is_stdlib:
            # the report itself, as python3.11 prints the uncaught SyntaxError
            r = subprocess.run([sys.executable, '-I', os.path.abspath(path)], capture_output=True,
                               timeout=60, cwd='/')
            perr = r.stderr.decode('utf-8', 'replace')
            if perr != err:
                return f'report differs:\n--- python:\n{perr}--- pyc:\n{err}'
        return None
    if rc != 0:
        return f'pyc exit {rc}, python builds the table:\n{out[:300]}{err}'
    got = normalise_pyc(out)
    if got != exp[1]:
        return first_difference(got, exp[1])
    return check_code_vars(path, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyc', default=os.path.join(ROOT, 'build', 'compiler', 'pyc'))
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 4)
    ap.add_argument('--only', choices=['cases', 'stdlib'])
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    work = []
    if args.files:
        work = [(f, False) for f in args.files]
    else:
        if args.only != 'stdlib':
            d = os.path.join(HERE, 'symtable_cases')
            work += [(os.path.join(d, f), False) for f in sorted(os.listdir(d)) if f.endswith('.py')]
        if args.only != 'cases':
            for dp, dns, fns in os.walk(STDLIB):
                dns.sort()
                if 'site-packages' in dp or 'dist-packages' in dp:
                    continue
                work += [(os.path.join(dp, f), True) for f in sorted(fns) if f.endswith('.py')]
    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        futs = [ex.submit(check, args.pyc, p, s) for p, s in work]
        for (path, _), fut in zip(work, futs):
            try:
                res = fut.result()
            except Exception as e:  # noqa: BLE001
                res = f'checker exception: {e!r}'
            if res == 'skip':
                skipped += 1
            elif res is None:
                passed += 1
                if args.verbose:
                    print(f'ok   {path}')
            else:
                failed += 1
                print(f'FAIL {path}\n{res}')
    print(f'{passed} passed, {failed} failed, {skipped} skipped')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
