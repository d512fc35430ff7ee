#!/usr/bin/env python3.11
"""tests/compiler/check_stdlib_import.py: the standard library, compiled by
pyc into a sourceless tree, must compile and import as python3.11's own
.pyc files do (acceptance test 2 of issue 4).

Two trees mirror /usr/lib/python3.11 (test/ included; site-packages,
dist-packages and __pycache__ left out), each a complete Python prefix
  TREE/bin/python3.11              a copy of /usr/bin/python3.11
  TREE/lib/python3.11/NAME.pyc     legacy sourceless layout, no .py at all
  TREE/lib/python3.11/lib-dynload  -> /usr/lib/python3.11/lib-dynload
  TREE/lib/python3.11/<data files> symlinks (Grammar.txt, test data, ...)
"ours" from `PYC -o NAME.pyc NAME.py`, "ref" from py_compile (python3.11's
compile()).  The copied interpreter finds its prefix from its own location
(getpath's os.pyc landmark), so with -I -S -X frozen_modules=off everything
it imports, from the encodings it needs at start-up to os and the module
under test, comes from the tree (only importlib._bootstrap[_external] and
zipimport stay frozen: they are always).
Checks:
  compile: every file python3.11 compiles, pyc compiles (a file both reject
      passes);
  import: every module (dotted names of the tree's regular packages) that
      imports from the ref tree must import from ours.  Modules are imported
      in batches (a fresh interpreter per batch, the same batches for both
      trees); a crash or hang ends the batch, which resumes after the module.
usage: check_stdlib_import.py PYC [--quick] [--jobs N] [--keep DIR] [--verbose]
                               [--break REL.py]...
       check_stdlib_import.py --self-test [--quick]   (ref tree against a
           second tree also built by python3.11: everything must pass)
Ends with "stdlib-import: N passed, N failed" (files + modules); exit 1 on
any failure.
"""
import argparse
import collections
import importlib._bootstrap_external
import multiprocessing
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

STDLIB = '/usr/lib/python3.11'
PYTHON = '/usr/bin/python3.11'
COMPILE_TIMEOUT = 60
BATCH_TIMEOUT = 300
BATCH_SIZE = 40

# Modules not imported, with the reason (besides every __main__ module,
# which runs a program).  Everything else is imported, even modules that
# fail with python3.11 too (missing C extensions, Windows-only, SkipTest):
# they only have to fail alike.
SKIP = {
    'antigravity': 'opens a web browser',
    'test.autotest': 'runs the whole regression test suite on import',
    'idlelib.idle': 'starts the IDLE GUI on import (when idlelib is installed)',
}

# --quick: important modules of every area, plus the test support package
# and the syntax-heavy tests (their parent packages come along).
QUICK = '''
abc argparse ast asyncio asyncio.base_events asyncio.subprocess base64 bdb bisect
bz2 calendar cmd code codecs codeop collections collections.abc colorsys
compileall concurrent.futures configparser contextlib contextvars copy copyreg
cProfile csv ctypes ctypes.util curses dataclasses datetime dbm decimal difflib
dis doctest email email.mime.text email.parser email.policy encodings.idna
encodings.cp1252 enum filecmp fnmatch fractions ftplib functools gettext glob
graphlib gzip hashlib heapq hmac html html.parser http.client http.cookiejar
http.server imaplib importlib importlib.metadata importlib.resources importlib.util
inspect io ipaddress json json.tool keyword linecache locale logging
logging.handlers lzma mailbox mimetypes multiprocessing multiprocessing.pool
netrc numbers opcode operator optparse os pathlib pdb pickle pickletools pkgutil
platform plistlib poplib posixpath pprint profile pstats py_compile pydoc queue
quopri random re reprlib rlcompleter runpy sched secrets selectors shelve shlex
shutil signal site smtplib socket socketserver sqlite3 ssl stat statistics string
stringprep struct subprocess symtable sysconfig tabnanny tarfile tempfile
textwrap threading timeit token tokenize tomllib trace traceback tracemalloc
types typing unittest unittest.mock urllib.parse urllib.request uuid venv
warnings wave weakref webbrowser wsgiref.simple_server xml.dom.minidom
xml.etree.ElementTree xml.sax xmlrpc.client xmlrpc.server zipapp zipfile
zipimport zoneinfo _pydecimal _pyio _strptime lib2to3.pygram
test.support test.support.os_helper test.test_grammar test.test_patma
test.test_coroutines test.test_generators test.test_scope test.test_class
test.test_exceptions test.test_syntax test.test_fstring test.test_unpack_ex
'''.split()

