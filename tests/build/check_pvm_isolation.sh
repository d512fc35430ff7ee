#!/usr/bin/env bash
# tests/build/check_pvm_isolation.sh BUILD_DIR: prove pvm contains no compiler:
# no lexer/parser/AST/codegen symbols in the binary, and no compiler/ source
# or flex/bison output among its link inputs (from ninja's own records).
# pyc is checked the same way as a control, so the test cannot pass vacuously.
set -uo pipefail
build="${1:-build}"
pass=0 fail=0
ok()  { echo "ok: $*"; pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

FORBIDDEN='(^|_)(yyparse|yylex|yyerror|yy_scan|yylex_init)|pyk_yy|^(ast|codegen|symtable|assemble|fold|parser|lexer|fe|tokenizer|fstr)_'
pvm_syms="$(nm "$build/vm/pvm" 2>/dev/null | awk '{print $NF}')"
pyc_syms="$(nm "$build/compiler/pyc" 2>/dev/null | awk '{print $NF}')"
[ -n "$pvm_syms" ] && ok "pvm has a symbol table" || bad "cannot read symbols of $build/vm/pvm"
if grep -Eq "$FORBIDDEN" <<<"$pyc_syms"; then ok "control: pyc has parser symbols"; else bad "control: pyc shows no parser symbols (pattern broken?)"; fi
hits="$(grep -E "$FORBIDDEN" <<<"$pvm_syms" | head -5 | tr '\n' ' ')"
[ -z "$hits" ] && ok "pvm has no lexer/parser/compiler symbols" || bad "pvm contains compiler symbols: $hits"

# Link inputs recorded by ninja: every object pvm is built from.
inputs="$(ninja -C "$build" -t inputs vm/pvm 2>/dev/null)"
[ -n "$inputs" ] && ok "ninja lists pvm's inputs" || bad "ninja -t inputs vm/pvm gave nothing"
hits="$(grep -E '(^|/)compiler/|lexer\.|parser\.' <<<"$inputs" | head -5 | tr '\n' ' ')"
[ -z "$hits" ] && ok "no compiler/ source, flex or bison output among pvm's inputs" || bad "pvm inputs include: $hits"
pyc_inputs="$(ninja -C "$build" -t inputs compiler/pyc 2>/dev/null)"
grep -Eq 'parser\.c' <<<"$pyc_inputs" && ok "control: pyc's inputs include the bison output" || bad "control: pyc inputs lack parser.c"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
