#!/usr/bin/python3.11
"""tests/vm/check_str_unicode.py BUILD_DIR: every code point's str
classification and case mapping under pvm against python3.11 (Unicode 14).

One program computes, for each code point, the answers of isidentifier (as
start and as continuation), isalpha, isdecimal, isdigit, isnumeric, isspace,
isprintable, islower, isupper, istitle, isalnum and the results of upper,
lower, title, casefold and capitalize, then prints runs of code points with
equal answers.  python3.11 and pvm run the same .pyc; their outputs must be
identical.  Also checks that vm/str_unicode.h is what
scripts/gen_str_unicode.py generates today.
Ends with "N passed, N failed".
"""
import os
import subprocess
import sys
import tempfile

PY = "/usr/bin/python3.11"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

PROGRAM = r'''
def mapped(cp, m):
    # a single code point as its distance from cp, so runs stay long
    if len(m) == 1:
        return ord(m) - cp
    return m

def answers(cp):
    c = chr(cp)
    return (c.isidentifier(), ("a" + c).isidentifier(), c.isalpha(), c.isdecimal(),
            c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(), c.islower(),
            c.isupper(), c.istitle(), c.isalnum(),
            mapped(cp, c.upper()), mapped(cp, c.lower()), mapped(cp, c.title()),
            mapped(cp, c.casefold()), mapped(cp, c.capitalize()))

def main(first, last):
    start = first
    prev = answers(first)
    for cp in range(first + 1, last + 1):
        a = answers(cp)
        if a != prev:
            print(hex(start), hex(cp - 1), ascii(prev))
            start = cp
            prev = a
    print(hex(start), hex(last), ascii(prev))

main(FIRST, LAST)
'''

# Final sigma and other context-dependent mappings, beyond single code points.
CONTEXT = r'''
tests = ["ΣΑΣ", "ΑΣ", "Σ", "ΑΣ.", "Α.Σ", "Α'Σ'", "ΑΣ\u0345", "Α\u0345Σ", "ΑΣ\u00adΒ",
         "ΑΣ Β", "1Σ", "ΑΣ1", "ǅungla", "ﬁx ǆ", "ß straße", "İi", "ŉ", "\u1f80\u1fb3"]
for cp in range(0x80, 0x3000):
    c = chr(cp)
    tests.append("Α" + c + "Σ")
    tests.append("ΑΣ" + c)
for t in tests:
    print(ascii(t), ascii(t.lower()), ascii(t.upper()), ascii(t.title()),
          ascii(t.casefold()), ascii(t.capitalize()), ascii(t.swapcase()))
'''


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=900,
                       env=dict(os.environ, LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8"))
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def compare(name, source, pvm, work):
    path = os.path.join(work, name + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    pyc = path + "c"
    subprocess.run([PY, "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                    path, pyc], check=True)
    want = run([PY, pyc], work)
    got = run([pvm, pyc], work)
    if want == got:
        return True
    print(f"FAIL {name}: exit {want[0]} vs {got[0]}")
    wl, gl = want[1].splitlines(), got[1].splitlines()
    shown = 0
    for i in range(max(len(wl), len(gl))):
        w = wl[i] if i < len(wl) else "<missing>"
        g = gl[i] if i < len(gl) else "<missing>"
        if w != g:
            print(f"  python3.11: {w}\n  pvm:        {g}")
            shown += 1
            if shown == 8:
                break
    if got[2]:
        print("  pvm stderr:", got[2][-600:])
    return False


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    pvm = os.path.join(build, "vm", "pvm")
    passed = failed = 0
    gen = subprocess.run([PY, os.path.join(ROOT, "scripts", "gen_str_unicode.py")],
                         capture_output=True, text=True, check=True).stdout
    with open(os.path.join(ROOT, "vm", "str_unicode.h"), encoding="utf-8") as f:
        if f.read() == gen:
            passed += 1
        else:
            print("FAIL vm/str_unicode.h differs from scripts/gen_str_unicode.py's output")
            failed += 1
    with tempfile.TemporaryDirectory(prefix="pvm-unicode-") as work:
        # planes split so a failure names a small part of the code space
        parts = [(0, 0xFFFF), (0x10000, 0x1FFFF), (0x20000, 0x10FFFF)]
        for first, last in parts:
            src = PROGRAM.replace("FIRST", str(first)).replace("LAST", str(last))
            if compare(f"codepoints_{first:x}_{last:x}", src, pvm, work):
                passed += 1
            else:
                failed += 1
        if compare("context", CONTEXT, pvm, work):
            passed += 1
        else:
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
