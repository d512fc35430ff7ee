"""tests/cli/compile_cli.py: `pyc FILE.py...` and `pyc -r` against
python3.11's py_compile and compileall (called by run_cli.py).

Every expectation comes from python3.11 run on an identical copy of the same
tree (same names, same mtimes, same modes): which files get written where,
the stdout of compileall, the 16 header bytes, the file modes, the
co_filename of every code object, what python3.11 does when it imports the
files after the source has been changed behind its back (proves it accepts
and validates our headers as its own), up-to-date skipping, -j, and the
error paths (syntax errors among good files, unreadable sources, read-only
__pycache__, /dev/full, a file size limit standing in for a full disk).
"""
import marshal
import os
import py_compile
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile

ORACLE = "/usr/bin/python3.11"

# The tree every comparison starts from.  Names exercise compileall's
# walk: sorting, dotted and quoted names, non-.py files, a package, nesting
# deeper than -l / --maxlevels 1, symlinks to a file (compiled), to a
# directory (not entered) and to nothing (skipped), an existing __pycache__
# (never entered), and a file that does not compile.
TREE = {
    "pkg/__init__.py": "X = 1\n",
    "pkg/a.py": ('"""module doc"""\n'
                 "def boom(n):\n"
                 "    if n > 2:\n"
                 "        raise ValueError('boom %d' % n)\n"
                 "    return n\n"
                 "assert boom(1) == 1, 'never'\n"
                 "print('a', boom(2), __debug__, __doc__)\n"),
    "pkg/x.b.py": "print('dotted')\n",
    "pkg/we'ird \u00e9.py": "Y = 2\n",
    "pkg/notes.txt": "not python\n",
    "pkg/tool.pyw": "print('pyw')\n",
    "pkg/bad.py": "def f(:\n    pass\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/b.py": "class B:\n    def m(self):\n        return 'b'\nprint(B().m())\n",
    "pkg/sub/deep/c.py": "print('c')\n",
    "pkg/sub/pkg/d.py": "print('d')\n",
    "pkg/__pycache__/stale.py": "print('never compiled: inside __pycache__')\n",
}
SYMLINKS = {"pkg/link_a.py": "a.py", "pkg/link_sub": "sub", "pkg/broken.py": "missing.py"}
MTIME = 1_700_000_000.25


