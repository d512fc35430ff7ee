/* vm/str.c: the str type.  PEP 393 storage (each string in the narrowest of
 * 1, 2 or 4 bytes per code point, always canonical so equal strings have the
 * same kind and bytes), interning, repr, hashing, the operators and the
 * methods.  The codecs are str_codecs.c's, %-formatting and str.format
 * str_format.c's, format(str, spec) format.c's; bytes live in bytes.c.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coll.h"
#include "object.h"
#include "repr.h"
#include "runtime.h"
#include "search.h"
#include "str.h"
#include "str_impl.h"
#include "str_unicode.h"
#include "format.h"
#include "num.h"

/* ---------------------------------------------------------------- storage */

static inline void setch(PvStr *s, int64_t i, uint32_t c)
{
    switch (s->kind) {
    case 1: SDATA1(s)[i] = (uint8_t)c; break;
    case 2: SDATA2(s)[i] = (uint16_t)c; break;
    default: SDATA4(s)[i] = c; break;
    }
}

static int kind_for(uint32_t maxchar)
{
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

static Value str_too_long(void)
{
    pv_err_set_str(&pv_exc_OverflowError, "string is too long to generate");
    return V_NULL;
}

/* A new string of len code points able to hold maxchar; the caller fills
 * data.  The NUL after the last code unit lets kind-1 data be used as C. */
static PvStr *str_alloc(int64_t len, uint32_t maxchar)
{
    int kind = kind_for(maxchar);
    if (len < 0 || (uint64_t)len > (SIZE_MAX - sizeof(PvStr)) / 4 - 1)
        return NULL;
    PvStr *s = pv_alloc_atomic_raw(sizeof(PvStr) + (size_t)(len + 1) * (size_t)kind);
    s->ob.type = &pv_str_type;
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = maxchar < 0x80;
    s->interned = false;
    memset(s->data + (size_t)len * (size_t)kind, 0, (size_t)kind);
    return s;
}

PvStr pv_empty_str = { { &pv_str_type }, 0, -1, 1, true, false, {0} };
static Value latin1_cache[256];

Value pv_str_from_char(uint32_t c)
{
    if (c < 256) {
        if (!latin1_cache[c]) {
            PvStr *s = str_alloc(1, c);
            SDATA1(s)[0] = (uint8_t)c;
            latin1_cache[c] = v_from(s);
        }
        return latin1_cache[c];
    }
    PvStr *s = str_alloc(1, c);
    setch(s, 0, c);
    return v_from(s);
}

Value pv_str_from_latin1(const uint8_t *data, int64_t n)
{
    if (n == 0)
        return V_EMPTY;
    if (n == 1)
        return pv_str_from_char(data[0]);
    uint8_t maxc = 0;
    for (int64_t i = 0; i < n; i++)
        maxc |= data[i];
    PvStr *s = str_alloc(n, maxc);
    if (!s)
        return str_too_long();
    memcpy(s->data, data, (size_t)n);
    return v_from(s);
}

static Value ucs4_known(const uint32_t *cp, int64_t n, uint32_t maxc)
{
    if (n == 0)
        return V_EMPTY;
    if (n == 1)
        return pv_str_from_char(cp[0]);
    PvStr *s = str_alloc(n, maxc);
    if (!s)
        return str_too_long();
    switch (s->kind) {
    case 1: for (int64_t i = 0; i < n; i++) SDATA1(s)[i] = (uint8_t)cp[i]; break;
    case 2: for (int64_t i = 0; i < n; i++) SDATA2(s)[i] = (uint16_t)cp[i]; break;
    default: memcpy(s->data, cp, (size_t)n * 4); break;
    }
    return v_from(s);
}

Value pv_str_from_ucs4(const uint32_t *cp, int64_t n)
{
    uint32_t maxc = 0;
    for (int64_t i = 0; i < n; i++)
        if (cp[i] > maxc)
            maxc = cp[i];
    return ucs4_known(cp, n, maxc);
}

/* s[start:end] (0 <= start <= end <= len), re-narrowed to stay canonical */
/* a result equal to a str subclass instance is a plain str (CPython's
 * unicode_result_unchanged) */
#define PLAIN(v) (v_is((v), &pv_str_type) ? (v) : pv_exact_builtin(v))

Value pv_str_substr(Value v, int64_t start, int64_t end)
{
    PvStr *s = STR(v);
    int64_t n = end - start;
    if (n <= 0)
        return V_EMPTY;
    if (n == s->len)
        return PLAIN(v);
    if (n == 1)
        return pv_str_from_char(ch(s, start));
    if (s->kind == 1)
        return pv_str_from_latin1(SDATA1(s) + start, n);
    uint32_t maxc = 0;
    for (int64_t i = start; i < end; i++) {
        uint32_t c = ch(s, i);
        if (c > maxc)
            maxc = c;
    }
    PvStr *r = str_alloc(n, maxc);
    if (r->kind == s->kind) {
        memcpy(r->data, s->data + (size_t)start * s->kind, (size_t)n * s->kind);
    } else {
        for (int64_t i = 0; i < n; i++)
            setch(r, i, ch(s, start + i));
    }
    return v_from(r);
}

/* Lenient UTF-8 (surrogates accepted): invalid bytes become U+FFFD, which
 * only matters for C strings that were never Python text. */
static size_t utf8_next(const uint8_t *p, size_t n, uint32_t *out)
{
    uint8_t c = p[0];
    size_t k;
    uint32_t cp, min;
    if (c < 0x80) {
        *out = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) { k = 1; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { k = 2; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { k = 3; cp = c & 0x07; min = 0x10000; }
    else { *out = 0xFFFD; return 1; }
    if (n <= k) {
        *out = 0xFFFD;
        return 1;
    }
    for (size_t j = 1; j <= k; j++) {
        if ((p[j] & 0xC0) != 0x80) {
            *out = 0xFFFD;
            return 1;
        }
        cp = (cp << 6) | (p[j] & 0x3F);
    }
    *out = (cp < min || cp > 0x10FFFF) ? 0xFFFD : cp;
    return k + 1;
}

Value pv_str_from_utf8(const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (i < n && p[i] < 0x80)
        i++;
    if (i == n)
        return pv_str_from_latin1(p, (int64_t)n);
    /* count and find the widest code point, then fill */
    int64_t len = (int64_t)i;
    uint32_t maxc = 0x7F, c;
    for (size_t j = i; j < n; len++) {
        j += utf8_next(p + j, n - j, &c);
        if (c > maxc)
            maxc = c;
    }
    if (len == 1)
        return pv_str_from_char(c);
    PvStr *r = str_alloc(len, maxc);
    int64_t k = 0;
    for (size_t j = 0; j < n; k++) {
        j += utf8_next(p + j, n - j, &c);
        setch(r, k, c);
    }
    return v_from(r);
}

Value pv_str_cstr(const char *s)
{
    return pv_str_from_utf8(s, strlen(s));
}

Value pv_str_printf(const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return V_EMPTY;
    if ((size_t)n < sizeof small)
        return pv_str_from_utf8(small, (size_t)n);
    char *big = pv_alloc_atomic((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return pv_str_from_utf8(big, (size_t)n);
}

uint32_t pv_str_char(Value s, int64_t i)
{
    return ch(STR(s), i);
}

const char *pv_str_utf8(Value v, size_t *n)
{
    PvStr *s = STR(v);
    if (s->len == 0) { /* the static empty string has no data[] storage */
        if (n)
            *n = 0;
        return "";
    }
    if (s->ascii) {
        if (n)
            *n = (size_t)s->len;
        return s->data;
    }
    size_t cap = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        cap += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    char *out = pv_alloc_atomic(cap + 1);
    size_t k = 0;
    for (int64_t i = 0; i < s->len; i++)
        k += utf8_encode(ch(s, i), (uint8_t *)out + k);
    out[k] = 0;
    if (n)
        *n = k;
    return out;
}

/* ------------------------------------------------------ equality and hash */

bool pv_str_eq(Value a, Value b)
{
    if (a == b)
        return true;
    PvStr *x = STR(a), *y = STR(b);
    if (x->len != y->len || x->kind != y->kind)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    if (x->interned && y->interned)
        return false;
    return memcmp(x->data, y->data, (size_t)x->len * x->kind) == 0;
}

bool pv_str_eq_cstr(Value a, const char *s)
{
    PvStr *x = STR(a);
    size_t n = strlen(s);
    if (x->ascii)
        return (size_t)x->len == n && memcmp(x->data, s, n) == 0;
    size_t m;
    const char *u = pv_str_utf8(a, &m);
    return m == n && memcmp(u, s, n) == 0;
}

/* A 64-bit multiply-xorshift hash of the canonical bytes (equal strings
 * have equal bytes).  CPython keys SipHash randomly per run, so no program
 * can depend on the values; they only have to be stable within a run. */
static int64_t hash_bytes(const uint8_t *p, size_t n)
{
    const uint64_t m = 0x9E3779B97F4A7C15u;
    uint64_t h = 0x2545F4914F6CDD1Du ^ (n * m);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * m;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    h = (h ^ w) * m;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93u;
    h ^= h >> 32;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static int64_t str_hash_value(Value v)
{
    PvStr *s = STR(v);
    if (s->hash == -1)   /* CPython hashes the empty string to 0 whatever the key */
        s->hash = s->len == 0 ? 0 : hash_bytes((const uint8_t *)s->data, (size_t)s->len * s->kind);
    return s->hash;
}

static int str_hash(Value v, int64_t *out)
{
    *out = str_hash_value(v);
    return 0;
}

/* ------------------------------------------------------------- interning */

static Value *intern_tab;
static size_t intern_cap, intern_used;

static void intern_insert(Value s)
{
    size_t mask = intern_cap - 1, i = (size_t)str_hash_value(s) & mask;
    while (intern_tab[i])
        i = (i + 1) & mask;
    intern_tab[i] = s;
    intern_used++;
}

Value pv_str_intern(Value s)
{
    if (STR(s)->interned)
        return s;
    if (intern_cap == 0 || (intern_used + 1) * 3 > intern_cap * 2) {
        Value *old = intern_tab;
        size_t oldcap = intern_cap;
        intern_cap = oldcap ? oldcap * 2 : 1024;
        intern_tab = pv_alloc(intern_cap * sizeof(Value));
        intern_used = 0;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i])
                intern_insert(old[i]);
    }
    size_t mask = intern_cap - 1, i = (size_t)str_hash_value(s) & mask;
    for (; intern_tab[i]; i = (i + 1) & mask)
        if (pv_str_eq(intern_tab[i], s))
            return intern_tab[i];
    /* the shared static empty string and cached characters are interned
     * in place; everything else is too (strings are immutable) */
    STR(s)->interned = true;
    intern_tab[i] = s;
    intern_used++;
    return s;
}

Value pv_str_intern_cstr(const char *s)
{
    return pv_str_intern(pv_str_cstr(s));
}

/* ----------------------------------------------------------- string buffer */

void pv_sb_init(PvStrBuf *b)
{
    b->data = b->inline_;
    b->len = 0;
    b->cap = (int64_t)sizeof b->inline_;
    b->maxchar = 0;
    b->kind = 1;
}

/* room for `extra` more code points of kind `kind` (>= b->kind): grows
 * and widens the units already there */
static void sb_reserve_kind(PvStrBuf *b, int64_t extra, int kind)
{
    if (kind == b->kind && b->len + extra <= b->cap)
        return;
    int64_t need = b->len + extra, cap = b->cap;
    if (cap < need) {
        cap = cap < 16 ? 32 : cap * 2;
        while (cap < need)
            cap *= 2;
    }
    uint8_t *n = pv_alloc_atomic_raw((size_t)cap * (size_t)kind);
    if (kind == b->kind) {
        memcpy(n, b->data, (size_t)b->len * (size_t)kind);
    } else if (b->kind == 1 && kind == 2) {
        for (int64_t i = 0; i < b->len; i++)
            ((uint16_t *)(void *)n)[i] = b->data[i];
    } else if (b->kind == 1) {
        for (int64_t i = 0; i < b->len; i++)
            ((uint32_t *)(void *)n)[i] = b->data[i];
    } else {
        for (int64_t i = 0; i < b->len; i++)
            ((uint32_t *)(void *)n)[i] = ((uint16_t *)(void *)b->data)[i];
    }
    b->data = n;
    b->cap = cap;
    b->kind = (uint8_t)kind;
}

void pv_sb_reserve(PvStrBuf *b, int64_t extra)
{
    sb_reserve_kind(b, extra, b->kind);
}

static inline void sb_put(PvStrBuf *b, uint32_t c)
{
    switch (b->kind) {
    case 1: b->data[b->len++] = (uint8_t)c; break;
    case 2: ((uint16_t *)(void *)b->data)[b->len++] = (uint16_t)c; break;
    default: ((uint32_t *)(void *)b->data)[b->len++] = c; break;
    }
}

void pv_sb_char(PvStrBuf *b, uint32_t c)
{
    if (c > b->maxchar) {
        b->maxchar = c;
        if (kind_for(c) > b->kind)
            sb_reserve_kind(b, 1, kind_for(c));
    }
    if (b->len == b->cap)
        sb_reserve_kind(b, 1, b->kind);
    sb_put(b, c);
}

void pv_sb_ascii(PvStrBuf *b, const char *s)
{
    size_t n = strlen(s);
    sb_reserve_kind(b, (int64_t)n, b->kind);
    if (b->kind == 1) {
        for (size_t i = 0; i < n; i++)
            if ((uint8_t)s[i] > b->maxchar)
                b->maxchar = (uint8_t)s[i];
        memcpy(b->data + b->len, s, n);
        b->len += (int64_t)n;
        return;
    }
    for (size_t i = 0; i < n; i++)
        sb_put(b, (uint8_t)s[i]);
}

void pv_sb_substr(PvStrBuf *b, PvStr *s, int64_t start, int64_t end)
{
    if (end <= start)
        return;
    /* the part's largest char decides the kind: a latin-1 slice of a wide
     * string must not widen the result */
    uint32_t maxc;
    if (s->kind == 1) {
        maxc = s->ascii ? 0x7F : 0xFF;
    } else if (start == 0 && end == s->len) {
        maxc = s->kind == 2 ? 0xFFFF : 0x10FFFF;
    } else {
        maxc = 0;
        for (int64_t i = start; i < end; i++)
            if (ch(s, i) > maxc)
                maxc = ch(s, i);
    }
    if (maxc > b->maxchar)
        b->maxchar = maxc;
    int kind = kind_for(b->maxchar);
    sb_reserve_kind(b, end - start, kind > b->kind ? kind : b->kind);
    if (s->kind == b->kind) {
        memcpy(b->data + (size_t)b->len * b->kind, s->data + (size_t)start * s->kind,
               (size_t)(end - start) * s->kind);
        b->len += end - start;
        return;
    }
    for (int64_t i = start; i < end; i++)
        sb_put(b, ch(s, i));
}

void pv_sb_str(PvStrBuf *b, Value s)
{
    pv_sb_substr(b, STR(s), 0, STR(s)->len);
}

void pv_sb_repeat(PvStrBuf *b, uint32_t c, int64_t n)
{
    if (n <= 0)
        return;
    pv_sb_char(b, c);
    sb_reserve_kind(b, n - 1, b->kind);
    for (int64_t i = 1; i < n; i++)
        sb_put(b, c);
}

Value pv_sb_finish(PvStrBuf *b)
{
    Value r;
    if (b->len == 0) {
        r = V_EMPTY;
    } else if (b->len == 1) {
        r = pv_str_from_char(b->kind == 1   ? b->data[0]
                             : b->kind == 2 ? ((uint16_t *)(void *)b->data)[0]
                                            : ((uint32_t *)(void *)b->data)[0]);
    } else {
        PvStr *s = str_alloc(b->len, b->maxchar);
        if (!s) {
            pv_sb_init(b);
            return str_too_long();
        }
        memcpy(s->data, b->data, (size_t)b->len * s->kind);
        r = v_from(s);
    }
    pv_sb_init(b);
    return r;
}

/* --------------------------------------------------------------- concat */

Value pv_str_concat(Value a, Value b)
{
    PvStr *x = STR(a), *y = STR(b);
    if (y->len == 0)
        return PLAIN(a);
    if (x->len == 0)
        return PLAIN(b);
    if (x->len > INT64_MAX / 8 - y->len)
        return str_too_long();
    int kind = x->kind > y->kind ? x->kind : y->kind;
    uint32_t maxc = kind == 1 ? (x->ascii && y->ascii ? 0x7F : 0xFF) : kind == 2 ? 0xFFFF : 0x10FFFF;
    PvStr *r = str_alloc(x->len + y->len, maxc);
    if (!r)
        return str_too_long();
    if (x->kind == kind) {
        memcpy(r->data, x->data, (size_t)x->len * kind);
    } else {
        for (int64_t i = 0; i < x->len; i++)
            setch(r, i, ch(x, i));
    }
    if (y->kind == kind) {
        memcpy(r->data + (size_t)x->len * kind, y->data, (size_t)y->len * kind);
    } else {
        for (int64_t i = 0; i < y->len; i++)
            setch(r, x->len + i, ch(y, i));
    }
    return v_from(r);
}

/* ------------------------------------------------------------------ repr */

void pv_sb_hex(PvStrBuf *b, uint32_t c, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--)
        pv_sb_char(b, (uint8_t)hex[(c >> (4 * i)) & 0xF]);
}

/* the escaped form repr() and ascii() share; ascii_only escapes every
 * non-ASCII code point as ascii() does */
static void repr_into(PvStrBuf *b, PvStr *s, bool ascii_only)
{
    bool has_sq = false, has_dq = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        if (c == '\'')
            has_sq = true;
        else if (c == '"')
            has_dq = true;
    }
    uint32_t q = has_sq && !has_dq ? '"' : '\'';
    pv_sb_reserve(b, s->len + 2);
    pv_sb_char(b, q);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        if (c == q || c == '\\') {
            pv_sb_char(b, '\\');
            pv_sb_char(b, c);
        } else if (c == '\t') {
            pv_sb_ascii(b, "\\t");
        } else if (c == '\n') {
            pv_sb_ascii(b, "\\n");
        } else if (c == '\r') {
            pv_sb_ascii(b, "\\r");
        } else if (c < 0x20 || c == 0x7F) {
            pv_sb_ascii(b, "\\x");
            pv_sb_hex(b, c, 2);
        } else if (c < 0x7F || (!ascii_only && unicode_isprintable(c))) {
            pv_sb_char(b, c);
        } else if (c < 0x100) {
            pv_sb_ascii(b, "\\x");
            pv_sb_hex(b, c, 2);
        } else if (c < 0x10000) {
            pv_sb_ascii(b, "\\u");
            pv_sb_hex(b, c, 4);
        } else {
            pv_sb_ascii(b, "\\U");
            pv_sb_hex(b, c, 8);
        }
    }
    pv_sb_char(b, q);
}

Value pv_str_repr(Value v)
{
    PvStr *s = STR(v);
    PvStrBuf b;
    pv_sb_init(&b);
    repr_into(&b, s, false);
    return pv_sb_finish(&b);
}

/* ------------------------------------------------------ character classes
 * Every property and case mapping comes from str_unicode.h, generated from
 * python3.11 itself (Unicode 14: utf8proc, on Unicode 15, answers differently
 * for the code points added since); ASCII is answered inline. */

#define IN_TABLE(t, c) code_point_in_ranges((t), sizeof(t) / sizeof((t)[0]), (c))

bool pv_unicode_isspace(uint32_t c)
{
    if (c < 0x80)
        return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
    return IN_TABLE(str_space, c);
}

static bool u_isalpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return IN_TABLE(str_alpha, c);
}

