/* common/marshal_read.c: the marshal (version 4) reader: bytes -> Obj graph.
 * It accepts what CPython 3.11's marshal.loads accepts for the types a .pyc
 * can hold, except self-containing objects (which CPython builds for tuples,
 * lists and dicts), and refuses the rest with a message and a byte offset.
 * Not a bytecode verifier: code objects get only CPython's constructor checks.
 */
#include "marshal.h"

#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_REF SIZE_MAX

typedef struct RefSlot {
    Obj *obj;            /* NULL: reserved, the object is still being read */
    bool unhashable;
} RefSlot;

typedef struct Reader {
    const uint8_t *buf;
    size_t len, pos;
    Arena *arena;
    MarshalError *err;
    int depth;
    /* Reference table, in the order CPython reserves slots (pre-order). */
    RefSlot *refs;
    size_t nrefs, caprefs;
    /* Whether the object r_object just returned is unhashable (a list,
     * dict or set, or a tuple or code object containing one): CPython
     * refuses those as set elements and dict keys. */
    bool unhashable;
} Reader;

__attribute__((format(printf, 3, 4)))
static int fail_at(Reader *r, size_t offset, const char *fmt, ...)
{
    va_list ap;
    r->err->offset = offset;
    va_start(ap, fmt);
    vsnprintf(r->err->message, sizeof r->err->message, fmt, ap);
    va_end(ap);
    return -1;
}

static size_t remaining(const Reader *r) { return r->len - r->pos; }

__attribute__((warn_unused_result))
static int need(Reader *r, size_t n)
{
    if (remaining(r) < n)
        return fail_at(r, r->pos, "unexpected end of data");
    return 0;
}

__attribute__((warn_unused_result))
static int r_u8(Reader *r, uint8_t *v)
{
    if (need(r, 1) < 0)
        return -1;
    *v = r->buf[r->pos++];
    return 0;
}

__attribute__((warn_unused_result))
static int r_i32(Reader *r, int32_t *v)
{
    if (need(r, 4) < 0)
        return -1;
    const uint8_t *p = r->buf + r->pos;
    uint32_t u = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                 (uint32_t)p[3] << 24;
    r->pos += 4;
    /* Two's complement without relying on implementation-defined casts. */
    *v = u <= INT32_MAX ? (int32_t)u : -(int32_t)(~u) - 1;
    return 0;
}

/* A 4-byte size that must be >= 0 and, since every unit takes at least
 * `unit` bytes, no larger than what is left. */
__attribute__((warn_unused_result))
static int r_size(Reader *r, size_t unit, const char *what, size_t *n)
{
    size_t at = r->pos;
    int32_t v;
    if (r_i32(r, &v) < 0)
        return -1;
    if (v < 0)
        return fail_at(r, at, "%s size out of range", what);
    if ((size_t)v > remaining(r) / unit)
        return fail_at(r, at, "%s size %ld exceeds the remaining %zu bytes", what,
                       (long)v, remaining(r));
    *n = (size_t)v;
    return 0;
}

/* Reserves a reference slot if `flag` is set (CPython's r_ref_reserve). */
__attribute__((warn_unused_result))
static int ref_reserve(Reader *r, int flag, size_t *idx)
{
    *idx = NO_REF;
    if (!flag)
        return 0;
    if (r->nrefs == r->caprefs) {
        size_t cap = r->caprefs ? 2 * r->caprefs : 64;
        RefSlot *p = realloc(r->refs, cap * sizeof *p);
        if (!p)
            return fail_at(r, r->pos, "out of memory");
        r->refs = p;
        r->caprefs = cap;
    }
    *idx = r->nrefs;
    r->refs[r->nrefs++] = (RefSlot){ NULL, false };
    return 0;
}

static void ref_fill(Reader *r, size_t idx, Obj *o, bool unhashable)
{
    if (idx != NO_REF)
        r->refs[idx] = (RefSlot){ o, unhashable };
}

