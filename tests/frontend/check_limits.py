#!/usr/bin/env python3.11
"""tests/frontend/check_limits.py: deep nesting, generated at test time.
For each input, python3.11's outcome (compile(..., PyCF_ONLY_AST) for parse
errors, ast.parse for "during ast construction") is compared with pyc's:
`pyc --dump-ast FILE` must fail with the same exception type on its last
stderr line, or succeed when python3.11 does; never crash or hang.  pyc
reports CPython's bare MemoryError (parser MAXSTACK) as
"MemoryError: source too deeply nested to parse (FILE, line N)".
Usage: check_limits.py --pyc PATH.  Ends with "N passed, N failed".
"""
import argparse, ast, os, subprocess, sys, tempfile

CASES = [
    # (name, source): boundaries measured with python3.11
    ('neg 5967', 'x = ' + '-' * 5967 + '1\n'),
    ('neg 5968', 'x = ' + '-' * 5968 + '1\n'),
    ('neg 200000', 'x = ' + '-' * 200000 + '1\n'),
    ('not 5967', 'x = ' + 'not ' * 5967 + '1\n'),
    ('not 5968', 'x = ' + 'not ' * 5968 + '1\n'),
    ('pow 2983', 'x = ' + 'a**' * 2983 + 'a\n'),
    ('pow 2984', 'x = ' + 'a**' * 2984 + 'a\n'),
    ('lambda 2983', 'x = ' + 'lambda:' * 2983 + '1\n'),
    ('lambda 2984', 'x = ' + 'lambda:' * 2984 + '1\n'),
    ('ifexp 5967', 'x = ' + '1 if 1 else ' * 5967 + '1\n'),
    ('ifexp 5968', 'x = ' + '1 if 1 else ' * 5968 + '1\n'),
    ('neg 2000', 'x = ' + '-' * 2000 + '1\n'),
    ('neg 2987 ast', '-' * 2987 + '1\n'),
    ('neg 2989 ast', '-' * 2989 + '1\n'),
    ('add 1000', 'x = ' + '1+' * 1000 + '1\n'),
    ('add 2988', 'x = ' + '1+' * 2988 + '1\n'),
    ('add 2989', 'x = ' + '1+' * 2989 + '1\n'),
    ('add 300000', 'x = ' + '1+' * 300000 + '1\n'),
    ('attr 300000', 'x = a' + '.a' * 300000 + '\n'),
    ('call chain 300000', 'x = a' + '()' * 300000 + '\n'),
    ('subscript chain 100000', 'x = a' + '[0]' * 100000 + '\n'),
    ('and 100000', 'x = 1' + ' and 1' * 100000 + '\n'),
    ('compare 100000', 'x = 1' + ' < 1' * 100000 + '\n'),
    ('tuple 300000', 'x = ' + '1,' * 300000 + '1\n'),
    ('parens 199', 'x = ' + '(' * 199 + '1' + ')' * 199 + '\n'),
    ('parens 200', 'x = ' + '(' * 200 + '1' + ')' * 200 + '\n'),
    ('lists 199', 'x = ' + '[' * 199 + ']' * 199 + '\n'),
    ('calls 200', 'x = ' + 'f(' * 200 + ')' * 200 + '\n'),
    ('blocks 99', ''.join(' ' * i + 'if 1:\n' for i in range(99)) + ' ' * 99 + 'pass\n'),
    ('blocks 100', ''.join(' ' * i + 'if 1:\n' for i in range(100)) + ' ' * 100 + 'pass\n'),
    ('fstring neg 5000', 'x = f"{' + '-' * 5000 + '1}"\n'),
    ('fstring neg 200000', 'x = f"{' + '-' * 200000 + '1}"\n'),
    ('add error line', 'x = ' + '1+' * 300000 + '1 if\n'),
    ('tuple error line', 'x = (' + '1,' * 300000 + '1 for y in z)\n'),
]

def oracle(src):
    """Last line python3.11 would print for ast.dump(ast.parse(src))."""
    r = subprocess.run(['/usr/bin/python3.11', '-c',
                        'import ast,sys; ast.parse(sys.stdin.read(), "f.py")'],
                       input=src.encode(), capture_output=True, timeout=120)
    lines = r.stderr.decode(errors='replace').strip().splitlines()
    return 'ok' if r.returncode == 0 else (lines[-1].split(':')[0] if lines else '?')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyc', required=True)
    args = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'f.py')
        for name, src in CASES:
            want = oracle(src)
            with open(path, 'w') as f:
                f.write(src)
            try:
                r = subprocess.run([args.pyc, '--dump-ast', '--positions', path],
                                   capture_output=True, timeout=30)
                lines = r.stderr.decode(errors='replace').strip().splitlines()
                if r.returncode == 0:
                    got = 'ok'
                elif r.returncode == 1 and lines:
                    got = lines[-1].split(':')[0]
                else:
                    got = 'exit %d' % r.returncode
            except subprocess.TimeoutExpired:
                got = 'timeout'
            if got == want:
                passed += 1
            else:
                failed += 1
                print('FAIL %s: python3.11 %s, pyc %s' % (name, want, got))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
