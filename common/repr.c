/* common/repr.c: repr() of .pyc constants, byte-identical to CPython 3.11,
 * for the disassembler.  Floats: shortest round-trip digits (as dtoa mode 0)
 * in the 'r' layout; str escapes follow str.isprintable() through the
 * generated unicode_printable.h.  Not the runtime's repr of live values.
 */
#include "repr.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_printable.h"

/* ------------------------------------------------------------------ */
/* Printability                                                        */

bool unicode_isprintable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7f;
    return code_point_in_ranges(unicode_printable_ranges, UNICODE_PRINTABLE_NRANGES, cp);
}

/* ------------------------------------------------------------------ */
/* Floats                                                              */

/* Shortest decimal digits of finite |v| > 0 that read back as |v|: digits
 * (no leading/trailing zeros, NUL-terminated) and decpt such that
 * |v| = 0.DIGITS * 10**decpt.  Returns the number of digits. */
static int shortest_digits(double v, char digits[32], int *decpt)
{
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        /* "%.*e" is correctly rounded (glibc), so this candidate is the
         * nearest prec-digit decimal. */
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        char mant[32];
        int n = 0;
        const char *p = buf;
        for (; *p && *p != 'e'; p++)
            if (*p >= '0' && *p <= '9')
                mant[n++] = *p;
        mant[n] = 0;
        int exp10 = atoi(p + 1);

        /* Candidates: the nearest, then its two prec-digit neighbours.  The
         * nearest can miss where a neighbour hits because the rounding
         * interval of a power of two is lopsided; dtoa would then return the
         * neighbour at this length, so we must too. */
        char best[32];
        int best_exp = 0;
        bool found = false;
        double best_dist = 0;
        for (int k = 0; k < 3; k++) {
            char cand[32];
            int cexp = exp10;
            memcpy(cand, mant, (size_t)n + 1);
            if (k == 1) { /* + one unit in the last place */
                int i = n - 1;
                while (i >= 0 && cand[i] == '9')
                    cand[i--] = '0';
                if (i < 0) {
                    cand[0] = '1';
                    cexp++;
                } else {
                    cand[i]++;
                }
            } else if (k == 2) { /* - one unit */
                int i = n - 1;
                while (i >= 0 && cand[i] == '0')
                    cand[i--] = '9';
                if (i < 0)
                    continue;
                cand[i]--;
                if (cand[0] == '0') {
                    /* 1000 -> 0999 -> 9999 a decade down: keep prec
                     * digits by shifting the exponent */
                    memmove(cand, cand + 1, (size_t)n - 1);
                    cand[n - 1] = '9';
                    cexp--;
                }
            }
            char txt[64];
            /* An integer mantissa: no decimal point, so no locale dependence. */
            snprintf(txt, sizeof txt, "%se%d", cand, cexp - (n - 1));
            double back = strtod(txt, NULL);
            if (back != v)
                continue;
            if (k == 0) {
                memcpy(best, cand, (size_t)n + 1);
                best_exp = cexp;
                found = true;
                break;
            }
            /* Neighbour: keep the nearer one; exact distance is not
             * needed, the long double difference is plenty to order two
             * candidates on opposite sides. */
            double dist = fabs((double)((long double)strtold(txt, NULL) - (long double)v));
            if (!found || dist < best_dist) {
                memcpy(best, cand, (size_t)n + 1);
                best_exp = cexp;
                best_dist = dist;
                found = true;
            }
        }
        if (found) {
            int len = (int)strlen(best);
            while (len > 1 && best[len - 1] == '0')
                best[--len] = 0;
            memcpy(digits, best, (size_t)len + 1);
            *decpt = best_exp + 1;
            return len;
        }
    }
    /* 17 significant digits always round-trip; unreachable. */
    snprintf(buf, sizeof buf, "%.16e", v);
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    digits[n] = 0;
    *decpt = atoi(p + 1) + 1;
    return n;
}

/* CPython's float 'r' formatting: add_dot_0 appends ".0" to integral values
 * in fixed notation (float repr does, complex parts do not); plus_sign forces
 * a sign (the imaginary part of a complex). */
