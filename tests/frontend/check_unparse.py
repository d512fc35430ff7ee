#!/usr/bin/env python3.11
"""tests/frontend/check_unparse.py: checks compiler/unparse.c against python3.11.
  For every annotation (variable, argument, return; any depth) of
  unparse_cases/*.py, and with --stdlib of every .py under /usr/lib/python3.11
  that python3.11 compiles under `from __future__ import annotations`, the
  text `unparse_driver FILE` prints must equal the string python3.11 stores
  for that annotation.  The expected strings come from python3.11 itself:
  each annotation node of the file (found with ast, keyed by its position) is
  put in a generated module `from __future__ import annotations; _N: <node>`,
  compiled from the AST and executed; __annotations__ then holds the strings.
  --exprs adds the statement-level expressions (values, tests, iterables,
  decorators, defaults) of the same files, unparsed the same way, except
  those holding yield, await or := (python3.11 refuses them in annotations).
usage: check_unparse.py [--driver PATH] [--stdlib] [--exprs] [--jobs N]
                        [--verbose] [FILE...]
Ends with "unparse: N passed, N failed" (one check per expression); exit
status 1 on any failure.
"""
import __future__
import argparse
import ast
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STDLIB = '/usr/lib/python3.11'
FLAG = __future__.annotations.compiler_flag
SANITIZER = re.compile(r'runtime error:|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer')


def escape(s):
    """The driver's escaping, as bytes (lone surrogates kept)."""
    s = s.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r')
    return s.encode('utf-8', 'surrogatepass')