bool pv_unicode_isdecimal(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return IN_TABLE(str_decimal, c);
}

/* the decimal ranges are whole 0..9 sets, so a digit's value is its
 * distance from its range's start, mod 10 */
int pv_unicode_decimal_value(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    size_t lo = 0, hi = sizeof(str_decimal) / sizeof(str_decimal[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (str_decimal[mid][1] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof(str_decimal) / sizeof(str_decimal[0]) && str_decimal[lo][0] <= c)
        return (int)((c - str_decimal[lo][0]) % 10);
    return -1;
}

static bool u_isdigit(uint32_t c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : IN_TABLE(str_digit, c);
}

static bool u_isnumeric(uint32_t c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : IN_TABLE(str_numeric, c);
}

bool pv_unicode_isalnum(uint32_t c)
{
    return u_isalpha(c) || u_isnumeric(c);
}

static bool u_islower(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return IN_TABLE(str_lowercase, c);
}

static bool u_isupper(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return IN_TABLE(str_uppercase, c);
}

static bool u_istitle(uint32_t c)
{
    return c >= 0x80 && IN_TABLE(str_titlecase, c);
}

static bool u_iscased(uint32_t c)
{
    return u_islower(c) || u_isupper(c) || u_istitle(c);
}

/* Unicode's Case_Ignorable, for the final-sigma rule of lower() */
static bool u_case_ignorable(uint32_t c)
{
    return IN_TABLE(str_case_ignorable, c);
}

static bool u_isprintable(uint32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c < 0x7F;
    return unicode_isprintable(c);
}

static bool u_xid_start(uint32_t c)
{
    if (c < 0x80)
        return c == '_' || u_isalpha(c);
    return IN_TABLE(str_xid_start, c);
}

static bool u_xid_continue(uint32_t c)
{
    if (c < 0x80)
        return c == '_' || u_isalpha(c) || (c >= '0' && c <= '9');
    return IN_TABLE(str_xid_continue, c);
}

/* c's simple mapping: the run holding c (runs sorted and disjoint) */
static uint32_t run_map(const StrCaseRun *t, size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].last < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n && t[lo].first <= c && (c - t[lo].first) % t[lo].step == 0)
        return (uint32_t)((int64_t)c + t[lo].delta);
    return c;
}
#define RUN_MAP(t, c) run_map((t), sizeof(t) / sizeof((t)[0]), (c))

