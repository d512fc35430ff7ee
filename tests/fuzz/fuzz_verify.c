/* tests/fuzz/fuzz_verify.c: libFuzzer harness for pvm's bytecode verifier.
 * Each input is used twice: as a .pyc image (pyc_parse, then pv_verify_code
 * on what it accepted), and as raw material for one code object built around
 * it (so mutations reach the verifier's flow analysis instead of dying in the
 * marshal reader): byte 0 stack size, byte 1 flags, byte 2 the exception
 * table's length, then the exception table, the rest co_code.  Any input must
 * give 0 or one "verify: " line, never a crash or an out-of-bounds read.
 * Built by scripts/fuzz (meson -Dfuzz=true); not part of the unit suite.
 */
#include "opcodes.h"
#include "pyc.h"
#include "verify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const Code *co)
{
    char err[256];
    err[0] = '\0';
    if (pv_verify_code(co, err, sizeof err) < 0 &&
        (strncmp(err, "verify: ", 8) != 0 || strchr(err, '\n'))) {
        fprintf(stderr, "fuzz_verify: bad error line: %s\n", err);
        abort();
    }
}

static Obj *strs(Arena *a, size_t n, const char *const *s)
{
    Obj *t = obj_seq(a, OBJ_TUPLE, n);
    for (size_t i = 0; i < n; i++)
        t->u.seq.items[i] = obj_str_cstr(a, s[i], true);
    return t;
}

/* A code object with a little of everything to index: constants (None, an
 * int, a tuple of str for KW_NAMES, a nested code object), two names,
 * localsplus (argument cell, plain local, cell, free). */
static void check_template(const uint8_t *data, size_t size, Arena *a)
{
    if (size < 3)
        return;
    size_t nexc = data[2];
    if (nexc > size - 3)
        nexc = size - 3;
    static const char *const names[] = { "x", "y" };
    static const char *const locals[] = { "a", "b", "c", "d" };
    static const char *const kw[] = { "k" };
    static const uint8_t kinds[] = { 0x60, 0x20, 0x40, 0x80 };
    static const uint8_t inner_code[] = { OP_RESUME, 0, OP_LOAD_CONST, 0, OP_RETURN_VALUE, 0 };

    Code *inner = obj_code(a)->u.code;
    inner->stacksize = 1;
    inner->code = obj_bytes(a, inner_code, sizeof inner_code);
    inner->consts = obj_seq(a, OBJ_TUPLE, 1);
    inner->consts->u.seq.items[0] = obj_singleton(a, OBJ_NONE);
    inner->names = strs(a, 0, NULL);
    inner->localsplusnames = strs(a, 0, NULL);
    inner->localspluskinds = obj_bytes(a, "", 0);
    inner->filename = inner->name = inner->qualname = obj_str_cstr(a, "inner", true);
    inner->linetable = inner->exceptiontable = obj_bytes(a, "", 0);
    Obj *inner_obj = obj_new(a, OBJ_CODE);
    inner_obj->u.code = inner;

    Code *c = obj_code(a)->u.code;
    c->argcount = 1;
    c->stacksize = data[0];
    c->flags = CO_OPTIMIZED | CO_NEWLOCALS | (data[1] & 0x3FF);
    c->exceptiontable = obj_bytes(a, data + 3, nexc);
    c->code = obj_bytes(a, data + 3 + nexc, (size - 3 - nexc) & ~(size_t)1);
    c->consts = obj_seq(a, OBJ_TUPLE, 4);
    c->consts->u.seq.items[0] = obj_singleton(a, OBJ_NONE);
    c->consts->u.seq.items[1] = obj_int(a, 7);
    c->consts->u.seq.items[2] = strs(a, 1, kw);
    c->consts->u.seq.items[3] = inner_obj;
    c->names = strs(a, 2, names);
    c->localsplusnames = strs(a, 4, locals);
    c->localspluskinds = obj_bytes(a, kinds, sizeof kinds);
    c->filename = obj_str_cstr(a, "t.py", true);
    c->name = c->qualname = obj_str_cstr(a, "f", true);
    c->firstlineno = 1;
    c->linetable = obj_bytes(a, "", 0);
    check(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena a;
    PycHeader h;
    Obj *code;
    char err[256];

    arena_init(&a);
    if (pyc_parse(data, size, &a, &h, &code, err, sizeof err) == 0)
        check(code->u.code);
    check_template(data, size, &a);
    arena_free(&a);
    return 0;
}