def make_tree(root, tree=TREE):
    for rel, text in tree.items():
        p = os.path.join(root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
    for rel, target in (SYMLINKS if tree is TREE else {}).items():
        os.symlink(target, os.path.join(root, rel))
    for i, rel in enumerate(sorted(tree)):
        p = os.path.join(root, rel)
        os.chmod(p, 0o640 if i % 2 else 0o644)
        os.utime(p, (MTIME + i, MTIME + i))


def snapshot(root):
    """{relative path: (bytes, mode)} of every .pyc under root."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for n in filenames:
            p = os.path.join(dirpath, n)
            if n.endswith(".pyc") and not os.path.islink(p):
                with open(p, "rb") as f:
                    # PYTHONPYCACHEPREFIX mirrors the absolute tree path.
                    key = os.path.relpath(p, root).replace(root.lstrip("/"), "ROOT")
                    out[key] = (f.read(), stat.S_IMODE(os.stat(p).st_mode))
    return out


def leftovers(root):
    return [os.path.join(d, n) for d, _, ns in os.walk(root) for n in ns if ".tmp" in n]


def filenames_in(pyc_bytes):
    """Every co_filename in a .pyc (python3.11's marshal reads ours)."""
    code = marshal.loads(pyc_bytes[16:])
    seen, todo = set(), [code]
    while todo:
        c = todo.pop()
        seen.add(c.co_filename)
        todo.extend(k for k in c.co_consts if hasattr(k, "co_filename"))
    return sorted(seen)


class Suite:
    def __init__(self, pyc, check, tmp):
        self.pyc, self.check, self.tmp = pyc, check, tmp
        self.n = 0

    def fresh(self, tree=TREE):
        self.n += 1
        root = os.path.join(self.tmp, f"t{self.n}")
        os.makedirs(root)
        make_tree(root, tree)
        return root

    def run(self, args, cwd, env=None, preexec=None, timeout=60):
        e = dict(os.environ)
        e.pop("SOURCE_DATE_EPOCH", None)
        e.pop("PYTHONPYCACHEPREFIX", None)
        e["PYTHONIOENCODING"] = "utf-8"
        e.update(env or {})
        try:
            p = subprocess.run(args, cwd=cwd, env=e, capture_output=True, timeout=timeout,
                               preexec_fn=preexec)
        except subprocess.TimeoutExpired:
            return "timeout", "", ""
        return (p.returncode, p.stdout.decode("utf-8", "replace"),
                p.stderr.decode("utf-8", "replace"))

    # -- pyc -r against python3.11 -m compileall -------------------------

    def compare_compileall(self, label, pyc_args, py_args, dests=("pkg",), env=None,
                           py_flags=(), jobs=(None,), tree=TREE):
        a, b = self.fresh(tree), self.fresh(tree)
        rc_py, out_py, err_py = self.run([ORACLE, *py_flags, "-m", "compileall", *py_args,
                                          *dests], a, env)
        want = snapshot(a)
        for j in jobs:
            jargs = [] if j is None else ["-j", str(j)]
            if j is not None:
                shutil.rmtree(b)
                os.makedirs(b)
                make_tree(b, tree)
            rc, out, err = self.run([self.pyc, "-r", *jargs, *pyc_args, *dests], b, env)
            got = snapshot(b)
            what = f"pyc -r {' '.join(jargs + pyc_args)} {' '.join(dests)} [{label}]"
            self.check(sorted(got) == sorted(want), f"{what}: writes the files compileall writes",
                       f"\n  pyc: {sorted(got)}\n  py:  {sorted(want)}")
            self.check(out == out_py, f"{what}: stdout is compileall's",
                       f"\n--- pyc:\n{out}--- python3.11:\n{out_py}--- pyc stderr:\n{err}")
            self.check(rc == rc_py, f"{what}: exit status {rc_py} like compileall", f"-> {rc}")
            hdr_ok = all(got[k][0][:16] == want[k][0][:16] for k in want if k in got)
            self.check(hdr_ok, f"{what}: headers (flags, mtime, size / hash) equal compileall's",
                       str({k: (got[k][0][:16].hex(), want[k][0][:16].hex())
                            for k in want if k in got and got[k][0][:16] != want[k][0][:16]}))
            modes_ok = all(got[k][1] == want[k][1] for k in want if k in got)
            self.check(modes_ok, f"{what}: file modes equal compileall's")
            names = {k: filenames_in(got[k][0]) for k in want if k in got}
            names_py = {k: filenames_in(want[k][0]) for k in want if k in got}
            self.check(names == names_py, f"{what}: co_filename equals compileall's",
                       f"\n  pyc: {names}\n  py:  {names_py}")
            self.check(not leftovers(b), f"{what}: no temporary files left", str(leftovers(b)))
            self.check("Sanitizer" not in err, f"{what}: no sanitizer report", err[-500:])
        return a, b

    def compileall_options(self):
        self.compare_compileall("default", [], [])
        self.compare_compileall("-l", ["-l"], ["-l"])
        self.compare_compileall("maxlevels 1", ["--maxlevels", "1"], ["-r", "1"])
        self.compare_compileall("maxlevels 0 beats -l", ["-l", "--maxlevels", "5"], ["-l", "-r", "5"])
        self.compare_compileall("legacy", ["-b"], ["-b"])
        self.compare_compileall("-O", ["-O"], [], py_flags=["-O"])
        self.compare_compileall("-OO", ["-OO"], [], py_flags=["-OO"])
        self.compare_compileall("-OO -b", ["-OO", "-b"], ["-b"], py_flags=["-OO"])
        self.compare_compileall("-q", ["-q"], ["-q"])
        self.compare_compileall("-qq", ["-qq"], ["-qq"])
        self.compare_compileall("-f", ["-f"], ["-f"])
        self.compare_compileall("-x dir", ["-x", "sub"], ["-x", "sub"])
        self.compare_compileall("-x end", ["-x", r"a\.py$"], ["-x", r"a\.py$"])
        self.compare_compileall("-x alternation", ["-x", "(bad|deep)"], ["-x", "(bad|deep)"])
        self.compare_compileall("-d", ["-d", "/dst/lib"], ["-d", "/dst/lib"])
        self.compare_compileall("-d file+dir", ["-d", "dst"], ["-d", "dst"],
                                dests=("pkg/a.py", "pkg/sub"))
        self.compare_compileall("-s", ["-s", "pkg"], ["-s", "pkg"])
        self.compare_compileall("-s -p", ["-s", "pkg/sub", "-p", "/opt/x"],
                                ["-s", "pkg/sub", "-p", "/opt/x"])
        self.compare_compileall("-p", ["-p", "pre"], ["-p", "pre"])
        # compileall removes the first component equal to a matching one:
        # pkg/sub/pkg/d.py with q/q/pkg becomes sub/pkg/d.py.
        self.compare_compileall("-s quirk", ["-s", "q/q/pkg", "-p", "/r"],
                                ["-s", "q/q/pkg", "-p", "/r"])
        self.compare_compileall("trailing slash", [], [], dests=("pkg/",))
        self.compare_compileall("files and dirs", [], [],
                                dests=("pkg/sub", "pkg/a.py", "pkg/notes.txt", "pkg/link_a.py"))
        for mode in ("timestamp", "checked-hash", "unchecked-hash"):
            self.compare_compileall(mode, ["--invalidation-mode", mode],
                                    ["--invalidation-mode", mode])
        self.compare_compileall("SOURCE_DATE_EPOCH", [], [], env={"SOURCE_DATE_EPOCH": "1"})
        self.compare_compileall("SOURCE_DATE_EPOCH + timestamp", ["--invalidation-mode", "timestamp"],
                                ["--invalidation-mode", "timestamp"],
                                env={"SOURCE_DATE_EPOCH": "1"})
        self.compare_compileall("PYTHONPYCACHEPREFIX", [], [], env={"PYTHONPYCACHEPREFIX": "pc/"})
        self.compare_compileall("PYTHONPYCACHEPREFIX -b", ["-b", "-O"], ["-b"], py_flags=["-O"],
                                env={"PYTHONPYCACHEPREFIX": "pc"})
        # Errors other than SyntaxError ("*** Sorry: ..."), errors in the
        # tokenizer, source decoding and the parser's nesting limit.
        bad = {"pkg/null.py": "x = 1\0\n", "pkg/nest.py": "x = " + "(" * 300 + ")" * 300 + "\n",
               "pkg/latin.py": "x = '\udcff'\n", "pkg/tab.py": "if 1:\n\tx = 1\n        y = 2\n",
               "pkg/ok.py": "print('ok')\n", "pkg/indent.py": "def f():\nreturn 1\n"}
        self.compare_compileall("compile errors", [], [], tree=bad, jobs=(None, 2))
        self.compare_compileall("compile errors -q", ["-q"], ["-q"], tree=bad)
        # -j: same files, same headers and the same stdout as -j 1.
        self.compare_compileall("parallel", [], [], jobs=(1, 2, 0, 7))
        self.compare_compileall("parallel -q", ["-q", "-x", "deep"], ["-q", "-x", "deep"],
                                jobs=(2,))

    # -- Up-to-date skipping ---------------------------------------------

    def up_to_date(self):
        a, b = self.fresh(), self.fresh()
        cmd_py = [ORACLE, "-m", "compileall", "pkg"]
        self.run(cmd_py, a)
        self.run([self.pyc, "-r", "pkg"], b)
        first = snapshot(b)
        _, out_py, _ = self.run(cmd_py, a)
        rc, out, _ = self.run([self.pyc, "-r", "pkg"], b)
        self.check(out == out_py, "second pyc -r: skips what compileall skips",
                   f"\n--- pyc:\n{out}--- python3.11:\n{out_py}")
        self.check(snapshot(b) == first, "second pyc -r: up-to-date files untouched")
        # Files python3.11 wrote are up to date for pyc as well, and the
        # other way round.
        rc, out, _ = self.run([self.pyc, "-r", "pkg"], a)
        self.check(out == out_py, "pyc -r on compileall's output: everything up to date",
                   f"\n{out}")
        _, out2, _ = self.run(cmd_py, b)
        self.check(out2 == out_py, "compileall on pyc's output: everything up to date", f"\n{out2}")
        # A newer source is recompiled, by both.
        for root in (a, b):
            os.utime(os.path.join(root, "pkg/sub/b.py"), (MTIME + 500, MTIME + 500))
        _, out_py, _ = self.run(cmd_py, a)
        _, out, _ = self.run([self.pyc, "-r", "pkg"], b)
        self.check(out == out_py and "b.py" in out, "changed mtime: recompiled like compileall",
                   f"\n--- pyc:\n{out}--- python3.11:\n{out_py}")
        # -f recompiles everything; the bytes do not change (reproducible).
        before = snapshot(b)
        _, out, _ = self.run([self.pyc, "-r", "-f", "pkg"], b)
        _, out_py, _ = self.run([ORACLE, "-m", "compileall", "-f", "pkg"], a)
        self.check(out == out_py and snapshot(b) == before,
                   "pyc -r -f: everything recompiled (as compileall -f) to identical bytes",
                   f"\n--- pyc:\n{out}--- python3.11:\n{out_py}")
        # Hash-based files never look up to date to compileall.
        for mode in ("checked-hash", "unchecked-hash"):
            c, d = self.fresh(), self.fresh()
            self.run([ORACLE, "-m", "compileall", "--invalidation-mode", mode, "pkg"], c)
            _, out_py, _ = self.run([ORACLE, "-m", "compileall", "--invalidation-mode", mode, "pkg"], c)
            self.run([self.pyc, "-r", "--invalidation-mode", mode, "pkg"], d)
            _, out, _ = self.run([self.pyc, "-r", "--invalidation-mode", mode, "pkg"], d)
            self.check(out == out_py, f"{mode}: second run recompiles like compileall",
                       f"\n--- pyc:\n{out}--- python3.11:\n{out_py}")

    # -- python3.11 runs what pyc writes -----------------------------------

    def python_accepts(self):
        """Compile, then change the source behind python3.11's back (same size
        and mtime): a timestamp or unchecked-hash .pyc is trusted and runs the
        old code, a checked-hash one is rejected and the new source runs.
        python3.11's own files give the expectation."""
        probe = "import sys; sys.path.insert(0, 'pkg'); import a"
        for mode in ("timestamp", "checked-hash", "unchecked-hash"):
            for opt in ([], ["-O"], ["-OO"]):
                outs = []
                for tool in ("py", "pyc"):
                    root = self.fresh()
                    if tool == "py":
                        self.run([ORACLE, *opt, "-m", "compileall", "-q",
                                  "--invalidation-mode", mode, "pkg"], root)
                    else:
                        self.run([self.pyc, "-r", "-q", *opt, "--invalidation-mode", mode, "pkg"],
                                 root)
                    src = os.path.join(root, "pkg/a.py")
                    st = os.stat(src)
                    text = open(src, encoding="utf-8").read().replace("'a'", "'A'")
                    with open(src, "w", encoding="utf-8") as f:
                        f.write(text)
                    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
                    outs.append(self.run([ORACLE, "-B", *opt, "-c", probe], root))
                self.check(outs[0] == outs[1] and outs[0][0] == 0,
                           f"python3.11 {' '.join(opt)} imports pyc's {mode} files as its own",
                           f"\n  py:  {outs[0]}\n  pyc: {outs[1]}")
        # Sourceless: the legacy layout run directly, tracebacks naming -d's path.
        outs = []
        for tool in ("py", "pyc"):
            root = self.fresh()
            with open(os.path.join(root, "pkg/run.py"), "w") as f:
                f.write("import a\nprint(a.boom(1))\na.boom(5)\n")
            if tool == "py":
                self.run([ORACLE, "-m", "compileall", "-q", "-b", "-d", "/opt/app", "pkg"], root)
            else:
                self.run([self.pyc, "-r", "-q", "-b", "-d", "/opt/app", "pkg"], root)
            for dirpath, _, files in os.walk(os.path.join(root, "pkg")):
                for n in files:
                    if n.endswith(".py"):
                        os.unlink(os.path.join(dirpath, n))
            outs.append(self.run([ORACLE, "pkg/run.pyc"], root))
        self.check(outs[0] == outs[1] and "/opt/app/a.py" in outs[0][2],
                   "sourceless .pyc run by python3.11: output and traceback (with -d path) match",
                   f"\n  py:  {outs[0]}\n  pyc: {outs[1]}")

    # -- pyc FILE.py... against py_compile -------------------------------

    def py_compile_mode(self):
        files = ["pkg/a.py", "pkg/x.b.py", "pkg/sub/b.py", "pkg/we'ird \u00e9.py"]
        for opt in (0, 1, 2):
            for env in ({}, {"SOURCE_DATE_EPOCH": "1700000000"}):
                a, b = self.fresh(), self.fresh()
                script = ("import py_compile, sys\n"
                          f"for f in {files!r}:\n"
                          f"    py_compile.compile(f, doraise=True, optimize={opt})\n")
                r = self.run([ORACLE, "-c", script], a, env)
                flags = ["-O"] * opt
                rc, out, err = self.run([self.pyc, *flags, *files], b, env)
                want, got = snapshot(a), snapshot(b)
                what = f"pyc {' '.join(flags)} FILE.py... {'SOURCE_DATE_EPOCH' if env else ''}"
                self.check(r[0] == 0 and rc == 0 and out == "" and err == "",
                           f"{what}: silent success", f"{r} {rc} {out!r} {err!r}")
                self.check(sorted(got) == sorted(want), f"{what}: files where py_compile puts them",
                           f"\n  pyc: {sorted(got)}\n  py:  {sorted(want)}")
                self.check(all(got[k][0][:16] == want[k][0][:16] and got[k][1] == want[k][1]
                               for k in want if k in got),
                           f"{what}: headers and modes equal py_compile's")
        # importlib's naming quirks: no dot, leading dot.
        odd = {"noext": "print(1)\n", "d/.py": "print(2)\n", "d/.hidden.py": "print(3)\n"}
        a, b = self.fresh(odd), self.fresh(odd)
        self.run([ORACLE, "-c", "import py_compile\nfor f in ['noext', 'd/.py', 'd/.hidden.py']:"
                  " py_compile.compile(f, doraise=True)"], a)
        self.run([self.pyc, "noext", "d/.py", "d/.hidden.py"], b)
        self.check(sorted(snapshot(a)) == sorted(snapshot(b)),
                   "pyc FILE: importlib's cache names for odd file names",
                   f"{sorted(snapshot(b))} vs {sorted(snapshot(a))}")
        # -o and -b.
        root = self.fresh()
        rc, out, err = self.run([self.pyc, "-o", "out/x.pyc", "pkg/a.py"], root)
        self.check(rc == 0 and os.path.isfile(os.path.join(root, "out/x.pyc"))
                   and not os.path.exists(os.path.join(root, "pkg/__pycache__/a.cpython-311.pyc")),
                   "pyc -o OUT FILE.py writes OUT only (directories created)", f"{rc} {err!r}")
        r = self.run([ORACLE, "out/x.pyc"], root)
        self.check(r[0] == 0 and r[1] == "a 2 True module doc\n", "python3.11 runs the -o output",
                   str(r))
        rc, out, err = self.run([self.pyc, "-b", "pkg/a.py", "pkg/sub/b.py"], root)
        self.check(rc == 0 and os.path.isfile(os.path.join(root, "pkg/a.pyc"))
                   and os.path.isfile(os.path.join(root, "pkg/sub/b.pyc")),
                   "pyc -b writes NAME.pyc next to the source", f"{rc} {err!r}")
        # -d/-s/-p work on single files as in compileall.compile_file.
        for opts in (["-d", "/x"], ["-s", "pkg", "-p", "/y"], ["-p", "z"]):
            a, b = self.fresh(), self.fresh()
            self.run([ORACLE, "-m", "compileall", "-q", *opts, "pkg/a.py"], a)
            self.run([self.pyc, *opts, "pkg/a.py"], b)
            key = "pkg/__pycache__/a.cpython-311.pyc"
            ok = key in snapshot(a) and key in snapshot(b)
            self.check(ok and filenames_in(snapshot(a)[key][0]) == filenames_in(snapshot(b)[key][0]),
                       f"pyc {' '.join(opts)} FILE.py: co_filename as compileall's",
                       str(ok and (filenames_in(snapshot(a)[key][0]), filenames_in(snapshot(b)[key][0]))))
        # Reproducible.
        a, b = self.fresh(), self.fresh()
        for root in (a, b):
            self.run([self.pyc, "-r", "-q", "pkg"], root)
        self.check(snapshot(a) == snapshot(b) and snapshot(a),
                   "two runs on identical trees give identical bytes")
        self.run([self.pyc, "-r", "-q", "-f", "-j", "3", "pkg"], b)
        self.check(snapshot(a) == snapshot(b), "-j 3 rewrites identical bytes")

    # -- Errors -------------------------------------------------------------

    def errors(self):
        root = self.fresh()
        rc, out, err = self.run([self.pyc, "pkg/a.py", "pkg/bad.py", "pkg/sub/b.py"], root)
        snap = snapshot(root)
        self.check(rc == 1 and "SyntaxError" in err and 'pkg/bad.py", line 1' in err
                   and len(snap) == 2 and out == "",
                   "syntax error among good files: reported, the others written, exit 1",
                   f"{rc} {sorted(snap)} {err!r}")
        r = self.run([ORACLE, "-m", "py_compile", "pkg/bad.py"], root)
        self.check(r[2] in err, "the syntax error reads as py_compile's", f"\n{err}\n{r[2]}")

        rc, out, err = self.run([self.pyc, "pkg/missing.py", "pkg/a.py"], root)
        self.check(rc == 1 and err == "pyc: pkg/missing.py: No such file or directory\n",
                   "missing input: one clear line, exit 1", f"{rc} {err!r}")
        rc, out, err = self.run([self.pyc, "pkg/sub"], root)
        self.check(rc == 1 and err.startswith("pyc: pkg/sub:") and err.count("\n") == 1,
                   "a directory without -r: one clear line, exit 1", f"{rc} {err!r}")
        rc, out, err = self.run([self.pyc, "-r", "nothere"], root)
        self.check(rc == 1 and "pyc: nothere: No such file or directory" in err,
                   "pyc -r on a missing directory: message, exit 1", f"{rc} {err!r}")

        # /dev/full: -o to a device writes straight to it.
        if os.path.exists("/dev/full"):
            rc, out, err = self.run([self.pyc, "-o", "/dev/full", "pkg/a.py"], root)
            self.check(rc == 1 and err == "pyc: /dev/full: No space left on device\n",
                       "pyc -o /dev/full: No space left on device, exit 1", f"{rc} {err!r}")
        p = subprocess.run([self.pyc, "-o", "/dev/stdout", "pkg/sub/b.py"], cwd=root,
                           capture_output=True, timeout=60)
        self.check(p.returncode == 0 and p.stdout[:4] == py_compile.importlib.util.MAGIC_NUMBER
                   and marshal.loads(p.stdout[16:]).co_filename == "pkg/sub/b.py",
                   "pyc -o /dev/stdout writes the .pyc to stdout", f"{p.returncode} {p.stderr!r}")
        # A full disk, simulated with a file size limit (300 bytes: a.py's
        # .pyc is larger, __init__.py's smaller): no partial .pyc,
        # the previous one untouched, no temporary left.
        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300))
        root = self.fresh()
        target = os.path.join(root, "pkg/__pycache__/a.cpython-311.pyc")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(b"old contents")
        rc, out, err = self.run([self.pyc, "-r", "-q", "pkg"], root, preexec=limit)
        self.check(rc == 1 and "pyc: pkg/__pycache__/a.cpython-311.pyc: File too large\n" in err,
                   "write failure (file size limit): message naming the .pyc, exit 1",
                   f"{rc} {err!r}")
        self.check(open(target, "rb").read() == b"old contents" and not leftovers(root),
                   "write failure: previous .pyc intact, no temporary left", str(leftovers(root)))
        self.check("pkg/__pycache__/__init__.cpython-311.pyc" in snapshot(root),
                   "write failure: small files still written")

        # Permissions: root ignores them, so run pyc as nobody then.
        as_user = None
        if os.geteuid() == 0:
            def as_user():
                os.setgid(65534)
                os.setuid(65534)
        def own(path):
            if os.geteuid() == 0:
                for d, dirs, files in os.walk(path):
                    for n in dirs + files:
                        os.lchown(os.path.join(d, n), 65534, 65534)
                os.lchown(path, 65534, 65534)
        if os.geteuid() == 0 and not os.access(self.pyc, os.X_OK):
            return
        root = self.fresh()
        own(root)
        os.chmod(os.path.join(root, "pkg/x.b.py"), 0)
        os.makedirs(os.path.join(root, "pkg/sub/__pycache__"))
        own(root)
        os.chmod(os.path.join(root, "pkg/sub/__pycache__"), 0o555)
        os.chmod(os.path.join(root, "pkg/sub/deep"), 0o555)
        os.makedirs(os.path.join(root, "pkg/locked"))
        with open(os.path.join(root, "pkg/locked/z.py"), "w") as f:
            f.write("print('z')\n")
        own(root)
        os.chmod(os.path.join(root, "pkg/locked"), 0)
        rc, out, err = self.run([self.pyc, "-r", "-q", "pkg"], root, preexec=as_user)
        lines = err.splitlines()
        snap = snapshot(root)
        self.check(rc == 1 and "pyc: pkg/x.b.py: Permission denied" in lines,
                   "unreadable source: pyc: PATH: strerror, exit 1", f"{rc} {err!r}")
        self.check("pyc: pkg/sub/__pycache__/b.cpython-311.pyc: Permission denied" in lines,
                   "read-only __pycache__: message naming the .pyc", f"{err!r}")
        self.check("pyc: pkg/locked: Permission denied" in lines,
                   "unlistable directory: message, exit 1", f"{err!r}")
        self.check("pyc: pkg/sub/deep/__pycache__: Permission denied" in lines,
                   "read-only source directory: cannot create __pycache__", f"{err!r}")
        self.check("pkg/__pycache__/a.cpython-311.pyc" in snap and not leftovers(root)
                   and "pkg/sub/pkg/__pycache__/d.cpython-311.pyc" in snap
                   and not any("x.b" in k or k.startswith(("pkg/sub/__pycache__", "pkg/sub/deep"))
                               for k in snap),
                   "permission errors: other files written, nothing partial",
                   f"{sorted(snap)} {leftovers(root)}")

    def usage(self):
        root = self.fresh()
        for args, what in ((["-o", "x.pyc", "pkg/a.py", "pkg/x.b.py"], "-o with two files"),
                           (["-r", "-o", "x.pyc", "pkg"], "-o with -r"),
                           (["-d", "x", "-s", "y", "pkg/a.py"], "-d with -s"),
                           (["-d", "x", "-p", "y", "pkg/a.py"], "-d with -p"),
                           (["--invalidation-mode", "never", "pkg/a.py"], "a bad invalidation mode"),
                           (["-j", "-1", "pkg/a.py"], "-j -1"),
                           (["-x", "(", "pkg/a.py"], "a bad regex"),
                           (["-r"], "-r without arguments"),
                           (["-x"], "-x without its argument")):
            rc, out, err = self.run([self.pyc, *args], root)
            self.check(rc == 2 and err.startswith("pyc: ") and not snapshot(root),
                       f"usage error ({what}): exit 2, nothing written", f"{rc} {err!r}")
        rc, help_text, _ = self.run([self.pyc, "--help"], root)
        doc = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs",
                           "pyc-cli.md")
        doc_text = open(doc, encoding="utf-8").read() if os.path.exists(doc) else ""
        for opt in ("-o", "-b", "-O", "-OO", "-r", "-l", "--maxlevels", "-f", "-q", "-qq", "-x",
                    "-j", "--workers", "-d", "-s", "-p", "--invalidation-mode", "timestamp",
                    "checked-hash", "unchecked-hash", "SOURCE_DATE_EPOCH", "--dis", "--tokens",
                    "--dump-ast", "--positions", "--symtable", "--version", "--help"):
            pat = r"(?<![\w-])" + re.escape(opt) + r"(?![\w-])"
            self.check(re.search(pat, help_text) is not None, f"pyc --help mentions {opt}")
            self.check(re.search(pat, doc_text) is not None, f"docs/pyc-cli.md documents {opt}")


def run_tests(pyc, check):
    with tempfile.TemporaryDirectory(prefix="pyk-cli-compile-") as tmp:
        os.chmod(tmp, 0o755)
        s = Suite(pyc, check, tmp)
        s.usage()
        s.compileall_options()
        s.up_to_date()
        s.python_accepts()
        s.py_compile_mode()
        s.errors()