def annotations(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            yield node.annotation
        elif isinstance(node, ast.arg) and node.annotation is not None:
            yield node.annotation
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            yield node.returns


# --exprs: the statement-level expressions unparse_driver --exprs prints too.
EXPR_FIELDS = {
    ast.Expr: ('value',), ast.Assign: ('value',), ast.AugAssign: ('value',),
    ast.AnnAssign: ('value',), ast.Return: ('value',), ast.Assert: ('test', 'msg'),
    ast.Raise: ('exc',), ast.For: ('iter',), ast.AsyncFor: ('iter',), ast.While: ('test',),
    ast.If: ('test',), ast.FunctionDef: ('decorator_list',),
    ast.AsyncFunctionDef: ('decorator_list',), ast.ClassDef: ('decorator_list',),
}
# Not allowed in an annotation (python3.11's symtable refuses them there).
NOT_IN_ANNOTATION = (ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr)


def statement_exprs(tree):
    """(nodes python3.11 can unparse as annotations, positions it cannot)."""
    ok, unusable = [], set()
    for node in ast.walk(tree):
        values = [getattr(node, field) for field in EXPR_FIELDS.get(type(node), ())]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            values += [node.args.defaults, node.args.kw_defaults]  # not a lambda's
        for value in values:
            for e in value if isinstance(value, list) else [value]:
                if e is None:
                    continue
                if any(isinstance(n, NOT_IN_ANNOTATION) for n in ast.walk(e)):
                    unusable.add(key(e))
                else:
                    ok.append(e)
    return ok, unusable


def key(node):
    return f'{node.lineno}:{node.col_offset}:{node.end_lineno}:{node.end_col_offset}'


def run_annotations(path, body):
    """__annotations__ of a module of these statements, compiled by python3.11."""
    module = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
    ns = {}
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        exec(compile(module, path, 'exec', flags=FLAG, dont_inherit=True), ns)
    return ns.get('__annotations__', {})


def expected(path, must_compile, exprs=False):
    """{position: escaped text} or a string saying why there is none.
    Files python3.11 does not compile (with the future import) are skipped
    unless must_compile (case files must be valid)."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            tree = ast.parse(data, filename=path)
            try:
                compile(data, path, 'exec', flags=FLAG, dont_inherit=True)
            except ValueError as e:
                # An int too long to unparse: checked below, not a reason to skip.
                if 'integer string conversion' not in str(e):
                    raise
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return f'python3.11 rejects it: {type(e).__name__}: {e}' if must_compile else None
    nodes = list(annotations(tree))
    unusable = set()
    if exprs:
        more, unusable = statement_exprs(tree)
        nodes += more
    body = [ast.ImportFrom(module='__future__', names=[ast.alias(name='annotations')], level=0)]
    for i, node in enumerate(nodes):
        body.append(ast.AnnAssign(target=ast.Name(id=f'_{i}', ctx=ast.Store()),
                                  annotation=node, value=None, simple=1))
    try:
        got = run_annotations(path, body)
    except ValueError:
        # An int too long for str() (sys.get_int_max_str_digits()) makes
        # compile() fail; find which ones, one at a time.
        got = {}
        for stmt in body[1:]:
            try:
                got.update(run_annotations(path, body[:1] + [stmt]))
            except ValueError:
                got[stmt.target.id] = None
    result = {key(node): b'!ValueError' if got[f'_{i}'] is None else escape(got[f'_{i}'])
              for i, node in enumerate(nodes)}
    # No expectation for these: the driver's text for them is not compared.
    for k in unusable - result.keys():
        result[k] = None
    return result


def run_driver(driver, exprs, paths):
    """{path: {position: text} or error string}."""
    r = subprocess.run([driver] + (['--exprs'] if exprs else []) + paths,
                       capture_output=True, timeout=600)
    err = r.stderr.decode('utf-8', 'replace')
    if SANITIZER.search(err) or r.returncode not in (0, 1):
        # Blame the file being printed when it stopped.
        msg = f'driver exit {r.returncode}:\n{err}'
        out = {p: msg for p in paths}
    else:
        out = {}
    current = None
    for line in r.stdout.split(b'\n'):
        if line.startswith(b'F '):
            current = line[2:].decode('utf-8', 'surrogateescape')
            out.setdefault(current, {})
        elif line.startswith(b'X '):
            out[line[2:].decode('utf-8', 'surrogateescape')] = 'driver could not parse it:\n' + err
        elif line.startswith(b'A ') and isinstance(out.get(current), dict):
            pos, _, text = line[2:].partition(b' ')
            out[current][pos.decode()] = text
    for p in paths:
        out.setdefault(p, f'driver printed nothing for it (exit {r.returncode}):\n{err}')
    return out


def compare(path, exp, got, verbose):
    """(passed, failed, messages)."""
    if isinstance(got, str):
        return 0, max(1, len(exp)), [f'FAIL {path}: {got}']
    passed = failed = 0
    msgs = []
    for pos in sorted(set(exp) | set(got), key=lambda k: tuple(map(int, k.split(':')))):
        if pos in exp and exp[pos] is None:
            continue
        e, g = exp.get(pos), got.get(pos)
        if e == g:
            passed += 1
            if verbose:
                msgs.append(f'ok   {path}:{pos} {e.decode("utf-8", "replace")}')
            continue
        failed += 1
        show = lambda b: '(none)' if b is None else b.decode('utf-8', 'replace')
        msgs.append(f'FAIL {path}:{pos}\n      pyc:    {show(g)}\n      python: {show(e)}')
    return passed, failed, msgs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--driver', default=None)
    ap.add_argument('--stdlib', action='store_true')
    ap.add_argument('--exprs', action='store_true')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    driver = args.driver
    if driver is None:
        for d in ('build', 'build-unparse'):
            cand = os.path.join(ROOT, d, 'tests', 'unparse_driver')
            if os.path.exists(cand):
                driver = cand
                break
    if not driver or not os.path.exists(driver):
        print('check_unparse: unparse_driver not found (use --driver)', file=sys.stderr)
        return 2

    cases = args.files or sorted(glob.glob(os.path.join(HERE, 'unparse_cases', '*.py')))
    work = [(p, True, args.exprs) for p in cases]
    if args.stdlib:
        for dirpath, dirnames, filenames in os.walk(STDLIB):
            dirnames.sort()
            if 'site-packages' in dirpath.split(os.sep) or 'dist-packages' in dirpath.split(os.sep):
                continue
            work += [(os.path.join(dirpath, f), False, args.exprs)
                     for f in sorted(filenames) if f.endswith('.py')]

    passed = failed = skipped = 0
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
        exps = dict(zip([w[0] for w in work], pool.map(expected, *zip(*work), chunksize=8)))
        todo = [p for p, e in exps.items() if isinstance(e, dict) and e]
        skipped = sum(1 for e in exps.values() if e is None)
        for p, e in exps.items():
            if isinstance(e, str):
                failed += 1
                print(f'FAIL {p}: {e}')
        batches = [todo[i:i + 40] for i in range(0, len(todo), 40)]
        for res in pool.map(run_driver, [driver] * len(batches), [args.exprs] * len(batches),
                            batches):
            for p, got in res.items():
                ok, bad, msgs = compare(p, exps[p], got, args.verbose)
                passed += ok
                failed += bad
                for m in msgs:
                    print(m)
    files = len(todo)
    print(f'unparse: {passed} passed, {failed} failed'
          f' ({files} files; {skipped} files python3.11 rejects skipped)')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