static Obj *new_str(Reader *r, const uint8_t *utf8, size_t len, size_t nchars,
                    bool interned)
{
    Obj *o = obj_new(r->arena, OBJ_STR);
    o->u.s.len = len;
    o->u.s.nchars = nchars;
    o->u.s.data = arena_memdup(r->arena, utf8, len);
    o->flags = (uint8_t)((nchars == len ? OBJ_STR_ASCII : 0) |
                         (interned ? OBJ_STR_INTERNED : 0));
    return o;
}

/* The ASCII type codes are decoded as Latin-1 by CPython; bytes >= 0x80
 * become two-byte UTF-8 sequences here. */
static Obj *latin1_str(Reader *r, const uint8_t *p, size_t n, bool interned)
{
    size_t high = 0;
    for (size_t i = 0; i < n; i++)
        high += p[i] >> 7;
    if (high == 0)
        return new_str(r, p, n, n, interned);
    uint8_t *u = arena_alloc(r->arena, n + high + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += utf8_encode(p[i], u + k);
    Obj *o = obj_new(r->arena, OBJ_STR);
    o->u.s.len = k;
    o->u.s.nchars = n;
    o->u.s.data = u;
    o->flags = interned ? OBJ_STR_INTERNED : 0;
    return o;
}

static bool ascii_ieq(const char *s, const char *lower)
{
    for (; *lower; s++, lower++)
        if (*s == 0 || (*s | 0x20) != *lower)
            return false;
    return *s == 0;
}

/* Accepts exactly what CPython's PyOS_string_to_double accepts for a whole
 * string: no whitespace, underscores or hex; inf/infinity/nan any case. */
static bool parse_float_text(const char *s, double *out)
{
    const char *p = s;
    bool neg = false;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if (ascii_ieq(p, "inf") || ascii_ieq(p, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (ascii_ieq(p, "nan")) {
        *out = copysign(NAN, neg ? -1.0 : 1.0);
        return true;
    }
    size_t digits = 0;
    while (*p >= '0' && *p <= '9')
        p++, digits++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++, digits++;
    }
    if (digits == 0)
        return false;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        if (!(*p >= '0' && *p <= '9'))
            return false;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    if (*p != 0)
        return false;
    *out = strtod(s, NULL); /* overflow gives +-inf, as CPython's marshal */
    return true;
}

__attribute__((warn_unused_result))
static int r_float_text(Reader *r, double *v)
{
    size_t at = r->pos;
    uint8_t n;
    char text[256];
    if (r_u8(r, &n) < 0 || need(r, n) < 0)
        return -1;
    memcpy(text, r->buf + r->pos, n);
    text[n] = 0;
    r->pos += n;
    /* CPython parses the text as a C string: a NUL ends it early. */
    if (!parse_float_text(text, v))
        return fail_at(r, at, "could not convert string to float");
    return 0;
}

static double r_binary_double(Reader *r)
{
    const uint8_t *p = r->buf + r->pos;
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--)
        u = (u << 8) | p[i];
    double d;
    memcpy(&d, &u, sizeof d);
    r->pos += 8;
    return d;
}

__attribute__((warn_unused_result))
static int r_long(Reader *r, Obj **out)
{
    size_t at = r->pos;
    int32_t n;
    if (r_i32(r, &n) < 0)
        return -1;
    if (n == 0) {
        *out = obj_int(r->arena, 0);
        return 0;
    }
    if (n == INT32_MIN)
        return fail_at(r, at, "long size out of range");
    size_t nd = (size_t)(n < 0 ? -n : n);
    if (nd > remaining(r) / 2)
        return fail_at(r, at, "long size %zu exceeds the remaining %zu bytes", nd,
                       remaining(r));
    uint16_t small[8];
    uint16_t *d = nd <= 8 ? small : arena_alloc(r->arena, nd * sizeof *d);
    for (size_t i = 0; i < nd; i++) {
        const uint8_t *p = r->buf + r->pos;
        uint16_t v = (uint16_t)(p[0] | p[1] << 8);
        if (v > 0x7fff)
            return fail_at(r, r->pos, "digit out of range in long");
        if (v == 0 && i == nd - 1)
            return fail_at(r, r->pos, "unnormalized long data");
        d[i] = v;
        r->pos += 2;
    }
    int sign = n < 0 ? -1 : 1;
    /* int64 holds 4 digits and 3 bits, and -2**63 (digits 0 0 0 0 8). */
    if (nd < 5 || (nd == 5 && d[4] < 8)) {
        uint64_t mag = 0;
        for (size_t i = nd; i-- > 0;)
            mag = (mag << 15) | d[i];
        *out = obj_int(r->arena, sign < 0 ? -(int64_t)mag : (int64_t)mag);
        return 0;
    }
    if (nd == 5 && sign < 0 && d[4] == 8 && !d[3] && !d[2] && !d[1] && !d[0]) {
        *out = obj_int(r->arena, INT64_MIN);
        return 0;
    }
    Obj *o = obj_new(r->arena, OBJ_INT);
    BigDigits *b = arena_alloc(r->arena, sizeof *b);
    b->sign = sign;
    b->ndigits = (uint32_t)nd;
    b->digits = d == small ? arena_memdup(r->arena, d, nd * sizeof *d) : d;
    o->u.i.big = b;
    *out = o;
    return 0;
}

__attribute__((warn_unused_result))
static int r_object(Reader *r, Obj **out);

/* Reads an object that must not be TYPE_NULL. */
__attribute__((warn_unused_result))
static int r_item(Reader *r, Obj **out, const char *container)
{
    size_t at = r->pos;
    if (r_object(r, out) < 0)
        return -1;
    if (!*out)
        return fail_at(r, at, "NULL object in marshal data for %s", container);
    return 0;
}

static const char *kind_name(const Obj *o)
{
    return o->kind == OBJ_LIST ? "list" : o->kind == OBJ_DICT ? "dict"
         : o->kind == OBJ_SET ? "set" : o->kind == OBJ_TUPLE ? "tuple" : "code";
}

__attribute__((warn_unused_result))
static int r_dict(Reader *r, Obj **out, size_t idx)
{
    Obj **items = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        Obj *k, *v;
        size_t at = r->pos;
        if (r_object(r, &k) < 0)
            goto fail;
        if (!k)
            break;
        bool unhashable = r->unhashable;
        if (r_object(r, &v) < 0)
            goto fail;
        if (!v)
            break; /* CPython also ends the dict here, dropping the key */
        /* checked on insertion, as CPython does: a key dropped above may be
         * unhashable */
        if (unhashable) {
            fail_at(r, at, "unhashable dict key (%s)", kind_name(k));
            goto fail;
        }
        if (n + 2 > cap) {
            cap = cap ? 2 * cap : 16;
            Obj **p = realloc(items, cap * sizeof *p);
            if (!p) {
                fail_at(r, r->pos, "out of memory");
                goto fail;
            }
            items = p;
        }
        items[n++] = k;
        items[n++] = v;
    }
    Obj *d = obj_seq(r->arena, OBJ_DICT, n / 2);
    if (n)
        memcpy(d->u.seq.items, items, n * sizeof *items);
    free(items);
    ref_fill(r, idx, d, true);
    *out = d;
    return 0;
fail:
    free(items);
    return -1;
}

