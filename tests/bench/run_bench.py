"""tests/bench/run_bench.py: the benchmark driver behind scripts/bench.

Compiles every tests/bench/NAME.py once (with build/compiler/pyc, or with
python3.11 given --compiler python3.11), runs the same .pyc under
/usr/bin/python3.11 and under pvm, keeps the best of N runs, checks pvm
printed what python3.11 printed, and prints one table row per benchmark
with the speed and memory ratios, the start-up rows, pvm's binary size, and
as its last line the geometric means.  Benchmarks are not tests: this is
never part of scripts/test.  README.md beside this file explains the table.

Usage: run_bench.py [--quick] [--runs N] [--build DIR] [--pvm PATH]
                    [--compiler pyc|python3.11] [--timeout S] [NAME...]
Exit status 1 only when a benchmark or the harness is broken (pyc or
python3.11 fails on it) or pvm printed a wrong result; "pvm failed" rows
are expected while pvm grows and do not change the status.
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "programs"))
import common  # noqa: E402  (PY and PVM_PENDING: one table of what pvm cannot run yet)

PY = common.PY
# Start-up programs: run many times, median reported, kept out of the main
# table and its geometric mean.
STARTUP = ("startup", "hello")
MiB = 1024.0


def benchmarks():
    return sorted(f[:-3] for f in os.listdir(HERE)
                  if f.endswith(".py") and f != "run_bench.py" and f[:-3] not in STARTUP)


def needs(name):
    """The "# needs: TAG..." tags of a benchmark (same syntax as tests/programs)."""
    with open(os.path.join(HERE, name + ".py"), encoding="utf-8") as f:
        for _, line in zip(range(5), f):
            if line.startswith("#") and line[1:].strip().startswith("needs:"):
                return set(line.split(":", 1)[1].split())
    return set()


def env():
    e = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    e.pop("PYTHONPATH", None)
    return e


class Runner:
    """Runs one command with stdout/stderr to files and measures it.  The C
    helper (measure.c) is used when a C compiler is at hand: measured from
    this Python process, Linux would count the driver's own pages in the
    child's peak RSS (they are charged to the child up to its exec)."""

    def __init__(self, work, timeout):
        self.work = work
        self.timeout = timeout
        self.helper = os.path.join(work, "measure")
        cc = os.environ.get("CC", "cc")
        p = subprocess.run([cc, "-O2", "-o", self.helper, os.path.join(HERE, "measure.c")],
                           capture_output=True, text=True)
        if p.returncode != 0:
            print(f"bench: cannot build measure.c with {cc} ({p.stderr.strip()[:200]}); "
                  "peak RSS below includes the driver's own", file=sys.stderr)
            self.helper = None

    def run(self, cmd):
        """Returns (status, wall seconds, peak RSS KiB, stdout, stderr);
        status is the exit code, -SIGNAL, or "timeout"."""
        out_path = os.path.join(self.work, "out.txt")
        err_path = os.path.join(self.work, "err.txt")
        res_path = os.path.join(self.work, "result.txt")
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            if self.helper:
                subprocess.run([self.helper, res_path, str(self.timeout)] + cmd, cwd=self.work,
                               stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env())
                with open(res_path) as f:
                    fields = f.read().split()
                status = fields[0] if fields[0] == "timeout" else int(fields[0])
                wall, rss = int(fields[1]) / 1e9, int(fields[2])
            else:
                status, wall, rss = self.run_wait4(cmd, out, err)
        with open(out_path, encoding="utf-8", errors="replace") as f:
            stdout = f.read()
        with open(err_path, encoding="utf-8", errors="replace") as f:
            stderr = f.read().replace(self.work + os.sep, "")
        return status, wall, rss, stdout, stderr

    def run_wait4(self, cmd, out, err):
        killed = []

        def kill():
            killed.append(True)
            p.kill()
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=self.work, stdin=subprocess.DEVNULL, stdout=out,
                             stderr=err, env=env())
        timer = threading.Timer(self.timeout, kill)
        timer.start()
        _, st, ru = os.wait4(p.pid, 0)
        timer.cancel()
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(st)   # reaped here, not by Popen
        return ("timeout" if killed else p.returncode), wall, ru.ru_maxrss


