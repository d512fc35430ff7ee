/* vm/str.c: the str type.  PEP 393 storage (each string in the narrowest of
 * 1, 2 or 4 bytes per code point, always canonical so equal strings have the
 * same kind and bytes), interning, repr, hashing, the operators, every
 * method, the utf-8/ascii/latin-1 codecs, %-formatting and str.format.
 * format(str, spec) itself is format.c's; bytes live in bytes.c.
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
#include "str_unicode.h"
#include "format.h"
#include "num.h"

/* ---------------------------------------------------------------- storage */

#define SDATA1(s) ((uint8_t *)(s)->data)
#define SDATA2(s) ((uint16_t *)(void *)(s)->data)
#define SDATA4(s) ((uint32_t *)(void *)(s)->data)
#define STR(v) ((PvStr *)v_obj(v))

static inline uint32_t ch(const PvStr *s, int64_t i)
{
    switch (s->kind) {
    case 1: return ((const uint8_t *)s->data)[i];
    case 2: return ((const uint16_t *)(const void *)s->data)[i];
    default: return ((const uint32_t *)(const void *)s->data)[i];
    }
}

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

static PvStr empty_str = { { &pv_str_type }, 0, -1, 1, true, false, {0} };
static Value latin1_cache[256];

#define V_EMPTY v_from(&empty_str)

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

static Value substr(Value v, int64_t start, int64_t end)
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

static void sb_reserve(PvStrBuf *b, int64_t extra)
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

static void sb_substr(PvStrBuf *b, PvStr *s, int64_t start, int64_t end)
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
    sb_substr(b, STR(s), 0, STR(s)->len);
}

static void sb_repeat(PvStrBuf *b, uint32_t c, int64_t n)
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

static void sb_hex(PvStrBuf *b, uint32_t c, int digits)
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
    sb_reserve(b, s->len + 2);
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
            sb_hex(b, c, 2);
        } else if (c < 0x7F || (!ascii_only && unicode_isprintable(c))) {
            pv_sb_char(b, c);
        } else if (c < 0x100) {
            pv_sb_ascii(b, "\\x");
            sb_hex(b, c, 2);
        } else if (c < 0x10000) {
            pv_sb_ascii(b, "\\u");
            sb_hex(b, c, 4);
        } else {
            pv_sb_ascii(b, "\\U");
            sb_hex(b, c, 8);
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
            return substr(v, start, start + n);
        if (n <= 0)
            return V_EMPTY;
        PvStrBuf b;
        pv_sb_init(&b);
        sb_reserve(&b, n);
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

#define METH(name) static Value name(Value self, int argc, const Value *argv, Value kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

static bool has_kwargs(Value kwnames)
{
    return kwnames && PV_TUPLE_LEN(kwnames) > 0;
}

static int no_kw(const char *name, Value kwnames)
{
    if (has_kwargs(kwnames)) {
        pv_err_format(&pv_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* METH_NOARGS / METH_O methods: "str.upper() takes no arguments (1 given)" */
static int exact_args(const char *name, int argc, Value kwnames, int n)
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

static bool is_str(Value v)
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
    if (is_str(v))
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
            if (!is_str(x)) {
                pv_err_format(&pv_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              pv_type_name(x));
                return V_NULL;
            }
            if (tail_match(s, STR(x), start, end, suffix))
                return V_TRUE;
        }
        return V_FALSE;
    }
    if (!is_str(p)) {
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
                    pv_list_append(list, substr(self, i, n));
                    break;
                }
                while (j < n && !pv_unicode_isspace(ch(s, j)))
                    j++;
                pv_list_append(list, substr(self, i, j));
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
                    pv_list_append(list, substr(self, 0, j));
                    break;
                }
                while (i > 0 && !pv_unicode_isspace(ch(s, i - 1)))
                    i--;
                pv_list_append(list, substr(self, i, j));
                j = i;
            }
            pv_list_reverse(list);
        }
        return list;
    }
    if (!is_str(a[0])) {
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
            pv_list_append(list, substr(self, i, k));
            i = k + sep->len;
        }
        pv_list_append(list, substr(self, i, s->len));
    } else {
        int64_t j = s->len;
        while (maxsplit-- > 0) {
            int64_t k = find_sub(s, sep, 0, j, true);
            if (k < 0)
                break;
            pv_list_append(list, substr(self, k + sep->len, j));
            j = k;
        }
        pv_list_append(list, substr(self, 0, j));
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
        pv_list_append(list, substr(self, i, eol));
        i = j;
    }
    return list;
}

