"""tests/conformance/stdlib.py BUILD_DIR: our loader, writer and disassembler
over the real thing.  python3.11 compiles its whole standard library (Lib/test
included) into a temporary directory; then for every .pyc:
  (a) load:  common/ loads it (tests/tools/remarshal),
  (b) remarshal: python3.11's marshal.loads of OUR re-marshalled bytes equals
      the original code object, recursively, field by field, types included,
  (c) dis:   `pvm --dis` prints what dis.dis prints (addresses normalised,
      frozenset elements sorted).
Prints the three counts, the first differences, and "N passed, N failed"
(one check per file per aspect).
"""
import ast
import difflib
import io
import math
import marshal
import multiprocessing
import os
import py_compile
import re
import subprocess
import sys
import tempfile
import types
import warnings

LIB = "/usr/lib/python3.11"
build = sys.argv[1] if len(sys.argv) > 1 else "build"
REMARSHAL = os.path.join(build, "tests", "remarshal")
PVM = os.path.join(build, "vm", "pvm")
MAX_SHOWN = 5


def sources():
    for root, dirs, files in os.walk(LIB):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "site-packages", "dist-packages"))
        for f in sorted(files):
            if f.endswith(".py"):
                yield os.path.join(root, f)


def compile_one(args):
    src, dst = args
    warnings.simplefilter("ignore")  # the stdlib's own SyntaxWarnings are not ours
    try:
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        py_compile.compile(src, cfile=dst, dfile=src, doraise=True)
        return dst
    except (py_compile.PyCompileError, SyntaxError, UnicodeDecodeError, ValueError):
        return None  # deliberately broken test inputs (badsyntax_*, ...)


def same(a, b, path="code"):
    """Recursive equality that also requires equal types (1 != True != 1.0)
    and compares floats by bits; returns None or a description of the first
    difference."""
    if type(a) is not type(b):
        return f"{path}: type {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, types.CodeType):
        for f in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
                  "co_flags", "co_code", "co_consts", "co_names", "co_varnames", "co_cellvars",
                  "co_freevars", "co_nlocals", "co_filename", "co_name", "co_qualname",
                  "co_firstlineno", "co_linetable", "co_exceptiontable"):
            d = same(getattr(a, f), getattr(b, f), f"{path}.{f}")
            if d:
                return d
        return None
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = same(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(a, (frozenset, set)):
        ka = sorted(map(repr, a))
        kb = sorted(map(repr, b))
        return None if ka == kb else f"{path}: {ka[:5]} != {kb[:5]}"
    if isinstance(a, dict):
        return same(list(a.items()), list(b.items()), path)
    if isinstance(a, float):
        if math.isnan(a) and math.isnan(b):
            return None
        return None if (a == b and math.copysign(1, a) == math.copysign(1, b)) else f"{path}: {a!r} != {b!r}"
    if isinstance(a, complex):
        return same(a.real, b.real, path + ".real") or same(a.imag, b.imag, path + ".imag")
    return None if a == b else f"{path}: {a!r:.80} != {b!r:.80}"


ADDR = re.compile(r"0x[0-9a-fA-F]+")
FROZENSET = re.compile(r"frozenset\(\{(.*?)\}\)")


def _sort_frozenset(m):
    try:
        elems = ast.literal_eval("{" + m.group(1) + "}")
        return "frozenset({" + ", ".join(sorted(map(repr, elems))) + "})"
    except Exception:
        return m.group(0)


def normalise(text):
    return FROZENSET.sub(_sort_frozenset, ADDR.sub("0xADDR", text))


def dis_text(pyc):
    import dis
    with open(pyc, "rb") as f:
        code = marshal.loads(f.read()[16:])
    out = io.StringIO()
    dis.dis(code, file=out)
    return out.getvalue()


def check_file(job):
    """Worker: (b) and (c) for one file.  Returns (pyc, remarshal_diff, dis_diff)."""
    pyc, ours_bin = job
    with open(pyc, "rb") as f:
        original = marshal.loads(f.read()[16:])
    remarshal_diff = "not loaded"
    if ours_bin:
        try:
            with open(ours_bin, "rb") as f:
                mine = marshal.loads(f.read())
            remarshal_diff = same(original, mine)
        except Exception as e:
            remarshal_diff = f"marshal.loads of our bytes failed: {e}"
    theirs = normalise(dis_text(pyc))
    p = subprocess.run([PVM, "--dis", pyc], capture_output=True, timeout=120)
    if p.returncode != 0:
        return pyc, remarshal_diff, f"pvm --dis exit {p.returncode}: {p.stderr.decode(errors='replace')[:200]}"
    mine = normalise(p.stdout.decode("utf-8", errors="surrogateescape"))
    dis_diff = None
    if mine != theirs:
        diff = difflib.unified_diff(theirs.splitlines(), mine.splitlines(), "dis.dis", "pvm --dis", n=1, lineterm="")
        dis_diff = "\n".join(list(diff)[:12])
    return pyc, remarshal_diff, dis_diff


def main():
    with tempfile.TemporaryDirectory(prefix="pyk-stdlib-") as tmp:
        jobs = [(src, os.path.join(tmp, "pyc", os.path.relpath(src, LIB) + "c")) for src in sources()]
        with multiprocessing.Pool() as pool:
            pycs = [p for p in pool.map(compile_one, jobs, chunksize=16) if p]
        print(f"compiled {len(pycs)} of {len(jobs)} stdlib sources with python3.11")

        outdir = os.path.join(tmp, "ours")
        os.makedirs(outdir)
        p = subprocess.run([REMARSHAL, outdir, "-"], input="\n".join(pycs) + "\n",
                           capture_output=True, text=True, errors="surrogateescape")
        loaded = {}
        load_errors = []
        for line in p.stdout.splitlines():
            if line.startswith("OK "):
                _, idx, path = line.split(" ", 2)
                loaded[path] = os.path.join(outdir, idx + ".bin")
            elif line.startswith("ERR "):
                load_errors.append(line[4:])
        if p.returncode not in (0, 1):
            load_errors.append(f"remarshal exited {p.returncode}: {p.stderr[:300]}")

        with multiprocessing.Pool() as pool:
            results = pool.map(check_file, [(pyc, loaded.get(pyc)) for pyc in pycs], chunksize=8)

    n = len(pycs)
    n_loaded = sum(1 for pyc in pycs if pyc in loaded)
    remarshal_bad = [(pyc, d) for pyc, d, _ in results if d]
    dis_bad = [(pyc, d) for pyc, _, d in results if d]
    print(f"loaded:            {n_loaded} of {n}")
    print(f"re-marshal equal:  {n - len(remarshal_bad)} of {n}")
    print(f"dis identical:     {n - len(dis_bad)} of {n}")
    for e in load_errors[:MAX_SHOWN]:
        print("LOAD FAIL:", e)
    for pyc, d in remarshal_bad[:MAX_SHOWN]:
        print("REMARSHAL FAIL:", os.path.relpath(pyc, tmp), d)
    for pyc, d in dis_bad[:MAX_SHOWN]:
        print("DIS FAIL:", os.path.relpath(pyc, tmp))
        print(d)
    failed = (n - n_loaded) + len(remarshal_bad) + len(dis_bad)
    passed = 3 * n - failed
    if n < 1000:
        print(f"FAIL: only {n} stdlib files compiled; is libpython3.11-testsuite installed?")
        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
