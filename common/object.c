/* common/object.c: constructors, UTF-8 helpers and structural equality for
 * the .pyc value tree (object.h).  No I/O, no formatting.
 */
#include "object.h"

#include <string.h>

Obj *obj_new(Arena *a, ObjKind kind)
{
    Obj *o = arena_alloc(a, sizeof *o);
    o->kind = (uint8_t)kind;
    return o;
}

Obj *obj_singleton(Arena *a, ObjKind kind) { return obj_new(a, kind); }

Obj *obj_int(Arena *a, int64_t v)
{
    Obj *o = obj_new(a, OBJ_INT);
    o->u.i.value = v;
    return o;
}

Obj *obj_int_digits(Arena *a, int sign, const uint16_t *digits, size_t n)
{
    while (n > 0 && digits[n - 1] == 0)
        n--;
    if (n == 0)
        return obj_int(a, 0);
    /* Fits in int64 when the magnitude is < 2**63 (or == 2**63 for negatives).
     * Five digits hold 75 bits: look at the top digit before accumulating so
     * the uint64 never overflows. */
    if (n < 5 || (n == 5 && digits[4] <= 8)) {
        uint64_t mag = 0;
        for (size_t i = n; i-- > 0;)
            mag = (mag << 15) | digits[i];
        if (mag < (uint64_t)1 << 63)
            return obj_int(a, sign < 0 ? -(int64_t)mag : (int64_t)mag);
        if (sign < 0 && mag == (uint64_t)1 << 63)
            return obj_int(a, INT64_MIN);
    }
    Obj *o = obj_new(a, OBJ_INT);
    BigDigits *b = arena_alloc(a, sizeof *b);
    b->sign = sign < 0 ? -1 : 1;
    b->ndigits = (uint32_t)n;
    b->digits = arena_memdup(a, digits, n * sizeof *digits);
    o->u.i.big = b;
    return o;
}

Obj *obj_float(Arena *a, double v)
{
    Obj *o = obj_new(a, OBJ_FLOAT);
    o->u.f = v;
    return o;
}

Obj *obj_complex(Arena *a, double re, double im)
{
    Obj *o = obj_new(a, OBJ_COMPLEX);
    o->u.c.re = re;
    o->u.c.im = im;
    return o;
}

Obj *obj_bytes(Arena *a, const void *data, size_t len)
{
    Obj *o = obj_new(a, OBJ_BYTES);
    o->u.s.len = len;
    o->u.s.nchars = len;
    o->u.s.data = arena_memdup(a, data, len);
    return o;
}

Obj *obj_str(Arena *a, const char *utf8, size_t len, bool interned)
{
    Obj *o = obj_new(a, OBJ_STR);
    size_t n = 0;
    bool ok = utf8_check((const uint8_t *)utf8, len, &n);
    (void)ok; /* callers validate; a bad string still gets a length */
    o->u.s.len = len;
    o->u.s.nchars = n;
    o->u.s.data = arena_memdup(a, utf8, len);
    o->flags = (uint8_t)((n == len ? OBJ_STR_ASCII : 0) | (interned ? OBJ_STR_INTERNED : 0));
    return o;
}

Obj *obj_str_cstr(Arena *a, const char *s, bool interned)
{
    return obj_str(a, s, strlen(s), interned);
}

Obj *obj_seq(Arena *a, ObjKind kind, size_t n)
{
    Obj *o = obj_new(a, kind);
    size_t slots = kind == OBJ_DICT ? 2 * n : n;
    o->u.seq.n = n;
    o->u.seq.items = arena_alloc(a, slots * sizeof(Obj *));
    return o;
}

Obj *obj_code(Arena *a)
{
    Obj *o = obj_new(a, OBJ_CODE);
    o->u.code = arena_alloc(a, sizeof(Code));
    return o;
}

bool utf8_check(const uint8_t *s, size_t len, size_t *nchars)
{
    size_t i = 0, n = 0;
    while (i < len) {
        uint8_t c = s[i];
        size_t k;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            n++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            k = 1; cp = c & 0x1F; min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2; cp = c & 0x0F; min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3; cp = c & 0x07; min = 0x10000;
        } else {
            *nchars = n;
            return false;
        }
        if (len - i <= k) {
            *nchars = n;
            return false;
        }
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80) {
                *nchars = n;
                return false;
            }
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF) {
            *nchars = n;
            return false;
        }
        i += k + 1;
        n++;
    }
    *nchars = n;
    return true;
}

size_t utf8_decode(const uint8_t *s, uint32_t *cp)
{
    uint8_t c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((c & 0xF0) == 0xE0) {
        *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

size_t utf8_encode(uint32_t cp, uint8_t out[4])
{
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (cp >> 12));
        out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (cp >> 18));
    out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

bool code_point_in_ranges(const uint32_t (*ranges)[2], size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < ranges[mid][0])
            hi = mid;
        else if (cp > ranges[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

static bool same_double(double x, double y) { return memcmp(&x, &y, sizeof x) == 0; }

bool obj_equal(const Obj *a, const Obj *b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch ((ObjKind)a->kind) {
    case OBJ_NONE: case OBJ_FALSE: case OBJ_TRUE: case OBJ_STOPITER: case OBJ_ELLIPSIS:
        return true;
    case OBJ_INT:
        if (!a->u.i.big || !b->u.i.big)
            return !a->u.i.big && !b->u.i.big && a->u.i.value == b->u.i.value;
        return a->u.i.big->sign == b->u.i.big->sign &&
               a->u.i.big->ndigits == b->u.i.big->ndigits &&
               memcmp(a->u.i.big->digits, b->u.i.big->digits,
                      a->u.i.big->ndigits * sizeof(uint16_t)) == 0;
    case OBJ_FLOAT:
        return same_double(a->u.f, b->u.f);
    case OBJ_COMPLEX:
        return same_double(a->u.c.re, b->u.c.re) && same_double(a->u.c.im, b->u.c.im);
    case OBJ_BYTES: case OBJ_STR:
        return a->u.s.len == b->u.s.len && memcmp(a->u.s.data, b->u.s.data, a->u.s.len) == 0;
    case OBJ_TUPLE: case OBJ_LIST: case OBJ_SET: case OBJ_FROZENSET: case OBJ_DICT: {
        if (a->u.seq.n != b->u.seq.n)
            return false;
        size_t slots = a->kind == OBJ_DICT ? 2 * a->u.seq.n : a->u.seq.n;
        for (size_t i = 0; i < slots; i++)
            if (!obj_equal(a->u.seq.items[i], b->u.seq.items[i]))
                return false;
        return true;
    }
    case OBJ_CODE: {
        const Code *x = a->u.code, *y = b->u.code;
        return x->argcount == y->argcount && x->posonlyargcount == y->posonlyargcount &&
               x->kwonlyargcount == y->kwonlyargcount && x->stacksize == y->stacksize &&
               x->flags == y->flags && x->firstlineno == y->firstlineno &&
               obj_equal(x->code, y->code) && obj_equal(x->consts, y->consts) &&
               obj_equal(x->names, y->names) &&
               obj_equal(x->localsplusnames, y->localsplusnames) &&
               obj_equal(x->localspluskinds, y->localspluskinds) &&
               obj_equal(x->filename, y->filename) && obj_equal(x->name, y->name) &&
               obj_equal(x->qualname, y->qualname) && obj_equal(x->linetable, y->linetable) &&
               obj_equal(x->exceptiontable, y->exceptiontable);
    }
    }
    return false;
}