# The batch runner: uses only built-in modules (posix, sys) so that a broken
# module from the tree shows up as that module's failure; results go to a
# file, unbuffered, so a crash loses nothing.
RUNNER = r'''
import posix, sys
fd = posix.open(sys.argv[1], posix.O_WRONLY | posix.O_APPEND)
names = sys.argv[2:]
sys.argv[:] = ['-c']  # as `python3.11 -c ...`: some modules read it on import
def say(s):
    posix.write(fd, (s.replace('\n', ' ')[:300] + '\n').encode('utf-8', 'replace'))
for name in names:
    say('BEGIN ' + name)
    try:
        __import__(name)
        say('OK ' + name)
    except BaseException as e:
        say('ERR ' + name + ' ' + type(e).__name__ + ': ' + str(e))
posix._exit(0)
'''


# ---------------------------------------------------------------- the trees

def stdlib_sources(quick):
    """Paths relative to STDLIB of the .py files to compile."""
    out = []
    for dirpath, dirnames, filenames in os.walk(STDLIB):
        rel = os.path.relpath(dirpath, STDLIB)
        dirnames[:] = sorted(d for d in dirnames if d not in (
            'site-packages', 'dist-packages', '__pycache__', 'lib-dynload'))
        if quick and rel.split(os.sep)[0] in ('test', 'idlelib') and not (
                rel == 'test' or rel.startswith(os.path.join('test', 'support'))):
            continue
        for f in sorted(filenames):
            if f.endswith('.py'):
                out.append(os.path.normpath(os.path.join(rel, f)))
    return out


def data_files():
    out = []
    for dirpath, dirnames, filenames in os.walk(STDLIB):
        dirnames[:] = [d for d in dirnames if d not in (
            'site-packages', 'dist-packages', '__pycache__', 'lib-dynload')]
        rel = os.path.relpath(dirpath, STDLIB)
        out.extend(os.path.normpath(os.path.join(rel, f))
                   for f in filenames if not f.endswith(('.py', '.pyc')))
    return out