/* full case mappings: a special table entry, else the simple one */
static const StrSpecialCase *special_find(const StrSpecialCase *t, size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].cp == c)
            return &t[mid];
        if (t[mid].cp < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
#define SPECIAL(t, c) special_find((t), sizeof(t) / sizeof((t)[0]), (c))

enum { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_FOLD };

/* appends the full mapping of s[i] (final sigma needs the context) */
static void case_map(PvStrBuf *b, PvStr *s, int64_t i, int how)
{
    uint32_t c = ch(s, i);
    if (c < 0x80) {
        if (how == CASE_LOWER || how == CASE_FOLD)
            pv_sb_char(b, c >= 'A' && c <= 'Z' ? c + 32 : c);
        else
            pv_sb_char(b, c >= 'a' && c <= 'z' ? c - 32 : c);
        return;
    }
    const StrSpecialCase *sp = NULL;
    switch (how) {
    case CASE_LOWER:
        if (c == 0x3A3) {
            /* Final_Sigma: preceded by a cased letter (skipping
             * case-ignorables) and not followed by one */
            int64_t j = i - 1;
            while (j >= 0 && u_case_ignorable(ch(s, j)))
                j--;
            bool before = j >= 0 && u_iscased(ch(s, j));
            j = i + 1;
            while (j < s->len && u_case_ignorable(ch(s, j)))
                j++;
            bool after = j < s->len && u_iscased(ch(s, j));
            pv_sb_char(b, before && !after ? 0x3C2 : 0x3C3);
            return;
        }
        sp = SPECIAL(str_special_lower, c);
        break;
    case CASE_UPPER: sp = SPECIAL(str_special_upper, c); break;
    case CASE_TITLE: sp = SPECIAL(str_special_title, c); break;
    default: sp = SPECIAL(str_special_fold, c); break;
    }
    if (sp) {
        for (int k = 0; k < sp->n; k++)
            pv_sb_char(b, sp->to[k]);
        return;
    }
    pv_sb_char(b, how == CASE_LOWER   ? RUN_MAP(str_lower_runs, c)
                  : how == CASE_UPPER ? RUN_MAP(str_upper_runs, c)
                  : how == CASE_TITLE ? RUN_MAP(str_title_runs, c)
                                      : RUN_MAP(str_fold_runs, c));
}

/* ------------------------------------------------------------ operators */

static Value str_repr_slot(Value v)
{
    return pv_str_repr(v);
}

static Value str_str_slot(Value v)
{
    if (v_is(v, &pv_str_type))
        return v;
    /* a str subclass instance: its exact-str copy */
    PvStr *s = STR(v);
    PvStr *r = str_alloc(s->len, s->kind == 1 ? (s->ascii ? 0x7F : 0xFF) : s->kind == 2 ? 0xFFFF : 0x10FFFF);
    memcpy(r->data, s->data, (size_t)s->len * s->kind);
    return v_from(r);
}

static int str_compare(PvStr *x, PvStr *y)
{
    int64_t n = x->len < y->len ? x->len : y->len;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t a = ch(x, i), b = ch(y, i);
            if (a != b)
                return a < b ? -1 : 1;
        }
    }
    return x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
}

