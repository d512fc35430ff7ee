#!/usr/bin/env bash
# tests/programs/run_sanitized.sh BUILD ASAN_BUILD: every program pvm runs
# today (no `# needs:` tag; multi-module trees too), compiled by BUILD's pyc
# and run by ASAN_BUILD's pvm (ASan + UBSan): a program passes when the
# sanitizers report nothing (its output is checked by run_programs.py).  Ends "N passed, N failed".
set -uo pipefail
build=${1:-build} asan=${2:-build-asan}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# programs that write files write them in a private work dir, as under
# run_programs.py (never into the source tree)
mkdir "$tmp/work"
pass=0 fail=0
for f in "$root"/tests/programs/*.py; do
    n=$(basename "$f" .py)
    head -5 "$f" | grep -q "# needs:" && continue
    "$root/$build/compiler/pyc" -o "$tmp/$n.pyc" "$f" 2>/dev/null || { echo "FAIL $n: pyc"; fail=$((fail + 1)); continue; }
    (cd "$tmp/work" && ASAN_OPTIONS=detect_leaks=0 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        timeout 300 "$root/$asan/vm/pvm" "$tmp/$n.pyc" </dev/null >/dev/null 2>"$tmp/$n.err")
    if grep -q "ERROR: AddressSanitizer\|runtime error:\|timeout" "$tmp/$n.err"; then
        echo "FAIL $n"; head -20 "$tmp/$n.err"; fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
done
# multi-module programs (tests/programs/NAME/main.py), laid out as
# run_programs.py lays them out (common.prepare_tree)
prepare() {
    /usr/bin/python3.11 - "$root" "$1" "$2" "$root/$build/compiler/pyc" <<'EOF'
import os, subprocess, sys
sys.path.insert(0, os.path.join(sys.argv[1], "tests", "programs"))
import common
def compile_pyc(src, out):
    p = subprocess.run([sys.argv[4], "-o", out, src], capture_output=True, text=True)
    return p.returncode == 0, p.stderr
ok, err, argv = common.prepare_tree(sys.argv[2], sys.argv[3], compile_pyc)
if not ok:
    sys.exit(err)
print(os.pathsep.join(os.path.join(sys.argv[3], d) for d in common.tree_path(sys.argv[2])))
print("\n".join(argv))
EOF
}
for d in "$root"/tests/programs/*/; do
    n=$(basename "$d")
    [ -f "$d/main.py" ] || continue
    head -5 "$d/main.py" | grep -q "# needs:" && continue
    out=$(prepare "$n" "$tmp/$n") || { echo "FAIL $n: pyc"; fail=$((fail + 1)); continue; }
    mapfile -t lines <<< "$out"
    (cd "$tmp/$n" && PVMPATH="${lines[0]}" ASAN_OPTIONS=detect_leaks=0 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        timeout 300 "$root/$asan/vm/pvm" "${lines[@]:1}" </dev/null >/dev/null 2>"$tmp/$n.err")
    if grep -q "ERROR: AddressSanitizer\|runtime error:\|timeout" "$tmp/$n.err"; then
        echo "FAIL $n"; head -20 "$tmp/$n.err"; fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