def first_line(status, stderr, timeout):
    """What a failed run said, in one line: the exception line of a
    traceback, else the first line of stderr, else how it ended."""
    if status == "timeout":
        return f"timeout after {timeout}s"
    lines = [l for l in stderr.splitlines() if l.strip()]
    if lines and lines[0].startswith("Traceback"):
        line = lines[-1]
    elif lines:
        line = lines[0]
    elif isinstance(status, int) and status < 0:
        line = f"killed by signal {-status}"
    else:
        line = f"exit status {status}, no message"
    return line if len(line) <= 100 else line[:97] + "..."


def compile_one(compiler, pyc, src, out):
    if compiler == "pyc":
        cmd = [pyc, "-o", out, src]
    else:
        cmd = [PY, "-c", "import py_compile,sys; py_compile.compile(sys.argv[1], "
               "cfile=sys.argv[2], doraise=True)", src, out]
    p = subprocess.run(cmd, capture_output=True, text=True)
    return None if p.returncode == 0 else (p.stderr.strip().splitlines() or [f"exit {p.returncode}"])[0]


class Row:
    def __init__(self, name):
        self.name = name
        self.py_time = self.pvm_time = None
        self.py_rss = self.pvm_rss = None
        self.status = ""
        self.ran = False          # pvm ran it and printed the right output

    def speed(self):
        return self.py_time / self.pvm_time if self.ran and self.pvm_time > 0 else None

    def memory(self):
        return self.py_rss / self.pvm_rss if self.ran and self.pvm_rss > 0 else None


def measure(runner, row, pyc_file, pvm, runs, pick, timeout, skip_reason):
    """Fills row: python3.11 and pvm alternate run by run (so a slow drift
    of the machine hits both); pvm stops at its first failure.  pick chooses
    the reported figure from the runs (min for benchmarks, median for
    start-up)."""
    py_times, py_rss, pvm_times, pvm_rss = [], [], [], []
    expected = None
    pvm_ok = skip_reason is None
    for i in range(runs):
        status, wall, rss, out, err = runner.run([PY, pyc_file])
        if status != 0:
            row.status = "python3.11 failed: " + first_line(status, err, timeout)
            return False
        if expected is None:
            expected = out
        py_times.append(wall)
        py_rss.append(rss)
        if not pvm_ok:
            continue
        status, wall, rss, out, err = runner.run([pvm, pyc_file])
        if status != 0:
            row.status = "pvm failed: " + first_line(status, err, timeout)
            pvm_ok = False
        elif out != expected:
            row.status = "wrong output: " + first_difference(expected, out)
            pvm_ok = False
        else:
            pvm_times.append(wall)
            pvm_rss.append(rss)
    row.py_time, row.py_rss = pick(py_times), pick(py_rss)
    if skip_reason is not None:
        row.status = "skipped: " + skip_reason
    elif pvm_ok:
        row.pvm_time, row.pvm_rss = pick(pvm_times), pick(pvm_rss)
        row.status = "ok"
        row.ran = True
    return True


def first_difference(expected, got):
    exp, out = expected.splitlines(), got.splitlines()
    for i, (a, b) in enumerate(zip(exp, out)):
        if a != b:
            text = f"line {i + 1}: {b!r}, python3.11 {a!r}"
            break
    else:
        text = f"{len(out)} lines, python3.11 {len(exp)}"
    return text if len(text) <= 100 else text[:97] + "..."


def fmt_time(t, unit):
    if t is None:
        return "-"
    return f"{t * 1000:.1f} ms" if unit == "ms" else f"{t:.3f} s"


def fmt_rss(kib):
    return "-" if kib is None else f"{kib / MiB:.1f} MiB"


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}x"


HEADER = ("python3.11", "pvm", "speed", "py RSS", "pvm RSS", "memory", "status")


def print_header(title):
    print(f"{title:<22} {HEADER[0]:>10} {HEADER[1]:>10} {HEADER[2]:>7} {HEADER[3]:>9} "
          f"{HEADER[4]:>9} {HEADER[5]:>7}  {HEADER[6]}")


def print_row(row, unit="s"):
    print(f"{row.name:<22} {fmt_time(row.py_time, unit):>10} {fmt_time(row.pvm_time, unit):>10} "
          f"{fmt_ratio(row.speed()):>7} {fmt_rss(row.py_rss):>9} {fmt_rss(row.pvm_rss):>9} "
          f"{fmt_ratio(row.memory()):>7}  {row.status}", flush=True)


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def binary_size(pvm, work):
    """pvm's size on disk and stripped (the issue's goal is on the stripped
    binary), or None when it does not exist."""
    if not os.path.isfile(pvm):
        return None
    size = os.path.getsize(pvm)
    stripped = None
    strip = shutil.which("strip")
    if strip:
        out = os.path.join(work, "pvm.stripped")
        if subprocess.run([strip, "-o", out, pvm], capture_output=True).returncode == 0:
            stripped = os.path.getsize(out)
    return size, stripped


