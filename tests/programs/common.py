"""Shared by tests/programs/run_programs.py and scripts/regen-expected: how a
program is run under python3.11 and how outputs are normalised so they can be
compared across tools (absolute paths of the programs folder, memory
addresses).  Expected files are only ever written from python3.11's output.
"""
import os
import re
import shutil
import subprocess

PY = "/usr/bin/python3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT = 60

# What pvm cannot run yet, by the issue that brings it.  A program declares
# what it uses beyond the language and builtins (issues 5 and 6, done) in a
# "# needs: TAG..." line among its first lines: stdlib (modules other than
# the native sys, math, gc, weakref, importlib, builtins, __future__) or
# tracing (sys.settrace/setprofile line and call events, which no issue has
# asked pvm for yet).  pyc (mode 1) ignores the tags: it must compile
# everything.  Empty this table as pvm's issues land; a tag not in it is
# never skipped.
PVM_PENDING = {"stdlib": "standard library issue",
               "tracing": "tracing support (sys.settrace), in no issue yet"}


def programs():
    return sorted([f[:-3] for f in os.listdir(HERE)
                   if f.endswith(".py") and f not in ("common.py", "run_programs.py")] +
                  [d for d in os.listdir(HERE) if is_tree(d)])


# A multi-module program is a directory NAME/ holding main.py and the modules
# and packages it imports.  Every .py of the tree is compiled and the tree is
# run from its root, as "INTERPRETER main.pyc" or with the arguments of a
# "# argv: ..." line (e.g. "# argv: -m pkg a b").  Layouts ("# layout: ..."):
#   sourceless (default): X.pyc next to where X.py was, the .py removed
#   pycache: main.pyc as above; every other X.py stays, compiled to
#            __pycache__/X.cpython-311.pyc (python3.11 uses it: its header
#            records the source's mtime and size)
# A "# path: DIR..." line adds tree directories to the search path: PYTHONPATH
# for python3.11, PVMPATH for pvm (each ignores the other's variable).
# Expectations come from python3.11 running the tree compiled by python3.11
# in the same layout (no source lines in sourceless tracebacks).
def is_tree(name):
    return os.path.isfile(os.path.join(HERE, name, "main.py"))


def source(name):
    return os.path.join(HERE, name, "main.py") if is_tree(name) else os.path.join(HERE, name + ".py")


def header(name, key):
    # errors="replace": a program may declare another encoding (PEP 263)
    with open(source(name), encoding="utf-8", errors="replace") as f:
        for _, line in zip(range(5), f):
            m = re.match(r"#\s*" + key + r":(.*)", line)
            if m:
                return m.group(1).split()
    return None


def needs(name):
    return set(header(name, "needs") or ())


def compile_cpython(src, out):
    p = subprocess.run([PY, "-c",
                        "import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                        src, out], capture_output=True, text=True)
    return p.returncode == 0, p.stderr


def prepare_tree(name, dest, compile_fn):
    """Copies tree NAME to dest and compiles it in its layout with
    compile_fn(src, out) -> (ok, err).  Returns (ok, err, argv)."""
    shutil.copytree(os.path.join(HERE, name), dest, ignore=shutil.ignore_patterns("__pycache__"))
    layout = (header(name, "layout") or ["sourceless"])[0]
    for d, _, files in os.walk(dest):
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            src = os.path.join(d, f)
            if layout == "pycache" and src != os.path.join(dest, "main.py"):
                out = os.path.join(d, "__pycache__", f[:-3] + ".cpython-311.pyc")
                os.makedirs(os.path.dirname(out), exist_ok=True)
            else:
                out = src + "c"
            ok, err = compile_fn(src, out)
            if not ok:
                return False, err, None
            if out == src + "c":
                os.remove(src)
    return True, "", header(name, "argv") or ["main.pyc"]


def tree_path(name):
    return header(name, "path") or ()


def normalise(text, workdir, tree=False):
    text = text.replace(workdir + os.sep, "")
    if tree:
        # the tree's root itself (sys.path[0]), and the interpreter naming
        # itself in `-m` errors ("/usr/bin/python3.11: ..." / "pvm: ...")
        text = text.replace(workdir, ".")
        text = re.sub(r"^(" + re.escape(PY) + r"|pvm): ", "INTERPRETER: ", text, flags=re.M)
    return re.sub(r"0x[0-9a-fA-F]{6,}", "0xADDR", text)


def run(cmd, workdir, stdin_text="", tree=False, path=()):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    env.pop("PVMPATH", None)
    if path:
        env["PYTHONPATH"] = env["PVMPATH"] = os.pathsep.join(os.path.join(workdir, d) for d in path)
    try:
        p = subprocess.run(cmd, cwd=workdir, input=stdin_text.encode(), capture_output=True,
                           timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return "", f"timed out after {TIMEOUT}s", -1
    return (normalise(p.stdout.decode("utf-8", "replace"), workdir, tree),
            normalise(p.stderr.decode("utf-8", "replace"), workdir, tree), p.returncode)


def expected(name):
    def read(ext):
        with open(os.path.join(EXPECTED, f"{name}.{ext}"), encoding="utf-8", newline="") as f:  # "\r" is output too
            return f.read()
    return read("stdout"), read("stderr"), int(read("exit"))
