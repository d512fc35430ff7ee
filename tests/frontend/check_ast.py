#!/usr/bin/env python3.11
"""tests/frontend/check_ast.py: checks pyc's parser against python3.11.
  ast_cases/*.py and every .py under /usr/lib/python3.11 (test/ included):
    `pyc --dump-ast [--positions] FILE` must print exactly
    ast.dump(ast.parse(src)[, include_attributes=True]); a file python3.11
    rejects must be rejected with the same error type and line.
  syntax_errors/*.py: when python3.11's parser (ast.parse) rejects the file,
    `pyc FILE` must exit 1 printing the SyntaxError that compile() of the
    file's bytes raises, as python3.11's excepthook prints it (type, line,
    offsets, message, source line, carets); when only compile() rejects it
    (symtable/compiler errors), pyc's parser must accept it and dump the
    same AST.
usage: check_ast.py [--pyc PATH] [--jobs N] [--only cases|stdlib|errors]
                    [--verbose] [FILE...]
Ends with "N passed, N failed"; exit status 1 on any failure.
"""
import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STDLIB = '/usr/lib/python3.11'
SANITIZER = re.compile(r'runtime error:|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer')


def expected(path):
    """(dump, dump_with_positions) or ('error', type, lineno)."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            tree = ast.parse(data, filename=path)
    except (SyntaxError, ValueError) as e:
        lineno = getattr(e, 'lineno', None)
        return ('error', type(e).__name__, lineno)
    except (MemoryError, RecursionError) as e:
        return ('error', type(e).__name__, None)
    return (ast.dump(tree), ast.dump(tree, include_attributes=True))


def run_pyc(pyc, path, positions):
    cmd = [pyc, '--dump-ast'] + (['--positions'] if positions else []) + [path]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, 'timeout', -1
    err = r.stderr.decode('utf-8', 'replace')
    if SANITIZER.search(err):
        return '', 'sanitizer report:\n' + err, 99
    return r.stdout.decode('utf-8', 'replace'), err, r.returncode


def first_difference(a, b, context=70):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    lo = max(0, i - context)
    return (f'    at char {i}:\n      pyc:    ...{a[lo:i + context]!s}...\n'
            f'      python: ...{b[lo:i + context]!s}...')


def parse_error(stderr):
    """(type, lineno) from pyc's CPython-style error report."""
    m = re.search(r'^  File ".*", line (\d+)', stderr, re.M)
    lines = [l for l in stderr.splitlines() if l.strip()]
    last = lines[-1] if lines else ''
    mt = re.match(r'^(\w+): ', last)
    return (mt.group(1) if mt else None, int(m.group(1)) if m else None, last)


def check(pyc, path):
    """None if equal, else a description of the difference."""
    exp = expected(path)
    if exp[0] == 'error':
        _, etype, eline = exp
        out, err, rc = run_pyc(pyc, path, False)
        if rc == 0:
            return f'python3.11 rejects it ({etype} line {eline}) but pyc accepted it'
        if rc != 1:
            return f'pyc exit status {rc} (expected 1 for {etype} line {eline}): {err.strip()[-300:]}'
        gtype, gline, last = parse_error(err)
        if etype == 'ValueError' and gtype == 'ValueError':
            return None
        if (gtype, gline) != (etype, eline):
            return f'expected {etype} at line {eline}, pyc said {gtype} at line {gline}: {last}'
        return None
    for positions, want in ((False, exp[0]), (True, exp[1])):
        out, err, rc = run_pyc(pyc, path, positions)
        if rc != 0:
            return f'pyc failed (status {rc}) {"with" if positions else "without"} positions: ' + \
                   (err.strip().splitlines() or [''])[-1] + '\n' + '\n'.join(
                       '    ' + l for l in err.strip().splitlines()[:4])
        got = out.rstrip('\n')
        if got != want:
            return f'AST differs {"with" if positions else "without"} positions\n' + \
                   first_difference(got, want)
    return None


def print_error_text(out, offset, end_offset, text):
    """pythonrun.c print_error_text of 3.11, on the UTF-8 bytes of text."""
    caret_repetitions = end_offset - offset if (end_offset > 0 and end_offset > offset) else 1
    t = text.encode('utf-8', 'surrogateescape')
    offset -= 1
    while t[:1] in (b' ', b'\t', b'\f'):
        t = t[1:]
        offset -= 1
    n = len(t)
    if n > 0 and t[n - 1:] == b'\n':
        n -= 1
    if offset > n:
        offset = n
    while True:
        nl = t.find(b'\n')
        if nl < 0 or nl >= offset:
            break
        nl += 1
        t = t[nl:]
        n -= nl
        offset -= nl
    out.append(b'    ' + t)
    if t[n:n + 1] != b'\n':
        out.append(b'\n')
    if offset < 0:
        return
    out.append(b'    ' + b' ' * offset + b'^' * caret_repetitions + b'\n')