static Value str_richcompare(Value a, Value b, int op)
{
    if (!v_isinstance(a, &pv_str_type) || !v_isinstance(b, &pv_str_type))
        return V_NOTIMPLEMENTED;
    if (op == PV_EQ || op == PV_NE)
        return v_bool(pv_str_eq(a, b) == (op == PV_EQ));
    int c = str_compare(STR(a), STR(b));
    switch (op) {
    case PV_LT: return v_bool(c < 0);
    case PV_LE: return v_bool(c <= 0);
    case PV_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

/* Built-in types never answer a str operator themselves, so when one is
 * the other operand str raises its own (sequence) message as CPython does;
 * other types may still have a reflected method. */
static bool may_reflect(Value v)
{
    PvType *t = pv_type(v);
    if (!t->binop)
        return false;
    return !(t == &pv_int_type || t == &pv_bool_type || t == &pv_float_type ||
             t == &pv_complex_type || t == &pv_str_type || t == &pv_bytes_type ||
             t == &pv_bytearray_type || t == &pv_list_type || t == &pv_tuple_type ||
             t == &pv_dict_type || t == &pv_set_type || t == &pv_frozenset_type);
}

static Value str_repeat(Value s, Value n)
{
    int64_t k;
    if (pv_index(n, &k) < 0)
        return V_NULL;
    int64_t len = STR(s)->len;
    if (k <= 0 || len == 0)
        return V_EMPTY;
    if (k == 1)
        return PLAIN(s);
    if (len > INT64_MAX / 8 / k) {
        pv_err_no_memory();
        return V_NULL;
    }
    PvStr *x = STR(s);
    PvStr *r = str_alloc(len * k, x->kind == 1 ? (x->ascii ? 0x7F : 0xFF) : x->kind == 2 ? 0xFFFF : 0x10FFFF);
    if (!r)
        return pv_err_no_memory();
    size_t chunk = (size_t)len * x->kind;
    if (chunk == 1) {
        memset(r->data, x->data[0], (size_t)k);
    } else {
        memcpy(r->data, x->data, chunk);
        size_t done = chunk, total = chunk * (size_t)k;
        while (done < total) {
            size_t m = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, m);
            done += m;
        }
    }
    return v_from(r);
}

static Value str_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT)
        op -= PV_NB_COUNT;
    bool a_str = v_isinstance(a, &pv_str_type);
    switch (op) {
    case PV_NB_ADD:
        if (a_str && v_isinstance(b, &pv_str_type))
            return pv_str_concat(a, b);
        if (a_str && !may_reflect(b)) {
            pv_err_format(&pv_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                          pv_type_name(b));
            return V_NULL;
        }
        return V_NOTIMPLEMENTED;
    case PV_NB_MULTIPLY: {
        Value s = a_str ? a : b, n = a_str ? b : a;
        if (v_isinstance(n, &pv_int_type))
            return str_repeat(s, n);
        if (!a_str || !may_reflect(n)) {
            if (a_str || !may_reflect(a)) {
                pv_err_format(&pv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                              pv_type_name(n));
                return V_NULL;
            }
        }
        return V_NOTIMPLEMENTED;
    }
    case PV_NB_REMAINDER:
        if (a_str)
            return pv_str_mod(a, b);
        return V_NOTIMPLEMENTED;
    default:
        return V_NOTIMPLEMENTED;
    }
}

static int64_t str_len(Value v)
{
    return STR(v)->len;
}

/* a sequence index: too big for an index is an IndexError, as CPython's
 * PyNumber_AsSsize_t(key, PyExc_IndexError) makes it */