def make_prefix(root):
    lib = os.path.join(root, 'lib', 'python3.11')
    os.makedirs(os.path.join(root, 'bin'))
    os.makedirs(lib)
    shutil.copy2(PYTHON, os.path.join(root, 'bin', 'python3.11'))
    os.symlink(os.path.join(STDLIB, 'lib-dynload'), os.path.join(lib, 'lib-dynload'))
    for rel in data_files():
        dest = os.path.join(lib, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        os.symlink(os.path.join(STDLIB, rel), dest)
    return lib


def compile_ref(job):
    """py_compile into the ref tree: None, or the error when python3.11
    rejects the file."""
    src, dest = job
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            py_compile.compile(src, cfile=dest, dfile=src, doraise=True)
    except py_compile.PyCompileError as e:
        return f'{e.exc_type_name}: {e.exc_value}'.replace('\n', ' ')[:200]
    return None


def compile_ours(job):
    """PYC -o into our tree: None, or why pyc did not write a loadable file."""
    pyc, src, dest = job
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    try:
        r = subprocess.run(pyc + ['-o', dest, src], capture_output=True,
                           timeout=COMPILE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return f'timed out after {COMPILE_TIMEOUT} s'
    if r.returncode != 0:
        err = r.stderr.decode('utf-8', 'replace').strip().splitlines()
        if os.path.exists(dest):
            os.unlink(dest)
        return f'exit status {r.returncode}: {err[-1] if err else ""}'[:200]
    if not os.path.exists(dest):
        return 'exit status 0 but no output file'
    return None


# ---------------------------------------------------------------- modules

def module_names(sources):
    """Dotted names importable from a tree of these sources: top-level
    modules and the contents of regular packages (every directory on the way
    has __init__.py); __main__ modules and the skip-lists left out."""
    have = set(sources)
    names = []
    for rel in sources:
        parts = rel[:-3].split(os.sep)
        if parts[-1] == '__main__' or not all(p.isidentifier() for p in parts):
            continue
        pkg_ok = all(os.path.join(*parts[:k], '__init__.py') in have
                     for k in range(1, len(parts)))
        if not pkg_ok:
            continue
        if parts[-1] == '__init__':
            parts = parts[:-1]
            if not parts:
                continue
        name = '.'.join(parts)
        if name in SKIP:
            continue
        names.append(name)
    return sorted(set(names))


def batches(names):
    """Lists of names: one per top-level package, big ones cut in slices."""
    groups = collections.OrderedDict()
    for n in names:
        groups.setdefault(n.split('.')[0], []).append(n)
    out, small = [], []
    for top, mods in groups.items():
        if len(mods) == 1:
            small.append(mods[0])
            if len(small) == BATCH_SIZE:
                out.append(small)
                small = []
            continue
        for i in range(0, len(mods), BATCH_SIZE):
            out.append(mods[i:i + BATCH_SIZE])
    if small:
        out.append(small)
    return out


def run_batch(job):
    """{name: outcome} for one batch in one tree; outcome is 'OK' or an
    error text.  A crash or hang charges the module being imported and the
    rest of the batch runs in a new process."""
    root, mods, resfile = job
    exe = os.path.join(root, 'bin', 'python3.11')
    results = {}
    todo = list(mods)
    while todo:
        open(resfile, 'w').close()
        cmd = [exe, '-I', '-S', '-X', 'frozen_modules=off', '-c', RUNNER, resfile] + todo
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, timeout=BATCH_TIMEOUT, cwd=root)
            died = f'exit status {p.returncode}' if p.returncode else None
            err = p.stderr.decode('utf-8', 'replace').strip().splitlines()
        except subprocess.TimeoutExpired:
            died, err = f'timed out after {BATCH_TIMEOUT} s', []
        current = None
        with open(resfile, encoding='utf-8', errors='replace') as f:
            for line in f:
                kind, _, rest = line.rstrip('\n').partition(' ')
                name, _, msg = rest.partition(' ')
                if kind == 'BEGIN':
                    current = name
                elif kind == 'OK':
                    results[name], current = 'OK', None
                elif kind == 'ERR':
                    results[name], current = msg, None
        if current is None and not died:
            break
        if current is None:  # died before the first import: start-up failed
            why = f'interpreter start-up failed ({died}): {err[-1] if err else ""}'
            for n in todo:
                if n not in results:
                    results[n] = why
            break
        results[current] = f'process {"killed" if died is None else died} while importing: ' + \
            (err[-1] if err else '')
        todo = todo[todo.index(current) + 1:]
    for n in mods:
        results.setdefault(n, 'not run (the process ended without a result)')
    return results


def import_all(root, groups, jobs, tmp, tag):
    work = [(root, mods, os.path.join(tmp, f'{tag}-{i}.res')) for i, mods in enumerate(groups)]
    results = {}
    # largest batches first so the pool ends evenly
    order = sorted(range(len(work)), key=lambda i: -len(work[i][1]))
    with multiprocessing.Pool(jobs) as pool:
        for r in pool.imap_unordered(run_batch, [work[i] for i in order]):
            results.update(r)
    return results


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('pyc', nargs='?')
    ap.add_argument('--quick', action='store_true')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--keep', help='build the trees in this directory and keep them')
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--self-test', action='store_true')
    ap.add_argument('--break', dest='break_', action='append', default=[], metavar='REL',
                    help='(to test this checker) replace REL.pyc (REL.py relative to the '
                    'stdlib) in our tree with code that raises ImportError')
    args = ap.parse_args()
    if not args.pyc and not args.self_test:
        print('check_stdlib_import.py: PYC is required (or --self-test)', file=sys.stderr)
        return 2
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        tmp = args.keep
    else:
        tmp = tempfile.mkdtemp(prefix='check_stdlib_import.')
    try:
        return run(args, tmp)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def run(args, tmp):
    t0 = time.monotonic()
    sources = stdlib_sources(args.quick)
    ref_root, our_root = os.path.join(tmp, 'ref'), os.path.join(tmp, 'ours')
    for r in (ref_root, our_root):
        if os.path.exists(r):
            shutil.rmtree(r)
    ref_lib, our_lib = make_prefix(ref_root), make_prefix(our_root)

    def dest(lib, rel):
        return os.path.join(lib, rel[:-3] + '.pyc')

    with multiprocessing.Pool(args.jobs) as pool:
        ref_err = pool.map(compile_ref, [(os.path.join(STDLIB, s), dest(ref_lib, s))
                                         for s in sources], 8)
        if args.self_test:
            our_err = pool.map(compile_ref, [(os.path.join(STDLIB, s), dest(our_lib, s))
                                             for s in sources], 8)
        else:
            pyc = [os.path.abspath(args.pyc)]
            our_err = pool.map(compile_ours, [(pyc, os.path.join(STDLIB, s), dest(our_lib, s))
                                              for s in sources], 8)
    t_compile = time.monotonic() - t0
    for rel in args.break_:
        co = compile('raise ImportError("broken by --break")', rel, 'exec')
        with open(dest(our_lib, rel), 'wb') as f:
            f.write(importlib._bootstrap_external._code_to_timestamp_pyc(co, 0, 0))

    passed = failed = 0
    compile_fail = []
    for s, re_, oe in zip(sources, ref_err, our_err):
        if re_ is None and oe is not None:
            compile_fail.append((s, oe))
        elif re_ is not None and oe is None:
            compile_fail.append((s, f'pyc compiled it; python3.11 rejects it: {re_}'))
        else:
            passed += 1
    failed += len(compile_fail)
    print(f'compile: {len(sources) - len(compile_fail)} passed, {len(compile_fail)} failed '
          f'({sum(e is not None for e in ref_err)} files python3.11 rejects) '
          f'[{t_compile:.0f} s]')
    for s, e in compile_fail:
        print(f'  FAIL compile {s}: {e}')

    names = module_names(sources)
    if args.quick:
        want = set(QUICK)
        names = [n for n in names if n in want]
        missing = want - set(names)
        if missing:
            print('quick list names not in the tree:', ' '.join(sorted(missing)))
    groups = batches(names)
    t1 = time.monotonic()
    ref = import_all(ref_root, groups, args.jobs, tmp, 'ref')
    t_ref = time.monotonic() - t1
    t1 = time.monotonic()
    ours = import_all(our_root, groups, args.jobs, tmp, 'ours')
    t_ours = time.monotonic() - t1

    fails = []
    ref_ok = sum(ref[n] == 'OK' for n in names)
    for n in names:
        if ref[n] == 'OK' and ours[n] != 'OK':
            fails.append((n, ours[n]))
        elif args.verbose:
            print(f'  {"ok  " if ours[n] == "OK" else "both"} {n}'
                  + ('' if ref[n] == 'OK' else f' (python3.11: {ref[n][:100]})'))
    print(f'import: {len(names) - len(fails)} passed, {len(fails)} failed '
          f'({len(names)} modules, {ref_ok} import with python3.11\'s .pyc, '
          f'{len(SKIP)} skipped) '
          f'[{t_ref:.0f} s + {t_ours:.0f} s]')
    better = [n for n in names if ref[n] != 'OK' and ours[n] == 'OK']
    if better:
        print(f'  {len(better)} modules import with pyc\'s .pyc only (odd):',
              ' '.join(better[:20]))
    cats = collections.Counter()
    for n, e in fails:
        print(f'  FAIL import {n}: {e[:200]}')
        cats[e.split(':')[0]] += 1
    if cats:
        print('import failures by exception type:')
        for c, k in cats.most_common(15):
            print(f'  {k:6}  {c}')
    failed += len(fails)
    passed += len(names) - len(fails)
    print(f'total time {time.monotonic() - t0:.0f} s')
    print(f'stdlib-import: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