def render_compile_error(e, path):
    """What python3.11's default excepthook prints for exception e raised by
    compile() of the file (print_exception_file_and_line, print_error_text)."""
    out = []
    if isinstance(e, SyntaxError) and isinstance(e.lineno, int):
        out.append(f'  File "{path}", line {e.lineno}\n'.encode())
        if e.text is not None:
            offset = e.offset if e.offset is not None else -1
            if type(e) is SyntaxError:
                end_lineno = e.end_lineno if e.end_lineno is not None else e.lineno
                end_offset = e.end_offset if e.end_offset is not None else -1
            else:  # only SyntaxError itself shows a range
                end_lineno, end_offset = e.lineno, -1
            line_size = len(e.text.encode('utf-8', 'surrogateescape'))
            if end_lineno > e.lineno:
                end_offset = line_size
            if end_offset > line_size + 1:
                end_offset = line_size + 1
            print_error_text(out, offset, end_offset, e.text)
        out.append(f'{type(e).__name__}: {e.msg}\n'.encode())
    else:
        out.append(f'{type(e).__name__}: {e}\n'.encode())
    return b''.join(out).decode('utf-8', 'replace')


def check_error_case(pyc, path):
    """None if pyc reports the file's error as python3.11's compile() of its
    bytes raises it, printed as python3.11 prints an uncaught SyntaxError."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            ast.parse(data, filename=path)
        parser_ok = True
    except (SyntaxError, ValueError):
        parser_ok = False
    if parser_ok:
        # a compiler-stage error (or none): the parser must accept the file
        return check(pyc, path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            compile(data, path, 'exec')
        return 'python3.11 compiled it after ast.parse rejected it'
    except (SyntaxError, ValueError) as e:
        want_err = render_compile_error(e, path)
    try:
        got = subprocess.run([pyc, '--dump-ast', path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 'pyc timed out'
    got_err = got.stderr.decode('utf-8', 'replace')
    if SANITIZER.search(got_err):
        return 'sanitizer report:\n' + got_err
    if got.returncode != 1 or got_err != want_err:
        return (f'pyc exit status {got.returncode}\n--- python3.11 compile():\n{want_err}'
                f'--- pyc:\n{got_err}---')
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyc', default=os.path.join(ROOT, 'build', 'compiler', 'pyc'))
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--only', choices=('cases', 'stdlib', 'errors'))
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()

    def listdir(d):
        d = os.path.join(HERE, d)
        return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.py'))

    groups = []
    if args.files:
        errs = [f for f in args.files if os.sep + 'syntax_errors' + os.sep in os.path.abspath(f)]
        groups.append(('files', [f for f in args.files if f not in errs], check))
        groups.append(('syntax_errors', errs, check_error_case))
    else:
        if args.only in (None, 'cases'):
            groups.append(('ast_cases', listdir('ast_cases'), check))
        if args.only in (None, 'stdlib'):
            files = []
            for dirpath, dirnames, filenames in os.walk(STDLIB):
                dirnames.sort()
                if 'site-packages' in dirpath or 'dist-packages' in dirpath:
                    continue
                files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith('.py'))
            groups.append(('stdlib', files, check))
        if args.only in (None, 'errors'):
            groups.append(('syntax_errors', listdir('syntax_errors'), check_error_case))

    total_pass = total_fail = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for name, files, fn in groups:
            if not files:
                continue
            passed = failed = 0
            for path, problem in zip(files, ex.map(lambda f: fn(args.pyc, f), files)):
                if problem is None:
                    passed += 1
                    if args.verbose:
                        print('ok  ', path)
                else:
                    failed += 1
                    print('FAIL', path)
                    print('   ', problem.replace('\n', '\n    '))
            print(f'{name}: {passed} passed, {failed} failed')
            total_pass += passed
            total_fail += failed
    print(f'{total_pass} passed, {total_fail} failed')
    return 1 if total_fail else 0


if __name__ == '__main__':
    sys.exit(main())
