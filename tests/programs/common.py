"""Shared by tests/programs/run_programs.py and scripts/regen-expected: how a
program is run under python3.11 and how outputs are normalised so they can be
compared across tools (absolute paths of the programs folder, memory
addresses).  Expected files are only ever written from python3.11's output.
"""
import os
import re
import subprocess

PY = "/usr/bin/python3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT = 60

# What pvm cannot run yet, by the issue that brings it.  A program declares
# what it uses beyond the pvm core (issue 5) in a "# needs: TAG..." line among
# its first lines: data-model (classes, generators, coroutines, with, match,
# except*, imports beyond sys and math, open) or stdlib (modules other than
# sys and math).  pyc (mode 1) ignores the tags: it must compile everything.
# Empty this table as pvm's issues land; a tag not in it is never skipped.
PVM_PENDING = {"data-model": "pvm data-model issue", "stdlib": "standard library issue"}


def programs():
    return sorted(f[:-3] for f in os.listdir(HERE)
                  if f.endswith(".py") and f not in ("common.py", "run_programs.py"))


def needs(name):
    # errors="replace": a program may declare another encoding (PEP 263)
    with open(os.path.join(HERE, name + ".py"), encoding="utf-8", errors="replace") as f:
        for _, line in zip(range(5), f):
            m = re.match(r"#\s*needs:(.*)", line)
            if m:
                return set(m.group(1).split())
    return set()


def normalise(text, workdir):
    text = text.replace(workdir + os.sep, "")
    return re.sub(r"0x[0-9a-fA-F]{6,}", "0xADDR", text)


def run(cmd, workdir, stdin_text=""):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    try:
        p = subprocess.run(cmd, cwd=workdir, input=stdin_text.encode(), capture_output=True,
                           timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return "", f"timed out after {TIMEOUT}s", -1
    return (normalise(p.stdout.decode("utf-8", "replace"), workdir),
            normalise(p.stderr.decode("utf-8", "replace"), workdir), p.returncode)


def expected(name):
    def read(ext):
        with open(os.path.join(EXPECTED, f"{name}.{ext}"), encoding="utf-8") as f:
            return f.read()
    return read("stdout"), read("stderr"), int(read("exit"))
