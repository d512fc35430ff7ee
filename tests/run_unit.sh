#!/usr/bin/env bash
# tests/run_unit.sh BUILD_DIR: run every Check unit-test binary of a build and
# sum their "Checks: N, Failures: F, Errors: E" lines.
set -uo pipefail
build="${1:-build}"
pass=0 fail=0
for t in test_marshal test_pyc test_tables test_repr test_opcodes test_tokenizer test_assemble test_verify; do
    exe="$build/tests/$t"
    if [ ! -x "$exe" ]; then
        echo "$t: missing ($exe)"; fail=$((fail + 1)); continue
    fi
    out="$("$exe" 2>&1)"; rc=$?
    echo "$out"
    line="$(grep -Eo 'Checks: [0-9]+, Failures: [0-9]+, Errors: [0-9]+' <<<"$out" | tail -1)"
    if [[ "$line" =~ Checks:\ ([0-9]+),\ Failures:\ ([0-9]+),\ Errors:\ ([0-9]+) ]]; then
        n=${BASH_REMATCH[1]} f=$((BASH_REMATCH[2] + BASH_REMATCH[3]))
        pass=$((pass + n - f)); fail=$((fail + f))
        if [ $rc != 0 ] && [ $f = 0 ]; then fail=$((fail + 1)); echo "$t: exit status $rc"; fi
    else
        echo "$t: no Check summary (exit $rc)"; fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
