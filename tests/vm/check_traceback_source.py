#!/usr/bin/python3.11
"""tests/vm/check_traceback_source.py BUILD_DIR: where a traceback finds
its source lines.  CPython's printer opens co_filename; when that fails it
tries the part after the last '/' in each str entry of sys.path.  Programs
compiled with python3.11 under a co_filename that does not exist from the
working directory set sys.path themselves and raise; pvm must print the
same tracebacks as python3.11 running the same .pyc.
Ends with "N passed, N failed".
"""
import os
import py_compile
import subprocess
import sys
import tempfile

PY = "/usr/bin/python3.11"

PROGRAM = r'''import sys
src, other = sys.argv[1], sys.argv[2]
sys.path = PATH


def inner():
    raise ValueError("from inner")  # the line shown when found


def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("again") from e


outer()
'''

# (name, co_filename as compiled, sys.path the program sets)
CASES = [
    ("relative", "sub/prog.py", '[5, "/nonexistent", src, other]'),
    ("first entry wins", "sub/prog.py", '[other, src]'),
    ("absolute", "/nonexistent/dir/prog.py", '[src + "/"]'),
    ("found as given", "prog.py", '[None, other]'),
    ("not found", "sub/prog.py", '["/nonexistent"]'),
    ("empty entry", "sub/prog.py", '[""]'),
    ("directory", "dirprog", '[src]'),
    ("angle brackets", "<prog>", '[src]'),
    ("path not a list", "sub/prog.py", '(src,)'),
]


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=60,
                       env=dict(os.environ, LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8"))
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    pvm = os.path.join(build, "vm", "pvm")
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="pvm-tbsrc-") as work:
        src, other, cwd = (os.path.join(work, d) for d in ("src", "other", "cwd"))
        for d in (src, other, cwd):
            os.mkdir(d)
        os.mkdir(os.path.join(cwd, "dirprog"))
        for i, (name, filename, path) in enumerate(CASES):
            text = PROGRAM.replace("PATH", path)
            for d in (src, cwd):
                with open(os.path.join(d, os.path.basename(filename)) if d == src else os.path.join(d, "prog.py"), "w") as f:
                    f.write(text)
            # the other directory holds a different text at the same lines
            with open(os.path.join(other, os.path.basename(filename)), "w") as f:
                f.write("\n".join(f"# other line {n}" for n in range(1, 30)) + "\n")
            pyc = os.path.join(work, f"case{i}.pyc")
            py_compile.compile(os.path.join(src, os.path.basename(filename)), cfile=pyc,
                               dfile=filename, doraise=True)
            want = run([PY, pyc, src, other], cwd)
            got = run([pvm, pyc, src, other], cwd)
            if os.environ.get("SHOW"):
                print(name, want[2])
            if want == got:
                passed += 1
            else:
                failed += 1
                print(f"FAIL {name}:\n--- python3.11 (exit {want[0]})\n{want[2]}--- pvm (exit {got[0]})\n{got[2]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
