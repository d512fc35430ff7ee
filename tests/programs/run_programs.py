"""tests/programs/run_programs.py BUILD_DIR: run every tests/programs/NAME.py
and compare stdout, stderr (tracebacks included) and exit status with the
expectations python3.11 generated (scripts/regen-expected).  Modes:
  ref:  python3.11 compiles, python3.11 runs (checks the harness itself)
  1:    pyc compiles, python3.11 runs
  2:    python3.11 compiles, pvm runs
  3:    pyc compiles, pvm runs
Multi-module programs (directories NAME/ with main.py) are compiled whole
in each mode and run from their root (common.prepare_tree).
A mode whose tool cannot do the job yet is reported and its cases counted as
skipped, never hidden; so are, in the pvm modes, the programs whose "# needs:"
tags name an issue pvm has not reached (common.PVM_PENDING).
Ends with "N passed, N failed, N skipped".
Options (for working on one area; the test suite uses none):
  --modes 2,3        run only these modes
  --only a,b         run only programs whose name contains one of these
  --pending          also run programs tagged as pending in the pvm modes
                     (to find the ones a new feature makes pass)
  --pvm PATH         another pvm binary (e.g. the switch-dispatch build)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import common

import argparse

_ap = argparse.ArgumentParser()
_ap.add_argument("build", nargs="?", default="build")
_ap.add_argument("--modes", default=None)
_ap.add_argument("--only", default=None)
_ap.add_argument("--pending", action="store_true")
_ap.add_argument("--pvm", default=None, help="pvm binary (default BUILD/vm/pvm)")
ARGS = _ap.parse_args()
build = os.path.abspath(ARGS.build)
PYC = os.path.join(build, "compiler", "pyc")
PVM = os.path.abspath(ARGS.pvm) if ARGS.pvm else os.path.join(build, "vm", "pvm")


compile_cpython = common.compile_cpython


def compile_pyc(src, out):
    p = subprocess.run([PYC, "-o", out, src], capture_output=True, text=True)
    return p.returncode == 0, p.stderr


def run_cpython(pyc, workdir, argv=None, path=()):
    return common.run([common.PY] + (argv or [pyc]), workdir, tree=argv is not None, path=path)


def run_pvm(pyc, workdir, argv=None, path=()):
    return common.run([PVM] + (argv or [pyc]), workdir, tree=argv is not None, path=path)


MODES = [
    ("ref", "python3.11 -> python3.11", compile_cpython, run_cpython),
    ("1", "pyc -> python3.11", compile_pyc, run_cpython),
    ("2", "python3.11 -> pvm", compile_cpython, run_pvm),
    ("3", "pyc -> pvm", compile_pyc, run_pvm),
]


def capability(work):
    """Which tools can do their job today: each must handle a one-line
    program end to end (pyc: python3.11 runs its output; pvm: runs
    python3.11's output).  Returns {tool: None if capable, else the reason}."""
    probe = os.path.join(work, "probe.py")
    with open(probe, "w") as f:
        f.write("print('probe')\n")
    can = {}
    out_pyc = os.path.join(work, "probe_pyc.pyc")
    ok, err = compile_pyc(probe, out_pyc)
    if ok and run_cpython(out_pyc, work)[0] == "probe\n":
        can["pyc"] = None
    else:
        can["pyc"] = (err.strip().splitlines() or ["its output does not run"])[0]
    cp = os.path.join(work, "probe_cp.pyc")
    compile_cpython(probe, cp)
    out, err, status = run_pvm(cp, work)
    can["pvm"] = None if (out, status) == ("probe\n", 0) else (err.strip().splitlines() or [f"exit {status}"])[-1]
    return can


def main():
    names = common.programs()
    if ARGS.only:
        pats = ARGS.only.split(",")
        names = [n for n in names if any(p in n for p in pats)]
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory(prefix="pyk-programs-") as work:
        can = capability(work)
        for name in names:
            if not common.is_tree(name):
                shutil.copy(os.path.join(common.HERE, name + ".py"), work)
        for mode, title, compile_fn, run_fn in MODES:
            if ARGS.modes and mode not in ARGS.modes.split(","):
                continue
            needs = {"ref": [], "1": ["pyc"], "2": ["pvm"], "3": ["pyc", "pvm"]}[mode]
            missing = [t for t in needs if can[t]]
            if missing:
                why = "; ".join(f"{t}: {can[t]}" for t in missing)
                print(f"mode {mode} ({title}): {len(names)} skipped - cannot do this yet ({why})")
                skipped += len(names)
                continue
            mp = mf = 0
            runnable = names
            if "pvm" in needs and not ARGS.pending:
                runnable = [n for n in names if not common.needs(n) & common.PVM_PENDING.keys()]
                pending = {}
                for n in names:
                    for tag in sorted(common.needs(n) & common.PVM_PENDING.keys())[:1]:
                        pending[tag] = pending.get(tag, 0) + 1
                for tag, count in sorted(pending.items()):
                    print(f"mode {mode} ({title}): {count} skipped - need the {common.PVM_PENDING[tag]} ({tag})")
                skipped += len(names) - len(runnable)
            for name in runnable:
                if common.is_tree(name):
                    tree = os.path.join(work, f"{name}.mode{mode}")
                    ok, err, argv = common.prepare_tree(name, tree, compile_fn)
                else:
                    src = os.path.join(work, name + ".py")
                    out_pyc = os.path.join(work, f"{name}.mode{mode}.pyc")
                    ok, err = compile_fn(src, out_pyc)
                if not ok:
                    print(f"FAIL mode {mode} {name}: compile failed: {err.strip()[:300]}")
                    mf += 1
                    continue
                if common.is_tree(name):
                    got = run_fn(None, tree, argv, common.tree_path(name))
                else:
                    got = run_fn(out_pyc, work)
                want = common.expected(name)
                if got == want:
                    mp += 1
                    continue
                mf += 1
                what = [k for k, g, w in zip(("stdout", "stderr", "exit"), got, want) if g != w]
                print(f"FAIL mode {mode} {name}: {', '.join(what)} differ")
                for k, g, w in zip(("stdout", "stderr", "exit"), got, want):
                    if g != w:
                        print(f"  expected {k}: {str(w)[-400:]!r}\n  got      {k}: {str(g)[-400:]!r}")
            print(f"mode {mode} ({title}): {mp} passed, {mf} failed")
            passed += mp
            failed += mf
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
