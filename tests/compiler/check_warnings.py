#!/usr/bin/env python3.11
"""tests/compiler/check_warnings.py: pyc's compile-time SyntaxWarnings
against python3.11's.  Each file of tests/compiler/warnings/ is compiled
by `python3.11 -m compileall -q -f` and by `pyc -r -q -f` (same path, same
source); their stderr (the warnings module's lines with the source line)
must be equal.  Usage: check_warnings.py PYC.  Ends "warnings: N passed, N failed".
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY = '/usr/bin/python3.11'


def main():
    pyc = os.path.abspath(sys.argv[1])
    src_dir = os.path.join(HERE, 'warnings')
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(src_dir)):
            if not name.endswith('.py'):
                continue
            path = os.path.join(tmp, name)
            shutil.copy(os.path.join(src_dir, name), path)
            want = subprocess.run([PY, '-m', 'compileall', '-q', '-f', path],
                                  capture_output=True, text=True)
            got = subprocess.run([pyc, '-r', '-q', '-f', path], capture_output=True, text=True)
            if (want.stderr, want.returncode) == (got.stderr, got.returncode) and want.stderr:
                passed += 1
            else:
                failed += 1
                print(f'FAIL {name}\n--- python3.11 (exit {want.returncode})\n{want.stderr}'
                      f'--- pyc (exit {got.returncode})\n{got.stderr}')
    print(f'warnings: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