METH(str_join)
{
    if (exact_args("join", argc, kwnames, 1) < 0)
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
        if (!is_str(items[i])) {
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
    if (exact_args(right ? "rpartition" : "partition", argc, kwnames, 1) < 0)
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
        t[0] = substr(self, 0, i);
        t[1] = argv[0];
        t[2] = substr(self, i + sep->len, s->len);
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
        if (!is_str(argv[0])) {
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
    return substr(self, i, j);
}

METH(str_strip) { return strip_common(self, argc, argv, kwnames, "strip", true, true); }
METH(str_lstrip) { return strip_common(self, argc, argv, kwnames, "lstrip", true, false); }
METH(str_rstrip) { return strip_common(self, argc, argv, kwnames, "rstrip", false, true); }

METH(str_replace)
{
    if (clinic_args("replace", argc, kwnames, 2, 3) < 0)
        return V_NULL;
    for (int i = 0; i < 2; i++)
        if (!is_str(argv[i])) {
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
            sb_substr(&b, s, i, s->len);
        return pv_sb_finish(&b);
    }
    int64_t i = 0;
    bool any = false;
    while (count-- > 0) {
        int64_t k = find_sub(s, old, i, s->len, false);
        if (k < 0)
            break;
        any = true;
        sb_substr(&b, s, i, k);
        pv_sb_str(&b, argv[1]);
        i = k + old->len;
    }
    if (!any)
        return PLAIN(self);
    sb_substr(&b, s, i, s->len);
    return pv_sb_finish(&b);
}

static int fill_arg(Value v, uint32_t *fill)
{
    *fill = ' ';
    if (!v)
        return 0;
    if (!is_str(v)) {
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
    sb_repeat(&b, fill, left);
    pv_sb_str(&b, self);
    sb_repeat(&b, fill, right);
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
    if (exact_args("zfill", argc, kwnames, 1) < 0)
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
    sb_repeat(&b, '0', width - s->len);
    sb_substr(&b, s, i, s->len);
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
                sb_repeat(&b, ' ', n);
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
    if (exact_args(name, argc, kwnames, 1) < 0)
        return V_NULL;
    if (!is_str(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "%s() argument must be str, not %s", name,
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    PvStr *s = STR(self), *a = STR(argv[0]);
    if (a->len == 0 || !tail_match(s, a, 0, s->len, suffix))
        return PLAIN(self);
    return suffix ? substr(self, 0, s->len - a->len) : substr(self, a->len, s->len);
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
    sb_reserve(&b, s->len);
    for (int64_t i = 0; i < s->len; i++)
        case_map(&b, s, i, how);
    return pv_sb_finish(&b);
}

METH(str_lower) { if (exact_args("lower", argc, kwnames, 0) < 0) return V_NULL; (void)argv; return map_all(self, CASE_LOWER); }
METH(str_upper) { if (exact_args("upper", argc, kwnames, 0) < 0) return V_NULL; (void)argv; return map_all(self, CASE_UPPER); }
METH(str_casefold) { if (exact_args("casefold", argc, kwnames, 0) < 0) return V_NULL; (void)argv; return map_all(self, CASE_FOLD); }

METH(str_capitalize)
{
    (void)argv;
    if (exact_args("capitalize", argc, kwnames, 0) < 0)
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
    if (exact_args("title", argc, kwnames, 0) < 0)
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
    if (exact_args("swapcase", argc, kwnames, 0) < 0)
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
    if (exact_args(name, argc, kwnames, 0) < 0)
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
    if (exact_args("isprintable", argc, kwnames, 0) < 0)
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
    if (exact_args("isascii", argc, kwnames, 0) < 0)
        return V_NULL;
    return v_bool(STR(self)->ascii);
}

/* islower / isupper: every cased character is of that case, and one is */
static Value case_pred(Value self, int argc, Value kwnames, const char *name, bool upper)
{
    if (exact_args(name, argc, kwnames, 0) < 0)
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
    if (exact_args("istitle", argc, kwnames, 0) < 0)
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
    if (exact_args("isidentifier", argc, kwnames, 0) < 0)
        return V_NULL;
    PvStr *s = STR(self);
    if (s->len == 0 || !u_xid_start(ch(s, 0)))
        return V_FALSE;
    for (int64_t i = 1; i < s->len; i++)
        if (!u_xid_continue(ch(s, i)))
            return V_FALSE;
    return V_TRUE;
}

/* ----------------------------------------------------------------- codecs
 * utf-8, ascii and latin-1 (under every alias CPython's codec registry
 * knows them by), with the standard error handlers. */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32,
       ENC_UTF32LE, ENC_UTF32BE };
static const char *const enc_names[] = { "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                         "utf-16-be", "utf-32", "utf-32-le", "utf-32-be" };

static int lookup_encoding(Value encoding, int *out)
{
    if (!encoding) {
        *out = ENC_UTF8;
        return 0;
    }
    /* normalise as encodings.normalize_encoding does, then lower-case */
    size_t n;
    const char *s = pv_str_utf8(encoding, &n);
    char buf[64];
    size_t k = 0;
    bool pend = false;
    for (size_t i = 0; i < n && k < sizeof buf - 2; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '.') {
            if (pend && k > 0)
                buf[k++] = '_';
            pend = false;
            buf[k++] = (char)tolower(c);
        } else {
            pend = true;
        }
    }
    buf[k] = 0;
    static const struct { const char *name; int enc; } aliases[] = {
        { "utf_8", ENC_UTF8 }, { "utf8", ENC_UTF8 }, { "u8", ENC_UTF8 }, { "utf", ENC_UTF8 },
        { "utf8_ucs2", ENC_UTF8 }, { "utf8_ucs4", ENC_UTF8 }, { "cp65001", ENC_UTF8 },
        { "ascii", ENC_ASCII }, { "us_ascii", ENC_ASCII }, { "646", ENC_ASCII },
        { "ansi_x3.4_1968", ENC_ASCII }, { "ansi_x3_4_1968", ENC_ASCII },
        { "ansi_x3.4_1986", ENC_ASCII }, { "cp367", ENC_ASCII }, { "csascii", ENC_ASCII },
        { "ibm367", ENC_ASCII }, { "iso646_us", ENC_ASCII }, { "iso_646.irv_1991", ENC_ASCII },
        { "iso_ir_6", ENC_ASCII }, { "us", ENC_ASCII },
        { "latin_1", ENC_LATIN1 }, { "latin1", ENC_LATIN1 }, { "latin", ENC_LATIN1 },
        { "l1", ENC_LATIN1 }, { "iso8859_1", ENC_LATIN1 }, { "iso_8859_1", ENC_LATIN1 },
        { "iso8859", ENC_LATIN1 }, { "8859", ENC_LATIN1 }, { "cp819", ENC_LATIN1 },
        { "csisolatin1", ENC_LATIN1 }, { "ibm819", ENC_LATIN1 },
        { "iso_8859_1_1987", ENC_LATIN1 }, { "iso_ir_100", ENC_LATIN1 },
        { "utf_16", ENC_UTF16 }, { "utf16", ENC_UTF16 }, { "u16", ENC_UTF16 },
        { "utf_16_le", ENC_UTF16LE }, { "utf_16le", ENC_UTF16LE },
        { "unicodelittleunmarked", ENC_UTF16LE }, { "utf_16_be", ENC_UTF16BE },
        { "utf_16be", ENC_UTF16BE }, { "unicodebigunmarked", ENC_UTF16BE },
        { "utf_32", ENC_UTF32 }, { "utf32", ENC_UTF32 }, { "u32", ENC_UTF32 },
        { "utf_32_le", ENC_UTF32LE }, { "utf_32le", ENC_UTF32LE },
        { "utf_32_be", ENC_UTF32BE }, { "utf_32be", ENC_UTF32BE },
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(buf, aliases[i].name) == 0) {
            *out = aliases[i].enc;
            return 0;
        }
    pv_err_format(&pv_exc_LookupError, "unknown encoding: %s", s);
    return -1;
}

/* for the text files (textio.c), which split their input at character
 * boundaries for the byte-oriented codecs only */
int pv_codec_kind(Value encoding)
{
    int enc;
    if (lookup_encoding(encoding, &enc) < 0)
        return -1;
    return enc == ENC_UTF8 ? PV_CODEC_UTF8 : enc == ENC_ASCII ? PV_CODEC_ASCII
         : enc == ENC_LATIN1 ? PV_CODEC_LATIN1 : PV_CODEC_WIDE;
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE,
       ERR_SURROGATEPASS, ERR_XMLCHARREF, ERR_UNKNOWN };

static int lookup_errors(Value errors)
{
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "surrogateescape", "surrogatepass", "xmlcharrefreplace" };
    if (!errors)
        return ERR_STRICT;
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (pv_str_eq_cstr(errors, names[i]))
            return i;
    return ERR_UNKNOWN;
}

/* the handler cannot be used: unknown names fail only when an error occurs */
static void bad_handler(Value errors, bool decoding)
{
    if (lookup_errors(errors) == ERR_UNKNOWN)
        pv_err_format(&pv_exc_LookupError, "unknown error handler name '%s'",
                      pv_str_utf8(errors, NULL));
    else
        pv_err_format(&pv_exc_TypeError, "don't know how to handle %s in error callback",
                      decoding ? "UnicodeDecodeError" : "UnicodeEncodeError");
}

static void codec_error(PvType *type, int enc, Value obj, int64_t start, int64_t end,
                        const char *reason)
{
    Value args[5] = { pv_str_cstr(enc_names[enc]), obj, pv_int_from_i64(start),
                      pv_int_from_i64(end), pv_str_cstr(reason) };
    pv_err_set(pv_exc_new(type, pv_tuple_from(5, args)));
}

/* One undecodable range [start, end) of data with its reason; returns the
 * position to continue at, or -1 with the error set. */
static int64_t decode_error(PvStrBuf *b, int enc, int handler, Value errors, const uint8_t *data,
                            int64_t n, int64_t start, int64_t end, const char *reason)
{
    switch (handler) {
    case ERR_IGNORE:
        return end;
    case ERR_REPLACE:
        pv_sb_char(b, 0xFFFD);
        return end;
    case ERR_BACKSLASH:
        for (int64_t i = start; i < end; i++) {
            pv_sb_ascii(b, "\\x");
            sb_hex(b, data[i], 2);
        }
        return end;
    case ERR_SURROGATEESCAPE:
        for (int64_t i = start; i < end; i++) {
            if (data[i] < 128)
                goto strict;
            pv_sb_char(b, 0xDC00 + data[i]);
        }
        return end;
    case ERR_STRICT:
    strict:
        codec_error(&pv_exc_UnicodeDecodeError, enc, pv_bytes(data, (size_t)n), start, end, reason);
        return -1;
    default:
        bad_handler(errors, true);
        return -1;
    }
}

/* UTF-16 and UTF-32 (a BOM picks the order for the unmarked forms, else
 * little-endian as on CPython's usual hosts) */
static Value decode_wide(const uint8_t *data, int64_t n, int enc, int handler, Value errors)
{
    bool w32 = enc >= ENC_UTF32;
    int unit = w32 ? 4 : 2;
    bool be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    int64_t i = 0;
    if (enc == ENC_UTF16 && n >= 2) {
        if (data[0] == 0xFF && data[1] == 0xFE)
            i = 2;
        else if (data[0] == 0xFE && data[1] == 0xFF) {
            i = 2;
            be = true;
        }
    } else if (enc == ENC_UTF32 && n >= 4) {
        if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
            i = 4;
        else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) {
            i = 4;
            be = true;
        }
    }
    /* errors name the byte order actually used */
    enc = w32 ? (be ? ENC_UTF32BE : ENC_UTF32LE) : (be ? ENC_UTF16BE : ENC_UTF16LE);
    PvStrBuf b;
    pv_sb_init(&b);
    while (i < n) {
        const char *reason = NULL;
        int64_t bad_end = n;
        if (n - i < unit) {
            reason = "truncated data";
        } else {
            uint32_t c = 0;
            for (int k = 0; k < unit; k++)
                c |= (uint32_t)data[i + (be ? unit - 1 - k : k)] << (8 * k);
            if (w32) {
                if (c > 0x10FFFF)
                    reason = "code point not in range(0x110000)";
                else if (c >= 0xD800 && c < 0xE000 && handler != ERR_SURROGATEPASS)
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                bad_end = i + 4;
                if (!reason) {
                    pv_sb_char(&b, c);
                    i += 4;
                    continue;
                }
            } else if (c < 0xD800 || c > 0xDFFF) {
                pv_sb_char(&b, c);
                i += 2;
                continue;
            } else if (c >= 0xDC00) {
                reason = "illegal encoding";
                bad_end = i + 2;
            } else if (n - i < 4) {
                reason = "unexpected end of data";
            } else {
                uint32_t d = be ? (uint32_t)(data[i + 2] << 8 | data[i + 3])
                                : (uint32_t)(data[i + 3] << 8 | data[i + 2]);
                if (d >= 0xDC00 && d <= 0xDFFF) {
                    pv_sb_char(&b, 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                bad_end = i + 2;
            }
        }
        i = decode_error(&b, enc, handler == ERR_SURROGATEESCAPE ? ERR_STRICT : handler, errors,
                         data, n, i, bad_end, reason);
        if (i < 0)
            return V_NULL;
    }
    return pv_sb_finish(&b);
}

Value pv_str_decode(const uint8_t *data, int64_t n, Value encoding, Value errors)
{
    int enc;
    if (lookup_encoding(encoding, &enc) < 0)
        return V_NULL;
    int handler = lookup_errors(errors);
    if (enc == ENC_LATIN1)
        return pv_str_from_latin1(data, n);
    if (enc >= ENC_UTF16)
        return decode_wide(data, n, enc, handler, errors);
    int64_t i = 0;
    while (i < n && data[i] < 0x80)
        i++;
    if (i == n)
        return pv_str_from_latin1(data, n);
    PvStrBuf b;
    pv_sb_init(&b);
    sb_reserve(&b, n);
    for (int64_t k = 0; k < i; k++)
        pv_sb_char(&b, data[k]);
    while (i < n) {
        uint8_t c = data[i];
        if (c < 0x80) {
            pv_sb_char(&b, c);
            i++;
            continue;
        }
        if (enc == ENC_ASCII) {
            i = decode_error(&b, enc, handler, errors, data, n, i, i + 1,
                             "ordinal not in range(128)");
            if (i < 0)
                return V_NULL;
            continue;
        }
        /* UTF-8: the maximal valid prefix decides the error range */
        int need;
        uint32_t cp;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED && handler != ERR_SURROGATEPASS)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            i = decode_error(&b, enc, handler, errors, data, n, i, i + 1, "invalid start byte");
            if (i < 0)
                return V_NULL;
            continue;
        }
        int64_t j = i + 1;
        const char *reason = NULL;
        for (int k = 0; k < need; k++, j++) {
            if (j >= n) {
                reason = "unexpected end of data";
                break;
            }
            uint8_t d = data[j];
            if (d < (k == 0 ? lo : 0x80) || d > (k == 0 ? hi : 0xBF)) {
                reason = "invalid continuation byte";
                break;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if (reason) {
            i = decode_error(&b, enc, handler, errors, data, n, i, j, reason);
            if (i < 0)
                return V_NULL;
            continue;
        }
        pv_sb_char(&b, cp);
        i = j;
    }
    return pv_sb_finish(&b);
}

/* a growable byte buffer for encoding */
typedef struct ByteOut {
    uint8_t *p;
    size_t len, cap;
} ByteOut;

static void bo_put(ByteOut *o, const void *src, size_t n)
{
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        while (cap < o->len + n)
            cap *= 2;
        uint8_t *p = pv_alloc_atomic(cap);
        if (o->len)
            memcpy(p, o->p, o->len);
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, src, n);
    o->len += n;
}

static void bo_ascii(ByteOut *o, const char *s)
{
    bo_put(o, s, strlen(s));
}

static void put_unit(ByteOut *o, uint32_t c, int unit, bool be)
{
    uint8_t u[4];
    for (int k = 0; k < unit; k++)
        u[be ? unit - 1 - k : k] = (uint8_t)(c >> (8 * k));
    bo_put(o, u, (size_t)unit);
}

static void put_wide(ByteOut *o, uint32_t c, bool w32, bool be)
{
    if (!w32 && c >= 0x10000) {
        put_unit(o, 0xD800 + ((c - 0x10000) >> 10), 2, be);
        put_unit(o, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, be);
    } else {
        put_unit(o, c, w32 ? 4 : 2, be);
    }
}

static Value encode_wide(Value v, int enc, int handler, Value errors)
{
    PvStr *s = STR(v);
    bool w32 = enc >= ENC_UTF32;
    bool be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    ByteOut o = { NULL, 0, 0 };
    if (enc == ENC_UTF16 || enc == ENC_UTF32)
        put_wide(&o, 0xFEFF, w32, false);
    for (int64_t i = 0; i < s->len;) {
        uint32_t c = ch(s, i);
        if (c < 0xD800 || c > 0xDFFF) {
            put_wide(&o, c, w32, be);
            i++;
            continue;
        }
        int64_t j = i + 1;
        while (j < s->len && ch(s, j) >= 0xD800 && ch(s, j) <= 0xDFFF)
            j++;
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (int64_t k = i; k < j; k++)
                put_wide(&o, '?', w32, be);
            break;
        case ERR_SURROGATEPASS:
            for (int64_t k = i; k < j; k++)
                put_unit(&o, ch(s, k), w32 ? 4 : 2, be);
            break;
        case ERR_BACKSLASH:
        case ERR_XMLCHARREF:
            for (int64_t k = i; k < j; k++) {
                char buf[16];
                snprintf(buf, sizeof buf, handler == ERR_BACKSLASH ? "\\u%04x" : "&#%u;",
                         (unsigned)ch(s, k));
                for (char *p = buf; *p; p++)
                    put_wide(&o, (uint8_t)*p, w32, be);
            }
            break;
        case ERR_STRICT:
        case ERR_SURROGATEESCAPE:
            codec_error(&pv_exc_UnicodeEncodeError, enc, v, i, j, "surrogates not allowed");
            return V_NULL;
        default:
            bad_handler(errors, false);
            return V_NULL;
        }
        i = j;
    }
    return pv_bytes(o.p ? o.p : (const uint8_t *)"", o.len);
}

Value pv_str_encode(Value v, Value encoding, Value errors)
{
    int enc;
    if (lookup_encoding(encoding, &enc) < 0)
        return V_NULL;
    PvStr *s = STR(v);
    if ((s->ascii && enc <= ENC_LATIN1) || (enc == ENC_LATIN1 && s->kind == 1))
        return pv_bytes(s->data, (size_t)s->len);
    int handler = lookup_errors(errors);
    if (enc >= ENC_UTF16)
        return encode_wide(v, enc, handler, errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    ByteOut o = { NULL, 0, 0 };
    int64_t i = 0;
    while (i < s->len) {
        uint32_t c = ch(s, i);
        bool bad = enc == ENC_UTF8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            uint8_t u[4];
            if (enc == ENC_UTF8) {
                bo_put(&o, u, utf8_encode(c, u));
            } else {
                u[0] = (uint8_t)c;
                bo_put(&o, u, 1);
            }
            i++;
            continue;
        }
        /* the run of unencodable characters is one error */
        int64_t j = i + 1;
        while (j < s->len) {
            uint32_t d = ch(s, j);
            if (enc == ENC_UTF8 ? !(d >= 0xD800 && d <= 0xDFFF) : d < limit)
                break;
            j++;
        }
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (int64_t k = i; k < j; k++)
                bo_ascii(&o, "?");
            break;
        case ERR_BACKSLASH:
            for (int64_t k = i; k < j; k++) {
                uint32_t d = ch(s, k);
                char buf[16];
                snprintf(buf, sizeof buf, d < 0x100 ? "\\x%02x" : d < 0x10000 ? "\\u%04x" : "\\U%08x",
                         (unsigned)d);
                bo_ascii(&o, buf);
            }
            break;
        case ERR_XMLCHARREF:
            for (int64_t k = i; k < j; k++) {
                char buf[16];
                snprintf(buf, sizeof buf, "&#%u;", (unsigned)ch(s, k));
                bo_ascii(&o, buf);
            }
            break;
        case ERR_SURROGATEPASS:
        case ERR_SURROGATEESCAPE: {
            bool ok = true;
            for (int64_t k = i; k < j && ok; k++) {
                uint32_t d = ch(s, k);
                if (handler == ERR_SURROGATEESCAPE)
                    ok = d >= 0xDC80 && d <= 0xDCFF;
                else
                    ok = enc == ENC_UTF8 && d >= 0xD800 && d <= 0xDFFF;
            }
            if (ok) {
                for (int64_t k = i; k < j; k++) {
                    uint8_t u[4];
                    uint32_t d = ch(s, k);
                    if (handler == ERR_SURROGATEESCAPE) {
                        u[0] = (uint8_t)(d - 0xDC00);
                        bo_put(&o, u, 1);
                    } else {
                        bo_put(&o, u, utf8_encode(d, u));
                    }
                }
                break;
            }
        }
        /* fall through */
        case ERR_STRICT:
            codec_error(&pv_exc_UnicodeEncodeError, enc, v, i, j,
                        enc == ENC_UTF8 ? "surrogates not allowed"
                        : enc == ENC_ASCII ? "ordinal not in range(128)"
                                           : "ordinal not in range(256)");
            return V_NULL;
        default:
            bad_handler(errors, false);
            return V_NULL;
        }
        i = j;
    }
    return pv_bytes(o.p ? o.p : (const uint8_t *)"", o.len);
}

static int codec_args(const char *fname, int argc, const Value *argv, Value kwnames, Value *a)
{
    static const char *const names[] = { "encoding", "errors" };
    if (pv_parse_args(fname, argc, argv, kwnames, "|OO", names, a) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (a[i] && !is_str(a[i])) {
            pv_err_format(&pv_exc_TypeError, "%s() argument '%s' must be str, not %s", fname,
                          names[i], pv_type_name(a[i]));
            return -1;
        }
    return 0;
}

METH(str_encode)
{
    Value a[2];
    if (codec_args("encode", argc, argv, kwnames, a) < 0)
        return V_NULL;
    return pv_str_encode(self, a[0], a[1]);
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
            if (is_str(k)) {
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
        if (!is_str(argv[i])) {
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
    if (exact_args("translate", argc, kwnames, 1) < 0)
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
        } else if (is_str(r)) {
            pv_sb_str(&b, r);
        } else {
            pv_err_set_str(&pv_exc_TypeError, "character mapping must return integer, None or str");
            return V_NULL;
        }
    }
    return pv_sb_finish(&b);
}

/* ------------------------------------------------------------ str.format */

typedef struct FmtState {
    const Value *args;        /* positional */
    int64_t nargs;
    Value kwargs;             /* dict, or V_NULL */
    Value mapping;            /* format_map's mapping, or V_NULL */
    int auto_index;           /* -1 manual numbering seen, else the next index */
    bool manual;
} FmtState;

static Value vformat(FmtState *st, Value fmt, int64_t start, int64_t end, int depth);

static bool parse_index(PvStr *s, int64_t a, int64_t b, int64_t *out)
{
    if (a >= b)
        return false;
    int64_t v = 0;
    for (int64_t i = a; i < b; i++) {
        uint32_t c = ch(s, i);
        if (c < '0' || c > '9')
            return false;
        if (v > (INT64_MAX - 9) / 10) {
            v = -1;    /* too many digits: flagged below */
            for (; i < b; i++)
                if (ch(s, i) < '0' || ch(s, i) > '9')
                    return false;
            break;
        }
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

/* the object a field name [a, b) designates */
static Value get_field(FmtState *st, Value fmt, int64_t a, int64_t b)
{
    PvStr *s = STR(fmt);
    int64_t i = a;
    while (i < b && ch(s, i) != '.' && ch(s, i) != '[')
        i++;
    Value obj;
    int64_t idx;
    if (i == a || parse_index(s, a, i, &idx)) {
        if (i == a) {
            if (st->manual) {
                pv_err_set_str(&pv_exc_ValueError,
                               "cannot switch from manual field specification to automatic field numbering");
                return V_NULL;
            }
            idx = st->auto_index++;
        } else {
            if (idx < 0) {
                pv_err_set_str(&pv_exc_ValueError, "Too many decimal digits in format string");
                return V_NULL;
            }
            if (st->auto_index > 0) {
                pv_err_set_str(&pv_exc_ValueError,
                               "cannot switch from automatic field numbering to manual field specification");
                return V_NULL;
            }
            st->manual = true;
        }
        if (st->mapping) {
            pv_err_set_str(&pv_exc_ValueError, "Format string contains positional fields");
            return V_NULL;
        }
        if (idx >= st->nargs) {
            pv_err_format(&pv_exc_IndexError,
                          "Replacement index %lld out of range for positional args tuple",
                          (long long)idx);
            return V_NULL;
        }
        obj = st->args[idx];
    } else {
        Value key = substr(fmt, a, i);
        Value m = st->mapping ? st->mapping : st->kwargs;
        if (!m) {
            pv_err_set(pv_exc_new(&pv_exc_KeyError, pv_tuple_from(1, &key)));
            return V_NULL;
        }
        if (st->mapping) {
            obj = pv_getitem(m, key);
        } else {
            obj = pv_dict_get(m, key);
            if (!obj && !pv_err_occurred())
                pv_err_set(pv_exc_new(&pv_exc_KeyError, pv_tuple_from(1, &key)));
        }
        if (!obj)
            return V_NULL;
    }
    /* then .attr and [key] */
    while (i < b) {
        uint32_t c = ch(s, i);
        if (c == '.') {
            int64_t j = ++i;
            while (j < b && ch(s, j) != '.' && ch(s, j) != '[')
                j++;
            if (j == i) {
                pv_err_set_str(&pv_exc_ValueError, "Empty attribute in format string");
                return V_NULL;
            }
            obj = pv_getattr(obj, substr(fmt, i, j));
            if (!obj)
                return V_NULL;
            i = j;
        } else if (c == '[') {
            int64_t j = ++i;
            while (j < b && ch(s, j) != ']')
                j++;
            if (j == b) {
                pv_err_set_str(&pv_exc_ValueError, "Missing ']' in format string");
                return V_NULL;
            }
            if (j == i) {
                pv_err_set_str(&pv_exc_ValueError, "Empty attribute in format string");
                return V_NULL;
            }
            Value key;
            if (parse_index(s, i, j, &idx) && idx >= 0)
                key = pv_int_from_i64(idx);
            else
                key = substr(fmt, i, j);
            obj = pv_getitem(obj, key);
            if (!obj)
                return V_NULL;
            i = j + 1;
            if (i < b && ch(s, i) != '.' && ch(s, i) != '[') {
                pv_err_set_str(&pv_exc_ValueError,
                               "Only '.' or '[' may follow ']' in format field specifier");
                return V_NULL;
            }
        } else {
            pv_err_set_str(&pv_exc_ValueError,
                           "Only '.' or '[' may follow ']' in format field specifier");
            return V_NULL;
        }
    }
    return obj;
}

/* One replacement field starting after its '{' at *pos: parsed in one pass
 * as CPython does (so the same malformed strings give the same errors),
 * rendered into out; *pos ends after the closing '}'. */
static int render_field(PvStrBuf *out, FmtState *st, Value fmt, int64_t *pos, int64_t end,
                        int depth)
{
    PvStr *s = STR(fmt);
    int64_t p = *pos, name_start = p;
    uint32_t c = 0;
    while (p < end) {
        c = ch(s, p++);
        if (c == '{') {
            pv_err_set_str(&pv_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (p < end && ch(s, p) != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    int64_t name_end = p - 1;
    uint32_t conv = 0;
    int64_t spec_start = -1, spec_end = -1;
    bool nested = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (p >= end) {
                pv_err_set_str(&pv_exc_ValueError,
                               "end of string while looking for conversion specifier");
                return -1;
            }
            conv = ch(s, p++);
            if (p < end) {
                uint32_t d = ch(s, p++);
                if (d == '}')
                    done = true;
                else if (d != ':') {
                    pv_err_set_str(&pv_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (!done) {
            spec_start = p;
            int64_t count = 1;
            while (p < end) {
                uint32_t d = ch(s, p++);
                if (d == '{') {
                    nested = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    spec_end = p - 1;
                    break;
                }
            }
            if (spec_end < 0) {
                pv_err_set_str(&pv_exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
        }
    } else if (c != '}') {
        pv_err_set_str(&pv_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = p;
    Value obj = get_field(st, fmt, name_start, name_end);
    if (!obj)
        return -1;
    switch (conv) {
    case 0: break;
    case 'r': obj = pv_repr(obj); break;
    case 's': obj = pv_str(obj); break;
    case 'a': obj = pv_ascii(obj); break;
    default:
        if (conv > 32 && conv < 127)
            pv_err_format(&pv_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        else
            pv_err_format(&pv_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        return -1;
    }
    if (!obj)
        return -1;
    /* the spec is expanded after the field's object is fetched, so
     * automatic numbering counts the field before its nested ones */
    Value spec = V_EMPTY;
    if (spec_start >= 0) {
        spec = nested ? vformat(st, fmt, spec_start, spec_end, depth - 1)
                      : substr(fmt, spec_start, spec_end);
        if (!spec)
            return -1;
    }
    Value r = pv_format(obj, spec);
    if (!r)
        return -1;
    pv_sb_str(out, r);
    return 0;
}

static Value vformat(FmtState *st, Value fmt, int64_t start, int64_t end, int depth)
{
    if (depth <= 0) {
        pv_err_set_str(&pv_exc_ValueError, "Max string recursion exceeded");
        return V_NULL;
    }
    PvStr *s = STR(fmt);
    PvStrBuf out;
    pv_sb_init(&out);
    int64_t i = start;
    while (i < end) {
        uint32_t c = ch(s, i);
        if (c != '{' && c != '}') {
            pv_sb_char(&out, c);
            i++;
            continue;
        }
        bool at_end = i + 1 >= end;
        if (!at_end && ch(s, i + 1) == c) {
            pv_sb_char(&out, c);
            i += 2;
            continue;
        }
        if (c == '}') {
            pv_err_set_str(&pv_exc_ValueError, "Single '}' encountered in format string");
            return V_NULL;
        }
        if (at_end) {
            pv_err_set_str(&pv_exc_ValueError, "Single '{' encountered in format string");
            return V_NULL;
        }
        i++;
        if (render_field(&out, st, fmt, &i, end, depth) < 0)
            return V_NULL;
    }
    return pv_sb_finish(&out);
}

METH(str_format)
{
    FmtState st = { argv, argc, V_NULL, V_NULL, 0, false };
    if (has_kwargs(kwnames)) {
        int64_t nk = PV_TUPLE_LEN(kwnames);
        st.nargs = argc - nk;
        st.kwargs = pv_dict_new();
        for (int64_t k = 0; k < nk; k++)
            if (pv_dict_set(st.kwargs, PV_TUPLE_ITEMS(kwnames)[k], argv[st.nargs + k]) < 0)
                return V_NULL;
    }
    return vformat(&st, self, 0, STR(self)->len, 2);
}

METH(str_format_map)
{
    if (exact_args("format_map", argc, kwnames, 1) < 0)
        return V_NULL;
    FmtState st = { NULL, 0, V_NULL, argv[0], 0, false };
    return vformat(&st, self, 0, STR(self)->len, 2);
}

METH(str___format__)
{
    if (exact_args("__format__", argc, kwnames, 1) < 0)
        return V_NULL;
    if (!is_str(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "__format__() argument must be str, not %s",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    return pv_str_format_spec(self, argv[0]);
}

/* -------------------------------------------------------- %-formatting */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct ModState {
    Value args;              /* the current argument source */
    int64_t arglen, argidx;  /* CPython's bookkeeping: -1/-2 for one object */
    Value dict;              /* args when it is a mapping, else V_NULL */
} ModState;

static Value next_arg(ModState *st)
{
    if (st->argidx < st->arglen) {
        int64_t i = st->argidx++;
        return st->arglen < 0 ? st->args : PV_TUPLE_ITEMS(st->args)[i];
    }
    pv_err_set_str(&pv_exc_TypeError, "not enough arguments for format string");
    return V_NULL;
}

/* writes body (ASCII digits with an optional leading '-') padded as the
 * conversion's flags say; numeric bodies get the sign and the 0x prefix
 * treatment */
static void mod_output(PvStrBuf *b, const char *body, size_t n, int flags, int64_t width,
                       bool numeric, char type)
{
    char sign = 0;
    if (numeric) {
        if (n > 0 && body[0] == '-') {
            sign = '-';
            body++;
            n--;
        } else if (flags & F_SIGN) {
            sign = '+';
        } else if (flags & F_BLANK) {
            sign = ' ';
        }
    }
    bool prefix = numeric && (flags & F_ALT) && (type == 'x' || type == 'X' || type == 'o');
    uint32_t fill = numeric && (flags & F_ZERO) && !(flags & F_LJUST) ? '0' : ' ';
    int64_t len = (int64_t)n + (sign ? 1 : 0);
    int64_t padding = width > len ? width - len : 0;
    if (!(flags & F_LJUST) && fill == ' ')
        sb_repeat(b, ' ', padding);
    if (sign)
        pv_sb_char(b, (uint8_t)sign);
    if (prefix) {
        /* the body starts with the prefix; zeros go after it */
        pv_sb_char(b, (uint8_t)body[0]);
        pv_sb_char(b, (uint8_t)body[1]);
        body += 2;
        n -= 2;
    }
    if (!(flags & F_LJUST) && fill == '0')
        sb_repeat(b, '0', padding);
    sb_reserve(b, (int64_t)n);
    for (size_t i = 0; i < n; i++)
        pv_sb_char(b, (uint8_t)body[i]);
    if (flags & F_LJUST)
        sb_repeat(b, ' ', padding);
}

/* an int for %d %x %o as CPython's _PyUnicode_FormatLong writes it */
static const char *format_long(Value v, char type, int flags, int64_t prec, size_t *n)
{
    const char *digits;
    bool neg;
    if (type == 'd') {
        Value r = pv_int_repr(v);
        if (!r)
            return NULL;
        digits = pv_str_utf8(r, NULL);
        neg = digits[0] == '-';
        if (neg)
            digits++;
    } else {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(v, z);
        neg = mpz_sgn(z) < 0;
        mpz_abs(z, z);
        char *buf = pv_alloc_atomic(mpz_sizeinbase(z, 16) + 2);
        mpz_get_str(buf, type == 'o' ? 8 : type == 'X' ? -16 : 16, z);
        mpz_clear(z);
        digits = buf;
    }
    size_t nd = strlen(digits);
    size_t zeros = prec > (int64_t)nd ? (size_t)prec - nd : 0;
    char *out = pv_alloc_atomic(nd + zeros + 4);
    size_t k = 0;
    if (neg)
        out[k++] = '-';
    if ((flags & F_ALT) && type != 'd') {
        out[k++] = '0';
        out[k++] = type == 'o' ? 'o' : type;
    }
    memset(out + k, '0', zeros);
    k += zeros;
    memcpy(out + k, digits, nd);
    k += nd;
    out[k] = 0;
    *n = k;
    return out;
}

static int mod_int_arg(Value v, char type, Value *out)
{
    if (v_is(v, &pv_bool_type)) {
        *out = v_from_small(v == V_TRUE);   /* %d of True is 1 */
        return 0;
    }
    if (v_isinstance(v, &pv_int_type)) {
        *out = v;
        return 0;
    }
    if ((type == 'd' || type == 'i' || type == 'u') && v_isinstance(v, &pv_float_type)) {
        *out = pv_int_from_double(pv_float_val(v));
        return *out ? 0 : -1;
    }
    if (type == 'd' || type == 'i' || type == 'u')
        pv_err_format(&pv_exc_TypeError, "%%%c format: a real number is required, not %s", type,
                      pv_type_name(v));
    else
        pv_err_format(&pv_exc_TypeError, "%%%c format: an integer is required, not %s", type,
                      pv_type_name(v));
    return -1;
}

static int mod_star(ModState *st, int64_t *out)
{
    Value v = next_arg(st);
    if (!v)
        return -1;
    if (!v_isinstance(v, &pv_int_type)) {
        pv_err_set_str(&pv_exc_TypeError, "* wants int");
        return -1;
    }
    if (!pv_int_as_i64(v, out) || *out > INT32_MAX || *out < -INT32_MAX) {
        pv_err_set_str(&pv_exc_ValueError, "width too big");
        return -1;
    }
    return 0;
}

Value pv_str_mod(Value fmtv, Value args)
{
    PvStr *f = STR(fmtv);
    ModState st;
    if (v_isinstance(args, &pv_tuple_type)) {
        st.args = args;
        st.arglen = PV_TUPLE_LEN(args);
        st.argidx = 0;
    } else {
        st.args = args;
        st.arglen = -1;
        st.argidx = -2;
    }
    st.dict = V_NULL;
    if (pv_type(args)->getitem && !v_isinstance(args, &pv_tuple_type) && !is_str(args))
        st.dict = args;
    PvStrBuf b;
    pv_sb_init(&b);
    int64_t i = 0, n = f->len;
    while (i < n) {
        uint32_t c = ch(f, i);
        if (c != '%') {
            int64_t j = i + 1;
            while (j < n && ch(f, j) != '%')
                j++;
            sb_substr(&b, f, i, j);
            i = j;
            continue;
        }
        i++;
        /* only "%%" right after the '%' is a literal: "%5%" is an error */
        if (i < n && ch(f, i) == '%') {
            pv_sb_char(&b, '%');
            i++;
            continue;
        }
        /* %(key) */
        if (i < n && ch(f, i) == '(') {
            if (!st.dict) {
                pv_err_set_str(&pv_exc_TypeError, "format requires a mapping");
                return V_NULL;
            }
            int64_t j = ++i, depth = 1;
            while (j < n) {
                uint32_t d = ch(f, j);
                if (d == ')' && --depth == 0)
                    break;
                if (d == '(')
                    depth++;
                j++;
            }
            if (j >= n) {
                pv_err_set_str(&pv_exc_ValueError, "incomplete format key");
                return V_NULL;
            }
            Value v = pv_getitem(st.dict, substr(fmtv, i, j));
            if (!v)
                return V_NULL;
            st.args = v;
            st.arglen = -1;
            st.argidx = -2;
            i = j + 1;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t d = ch(f, i);
            if (d == '-') flags |= F_LJUST;
            else if (d == '+') flags |= F_SIGN;
            else if (d == ' ') flags |= F_BLANK;
            else if (d == '#') flags |= F_ALT;
            else if (d == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < n && ch(f, i) == '*') {
            if (mod_star(&st, &width) < 0)
                return V_NULL;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n && ch(f, i) >= '0' && ch(f, i) <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (ch(f, i) - '0');
                if (width > INT32_MAX) {
                    pv_err_set_str(&pv_exc_ValueError, "width too big");
                    return V_NULL;
                }
                i++;
            }
        }
        if (i < n && ch(f, i) == '.') {
            i++;
            prec = 0;
            if (i < n && ch(f, i) == '*') {
                if (mod_star(&st, &prec) < 0)
                    return V_NULL;
                if (prec < 0)
                    prec = 0;
                i++;
            } else {
                while (i < n && ch(f, i) >= '0' && ch(f, i) <= '9') {
                    prec = prec * 10 + (ch(f, i) - '0');
                    if (prec > INT32_MAX) {
                        pv_err_set_str(&pv_exc_ValueError, "precision too big");
                        return V_NULL;
                    }
                    i++;
                }
            }
        }
        while (i < n && (ch(f, i) == 'h' || ch(f, i) == 'l' || ch(f, i) == 'L'))
            i++;
        if (i >= n) {
            pv_err_set_str(&pv_exc_ValueError, "incomplete format");
            return V_NULL;
        }
        uint32_t type = ch(f, i++);
        Value v = next_arg(&st);
        if (!v)
            return V_NULL;
        switch (type) {
        case 's': case 'r': case 'a': {
            Value s = type == 's' ? pv_str(v) : type == 'r' ? pv_repr(v) : pv_ascii(v);
            if (!s)
                return V_NULL;
            int64_t len = STR(s)->len;
            if (prec >= 0 && prec < len)
                len = prec;
            int64_t padding = width > len ? width - len : 0;
            if (!(flags & F_LJUST))
                sb_repeat(&b, ' ', padding);
            sb_substr(&b, STR(s), 0, len);
            if (flags & F_LJUST)
                sb_repeat(&b, ' ', padding);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            Value iv;
            if (mod_int_arg(v, (char)type, &iv) < 0)
                return V_NULL;
            char t = type == 'x' || type == 'X' || type == 'o' ? (char)type : 'd';
            size_t len;
            if (t == 'd' && prec < 0 && v_is_small(iv)) {
                char buf[24];
                char *d = pv_small_decimal(v_small(iv), buf);
                mod_output(&b, d, (size_t)(buf + 24 - d), flags, width, true, t);
                break;
            }
            const char *body = format_long(iv, t, flags, prec, &len);
            if (!body)
                return V_NULL;
            mod_output(&b, body, len, flags, width, true, t);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (v_isinstance(v, &pv_float_type)) {
                d = pv_float_val(v);
            } else if (v_isinstance(v, &pv_int_type)) {
                if (pv_int_as_double(v, &d) < 0)
                    return V_NULL;
            } else {
                pv_err_format(&pv_exc_TypeError, "must be real number, not %s", pv_type_name(v));
                return V_NULL;
            }
            const char *body = pv_double_to_string(d, (char)type, prec < 0 ? 6 : (int)prec,
                                                   flags & F_ALT ? PV_DTSF_ALT : 0);
            mod_output(&b, body, strlen(body), flags, width, true, (char)type);
            break;
        }
        case 'c': {
            uint32_t cc;
            if (is_str(v)) {
                if (STR(v)->len != 1) {
                    pv_err_set_str(&pv_exc_TypeError, "%c requires int or char");
                    return V_NULL;
                }
                cc = ch(STR(v), 0);
            } else if (v_isinstance(v, &pv_int_type)) {
                int64_t k;
                if (!pv_int_as_i64(v, &k) || k < 0 || k > 0x10FFFF) {
                    pv_err_set_str(&pv_exc_OverflowError, "%c arg not in range(0x110000)");
                    return V_NULL;
                }
                cc = (uint32_t)k;
            } else {
                pv_err_set_str(&pv_exc_TypeError, "%c requires int or char");
                return V_NULL;
            }
            int64_t padding = width > 1 ? width - 1 : 0;
            if (!(flags & F_LJUST))
                sb_repeat(&b, ' ', padding);
            pv_sb_char(&b, cc);
            if (flags & F_LJUST)
                sb_repeat(&b, ' ', padding);
            break;
        }
        default:
            pv_err_format(&pv_exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                          type >= 32 && type <= 126 ? (char)type : '?', (unsigned)type,
                          (long long)(i - 1));
            return V_NULL;
        }
    }
    if (st.argidx < st.arglen && !st.dict) {
        pv_err_set_str(&pv_exc_TypeError, "not all arguments converted during string formatting");
        return V_NULL;
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
        if (a[i] && !is_str(a[i])) {
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
    if (is_str(o)) {
        pv_err_set_str(&pv_exc_TypeError, "decoding str is not supported");
        return V_NULL;
    }
    pv_err_format(&pv_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                  pv_type_name(o));
    return V_NULL;
}

METH(str_getnewargs)
{
    if (exact_args("__getnewargs__", argc, kwnames, 0) < 0)
        return V_NULL;
    (void)argv;
    return pv_tuple_from(1, &self);
}

METH(str_sizeof)
{
    if (exact_args("__sizeof__", argc, kwnames, 0) < 0)
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
    { "encode", str_encode, 0 },
    { "endswith", str_endswith, 0 },
    { "expandtabs", str_expandtabs, 0 },
    { "find", str_find, 0 },
    { "format", str_format, 0 },
    { "format_map", str_format_map, 0 },
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
    { "__format__", str___format__, 0 },
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