def main():
    ap = argparse.ArgumentParser(description="Run tests/bench under python3.11 and pvm.")
    ap.add_argument("--quick", action="store_true", help="one run per benchmark, 5 start-up runs")
    ap.add_argument("--runs", type=int, help="runs per benchmark, best kept (default 3)")
    ap.add_argument("--startup-runs", type=int, help="runs of each start-up program (default 20)")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="build directory")
    ap.add_argument("--pvm", help="pvm binary (default BUILD/vm/pvm)")
    ap.add_argument("--compiler", choices=("pyc", "python3.11"), default="pyc",
                    help="what compiles the benchmarks (default pyc)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per run (default 300)")
    ap.add_argument("names", nargs="*", metavar="NAME",
                    help="benchmarks to run (default all; 'startup' for the start-up rows only)")
    args = ap.parse_args()
    runs = args.runs or (1 if args.quick else 3)
    startup_runs = args.startup_runs or (5 if args.quick else 20)
    build = os.path.abspath(args.build)
    pvm = os.path.abspath(args.pvm or os.path.join(build, "vm", "pvm"))
    pyc = os.path.join(build, "compiler", "pyc")

    everything = benchmarks()
    names = args.names or everything + ["startup"]
    unknown = [n for n in names if n not in everything and n not in STARTUP]
    if unknown:
        print(f"bench: no benchmark {', '.join(unknown)} (have: {' '.join(everything)}, startup)",
              file=sys.stderr)
        return 2
    table = [n for n in names if n in everything]
    do_startup = any(n in STARTUP for n in names)

    broken = False
    rows = []
    with tempfile.TemporaryDirectory(prefix="pvm-bench-") as work:
        runner = Runner(work, args.timeout)
        print(f"pvm: {pvm}; compiled with {args.compiler}; best of {runs} run(s); "
              f"RSS = peak resident set; speed and memory are python3.11 / pvm (>1: pvm better)")
        if table:
            print_header("benchmark")
        for name in table:
            row = Row(name)
            rows.append(row)
            pyc_file = os.path.join(work, name + ".pyc")
            error = compile_one(args.compiler, pyc, os.path.join(HERE, name + ".py"), pyc_file)
            if error:
                row.status = f"{args.compiler} failed: {error}"
                broken = True
            else:
                pending = sorted(t for t in needs(name) if t in common.PVM_PENDING)
                skip = "needs " + " ".join(pending) if pending else None
                if not measure(runner, row, pyc_file, pvm, runs, min, args.timeout, skip):
                    broken = True
                if row.status.startswith("wrong output"):
                    broken = True
            print_row(row)

        if do_startup:
            print()
            print_header(f"start-up (median of {startup_runs})")
            for name in STARTUP:
                row = Row(name)
                pyc_file = os.path.join(work, name + ".pyc")
                error = compile_one(args.compiler, pyc, os.path.join(HERE, name + ".py"), pyc_file)
                if error:
                    row.status = f"{args.compiler} failed: {error}"
                    broken = True
                elif not measure(runner, row, pyc_file, pvm, startup_runs, statistics.median,
                                 args.timeout, None):
                    broken = True
                print_row(row, "ms")
            size = binary_size(pvm, work)
            if size is None:
                print(f"pvm binary: {pvm} does not exist")
            else:
                stripped = "-" if size[1] is None else f"{size[1] / 1024:.0f} KiB"
                print(f"pvm binary: {size[0] / 1024:.0f} KiB, stripped {stripped}")

    if table:
        print()
        good = [r for r in rows if r.ran]
        skipped = sum(1 for r in rows if r.status.startswith("skipped"))
        tail = f"{len(good)} of {len(rows)} benchmarks ran correctly under pvm" + \
            (f", {skipped} skipped" if skipped else "")
        if good:
            print(f"geometric mean: speed {geomean([r.speed() for r in good]):.2f}x, "
                  f"memory {geomean([r.memory() for r in good]):.2f}x ({tail})")
        else:
            print(f"geometric mean: none ran ({tail})")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
