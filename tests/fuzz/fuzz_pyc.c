/* tests/fuzz/fuzz_pyc.c: libFuzzer harness for the untrusted-input side of
 * common/: pyc_parse on the input as a .pyc image, and marshal_read on it as
 * a bare payload followed by a differential round trip (whatever is read
 * must be written, read back equal, and be a fixed point of the writer).
 * Built by scripts/fuzz (meson -Dfuzz=true); not part of the unit suite.
 */
#include "marshal.h"
#include "pyc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void die(const char *what)
{
    fprintf(stderr, "fuzz_pyc: invariant broken: %s\n", what);
    abort();
}

/* object.h invariants on what the reader built: canonical ints, valid
 * NUL-terminated UTF-8 with the right count and ASCII flag.  Shared
 * subgraphs are walked again, so a budget bounds the walk. */
static void check_canonical(const Obj *o, size_t *budget)
{
    if (*budget == 0)
        return;
    --*budget;
    switch ((ObjKind)o->kind) {
    case OBJ_INT: {
        const BigDigits *b = o->u.i.big;
        if (!b)
            break;
        if (b->ndigits < 5 || b->digits[b->ndigits - 1] == 0 || (b->sign != 1 && b->sign != -1))
            die("big int not canonical");
        if (b->ndigits == 5 && b->digits[4] < 8)
            die("big int fits in int64");
        if (b->ndigits == 5 && b->sign < 0 && b->digits[4] == 8 && !b->digits[3] &&
            !b->digits[2] && !b->digits[1] && !b->digits[0])
            die("big int is INT64_MIN");
        for (uint32_t i = 0; i < b->ndigits; i++)
            if (b->digits[i] > 0x7fff)
                die("big int digit out of range");
        break;
    }
    case OBJ_STR: {
        size_t n;
        if (!utf8_check(o->u.s.data, o->u.s.len, &n) || n != o->u.s.nchars ||
            o->u.s.data[o->u.s.len] != 0 ||
            ((o->flags & OBJ_STR_ASCII) != 0) != (n == o->u.s.len))
            die("str not valid");
        break;
    }
    case OBJ_BYTES:
        if (o->u.s.data[o->u.s.len] != 0)
            die("bytes not NUL-terminated");
        break;
    case OBJ_TUPLE: case OBJ_LIST: case OBJ_SET: case OBJ_FROZENSET: case OBJ_DICT: {
        size_t n = o->kind == OBJ_DICT ? 2 * o->u.seq.n : o->u.seq.n;
        for (size_t i = 0; i < n; i++)
            check_canonical(o->u.seq.items[i], budget);
        break;
    }
    case OBJ_CODE: {
        const Code *c = o->u.code;
        const Obj *f[] = { c->code, c->consts, c->names, c->localsplusnames,
                           c->localspluskinds, c->filename, c->name, c->qualname,
                           c->linetable, c->exceptiontable };
        for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
            check_canonical(f[i], budget);
        break;
    }
    default:
        break;
    }
}

static void check_pyc(const uint8_t *data, size_t size)
{
    Arena a;
    PycHeader h, h2;
    Obj *code, *code2;
    char err[256];
    ByteBuf b;

    arena_init(&a);
    bb_init(&b);
    if (pyc_parse(data, size, &a, &h, &code, err, sizeof err) < 0) {
        if (!err[0] || strchr(err, '\n'))
            die("pyc_parse error text is empty or multi-line");
        goto done;
    }
    if (pyc_write(&h, code, &b) < 0)
        die("pyc_write refused a parsed code object");
    if (pyc_parse(b.data, b.len, &a, &h2, &code2, err, sizeof err) < 0)
        die("pyc_parse refused pyc_write output");
    if (memcmp(&h, &h2, sizeof h) != 0 || !obj_equal(code, code2))
        die("pyc round trip changed the header or the code");
done:
    bb_free(&b);
    arena_free(&a);
}

static void check_marshal(const uint8_t *data, size_t size)
{
    Arena a;
    Obj *o, *back;
    MarshalError err;
    size_t used = 0, used2 = 0;
    ByteBuf b, b2;

    arena_init(&a);
    bb_init(&b);
    bb_init(&b2);
    if (marshal_read(data, size, &a, &o, &used, &err) < 0) {
        if (!err.message[0] || err.offset > size)
            die("marshal_read error without message or offset past the end");
        goto done;
    }
    if (used == 0 || used > size)
        die("marshal_read consumed a bad count");
    size_t budget = 100000;
    check_canonical(o, &budget);
    if (marshal_write(o, &b) < 0)
        die("marshal_write refused what marshal_read built");
    if (marshal_read(b.data, b.len, &a, &back, &used2, &err) < 0) {
        fprintf(stderr, "re-read failed at %zu: %s\n", err.offset, err.message);
        die("marshal_read refused marshal_write output");
    }
    if (used2 != b.len)
        die("marshal_write output has trailing bytes");
    if (!obj_equal(o, back))
        die("marshal round trip changed the value");
    if (marshal_write(back, &b2) < 0)
        die("second marshal_write failed");
    if (b.len != b2.len || memcmp(b.data, b2.data, b.len) != 0)
        die("marshal_write output is not a fixed point");
done:
    bb_free(&b);
    bb_free(&b2);
    arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_pyc(data, size);
    check_marshal(data, size);
    /* The payload of a .pyc-shaped input, so mutations of real files reach
     * the marshal round trip too. */
    if (size > PYC_HEADER_SIZE)
        check_marshal(data + PYC_HEADER_SIZE, size - PYC_HEADER_SIZE);
    return 0;
}