static void format_float_r(ByteBuf *b, double v, bool add_dot_0, bool plus_sign)
{
    if (isnan(v)) {
        /* The sign of a nan is never shown. */
        bb_str(b, plus_sign ? "+nan" : "nan");
        return;
    }
    bool neg = signbit(v) != 0;
    if (neg)
        bb_byte(b, '-');
    else if (plus_sign)
        bb_byte(b, '+');
    if (isinf(v)) {
        bb_str(b, "inf");
        return;
    }
    char digits[32];
    int decpt, nd;
    if (v == 0) {
        digits[0] = '0';
        digits[1] = 0;
        nd = 1;
        decpt = 1;
    } else {
        nd = shortest_digits(fabs(v), digits, &decpt);
    }
    if (decpt <= -4 || decpt > 16) {
        int exp = decpt - 1;
        bb_byte(b, (uint8_t)digits[0]);
        if (nd > 1) {
            bb_byte(b, '.');
            bb_put(b, digits + 1, (size_t)nd - 1);
        }
        bb_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    if (decpt <= 0) {
        bb_str(b, "0.");
        for (int i = 0; i < -decpt; i++)
            bb_byte(b, '0');
        bb_put(b, digits, (size_t)nd);
    } else if (decpt < nd) {
        bb_put(b, digits, (size_t)decpt);
        bb_byte(b, '.');
        bb_put(b, digits + decpt, (size_t)(nd - decpt));
    } else {
        bb_put(b, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++)
            bb_byte(b, '0');
        if (add_dot_0)
            bb_str(b, ".0");
    }
}

void repr_float(ByteBuf *b, double v) { format_float_r(b, v, true, false); }

static void repr_complex(ByteBuf *b, double re, double im)
{
    if (re == 0 && !signbit(re)) {
        /* A +0.0 real part is left out, and so are the parentheses. */
        format_float_r(b, im, false, false);
        bb_byte(b, 'j');
        return;
    }
    bb_byte(b, '(');
    format_float_r(b, re, false, false);
    format_float_r(b, im, false, true);
    bb_str(b, "j)");
}

/* ------------------------------------------------------------------ */
/* Ints                                                                */

void repr_int(ByteBuf *b, const Obj *o)
{
    const BigDigits *big = o->u.i.big;
    if (!big) {
        bb_printf(b, "%" PRId64, o->u.i.value);
        return;
    }
    if (big->ndigits == 0 || big->sign == 0) {
        bb_byte(b, '0');
        return;
    }
    /* Base 10**9 limbs, least significant first; feed the 15-bit digits in
     * from the top (Horner).  Quadratic, fine for constants of some ten
     * thousand digits. */
    const uint32_t BASE = 1000000000u;
    size_t cap = (size_t)big->ndigits * 15 / 29 + 2;  /* 2**15 < 10**(9*15/29) */
    uint32_t *limbs = calloc(cap, sizeof *limbs);
    if (!limbs) {
        fprintf(stderr, "fatal: out of memory\n");
        abort();
    }
    size_t n = 0;
    for (size_t i = big->ndigits; i-- > 0;) {
        uint64_t carry = big->digits[i] & 0x7fff;
        for (size_t j = 0; j < n; j++) {
            uint64_t t = ((uint64_t)limbs[j] << 15) + carry;
            limbs[j] = (uint32_t)(t % BASE);
            carry = t / BASE;
        }
        while (carry) {
            if (n == cap) {
                /* Cannot happen with the bound above; be safe anyway. */
                cap *= 2;
                uint32_t *nl = realloc(limbs, cap * sizeof *limbs);
                if (!nl) {
                    fprintf(stderr, "fatal: out of memory\n");
                    abort();
                }
                limbs = nl;
            }
            limbs[n++] = (uint32_t)(carry % BASE);
            carry /= BASE;
        }
    }
    if (big->sign < 0)
        bb_byte(b, '-');
    if (n == 0) {
        bb_byte(b, '0');
    } else {
        bb_printf(b, "%" PRIu32, limbs[n - 1]);
        bb_reserve(b, (n - 1) * 9);
        for (size_t j = n - 1; j-- > 0;)
            bb_printf(b, "%09" PRIu32, limbs[j]);
    }
    free(limbs);
}

/* ------------------------------------------------------------------ */
/* Strings and bytes                                                   */

static const char hexdig[] = "0123456789abcdef";

/* Decodes one code point from surrogatepass UTF-8 without reading past
 * `end`; a byte that does not start a complete sequence decodes as itself
 * (only reachable with a hand-built, invalid Obj). */
static size_t decode_cp(const uint8_t *s, const uint8_t *end, uint32_t *cp)
{
    uint8_t c = s[0];
    size_t need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (need == 0 || (size_t)(end - s) < need) {
        *cp = c;
        return 1;
    }
    for (size_t i = 1; i < need; i++)
        if ((s[i] & 0xC0) != 0x80) {
            *cp = c;
            return 1;
        }
    return utf8_decode(s, cp);
}

void repr_str(ByteBuf *b, const Obj *s)
{
    const uint8_t *p = s->u.s.data, *end = p + s->u.s.len;
    bool has_sq = memchr(p, '\'', s->u.s.len) != NULL;
    bool has_dq = memchr(p, '"', s->u.s.len) != NULL;
    uint8_t quote = has_sq && !has_dq ? '"' : '\'';
    bb_reserve(b, s->u.s.len + 2);
    bb_byte(b, quote);
    while (p < end) {
        uint32_t cp;
        size_t n = decode_cp(p, end, &cp);
        if (cp == quote || cp == '\\') {
            bb_byte(b, '\\');
            bb_byte(b, (uint8_t)cp);
        } else if (cp == '\t') {
            bb_str(b, "\\t");
        } else if (cp == '\n') {
            bb_str(b, "\\n");
        } else if (cp == '\r') {
            bb_str(b, "\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            bb_str(b, "\\x");
            bb_byte(b, (uint8_t)hexdig[cp >> 4]);
            bb_byte(b, (uint8_t)hexdig[cp & 15]);
        } else if (cp < 0x7f || unicode_isprintable(cp)) {
            if (n == 1 && cp >= 0x80) { /* undecodable byte: escape it */
                bb_printf(b, "\\x%02x", cp);
            } else {
                bb_put(b, p, n);
            }
        } else if (cp <= 0xff) {
            bb_printf(b, "\\x%02x", cp);
        } else if (cp <= 0xffff) {
            bb_printf(b, "\\u%04x", cp);
        } else {
            bb_printf(b, "\\U%08x", cp);
        }
        p += n;
    }
    bb_byte(b, quote);
}

static void repr_bytes(ByteBuf *b, const Obj *o)
{
    const uint8_t *p = o->u.s.data;
    size_t len = o->u.s.len;
    bool has_sq = memchr(p, '\'', len) != NULL;
    bool has_dq = memchr(p, '"', len) != NULL;
    uint8_t quote = has_sq && !has_dq ? '"' : '\'';
    bb_reserve(b, len + 3);
    bb_byte(b, 'b');
    bb_byte(b, quote);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = p[i];
        if (c == quote || c == '\\') {
            bb_byte(b, '\\');
            bb_byte(b, c);
        } else if (c == '\t') {
            bb_str(b, "\\t");
        } else if (c == '\n') {
            bb_str(b, "\\n");
        } else if (c == '\r') {
            bb_str(b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            bb_str(b, "\\x");
            bb_byte(b, (uint8_t)hexdig[c >> 4]);
            bb_byte(b, (uint8_t)hexdig[c & 15]);
        } else {
            bb_byte(b, c);
        }
    }
    bb_byte(b, quote);
}

/* ------------------------------------------------------------------ */
/* Containers and code                                                 */

static void repr_items(ByteBuf *b, const Obj *o)
{
    for (size_t i = 0; i < o->u.seq.n; i++) {
        if (i)
            bb_str(b, ", ");
        repr_obj(b, o->u.seq.items[i]);
    }
}

static void repr_code(ByteBuf *b, const Obj *o)
{
    const Code *c = o->u.code;
    bb_str(b, "<code object ");
    if (c && obj_is_str(c->name))
        bb_put(b, c->name->u.s.data, c->name->u.s.len);
    else if (c)
        repr_obj(b, c->name);
    bb_printf(b, " at 0x%" PRIxPTR, (uintptr_t)o);
    if (c && obj_is_str(c->filename)) {
        bb_str(b, ", file \"");
        bb_put(b, c->filename->u.s.data, c->filename->u.s.len);
        bb_byte(b, '"');
    } else {
        bb_str(b, ", file ???");
    }
    /* CPython shows a first line number of 0 as -1. */
    int line = c ? c->firstlineno : 0;
    bb_printf(b, ", line %d>", line != 0 ? line : -1);
}

void repr_obj(ByteBuf *b, const Obj *o)
{
    if (!o) {
        bb_str(b, "<NULL>");
        return;
    }
    switch ((ObjKind)o->kind) {
    case OBJ_NONE:
        bb_str(b, "None");
        return;
    case OBJ_FALSE:
        bb_str(b, "False");
        return;
    case OBJ_TRUE:
        bb_str(b, "True");
        return;
    case OBJ_STOPITER:
        bb_str(b, "<class 'StopIteration'>");
        return;
    case OBJ_ELLIPSIS:
        bb_str(b, "Ellipsis");
        return;
    case OBJ_INT:
        repr_int(b, o);
        return;
    case OBJ_FLOAT:
        repr_float(b, o->u.f);
        return;
    case OBJ_COMPLEX:
        repr_complex(b, o->u.c.re, o->u.c.im);
        return;
    case OBJ_BYTES:
        repr_bytes(b, o);
        return;
    case OBJ_STR:
        repr_str(b, o);
        return;
    case OBJ_TUPLE:
        bb_byte(b, '(');
        repr_items(b, o);
        if (o->u.seq.n == 1)
            bb_byte(b, ',');
        bb_byte(b, ')');
        return;
    case OBJ_LIST:
        bb_byte(b, '[');
        repr_items(b, o);
        bb_byte(b, ']');
        return;
    case OBJ_DICT:
        bb_byte(b, '{');
        for (size_t i = 0; i < o->u.seq.n; i++) {
            if (i)
                bb_str(b, ", ");
            repr_obj(b, o->u.seq.items[2 * i]);
            bb_str(b, ": ");
            repr_obj(b, o->u.seq.items[2 * i + 1]);
        }
        bb_byte(b, '}');
        return;
    case OBJ_SET:
        if (o->u.seq.n == 0) {
            bb_str(b, "set()");
            return;
        }
        bb_byte(b, '{');
        repr_items(b, o);
        bb_byte(b, '}');
        return;
    case OBJ_FROZENSET:
        if (o->u.seq.n == 0) {
            bb_str(b, "frozenset()");
            return;
        }
        bb_str(b, "frozenset({");
        repr_items(b, o);
        bb_str(b, "})");
        return;
    case OBJ_CODE:
        repr_code(b, o);
        return;
    }
    bb_printf(b, "<unknown object kind %d>", o->kind);
}
