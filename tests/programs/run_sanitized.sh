#!/usr/bin/env bash
# tests/programs/run_sanitized.sh BUILD ASAN_BUILD: every program pvm runs
# today (no `# needs:` tag), compiled by BUILD's pyc and run by ASAN_BUILD's
# pvm (ASan + UBSan): a program passes when the sanitizers report nothing
# (its output is checked by run_programs.py).  Ends "N passed, N failed".
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
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