__attribute__((warn_unused_result))
static int r_field(Reader *r, Obj **out, ObjKind kind, const char *field)
{
    static const char *const kind_names[] = {
        [OBJ_BYTES] = "bytes", [OBJ_STR] = "str", [OBJ_TUPLE] = "tuple",
    };
    size_t at = r->pos;
    if (r_item(r, out, "code object") < 0)
        return -1;
    if ((*out)->kind != kind)
        return fail_at(r, at, "code object field %s is not %s", field, kind_names[kind]);
    return 0;
}

__attribute__((warn_unused_result))
static int r_str_tuple(Reader *r, Obj **out, const char *field)
{
    size_t at = r->pos;
    if (r_field(r, out, OBJ_TUPLE, field) < 0)
        return -1;
    for (size_t i = 0; i < (*out)->u.seq.n; i++)
        if ((*out)->u.seq.items[i]->kind != OBJ_STR)
            return fail_at(r, at, "non-string found in code object field %s", field);
    return 0;
}

__attribute__((warn_unused_result))
static int r_code(Reader *r, Obj **out, size_t idx)
{
    size_t start = r->pos;
    Obj *o = obj_code(r->arena);
    Code *c = o->u.code;
    if (r_i32(r, &c->argcount) < 0 || r_i32(r, &c->posonlyargcount) < 0 ||
        r_i32(r, &c->kwonlyargcount) < 0 || r_i32(r, &c->stacksize) < 0 ||
        r_i32(r, &c->flags) < 0)
        return -1;
    size_t code_at = r->pos;
    if (r_field(r, &c->code, OBJ_BYTES, "co_code") < 0)
        return -1;
    if (r_field(r, &c->consts, OBJ_TUPLE, "co_consts") < 0)
        return -1;
    /* code objects hash their constants */
    bool unhashable = r->unhashable;
    if (r_str_tuple(r, &c->names, "co_names") < 0 ||
        r_str_tuple(r, &c->localsplusnames, "co_localsplusnames") < 0)
        return -1;
    size_t kinds_at = r->pos;
    if (r_field(r, &c->localspluskinds, OBJ_BYTES, "co_localspluskinds") < 0 ||
        r_field(r, &c->filename, OBJ_STR, "co_filename") < 0 ||
        r_field(r, &c->name, OBJ_STR, "co_name") < 0 ||
        r_field(r, &c->qualname, OBJ_STR, "co_qualname") < 0 ||
        r_i32(r, &c->firstlineno) < 0 ||
        r_field(r, &c->linetable, OBJ_BYTES, "co_linetable") < 0 ||
        r_field(r, &c->exceptiontable, OBJ_BYTES, "co_exceptiontable") < 0)
        return -1;

    /* The checks of CPython's _PyCode_Validate. */
    if (c->argcount < c->posonlyargcount || c->posonlyargcount < 0 ||
        c->kwonlyargcount < 0)
        return fail_at(r, start, "code object argument counts out of range");
    if (c->stacksize < 0)
        return fail_at(r, start + 12, "code object stack size is negative");
    if (c->flags < 0)
        return fail_at(r, start + 16, "code object flags are negative");
    if (c->localsplusnames->u.seq.n != c->localspluskinds->u.s.len)
        return fail_at(r, kinds_at, "code object has %zu local names but %zu kinds",
                       c->localsplusnames->u.seq.n, c->localspluskinds->u.s.len);
    if (c->code->u.s.len % 2 != 0 || c->code->u.s.len > INT32_MAX)
        return fail_at(r, code_at, "code: co_code is malformed");
    int64_t nlocals = 0;
    for (size_t i = 0; i < c->localspluskinds->u.s.len; i++)
        nlocals += (c->localspluskinds->u.s.data[i] & CO_FAST_LOCAL) != 0;
    int64_t plain = nlocals - c->argcount - c->kwonlyargcount -
                    ((c->flags & CO_VARARGS) != 0) - ((c->flags & CO_VARKEYWORDS) != 0);
    if (plain < 0)
        return fail_at(r, kinds_at, "code: co_varnames is too small");

    ref_fill(r, idx, o, unhashable);
    *out = o;
    r->unhashable = unhashable;
    return 0;
}