static int index_arg(Value key, int64_t *out)
{
    if (pv_index(key, out) == 0)
        return 0;
    if (pv_err_matches(&pv_exc_OverflowError)) {
        pv_err_clear();
        pv_err_set_str(&pv_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
}

static Value str_getitem(Value v, Value key)
{
    PvStr *s = STR(v);
    if (v_isinstance(key, &pv_int_type)) {
        int64_t i;
        if (index_arg(key, &i) < 0)
            return V_NULL;
        if (i < 0)
            i += s->len;
        if (i < 0 || i >= s->len) {
            pv_err_set_str(&pv_exc_IndexError, "string index out of range");
            return V_NULL;
        }
        return pv_str_from_char(ch(s, i));
    }
    if (v_is(key, &pv_slice_type)) {
        int64_t start, stop, step, n;
        if (pv_slice_indices(key, s->len, &start, &stop, &step, &n) < 0)
            return V_NULL;
        if (step == 1)
            return pv_str_substr(v, start, start + n);
        if (n <= 0)
            return V_EMPTY;
        PvStrBuf b;
        pv_sb_init(&b);
        pv_sb_reserve(&b, n);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            pv_sb_char(&b, ch(s, j));
        return pv_sb_finish(&b);
    }
    pv_err_format(&pv_exc_TypeError, "string indices must be integers, not '%s'", pv_type_name(key));
    return V_NULL;
}

static int64_t find_sub(PvStr *s, PvStr *sub, int64_t start, int64_t end, bool reverse);

static int str_contains(Value v, Value item)
{
    if (!v_isinstance(item, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      pv_type_name(item));
        return -1;
    }
    return find_sub(STR(v), STR(item), 0, STR(v)->len, false) >= 0;
}

/* the str iterator: index into the string, no allocation per step beyond
 * the result (characters below 256 are cached) */
typedef struct StrIter {
    PvObject ob;
    Value s;
    int64_t i;
} StrIter;

static Value striter_iter(Value self)
{
    return self;
}

static Value striter_next(Value self)
{
    StrIter *it = (StrIter *)v_obj(self);
    if (!it->s)
        return V_NULL;
    PvStr *s = STR(it->s);
    if (it->i >= s->len) {
        it->s = V_NULL;
        return V_NULL;
    }
    return pv_str_from_char(ch(s, it->i++));
}

static Value striter_length_hint(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc; (void)argv; (void)kwnames;
    StrIter *it = (StrIter *)v_obj(self);
    return v_from_small(it->s ? (intptr_t)(STR(it->s)->len - it->i) : 0);
}

static const PvMethodDef striter_methods[] = {
    { "__length_hint__", striter_length_hint, 0 },
    { NULL, NULL, 0 },
};

/* CPython names the iterator of an ASCII string differently */
static PvType str_ascii_iter_type = {
    .ob = { &pv_type_type },
    .name = "str_ascii_iterator",
    .base = &pv_object_type,
    .size = sizeof(StrIter),
    .iter = striter_iter,
    .next = striter_next,
    .methods = striter_methods,
};

static PvType str_iter_type = {
    .ob = { &pv_type_type },
    .name = "str_iterator",
    .base = &pv_object_type,
    .size = sizeof(StrIter),
    .iter = striter_iter,
    .next = striter_next,
    .methods = striter_methods,
};

static Value str_iter(Value v)
{
    PvType *t = STR(v)->ascii ? &str_ascii_iter_type : &str_iter_type;
    StrIter *it = (StrIter *)pv_new_object(t, sizeof(StrIter));
    it->s = v;
    it->i = 0;
    return v_from(it);
}

/* ------------------------------------------------------ argument helpers */


bool pv_str_has_kwargs(Value kwnames)
{
    return kwnames && PV_TUPLE_LEN(kwnames) > 0;
}

static int no_kw(const char *name, Value kwnames)
{
    if (pv_str_has_kwargs(kwnames)) {
        pv_err_format(&pv_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* METH_NOARGS / METH_O methods: "str.upper() takes no arguments (1 given)" */
int pv_str_exact_args(const char *name, int argc, Value kwnames, int n)
{
    if (no_kw(name, kwnames) < 0)
        return -1;
    if (argc != n) {
        if (n == 0)
            pv_err_format(&pv_exc_TypeError, "str.%s() takes no arguments (%d given)", name, argc);
        else
            pv_err_format(&pv_exc_TypeError, "str.%s() takes exactly one argument (%d given)", name,
                          argc);
        return -1;
    }
    return 0;
}

/* Argument Clinic's positional check: "center expected at least 1 argument, got 0" */
static int clinic_args(const char *name, int argc, Value kwnames, int min, int max)
{
    if (no_kw(name, kwnames) < 0)
        return -1;
    if (argc < min) {
        pv_err_format(&pv_exc_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                      min == 1 ? "" : "s", argc);
        return -1;
    }
    if (argc > max) {
        pv_err_format(&pv_exc_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                      max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

/* PyArg_ParseTuple's check: "find() takes at least 1 argument (0 given)" */
static int tuple_args(const char *name, int argc, Value kwnames, int min, int max)
{
    if (no_kw(name, kwnames) < 0)
        return -1;
    if (argc < min || argc > max) {
        bool few = argc < min;
        int n = few ? min : max;
        pv_err_format(&pv_exc_TypeError, "%s() takes %s %d argument%s (%d given)", name,
                      min == max ? "exactly" : few ? "at least" : "at most", n, n == 1 ? "" : "s",
                      argc);
        return -1;
    }
    return 0;
}

bool pv_str_check(Value v)
{
    return v_isinstance(v, &pv_str_type);
}

static bool is_none(Value v)
{
    return !v || v == V_NONE;
}

/* "must be str, not int" */
static PvStr *need_str(Value v, const char *prefix)
{
    if (pv_str_check(v))
        return STR(v);
    pv_err_format(&pv_exc_TypeError, "%smust be str, not %s", prefix, pv_type_name(v));
    return NULL;
}

/* sub, [start, [end]] of find & co: start/end adjusted to s */
static PvStr *sub_args(PvStr *s, int argc, const Value *argv, int64_t *start, int64_t *end)
{
    if (pv_search_bounds(argc, argv, s->len, start, end) < 0)
        return NULL;
    return need_str(argv[0], "");
}

/* ------------------------------------------------------------- searching */

static bool match_at(PvStr *s, int64_t i, PvStr *sub)
{
    if (s->kind == sub->kind)
        return memcmp(s->data + (size_t)i * s->kind, sub->data, (size_t)sub->len * s->kind) == 0;
    for (int64_t k = 0; k < sub->len; k++)
        if (ch(s, i + k) != ch(sub, k))
            return false;
    return true;
}

/* first (last) index of sub in s[start:end], or -1 */
static int64_t find_sub(PvStr *s, PvStr *sub, int64_t start, int64_t end, bool reverse)
{
    if (end - start < sub->len)
        return -1;
    if (sub->len == 0)
        return reverse ? end : start;
    if (sub->kind > s->kind)
        return -1;   /* canonical storage: sub has a character s cannot hold */
    if (s->kind == 1)
        return pv_search_bytes(SDATA1(s), start, end, SDATA1(sub), sub->len, reverse);
    uint32_t first = ch(sub, 0);
    int64_t last = end - sub->len;
    if (!reverse) {
        for (int64_t i = start; i <= last; i++)
            if (ch(s, i) == first && match_at(s, i, sub))
                return i;
    } else {
        for (int64_t i = last; i >= start; i--)
            if (ch(s, i) == first && match_at(s, i, sub))
                return i;
    }
    return -1;
}

static int64_t count_sub(PvStr *s, PvStr *sub, int64_t start, int64_t end, int64_t maxcount)
{
    if (end - start < sub->len)
        return 0;
    if (sub->len == 0)
        return end - start + 1 < maxcount ? end - start + 1 : maxcount;
    int64_t n = 0;
    while (n < maxcount) {
        int64_t i = find_sub(s, sub, start, end, false);
        if (i < 0)
            break;
        n++;
        start = i + sub->len;
    }
    return n;
}

static Value find_common(Value self, int argc, const Value *argv, Value kwnames,
                         const char *name, bool reverse, bool raise)
{
    if (tuple_args(name, argc, kwnames, 1, 3) < 0)
        return V_NULL;
    int64_t start, end;
    PvStr *sub = sub_args(STR(self), argc, argv, &start, &end);
    if (!sub)
        return V_NULL;
    int64_t i = find_sub(STR(self), sub, start, end, reverse);
    if (i < 0 && raise) {
        pv_err_set_str(&pv_exc_ValueError, "substring not found");
        return V_NULL;
    }
    return pv_int_from_i64(i);
}

METH(str_find) { return find_common(self, argc, argv, kwnames, "find", false, false); }
METH(str_rfind) { return find_common(self, argc, argv, kwnames, "rfind", true, false); }
METH(str_index) { return find_common(self, argc, argv, kwnames, "index", false, true); }
METH(str_rindex) { return find_common(self, argc, argv, kwnames, "rindex", true, true); }

METH(str_count)
{
    if (tuple_args("count", argc, kwnames, 1, 3) < 0)
        return V_NULL;
    int64_t start, end;
    PvStr *sub = sub_args(STR(self), argc, argv, &start, &end);
    if (!sub)
        return V_NULL;
    if (start > STR(self)->len)
        return v_from_small(0);
    return pv_int_from_i64(count_sub(STR(self), sub, start, end, INT64_MAX));
}

static int tail_match(PvStr *s, PvStr *sub, int64_t start, int64_t end, bool suffix)
{
    if (start > s->len)
        return 0;
    if (end - start < sub->len)
        return 0;
    if (sub->len == 0)
        return 1;
    return match_at(s, suffix ? end - sub->len : start, sub);
}

static Value startend(Value self, int argc, const Value *argv, Value kwnames, const char *name,
                      bool suffix)
{
    if (tuple_args(name, argc, kwnames, 1, 3) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    int64_t start, end;
    if (pv_search_bounds(argc, argv, s->len, &start, &end) < 0)
        return V_NULL;
    Value p = argv[0];
    if (v_isinstance(p, &pv_tuple_type)) {
        for (int64_t i = 0; i < PV_TUPLE_LEN(p); i++) {
            Value x = PV_TUPLE_ITEMS(p)[i];
            if (!pv_str_check(x)) {
                pv_err_format(&pv_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              pv_type_name(x));
                return V_NULL;
            }
            if (tail_match(s, STR(x), start, end, suffix))
                return V_TRUE;
        }
        return V_FALSE;
    }
    if (!pv_str_check(p)) {
        pv_err_format(&pv_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                      pv_type_name(p));
        return V_NULL;
    }
    return v_bool(tail_match(s, STR(p), start, end, suffix));
}

METH(str_startswith) { return startend(self, argc, argv, kwnames, "startswith", false); }
METH(str_endswith) { return startend(self, argc, argv, kwnames, "endswith", true); }

/* ------------------------------------------------- splitting and joining */

static int maxsplit_arg(Value v, int64_t *out)
{
    *out = -1;
    if (!v)
        return 0;
    return pv_index(v, out);
}

static Value split_common(Value self, int argc, const Value *argv, Value kwnames, bool right)
{
    static const char *const names[] = { "sep", "maxsplit" };
    Value a[2] = { V_NULL, V_NULL };
    if (pv_parse_args(right ? "rsplit" : "split", argc, argv, kwnames, "|OO", names, a) < 0)
        return V_NULL;
    int64_t maxsplit;
    if (maxsplit_arg(a[1], &maxsplit) < 0)
        return V_NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    PvStr *s = STR(self);
    Value list = pv_list_new(0);
    if (is_none(a[0])) {
        /* runs of whitespace separate; no empty strings */
        if (!right) {
            int64_t i = 0, n = s->len;
            while (true) {
                while (i < n && pv_unicode_isspace(ch(s, i)))
                    i++;
                if (i == n)
                    break;
                int64_t j = i;
                if (maxsplit-- <= 0) {
                    pv_list_append(list, pv_str_substr(self, i, n));
                    break;
                }
                while (j < n && !pv_unicode_isspace(ch(s, j)))
                    j++;
                pv_list_append(list, pv_str_substr(self, i, j));
                i = j;
            }
        } else {
            int64_t j = s->len;
            while (true) {
                while (j > 0 && pv_unicode_isspace(ch(s, j - 1)))
                    j--;
                if (j == 0)
                    break;
                int64_t i = j;
                if (maxsplit-- <= 0) {
                    pv_list_append(list, pv_str_substr(self, 0, j));
                    break;
                }
                while (i > 0 && !pv_unicode_isspace(ch(s, i - 1)))
                    i--;
                pv_list_append(list, pv_str_substr(self, i, j));
                j = i;
            }
            pv_list_reverse(list);
        }
        return list;
    }
    if (!pv_str_check(a[0])) {
        pv_err_format(&pv_exc_TypeError, "must be str or None, not %s", pv_type_name(a[0]));
        return V_NULL;
    }
    PvStr *sep = STR(a[0]);
    if (sep->len == 0) {
        pv_err_set_str(&pv_exc_ValueError, "empty separator");
        return V_NULL;
    }
    if (!right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            int64_t k = find_sub(s, sep, i, s->len, false);
            if (k < 0)
                break;
            pv_list_append(list, pv_str_substr(self, i, k));
            i = k + sep->len;
        }
        pv_list_append(list, pv_str_substr(self, i, s->len));
    } else {
        int64_t j = s->len;
        while (maxsplit-- > 0) {
            int64_t k = find_sub(s, sep, 0, j, true);
            if (k < 0)
                break;
            pv_list_append(list, pv_str_substr(self, k + sep->len, j));
            j = k;
        }
        pv_list_append(list, pv_str_substr(self, 0, j));
        pv_list_reverse(list);
    }
    return list;
}

METH(str_split) { return split_common(self, argc, argv, kwnames, false); }
METH(str_rsplit) { return split_common(self, argc, argv, kwnames, true); }

static bool is_linebreak(uint32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

METH(str_splitlines)
{
    static const char *const names[] = { "keepends" };
    Value a[1] = { V_NULL };
    if (pv_parse_args("splitlines", argc, argv, kwnames, "|O", names, a) < 0)
        return V_NULL;
    int64_t keep = 0;
    if (a[0] && pv_index(a[0], &keep) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    Value list = pv_list_new(0);
    int64_t i = 0, n = s->len;
    while (i < n) {
        int64_t j = i;
        while (j < n && !is_linebreak(ch(s, j)))
            j++;
        int64_t eol = j;
        if (j < n) {
            if (ch(s, j) == '\r' && j + 1 < n && ch(s, j + 1) == '\n')
                j += 2;
            else
                j++;
            if (keep)
                eol = j;
        }
        pv_list_append(list, pv_str_substr(self, i, eol));
        i = j;
    }
    return list;
}

METH(str_join)
{
    if (pv_str_exact_args("join", argc, kwnames, 1) < 0)
        return V_NULL;
    Value seq = argv[0];
    if (!v_is(seq, &pv_list_type) && !v_is(seq, &pv_tuple_type)) {
        Value it = pv_iter(seq);
        if (!it) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                pv_err_set_str(&pv_exc_TypeError, "can only join an iterable");
            }
            return V_NULL;
        }
        seq = pv_list_new(0);
        Value x;
        while ((x = pv_next(it)) != V_NULL)
            pv_list_append(seq, x);
        if (pv_err_occurred())
            return V_NULL;
    }
    int64_t n;
    const Value *items;
    if (v_is(seq, &pv_list_type)) {
        n = PV_LIST_LEN(seq);
        items = PV_LIST_ITEMS(seq);
    } else {
        n = PV_TUPLE_LEN(seq);
        items = PV_TUPLE_ITEMS(seq);
    }
    PvStr *sep = STR(self);
    int64_t total = 0;
    int kind = sep->kind;
    bool ascii = sep->ascii;
    for (int64_t i = 0; i < n; i++) {
        if (!pv_str_check(items[i])) {
            pv_err_format(&pv_exc_TypeError, "sequence item %lld: expected str instance, %s found",
                          (long long)i, pv_type_name(items[i]));
            return V_NULL;
        }
        PvStr *x = STR(items[i]);
        total += x->len + (i ? sep->len : 0);
        if (x->kind > kind)
            kind = x->kind;
        ascii = ascii && x->ascii;
    }
    if (n == 1 && v_is(items[0], &pv_str_type))
        return items[0];
    if (n == 0)
        return V_EMPTY;
    if (total > INT64_MAX / 8)
        return str_too_long();
    /* sep is only written when there are two items or more */
    if (n > 1 && sep->kind > kind)
        kind = sep->kind;
    PvStr *r = str_alloc(total, kind == 1 ? (ascii ? 0x7F : 0xFF) : kind == 2 ? 0xFFFF : 0x10FFFF);
    int64_t pos = 0;
    for (int64_t i = 0; i < n; i++) {
        PvStr *parts[2] = { i ? sep : NULL, STR(items[i]) };
        for (int p = 0; p < 2; p++) {
            PvStr *x = parts[p];
            if (!x)
                continue;
            if (x->kind == kind) {
                memcpy(r->data + (size_t)pos * kind, x->data, (size_t)x->len * kind);
            } else {
                for (int64_t k = 0; k < x->len; k++)
                    setch(r, pos + k, ch(x, k));
            }
            pos += x->len;
        }
    }
    /* the separator may have made it wider than its content needs only
     * when it was never written (n == 1, handled above) */
    return v_from(r);
}

static Value partition_common(Value self, int argc, const Value *argv, Value kwnames, bool right)
{
    if (pv_str_exact_args(right ? "rpartition" : "partition", argc, kwnames, 1) < 0)
        return V_NULL;
    PvStr *sep = need_str(argv[0], "");
    if (!sep)
        return V_NULL;
    if (sep->len == 0) {
        pv_err_set_str(&pv_exc_ValueError, "empty separator");
        return V_NULL;
    }
    PvStr *s = STR(self);
    int64_t i = find_sub(s, sep, 0, s->len, right);
    Value t[3];
    if (i < 0) {
        t[0] = right ? V_EMPTY : PLAIN(self);
        t[1] = V_EMPTY;
        t[2] = right ? PLAIN(self) : V_EMPTY;
    } else {
        t[0] = pv_str_substr(self, 0, i);
        t[1] = argv[0];
        t[2] = pv_str_substr(self, i + sep->len, s->len);
    }
    return pv_tuple_from(3, t);
}

METH(str_partition) { return partition_common(self, argc, argv, kwnames, false); }
METH(str_rpartition) { return partition_common(self, argc, argv, kwnames, true); }

/* --------------------------------------------------- strip, replace, pad */

static bool in_chars(PvStr *chars, uint32_t c)
{
    if (!chars)
        return pv_unicode_isspace(c);
    for (int64_t i = 0; i < chars->len; i++)
        if (ch(chars, i) == c)
            return true;
    return false;
}

static Value strip_common(Value self, int argc, const Value *argv, Value kwnames,
                          const char *name, bool left, bool right)
{
    if (clinic_args(name, argc, kwnames, 0, 1) < 0)
        return V_NULL;
    PvStr *chars = NULL;
    if (argc > 0 && !is_none(argv[0])) {
        if (!pv_str_check(argv[0])) {
            pv_err_format(&pv_exc_TypeError, "%s arg must be None or str", name);
            return V_NULL;
        }
        chars = STR(argv[0]);
    }
    PvStr *s = STR(self);
    int64_t i = 0, j = s->len;
    if (left)
        while (i < j && in_chars(chars, ch(s, i)))
            i++;
    if (right)
        while (j > i && in_chars(chars, ch(s, j - 1)))
            j--;
    return pv_str_substr(self, i, j);
}

METH(str_strip) { return strip_common(self, argc, argv, kwnames, "strip", true, true); }
METH(str_lstrip) { return strip_common(self, argc, argv, kwnames, "lstrip", true, false); }
METH(str_rstrip) { return strip_common(self, argc, argv, kwnames, "rstrip", false, true); }

METH(str_replace)
{
    if (clinic_args("replace", argc, kwnames, 2, 3) < 0)
        return V_NULL;
    for (int i = 0; i < 2; i++)
        if (!pv_str_check(argv[i])) {
            pv_err_format(&pv_exc_TypeError, "replace() argument %d must be str, not %s", i + 1,
                          pv_type_name(argv[i]));
            return V_NULL;
        }
    int64_t count = -1;
    if (argc > 2 && pv_index(argv[2], &count) < 0)
        return V_NULL;
    if (count < 0)
        count = INT64_MAX;
    PvStr *s = STR(self), *old = STR(argv[0]), *new = STR(argv[1]);
    if (count == 0 || (old->len == 0 && new->len == 0))
        return PLAIN(self);
    PvStrBuf b;
    pv_sb_init(&b);
    if (old->len == 0) {
        /* insert new before every character and at the end */
        int64_t i = 0;
        for (; i <= s->len && count > 0; i++, count--) {
            pv_sb_str(&b, argv[1]);
            if (i < s->len)
                pv_sb_char(&b, ch(s, i));
        }
        if (i <= s->len)
            pv_sb_substr(&b, s, i, s->len);
        return pv_sb_finish(&b);
    }
    int64_t i = 0;
    bool any = false;
    while (count-- > 0) {
        int64_t k = find_sub(s, old, i, s->len, false);
        if (k < 0)
            break;
        any = true;
        pv_sb_substr(&b, s, i, k);
        pv_sb_str(&b, argv[1]);
        i = k + old->len;
    }
    if (!any)
        return PLAIN(self);
    pv_sb_substr(&b, s, i, s->len);
    return pv_sb_finish(&b);
}

static int fill_arg(Value v, uint32_t *fill)
{
    *fill = ' ';
    if (!v)
        return 0;
    if (!pv_str_check(v)) {
        pv_err_format(&pv_exc_TypeError, "The fill character must be a unicode character, not %s",
                      pv_type_name(v));
        return -1;
    }
    if (STR(v)->len != 1) {
        pv_err_set_str(&pv_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = ch(STR(v), 0);
    return 0;
}

static Value pad(Value self, int64_t left, int64_t right, uint32_t fill)
{
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_repeat(&b, fill, left);
    pv_sb_str(&b, self);
    pv_sb_repeat(&b, fill, right);
    return pv_sb_finish(&b);
}

/* 0 center, 1 ljust, 2 rjust */
static Value justify(Value self, int argc, const Value *argv, Value kwnames, int how)
{
    static const char *const names[] = { "center", "ljust", "rjust" };
    if (clinic_args(names[how], argc, kwnames, 1, 2) < 0)
        return V_NULL;
    int64_t width;
    uint32_t fill;
    if (pv_index(argv[0], &width) < 0 || fill_arg(argc > 1 ? argv[1] : V_NULL, &fill) < 0)
        return V_NULL;
    int64_t len = STR(self)->len;
    if (width <= len)
        return PLAIN(self);
    int64_t marg = width - len;
    if (how == 1)
        return pad(self, 0, marg, fill);
    if (how == 2)
        return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

METH(str_center) { return justify(self, argc, argv, kwnames, 0); }
METH(str_ljust) { return justify(self, argc, argv, kwnames, 1); }
METH(str_rjust) { return justify(self, argc, argv, kwnames, 2); }

METH(str_zfill)
{
    if (pv_str_exact_args("zfill", argc, kwnames, 1) < 0)
        return V_NULL;
    int64_t width;
    if (pv_index(argv[0], &width) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    if (width <= s->len)
        return PLAIN(self);
    PvStrBuf b;
    pv_sb_init(&b);
    int64_t i = 0;
    if (s->len > 0 && (ch(s, 0) == '+' || ch(s, 0) == '-')) {
        pv_sb_char(&b, ch(s, 0));
        i = 1;
    }
    pv_sb_repeat(&b, '0', width - s->len);
    pv_sb_substr(&b, s, i, s->len);
    return pv_sb_finish(&b);
}

METH(str_expandtabs)
{
    static const char *const names[] = { "tabsize" };
    Value a[1] = { V_NULL };
    if (pv_parse_args("expandtabs", argc, argv, kwnames, "|O", names, a) < 0)
        return V_NULL;
    int64_t tab = 8;
    if (a[0] && pv_index(a[0], &tab) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    PvStrBuf b;
    pv_sb_init(&b);
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                pv_sb_repeat(&b, ' ', n);
                col += n;
            }
        } else {
            pv_sb_char(&b, c);
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    return pv_sb_finish(&b);
}

static Value affix_common(Value self, int argc, const Value *argv, Value kwnames, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (pv_str_exact_args(name, argc, kwnames, 1) < 0)
        return V_NULL;
    if (!pv_str_check(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "%s() argument must be str, not %s", name,
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    PvStr *s = STR(self), *a = STR(argv[0]);
    if (a->len == 0 || !tail_match(s, a, 0, s->len, suffix))
        return PLAIN(self);
    return suffix ? pv_str_substr(self, 0, s->len - a->len) : pv_str_substr(self, a->len, s->len);
}

METH(str_removeprefix) { return affix_common(self, argc, argv, kwnames, false); }
METH(str_removesuffix) { return affix_common(self, argc, argv, kwnames, true); }

/* ------------------------------------------------------------ case maps */

static Value map_all(Value self, int how)
{
    PvStr *s = STR(self);
    if (s->ascii && s->len > 1) {
        /* ASCII maps to ASCII of the same length: no buffer of code points */
        PvStr *r = str_alloc(s->len, 0x7F);
        for (int64_t i = 0; i < s->len; i++) {
            uint8_t c = SDATA1(s)[i];
            if (how == CASE_UPPER)
                c = c >= 'a' && c <= 'z' ? (uint8_t)(c - 32) : c;
            else
                c = c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
            SDATA1(r)[i] = c;
        }
        return v_from(r);
    }
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_reserve(&b, s->len);
    for (int64_t i = 0; i < s->len; i++)
        case_map(&b, s, i, how);
    return pv_sb_finish(&b);
}

METH(str_lower) { if (pv_str_exact_args("lower", argc, kwnames, 0) < 0) return V_NULL; (void)argv; return map_all(self, CASE_LOWER); }
METH(str_upper) { if (pv_str_exact_args("upper", argc, kwnames, 0) < 0) return V_NULL; (void)argv; return map_all(self, CASE_UPPER); }
METH(str_casefold) { if (pv_str_exact_args("casefold", argc, kwnames, 0) < 0) return V_NULL; (void)argv; return map_all(self, CASE_FOLD); }

METH(str_capitalize)
{
    (void)argv;
    if (pv_str_exact_args("capitalize", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    PvStrBuf b;
    pv_sb_init(&b);
    for (int64_t i = 0; i < s->len; i++)
        case_map(&b, s, i, i == 0 ? CASE_TITLE : CASE_LOWER);
    return pv_sb_finish(&b);
}

METH(str_title)
{
    (void)argv;
    if (pv_str_exact_args("title", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    PvStrBuf b;
    pv_sb_init(&b);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        case_map(&b, s, i, prev_cased ? CASE_LOWER : CASE_TITLE);
        prev_cased = u_iscased(c);
    }
    return pv_sb_finish(&b);
}

METH(str_swapcase)
{
    (void)argv;
    if (pv_str_exact_args("swapcase", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    PvStrBuf b;
    pv_sb_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        if (u_isupper(c))
            case_map(&b, s, i, CASE_LOWER);
        else if (u_islower(c))
            case_map(&b, s, i, CASE_UPPER);
        else
            pv_sb_char(&b, c);
    }
    return pv_sb_finish(&b);
}

/* ------------------------------------------------------------ predicates */

static Value all_chars(Value self, int argc, Value kwnames, const char *name,
                       bool (*pred)(uint32_t))
{
    if (pv_str_exact_args(name, argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    if (s->len == 0)
        return V_FALSE;
    for (int64_t i = 0; i < s->len; i++)
        if (!pred(ch(s, i)))
            return V_FALSE;
    return V_TRUE;
}

#define PREDICATE(fn, name, pred) \
    METH(fn) { (void)argv; return all_chars(self, argc, kwnames, name, pred); }
PREDICATE(str_isspace, "isspace", pv_unicode_isspace)
PREDICATE(str_isalpha, "isalpha", u_isalpha)
PREDICATE(str_isalnum, "isalnum", pv_unicode_isalnum)
PREDICATE(str_isdecimal, "isdecimal", pv_unicode_isdecimal)
PREDICATE(str_isdigit, "isdigit", u_isdigit)
PREDICATE(str_isnumeric, "isnumeric", u_isnumeric)

METH(str_isprintable)
{
    (void)argv;
    if (pv_str_exact_args("isprintable", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    for (int64_t i = 0; i < s->len; i++)
        if (!u_isprintable(ch(s, i)))
            return V_FALSE;
    return V_TRUE;
}

METH(str_isascii)
{
    (void)argv;
    if (pv_str_exact_args("isascii", argc, kwnames, 0) < 0)
        return V_NULL;
    return v_bool(STR(self)->ascii);
}

/* islower / isupper: every cased character is of that case, and one is */
static Value case_pred(Value self, int argc, Value kwnames, const char *name, bool upper)
{
    if (pv_str_exact_args(name, argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    bool cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        if (upper ? (u_islower(c) || u_istitle(c)) : (u_isupper(c) || u_istitle(c)))
            return V_FALSE;
        if (!cased && (upper ? u_isupper(c) : u_islower(c)))
            cased = true;
    }
    return v_bool(cased);
}

METH(str_islower) { (void)argv; return case_pred(self, argc, kwnames, "islower", false); }
METH(str_isupper) { (void)argv; return case_pred(self, argc, kwnames, "isupper", true); }

METH(str_istitle)
{
    (void)argv;
    if (pv_str_exact_args("istitle", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        if (u_isupper(c) || u_istitle(c)) {
            if (prev_cased)
                return V_FALSE;
            prev_cased = cased = true;
        } else if (u_islower(c)) {
            if (!prev_cased)
                return V_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return v_bool(cased);
}

METH(str_isidentifier)
{
    (void)argv;
    if (pv_str_exact_args("isidentifier", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    if (s->len == 0 || !u_xid_start(ch(s, 0)))
        return V_FALSE;
    for (int64_t i = 1; i < s->len; i++)
        if (!u_xid_continue(ch(s, i)))
            return V_FALSE;
    return V_TRUE;
}

/* ----------------------------------------------------- translate, maketrans */

static Value str_maketrans(Value type, int argc, const Value *argv, Value kwnames)
{
    (void)type;
    if (clinic_args("maketrans", argc, kwnames, 1, 3) < 0)
        return V_NULL;
    Value d = pv_dict_new();
    if (argc == 1) {
        Value x = argv[0];
        if (!v_isinstance(x, &pv_dict_type)) {
            pv_err_set_str(&pv_exc_TypeError,
                           "if you give only one argument to maketrans it must be a dict");
            return V_NULL;
        }
        int64_t pos = 0;
        Value k, val;
        while (pv_dict_next(x, &pos, &k, &val)) {
            if (pv_str_check(k)) {
                if (STR(k)->len != 1) {
                    pv_err_set_str(&pv_exc_ValueError,
                                   "string keys in translate table must be of length 1");
                    return V_NULL;
                }
                k = v_from_small(ch(STR(k), 0));
            } else if (!v_isinstance(k, &pv_int_type)) {
                pv_err_set_str(&pv_exc_TypeError,
                               "keys in translate table must be strings or integers");
                return V_NULL;
            }
            if (pv_dict_set(d, k, val) < 0)
                return V_NULL;
        }
        return d;
    }
    for (int i = 0; i < argc; i++)
        if (!pv_str_check(argv[i])) {
            pv_err_format(&pv_exc_TypeError, "maketrans() argument %d must be str, not %s", i + 1,
                          pv_type_name(argv[i]));
            return V_NULL;
        }
    PvStr *x = STR(argv[0]), *y = STR(argv[1]);
    if (x->len != y->len) {
        pv_err_set_str(&pv_exc_ValueError,
                       "the first two maketrans arguments must have equal length");
        return V_NULL;
    }
    for (int64_t i = 0; i < x->len; i++)
        if (pv_dict_set(d, v_from_small(ch(x, i)), v_from_small(ch(y, i))) < 0)
            return V_NULL;
    if (argc == 3) {
        PvStr *z = STR(argv[2]);
        for (int64_t i = 0; i < z->len; i++)
            if (pv_dict_set(d, v_from_small(ch(z, i)), V_NONE) < 0)
                return V_NULL;
    }
    return d;
}

METH(str_translate)
{
    if (pv_str_exact_args("translate", argc, kwnames, 1) < 0)
        return V_NULL;
    Value table = argv[0];
    PvStr *s = STR(self);
    PvStrBuf b;
    pv_sb_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = ch(s, i);
        Value r = pv_getitem(table, v_from_small(c));
        if (!r) {
            if (pv_err_matches(&pv_exc_LookupError)) {
                pv_err_clear();
                pv_sb_char(&b, c);
                continue;
            }
            return V_NULL;
        }
        if (r == V_NONE)
            continue;
        if (v_isinstance(r, &pv_int_type)) {
            int64_t k;
            if (!pv_int_as_i64(r, &k) || k < 0 || k > 0x10FFFF) {
                pv_err_set_str(&pv_exc_ValueError, "character mapping must be in range(0x110000)");
                return V_NULL;
            }
            pv_sb_char(&b, (uint32_t)k);
        } else if (pv_str_check(r)) {
            pv_sb_str(&b, r);
        } else {
            pv_err_set_str(&pv_exc_TypeError, "character mapping must return integer, None or str");
            return V_NULL;
        }
    }
    return pv_sb_finish(&b);
}

/* ---------------------------------------------------------- constructor */

static Value str_construct(int argc, const Value *argv, Value kwnames);

static Value str_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    Value r = str_construct(argc, argv, kwnames);
    if (r == V_NULL)
        return V_NULL;
    r = pv_exact_builtin(r);
    return type == &pv_str_type ? r : pv_subtype_instance(type, r);
}

static Value str_construct(int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    Value a[3];
    if (pv_parse_args("str", argc, argv, kwnames, "|OOO", names, a) < 0)
        return V_NULL;
    if (!a[0])
        return V_EMPTY;
    if (!a[1] && !a[2])
        return pv_str(a[0]);
    for (int i = 1; i < 3; i++)
        if (a[i] && !pv_str_check(a[i])) {
            pv_err_format(&pv_exc_TypeError, "str() argument '%s' must be str, not %s", names[i],
                          pv_type_name(a[i]));
            return V_NULL;
        }
    Value o = a[0];
    if (v_isinstance(o, &pv_bytes_type))
        return pv_str_decode(((PvBytes *)v_obj(o))->data, ((PvBytes *)v_obj(o))->len, a[1], a[2]);
    if (v_isinstance(o, &pv_bytearray_type))
        return pv_str_decode(((PvByteArray *)v_obj(o))->data, ((PvByteArray *)v_obj(o))->len, a[1],
                             a[2]);
    if (pv_str_check(o)) {
        pv_err_set_str(&pv_exc_TypeError, "decoding str is not supported");
        return V_NULL;
    }
    pv_err_format(&pv_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                  pv_type_name(o));
    return V_NULL;
}

METH(str_getnewargs)
{
    if (pv_str_exact_args("__getnewargs__", argc, kwnames, 0) < 0)
        return V_NULL;
    (void)argv;
    return pv_tuple_from(1, &self);
}

METH(str_sizeof)
{
    if (pv_str_exact_args("__sizeof__", argc, kwnames, 0) < 0)
        return V_NULL;
    (void)argv;
    /* CPython's object sizes: compact ASCII 40 bytes + len + 1, compact
     * 56 + (len + 1) * kind */
    PvStr *s = STR(self);
    int64_t n = s->ascii ? 40 + s->len + 1 : 56 + (s->len + 1) * s->kind;
    return pv_int_from_i64(n);
}

static const PvMethodDef str_methods[] = {
    { "capitalize", str_capitalize, 0 },
    { "casefold", str_casefold, 0 },
    { "center", str_center, 0 },
    { "count", str_count, 0 },
    { "encode", pv_str_meth_encode, 0 },
    { "endswith", str_endswith, 0 },
    { "expandtabs", str_expandtabs, 0 },
    { "find", str_find, 0 },
    { "format", pv_str_meth_format, 0 },
    { "format_map", pv_str_meth_format_map, 0 },
    { "index", str_index, 0 },
    { "isalnum", str_isalnum, 0 },
    { "isalpha", str_isalpha, 0 },
    { "isascii", str_isascii, 0 },
    { "isdecimal", str_isdecimal, 0 },
    { "isdigit", str_isdigit, 0 },
    { "isidentifier", str_isidentifier, 0 },
    { "islower", str_islower, 0 },
    { "isnumeric", str_isnumeric, 0 },
    { "isprintable", str_isprintable, 0 },
    { "isspace", str_isspace, 0 },
    { "istitle", str_istitle, 0 },
    { "isupper", str_isupper, 0 },
    { "join", str_join, 0 },
    { "ljust", str_ljust, 0 },
    { "lower", str_lower, 0 },
    { "lstrip", str_lstrip, 0 },
    { "maketrans", str_maketrans, PV_METH_CLASS },
    { "partition", str_partition, 0 },
    { "removeprefix", str_removeprefix, 0 },
    { "removesuffix", str_removesuffix, 0 },
    { "replace", str_replace, 0 },
    { "rfind", str_rfind, 0 },
    { "rindex", str_rindex, 0 },
    { "rjust", str_rjust, 0 },
    { "rpartition", str_rpartition, 0 },
    { "rsplit", str_rsplit, 0 },
    { "rstrip", str_rstrip, 0 },
    { "split", str_split, 0 },
    { "splitlines", str_splitlines, 0 },
    { "startswith", str_startswith, 0 },
    { "strip", str_strip, 0 },
    { "swapcase", str_swapcase, 0 },
    { "title", str_title, 0 },
    { "translate", str_translate, 0 },
    { "upper", str_upper, 0 },
    { "zfill", str_zfill, 0 },
    { "__format__", pv_str_meth___format__, 0 },
    { "__getnewargs__", str_getnewargs, 0 },
    { "__sizeof__", str_sizeof, 0 },
    { NULL, NULL, 0 },
};

PvType pv_str_type = {
    .ob = { &pv_type_type },
    .name = "str",
    .base = &pv_object_type,
    .size = 0,
    .flags = PV_TF_BASETYPE,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .binop = str_binop,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .new = str_new,
    .methods = str_methods,
};
