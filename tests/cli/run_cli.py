"""tests/cli/run_cli.py BUILD_DIR: the command lines of pvm and pyc, and bad
input.  Every bad file must give exactly one clear line on stderr, a non-zero
exit status, no crash (no signal, no sanitizer report) and no hang, for
`pvm FILE`, `pvm --dis FILE` and `pyc --dis FILE`; imported modules too
(imports(): what pvm does differently on imports).  Compiling files and
trees (`pyc FILE.py...`, `pyc -r`) against python3.11's py_compile and
compileall is compile_cli.py.
Ends with "N passed, N failed".
"""
import os
import py_compile
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compile_cli  # noqa: E402

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
PVM = os.path.join(build, "vm", "pvm")
PYC = os.path.join(build, "compiler", "pyc")
passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what} {detail}")


def run(args, timeout=20):
    try:
        p = subprocess.run(args, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def bad_input(path, label, must_contain=()):
    for tool in ([PVM], [PVM, "--dis"], [PYC, "--dis"]):
        rc, out, err = run(tool + [path])
        name = f"{os.path.basename(tool[0])} {' '.join(tool[1:])} on {label}".replace("  ", " ")
        lines = err.splitlines()
        ok = (rc != "timeout" and isinstance(rc, int) and 0 < rc < 128 and len(lines) == 1
              and "Sanitizer" not in err and out == "")
        check(ok, name, f"-> exit {rc}, stderr {err[:300]!r}, stdout {out[:100]!r}")
        for s in must_contain:
            check(s in err, f"{name}: message mentions {s!r}", f"-> {err.strip()!r}")


def imports(tmp):
    """What pvm does differently from python3.11 on imports (docs/pvm.md,
    "Imports"): a source without an up-to-date __pycache__ pyc is an
    ImportError (pvm cannot compile); broken imported pycs never crash."""
    d = os.path.join(tmp, "imp")
    os.makedirs(d)
    def write(name, text):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    write("main.py", "import mod\nprint(mod.VALUE)\n")
    py_compile.compile(os.path.join(d, "main.py"), cfile=os.path.join(d, "main.pyc"), doraise=True)
    main = os.path.join(d, "main.pyc")
    mod = os.path.join(d, "mod.py")
    cached = os.path.join(d, "__pycache__", "mod.cpython-311.pyc")
    write("mod.py", "VALUE = 'fresh'\n")
    rc, out, err = run([PVM, main])
    check(rc == 1 and "pvm cannot compile source: no up-to-date" in err and "mod.py" in err,
          "import of a .py without a pyc", f"-> {rc} {err[-200:]!r}")
    py_compile.compile(mod, cfile=cached, doraise=True)
    rc, out, err = run([PVM, main])
    check(rc == 0 and out == "fresh\n", "import through __pycache__", f"-> {rc} {out!r} {err!r}")
    write("mod.py", "VALUE = 'edited, longer'\n")
    rc, out, err = run([PVM, main])
    check(rc == 1 and "no up-to-date" in err, "stale timestamp pyc refused", f"-> {rc} {err[-200:]!r}")
    for mode, runs in ((py_compile.PycInvalidationMode.CHECKED_HASH, False),
                       (py_compile.PycInvalidationMode.UNCHECKED_HASH, True)):
        write("mod.py", "VALUE = 'hashed'\n")
        py_compile.compile(mod, cfile=cached, doraise=True, invalidation_mode=mode)
        rc, out, err = run([PVM, main])
        check(rc == 0 and out == "hashed\n", f"{mode.name} pyc accepted", f"-> {rc} {err!r}")
        write("mod.py", "VALUE = 'hashed but edited'\n")
        rc, out, err = run([PVM, main])
        check((rc == 0 and out == "hashed\n") if runs else (rc == 1 and "no up-to-date" in err),
              f"{mode.name} pyc with an edited source", f"-> {rc} {out!r} {err[-200:]!r}")
    # sys.path[0] is the directory of the file a symlinked script resolves to
    os.makedirs(os.path.join(d, "real"))
    write("real/s.py", "import sys\nprint(sys.path[0], __file__)\n")
    py_compile.compile(os.path.join(d, "real", "s.py"), cfile=os.path.join(d, "real", "s.pyc"), doraise=True)
    os.symlink(os.path.join("real", "s.pyc"), os.path.join(d, "link.pyc"))
    for script in ("link.pyc", os.path.join(d, "link.pyc")):
        want = subprocess_run_in(["/usr/bin/python3.11", script], d)
        got = subprocess_run_in([PVM, script], d)
        check(got == want, f"symlinked script {script}: sys.path[0] and __file__", f"{got!r} vs {want!r}")
    rc, out, err = run([PVM, "-m"])
    check(rc == 2 and "Argument expected for the -m option" in err, "pvm -m without a module", f"{rc}")
    os.remove(mod)
    write("mod.py", "VALUE = [1, 2.5, 'x', (None, b'y')]\ndef f(a, *b, **c):\n    return a\n")
    py_compile.compile(mod, cfile=mod + "c", doraise=True)
    os.remove(mod)
    with open(mod + "c", "rb") as f:
        data = f.read()
    rng = random.Random(6)
    crashes = 0
    for i in range(40):
        b = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        if rng.random() < 0.3:
            b = b[:rng.randrange(len(b))]
        with open(mod + "c", "wb") as f:
            f.write(b)
        for args in ([PVM, main], [PVM, "-m", "mod"]):
            rc, out, err = subprocess_run_in(args, d)
            if rc == "timeout" or not isinstance(rc, int) or rc < 0 or rc >= 128 or "Sanitizer" in err:
                crashes += 1
                print(f"corrupt module {i}: {args} -> {rc} {err[-300:]!r}")
    check(crashes == 0, "40 randomly corrupted imported modules: no crash, no hang", f"({crashes} crashes)")


def subprocess_run_in(args, cwd, timeout=20):
    try:
        p = subprocess.run(args, capture_output=True, timeout=timeout, cwd=cwd)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def main():
    with tempfile.TemporaryDirectory(prefix="pyk-cli-") as tmp:
        src = os.path.join(tmp, "m.py")
        with open(src, "w") as f:
            f.write("def f(x):\n    try:\n        return [i * x for i in range(3)]\n"
                    "    except Exception as e:\n        raise\nprint(f(2), 'h\u00e9', 1.5, 10**40)\n")
        good = os.path.join(tmp, "m.pyc")
        py_compile.compile(src, cfile=good, doraise=True)
        data = open(good, "rb").read()

        # Usage.
        for tool in (PVM, PYC):
            rc, out, err = run([tool, "--version"])
            check(rc == 0 and "3.11" in out, f"{tool} --version", f"{rc} {out!r}")
            rc, out, err = run([tool, "--help"])
            check(rc == 0 and "usage" in out, f"{tool} --help")
            rc, out, err = run([tool])
            check(rc == 2 and "usage" in err, f"{tool} without arguments exits 2 with usage", f"{rc}")
            rc, out, err = run([tool, "--no-such-option"])
            check(rc == 2, f"{tool} unknown option exits 2", f"{rc}")
        rc, out, err = run([PVM, "--dis", good])
        check(rc == 0 and "RESUME" in out, "pvm --dis on a good file", f"{rc} {err!r}")

        # pyc tries every file and reports every SyntaxError, as CPython would per file.
        e1, e2, okf = (os.path.join(tmp, n) for n in ("e1.py", "e2.py", "ok.py"))
        with open(e1, "w") as f:
            f.write("x = (1,\n")
        with open(e2, "w") as f:
            f.write("def f(:\n    pass\n")
        with open(okf, "w") as f:
            f.write("print(1)\n")
        rc, out, err = run([PYC, e1, okf, e2])
        check(rc not in (0, "timeout") and err.count("SyntaxError:") == 2
              and "'(' was never closed" in err and "e2.py\", line 1" in err,
              "pyc reports the SyntaxError of every file it is given", f"-> {rc} {err!r}")

        bad_input(os.path.join(tmp, "missing.pyc"), "a missing file", ["missing.pyc"])
        bad_input(tmp, "a directory", [os.path.basename(tmp)])
        empty = os.path.join(tmp, "empty.pyc")
        open(empty, "wb").close()
        bad_input(empty, "an empty file", ["empty"])
        text = os.path.join(tmp, "text.pyc")
        with open(text, "w") as f:
            f.write("print('this is source, not bytecode')\n")
        bad_input(text, "a text file", ["text.pyc"])
        for magic, version in ((3439, "3.10"), (3425, "3.9"), (3531, "3.12"), (3413, "3.8")):
            other = os.path.join(tmp, f"v{magic}.pyc")
            with open(other, "wb") as f:
                f.write(magic.to_bytes(2, "little") + data[2:])
            bad_input(other, f"a Python {version} file", [version, "3.11"])
        flags = os.path.join(tmp, "flags.pyc")
        with open(flags, "wb") as f:
            f.write(data[:4] + (8).to_bytes(4, "little") + data[8:])
        bad_input(flags, "a header with unknown flags")
        for cut in sorted({1, 3, 4, 8, 12, 15, 16, 17, 20, 40, len(data) // 2, len(data) - 1}):
            t = os.path.join(tmp, f"trunc{cut}.pyc")
            with open(t, "wb") as f:
                f.write(data[:cut])
            bad_input(t, f"a file truncated to {cut} bytes", [f"trunc{cut}.pyc"])
        trailing = os.path.join(tmp, "trailing.pyc")
        with open(trailing, "wb") as f:
            f.write(data + b"N")
        bad_input(trailing, "a file with trailing data")
        # Corruption: random byte changes after the header must never crash or hang.
        rng = random.Random(3495)
        crashes = 0
        for i in range(60):
            b = bytearray(data)
            for _ in range(rng.randint(1, 4)):
                b[rng.randrange(16, len(b))] = rng.randrange(256)
            c = os.path.join(tmp, "corrupt.pyc")
            with open(c, "wb") as f:
                f.write(b)
            for tool in ([PVM, "--dis"], [PVM]):
                rc, out, err = run(tool + [c])
                if rc == "timeout" or not isinstance(rc, int) or rc < 0 or rc >= 128 or "Sanitizer" in err:
                    crashes += 1
                    print(f"corrupt case {i}: {tool} -> {rc} {err[-300:]!r}")
        check(crashes == 0, "60 randomly corrupted files: no crash, no hang", f"({crashes} crashes)")
        imports(tmp)
    compile_cli.run_tests(PYC, check)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