/* Reads one object; *out is NULL for TYPE_NULL (only dicts accept that). */
static int r_object(Reader *r, Obj **out)
{
    size_t at = r->pos, idx = NO_REF, n = 0;
    uint8_t code;
    int32_t i32;
    Obj *o = NULL;
    bool unhashable = false;
    int rc = -1;

    *out = NULL;
    if (r_u8(r, &code) < 0)
        return -1;
    if (++r->depth > MARSHAL_MAX_DEPTH) {
        fail_at(r, at, "recursion limit exceeded");
        goto fail;
    }
    int flag = code & FLAG_REF;
    int type = code & ~FLAG_REF;
    bool interned = false;

    switch (type) {
    case TYPE_NULL:
        break;
    /* Singletons never take a reference slot, even when flagged (as in
     * CPython, whose reader ignores FLAG_REF on them). */
    case TYPE_NONE: o = obj_singleton(r->arena, OBJ_NONE); break;
    case TYPE_FALSE: o = obj_singleton(r->arena, OBJ_FALSE); break;
    case TYPE_TRUE: o = obj_singleton(r->arena, OBJ_TRUE); break;
    case TYPE_STOPITER: o = obj_singleton(r->arena, OBJ_STOPITER); break;
    case TYPE_ELLIPSIS: o = obj_singleton(r->arena, OBJ_ELLIPSIS); break;

    case TYPE_INT:
        if (r_i32(r, &i32) < 0)
            goto fail;
        o = obj_int(r->arena, i32);
        goto leaf;
    case TYPE_INT64: {
        if (need(r, 8) < 0)
            goto fail;
        uint64_t u = 0;
        for (int i = 7; i >= 0; i--)
            u = (u << 8) | r->buf[r->pos + (size_t)i];
        r->pos += 8;
        int64_t v = u <= INT64_MAX ? (int64_t)u : -(int64_t)(~u) - 1;
        o = obj_int(r->arena, v);
        goto leaf;
    }
    case TYPE_LONG:
        if (r_long(r, &o) < 0)
            goto fail;
        goto leaf;
    case TYPE_FLOAT: {
        double d;
        if (r_float_text(r, &d) < 0)
            goto fail;
        o = obj_float(r->arena, d);
        goto leaf;
    }
    case TYPE_BINARY_FLOAT:
        if (need(r, 8) < 0)
            goto fail;
        o = obj_float(r->arena, r_binary_double(r));
        goto leaf;
    case TYPE_COMPLEX: {
        double re, im;
        if (r_float_text(r, &re) < 0 || r_float_text(r, &im) < 0)
            goto fail;
        o = obj_complex(r->arena, re, im);
        goto leaf;
    }
    case TYPE_BINARY_COMPLEX: {
        if (need(r, 16) < 0)
            goto fail;
        double re = r_binary_double(r);
        o = obj_complex(r->arena, re, r_binary_double(r));
        goto leaf;
    }
    case TYPE_STRING:
        if (r_size(r, 1, "bytes object", &n) < 0)
            goto fail;
        o = obj_bytes(r->arena, r->buf + r->pos, n);
        r->pos += n;
        goto leaf;
    case TYPE_INTERNED:
        interned = true;
        /* fall through */
    case TYPE_UNICODE: {
        size_t nchars;
        if (r_size(r, 1, "string", &n) < 0)
            goto fail;
        if (!utf8_check(r->buf + r->pos, n, &nchars)) {
            fail_at(r, r->pos, "invalid UTF-8 in string");
            goto fail;
        }
        o = new_str(r, r->buf + r->pos, n, nchars, interned);
        r->pos += n;
        goto leaf;
    }
    case TYPE_ASCII_INTERNED:
        interned = true;
        /* fall through */
    case TYPE_ASCII:
        if (r_size(r, 1, "string", &n) < 0)
            goto fail;
        o = latin1_str(r, r->buf + r->pos, n, interned);
        r->pos += n;
        goto leaf;
    case TYPE_SHORT_ASCII_INTERNED:
        interned = true;
        /* fall through */
    case TYPE_SHORT_ASCII: {
        uint8_t n8;
        if (r_u8(r, &n8) < 0 || need(r, n8) < 0)
            goto fail;
        o = latin1_str(r, r->buf + r->pos, n8, interned);
        r->pos += n8;
        goto leaf;
    }

    case TYPE_REF: {
        if (r_i32(r, &i32) < 0)
            goto fail;
        if (i32 < 0 || (size_t)i32 >= r->nrefs) {
            fail_at(r, at + 1, "invalid reference %ld (%zu defined)", (long)i32, r->nrefs);
            goto fail;
        }
        if (!r->refs[i32].obj) {
            fail_at(r, at + 1, "reference %ld to an object still being read", (long)i32);
            goto fail;
        }
        o = r->refs[i32].obj;
        unhashable = r->refs[i32].unhashable;
        break;
    }

    case TYPE_SMALL_TUPLE: {
        uint8_t n8;
        if (r_u8(r, &n8) < 0)
            goto fail;
        n = n8;
        if (n > remaining(r)) {
            fail_at(r, at + 1, "tuple size %zu exceeds the remaining %zu bytes", n,
                    remaining(r));
            goto fail;
        }
        goto seq;
    }
    case TYPE_TUPLE:
        if (r_size(r, 1, "tuple", &n) < 0)
            goto fail;
        goto seq;
    case TYPE_LIST:
        if (r_size(r, 1, "list", &n) < 0)
            goto fail;
        goto seq;
    case TYPE_SET:
    case TYPE_FROZENSET:
        if (r_size(r, 1, "set", &n) < 0)
            goto fail;
    seq: {
        ObjKind kind = type == TYPE_LIST ? OBJ_LIST : type == TYPE_SET ? OBJ_SET
                     : type == TYPE_FROZENSET ? OBJ_FROZENSET : OBJ_TUPLE;
        const char *what = kind == OBJ_TUPLE ? "tuple" : kind == OBJ_LIST ? "list" : "set";
        if (ref_reserve(r, flag, &idx) < 0)
            goto fail;
        Obj *s = obj_seq(r->arena, kind, n);
        for (size_t i = 0; i < n; i++) {
            size_t item_at = r->pos;
            if (r_item(r, &s->u.seq.items[i], what) < 0)
                goto fail;
            if (r->unhashable && kind != OBJ_TUPLE && kind != OBJ_LIST) {
                fail_at(r, item_at, "unhashable set element (%s)",
                        kind_name(s->u.seq.items[i]));
                goto fail;
            }
            unhashable |= r->unhashable;
        }
        /* lists and sets are never hashable; tuples when their items are */
        unhashable = kind == OBJ_TUPLE ? unhashable : kind != OBJ_FROZENSET;
        ref_fill(r, idx, s, unhashable);
        o = s;
        break;
    }
    case TYPE_DICT:
        if (ref_reserve(r, flag, &idx) < 0 || r_dict(r, &o, idx) < 0)
            goto fail;
        unhashable = true;
        break;
    case TYPE_CODE:
        if (ref_reserve(r, flag, &idx) < 0 || r_code(r, &o, idx) < 0)
            goto fail;
        unhashable = r->unhashable;
        break;

    default:
        fail_at(r, at, "unknown type code 0x%02x", code);
        goto fail;
    }
    goto done;

leaf:
    /* Scalars have no parts, so registering after reading keeps the
     * pre-order numbering. */
    if (ref_reserve(r, flag, &idx) < 0)
        goto fail;
    ref_fill(r, idx, o, false);
done:
    *out = o;
    r->unhashable = unhashable;
    rc = 0;
fail:
    r->depth--;
    return rc;
}

int marshal_read(const uint8_t *buf, size_t len, Arena *arena, Obj **out,
                 size_t *consumed, MarshalError *err)
{
    MarshalError dummy;
    Reader r = { .buf = buf, .len = buf ? len : 0, .arena = arena,
                 .err = err ? err : &dummy };
    Obj *o = NULL;
    int rc = -1;

    r.err->offset = 0;
    r.err->message[0] = 0;
    *out = NULL;
    if (r_object(&r, &o) < 0)
        goto fail;
    if (!o) {
        fail_at(&r, 0, "NULL object in marshal data for object");
        goto fail;
    }
    *out = o;
    if (consumed)
        *consumed = r.pos;
    rc = 0;
fail:
    free(r.refs);
    return rc;
}
