/* vm/int.c: int (small ints inline in the Value, GMP beyond) and bool, with
 * CPython 3.11's arithmetic, parsing, hashing and messages.  Mixed int/float
 * arithmetic and int-vs-float comparison are float.c's; the format
 * mini-language is format.c's.
 * Invariant: a PvBigInt never holds a value that fits a small int.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <string.h>


#include "num.h"
#include "runtime.h"
#include "str.h"

PvObject pv_true = {&pv_bool_type};
PvObject pv_false = {&pv_bool_type};

int64_t pv_int_max_str_digits = 4300;

#define SMALL_BITS ((int)(sizeof(intptr_t) * CHAR_BIT - 1)) /* 63 or 31 */

/* ---- GMP memory comes from the collector ---- */

static void *gmp_alloc(size_t n) { return pv_alloc_atomic_raw(n); }
static void *gmp_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    return pv_realloc(p, n);
}
static void gmp_free(void *p, size_t n)
{
    /* the collector reclaims limbs once no mpz points at them */
    (void)p;
    (void)n;
}

void pv_num_init(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

/* ---- int64 <-> mpz without assuming a 64-bit long ---- */

static void z_set_i64(mpz_t z, int64_t i)
{
    if (sizeof(long) >= sizeof(int64_t)) {
        mpz_set_si(z, (long)i);
        return;
    }
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    mpz_set_ui(z, (unsigned long)(u >> 32));
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (unsigned long)(u & 0xffffffffu));
    if (i < 0)
        mpz_neg(z, z);
}

static bool z_get_i64(const mpz_t z, int64_t *out)
{
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 64 || (bits == 64 && !(mpz_sgn(z) < 0 && mpz_scan1(z, 0) == 63)))
        return false;
    if (bits == 64) {
        *out = INT64_MIN;
        return true;
    }
    if (sizeof(long) >= sizeof(int64_t)) {
        *out = (int64_t)mpz_get_si(z);
        return true;
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    uint64_t lo = mpz_get_ui(t) & 0xffffffffu;
    mpz_tdiv_q_2exp(t, t, 32);
    uint64_t u = ((uint64_t)mpz_get_ui(t) << 32) | lo;
    *out = mpz_sgn(z) < 0 ? -(int64_t)u : (int64_t)u;
    mpz_clear(t);
    return true;
}

/* ---- representation ---- */

/* small int, or bool as 0/1 */
static bool as_small(Value v, intptr_t *out)
{
    if (v_is_small(v)) {
        *out = v_small(v);
        return true;
    }
    if (v == V_TRUE || v == V_FALSE) {
        *out = v == V_TRUE;
        return true;
    }
    return false;
}

void pv_int_to_mpz(Value v, mpz_t z)
{
    intptr_t i;
    if (as_small(v, &i))
        z_set_i64(z, i);
    else
        mpz_set(z, ((PvBigInt *)v_obj(v))->z);
}

/* takes z (cleared afterwards) into a canonical int */
static Value take_mpz(mpz_t z)
{
    int64_t i;
    if (mpz_sizeinbase(z, 2) <= (size_t)SMALL_BITS && z_get_i64(z, &i) && pv_fits_small(i)) {
        mpz_clear(z);
        return v_from_small((intptr_t)i);
    }
    PvBigInt *b = (PvBigInt *)pv_new_object(&pv_int_type, sizeof(PvBigInt));
    mpz_init(b->z);
    mpz_swap(b->z, z);
    mpz_clear(z);
    return v_from(b);
}

Value pv_int_from_mpz(const mpz_t z)
{
    mpz_t t;
    mpz_init_set(t, z);
    return take_mpz(t);
}

Value pv_int_from_i64(int64_t i)
{
    if (pv_fits_small(i))
        return v_from_small((intptr_t)i);
    mpz_t z;
    mpz_init(z);
    z_set_i64(z, i);
    return take_mpz(z);
}

bool pv_int_as_i64(Value v, int64_t *out)
{
    intptr_t i;
    if (as_small(v, &i)) {
        *out = i;
        return true;
    }
    return z_get_i64(((PvBigInt *)v_obj(v))->z, out);
}

static int int_sign(Value v)
{
    intptr_t i;
    if (as_small(v, &i))
        return (i > 0) - (i < 0);
    return mpz_sgn(((PvBigInt *)v_obj(v))->z);
}

int pv_index(Value v, int64_t *out)
{
    if (!pv_is_int(v) && (pv_type(v)->flags & PV_TF_HEAPTYPE)) {
        v = pv_index_value(v);
        if (v == V_NULL)
            return -1;
    }
    if (!pv_is_int(v)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(v));
        return -1;
    }
    if (!pv_int_as_i64(v, out)) {
        pv_err_set_str(&pv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

/* ---- conversion to double ---- */

/* q * 2**e, rounded half-even to a double; `sticky` says the true value has
 * more nonzero bits below q (q >= 0).  False on overflow.  Shared by int ->
 * float and int / int, which both must round exactly once. */
static bool scaled_to_double(mpz_t q, long e, bool sticky, double *out)
{
    if (mpz_sgn(q) == 0) {
        *out = 0.0;
        return true;
    }
    long nb = (long)mpz_sizeinbase(q, 2);
    long top = nb + e; /* value in [2**(top-1), 2**top) */
    if (top > 1024)
        return false;
    if (top < -1080) {
        *out = 0.0;
        return true;
    }
    long p = 53;
    if (top - 53 < -1074)
        p = top + 1074;
    long drop = nb - p;
    if (drop > 0) {
        bool half = mpz_tstbit(q, (mp_bitcnt_t)(drop - 1)) != 0;
        bool lower = sticky || (drop >= 2 && mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1));
        mpz_tdiv_q_2exp(q, q, (mp_bitcnt_t)drop);
        if (half && (lower || mpz_odd_p(q)))
            mpz_add_ui(q, q, 1);
        e += drop;
    }
    double d = ldexp(mpz_get_d(q), (int)e);
    if (isinf(d))
        return false;
    *out = d;
    return true;
}

int pv_int_as_double(Value v, double *out)
{
    intptr_t i;
    if (as_small(v, &i) && (i < 0 ? -(int64_t)i : (int64_t)i) <= ((int64_t)1 << 53)) {
        *out = (double)i;
        return 0;
    }
    mpz_t q;
    mpz_init(q);
    pv_int_to_mpz(v, q);
    int sign = mpz_sgn(q);
    mpz_abs(q, q);
    double d;
    if (!scaled_to_double(q, 0, false, &d)) {
        pv_err_set_str(&pv_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = sign < 0 ? -d : d;
    return 0;
}

Value pv_int_true_divide(Value a, Value b)
{
    intptr_t x, y;
    const intptr_t lim = (intptr_t)1 << (SMALL_BITS < 53 ? SMALL_BITS - 1 : 53);
    if (as_small(a, &x) && as_small(b, &y) && x <= lim && x >= -lim && y <= lim && y >= -lim) {
        if (y == 0) {
            pv_err_set_str(&pv_exc_ZeroDivisionError, "division by zero");
            return V_NULL;
        }
        return pv_float((double)x / (double)y);
    }
    mpz_t za, zb, q, r;
    mpz_inits(za, zb, q, r, NULL);
    pv_int_to_mpz(a, za);
    pv_int_to_mpz(b, zb);
    if (mpz_sgn(zb) == 0) {
        pv_err_set_str(&pv_exc_ZeroDivisionError, "division by zero");
        return V_NULL;
    }
    bool negate = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    mpz_abs(za, za);
    mpz_abs(zb, zb);
    if (mpz_sgn(za) == 0)
        return pv_float(negate ? -0.0 : 0.0);
    long na = (long)mpz_sizeinbase(za, 2), nb = (long)mpz_sizeinbase(zb, 2);
    if (na - nb > 1026)
        goto overflow;
    if (nb - na > 1100)
        return pv_float(negate ? -0.0 : 0.0);
    /* at least 55 quotient bits: enough to round once with a sticky bit */
    long k = 56 + nb - na;
    if (k > 0)
        mpz_mul_2exp(za, za, (mp_bitcnt_t)k);
    else
        mpz_mul_2exp(zb, zb, (mp_bitcnt_t)-k);
    mpz_tdiv_qr(q, r, za, zb);
    double d;
    if (!scaled_to_double(q, -k, mpz_sgn(r) != 0, &d))
        goto overflow;
    return pv_float(negate ? -d : d);
overflow:
    pv_err_set_str(&pv_exc_OverflowError, "integer division result too large for a float");
    return V_NULL;
}

Value pv_int_from_double(double d)
{
    if (isnan(d)) {
        pv_err_set_str(&pv_exc_ValueError, "cannot convert float NaN to integer");
        return V_NULL;
    }
    if (isinf(d)) {
        pv_err_set_str(&pv_exc_OverflowError, "cannot convert float infinity to integer");
        return V_NULL;
    }
    double t = trunc(d);
    if (t >= -9007199254740992.0 && t <= 9007199254740992.0)
        return pv_int_from_i64((int64_t)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    return take_mpz(z);
}

/* ---- decimal and other bases ---- */

static void err_str_digits_limit(void)
{
    pv_err_format(&pv_exc_ValueError,
                  "Exceeds the limit (%lld digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  (long long)pv_int_max_str_digits);
}

char *pv_small_decimal(intptr_t i, char buf[24])
{
    char *p = buf + 24;
    uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0)
        *--p = '-';
    return p;
}

const char *pv_int_digits(Value v, int base)
{
    intptr_t i;
    if (as_small(v, &i) && base == 10) {
        char buf[24];
        char *d = pv_small_decimal(i, buf);
        size_t n = (size_t)(buf + 24 - d);
        char *s = pv_alloc_atomic_raw(n + 1);
        memcpy(s, d, n);
        s[n] = 0;
        return s;
    }
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(v, z);
    if (base == 10 && pv_int_max_str_digits > 0) {
        /* cheap bound first (as CPython), so huge ints fail fast */
        size_t bits = mpz_sizeinbase(z, 2);
        if ((double)bits * 0.30102999566398120 > (double)pv_int_max_str_digits + 2) {
            err_str_digits_limit();
            return NULL;
        }
    }
    char *s = pv_alloc_atomic(mpz_sizeinbase(z, base) + 2);
    mpz_get_str(s, base, z);
    if (base == 10 && pv_int_max_str_digits > 0 &&
        (int64_t)strlen(s + (s[0] == '-')) > pv_int_max_str_digits) {
        err_str_digits_limit();
        return NULL;
    }
    mpz_clear(z);
    return s;
}

Value pv_int_to_base(Value v, int base, bool prefix)
{
    if (v_is_small(v) && base == 10) {
        char buf[24];
        char *d = pv_small_decimal(v_small(v), buf);
        return pv_str_from_latin1((const uint8_t *)d, buf + 24 - d);
    }
    const char *d = pv_int_digits(v, base);
    if (!d)
        return V_NULL;
    if (!prefix || base == 10)
        return pv_str_cstr(d);
    const char *pfx = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    bool neg = d[0] == '-';
    size_t n = strlen(d);
    char *s = pv_alloc_atomic(n + 3);
    size_t o = 0;
    if (neg)
        s[o++] = '-';
    memcpy(s + o, pfx, 2);
    memcpy(s + o + 2, d + neg, n - neg + 1);
    return pv_str_cstr(s);
}

Value pv_int_repr(Value v)
{
    if (v == V_TRUE)
        return pv_str_cstr("True");
    if (v == V_FALSE)
        return pv_str_cstr("False");
    return pv_int_to_base(v, 10, false);
}

static Value int_repr(Value v) { return pv_int_to_base(v, 10, false); }

/* ---- parsing ---- */

static bool uni_space(uint32_t c)
{
    switch (c) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f:
    case 0x205f: case 0x3000:
        return true;
    default:
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || (c >= 0x2000 && c <= 0x200a);
    }
}

/* str -> ASCII for number parsing, as CPython does first: Unicode spaces
 * become ' ', Unicode decimal digits their ASCII digit, anything else
 * non-ASCII '?' (never valid). */
char *pv_num_to_ascii(Value s, size_t *n)
{
    int64_t len = pv_str_len(s);
    char *b = pv_alloc_atomic((size_t)len + 1);
    for (int64_t i = 0; i < len; i++) {
        uint32_t c = pv_str_char(s, i);
        int d;
        if (c < 128)
            b[i] = (char)c;
        else if (uni_space(c))
            b[i] = ' ';
        else if ((d = pv_unicode_decimal_value(c)) >= 0)
            b[i] = (char)('0' + d);
        else
            b[i] = '?';
    }
    b[len] = 0;
    *n = (size_t)len;
    return b;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool ascii_space(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f); }

/* parses s[0..n) (ASCII) in `base`; V_NULL without an exception when it is
 * not a valid literal */
static Value parse_int(const char *s, size_t n, int base, bool *limit_err)
{
    size_t i = 0, end = n;
    *limit_err = false;
    while (i < end && ascii_space(s[i]))
        i++;
    while (end > i && ascii_space(s[end - 1]))
        end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    bool only_zeros = false, after_prefix = false;
    if (i + 1 < end && s[i] == '0') {
        char p = (char)tolower((unsigned char)s[i + 1]);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        only_zeros = i < end && s[i] == '0';
    }
    /* digits with single underscores between them (or right after a prefix) */
    char *buf = pv_alloc_atomic(end - i + 2);
    size_t nd = 0;
    bool prev_us = false;
    for (size_t k = i; k < end; k++) {
        if (s[k] == '_') {
            if (prev_us || (nd == 0 && !after_prefix))
                return V_NULL;
            prev_us = true;
            continue;
        }
        if (digit_value(s[k]) >= base)
            return V_NULL;
        if (only_zeros && s[k] != '0')
            return V_NULL;
        buf[nd++] = s[k];
        prev_us = false;
    }
    if (nd == 0 || prev_us)
        return V_NULL;
    buf[nd] = 0;
    if ((base & (base - 1)) != 0 && pv_int_max_str_digits > 0 && (int64_t)nd > pv_int_max_str_digits) {
        *limit_err = true;
        pv_err_format(&pv_exc_ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion: "
                      "value has %lld digits; use sys.set_int_max_str_digits() to increase the limit",
                      (long long)pv_int_max_str_digits, (long long)nd);
        return V_NULL;
    }
    if (nd < 16 && base <= 16) {
        int64_t acc = 0;
        for (size_t k = 0; k < nd; k++)
            acc = acc * base + digit_value(buf[k]);
        return pv_int_from_i64(neg ? -acc : acc);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    if (neg)
        mpz_neg(z, z);
    return take_mpz(z);
}

static Value invalid_literal(int base, Value shown)
{
    Value r = pv_repr(shown);
    if (!r)
        return V_NULL;
    if (pv_str_len(r) > 200) {
        PvStrBuf sb;
        pv_sb_init(&sb);
        for (int64_t k = 0; k < 200; k++)
            pv_sb_char(&sb, pv_str_char(r, k));
        r = pv_sb_finish(&sb);
    }
    pv_err_format(&pv_exc_ValueError, "invalid literal for int() with base %d: %S", base, r);
    return V_NULL;
}

Value pv_int_from_str(Value s, int base)
{
    size_t n;
    char *a = pv_num_to_ascii(s, &n);
    bool limit;
    Value r = parse_int(a, n, base, &limit);
    if (!r && !limit)
        return invalid_literal(base, s);
    return r;
}

static Value int_from_bytes_literal(const uint8_t *d, int64_t n, int base, Value orig)
{
    char *a = pv_alloc_atomic((size_t)n + 1);
    for (int64_t k = 0; k < n; k++)
        a[k] = d[k] < 128 && d[k] != 0 ? (char)d[k] : '?';
    a[n] = 0;
    bool limit;
    Value r = parse_int(a, (size_t)n, base, &limit);
    if (!r && !limit)
        return invalid_literal(base, orig);
    return r;
}

Value pv_int_new_from(Value x, Value base)
{
    if (base == V_NULL) {
        if (x == V_NULL)
            return v_from_small(0);
        if (pv_is_int(x)) {
            intptr_t i;
            return as_small(x, &i) ? v_from_small(i) : x;
        }
        if (v_isinstance(x, &pv_float_type))
            return pv_int_from_double(pv_float_val(x));
        if (v_isinstance(x, &pv_str_type))
            return pv_int_from_str(x, 10);
        if (v_is(x, &pv_bytes_type))
            return int_from_bytes_literal(((PvBytes *)v_obj(x))->data, ((PvBytes *)v_obj(x))->len, 10, x);
        if (v_is(x, &pv_bytearray_type))
            return int_from_bytes_literal(((PvByteArray *)v_obj(x))->data,
                                          ((PvByteArray *)v_obj(x))->len, 10, x);
        if (pv_type(x)->flags & PV_TF_HEAPTYPE) {
            /* a class's __int__, else __index__ (CPython's PyNumber_Long) */
            Value r = pv_number_special(x, pv_str_intern_cstr("__int__"), &pv_int_type, "int");
            if (r == V_NULL && !pv_err_occurred())
                r = pv_number_special(x, pv_str_intern_cstr("__index__"), &pv_int_type, "int");
            if (r != V_NULL || pv_err_occurred())
                return r;
        }
        pv_err_format(&pv_exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      pv_type_name(x));
        return V_NULL;
    }
    if (x == V_NULL) {
        pv_err_set_str(&pv_exc_TypeError, "int() missing string argument");
        return V_NULL;
    }
    int64_t b;
    if (pv_index(base, &b) < 0) {
        if (pv_err_matches(&pv_exc_OverflowError)) {
            pv_err_clear();
            b = -1;
        } else {
            return V_NULL;
        }
    }
    if ((b != 0 && b < 2) || b > 36) {
        pv_err_set_str(&pv_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return V_NULL;
    }
    if (v_isinstance(x, &pv_str_type))
        return pv_int_from_str(x, (int)b);
    if (v_is(x, &pv_bytes_type))
        return int_from_bytes_literal(((PvBytes *)v_obj(x))->data, ((PvBytes *)v_obj(x))->len, (int)b, x);
    if (v_is(x, &pv_bytearray_type))
        return int_from_bytes_literal(((PvByteArray *)v_obj(x))->data, ((PvByteArray *)v_obj(x))->len,
                                      (int)b, x);
    pv_err_set_str(&pv_exc_TypeError, "int() can't convert non-string with explicit base");
    return V_NULL;
}

static Value int_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, "base"};
    Value a[2];
    if (pv_parse_args("int", argc, argv, kwnames, "|OO", names, a) < 0)
        return V_NULL;
    Value r = pv_int_new_from(a[0], a[1]);
    if (r == V_NULL)
        return V_NULL;
    r = pv_exact_builtin(r);
    return type == &pv_int_type ? r : pv_subtype_instance(type, r);
}

static Value bool_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    (void)type;
    if (pv_no_kwargs("bool", kwnames) < 0)
        return V_NULL;
    if (argc > 1) {
        pv_err_format(&pv_exc_TypeError, "bool expected at most 1 argument, got %d", argc);
        return V_NULL;
    }
    if (argc == 0)
        return V_FALSE;
    int t = pv_truth(argv[0]);
    return t < 0 ? V_NULL : v_bool(t);
}

/* ---- hash ---- */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t pv_int_hash(Value v)
{
    intptr_t i;
    int64_t h;
    if (as_small(v, &i)) {
        uint64_t u = i < 0 ? 0 - (uint64_t)(int64_t)i : (uint64_t)i;
        u %= HASH_MOD;
        h = i < 0 ? -(int64_t)u : (int64_t)u;
    } else {
        mpz_t m, r;
        mpz_inits(m, r, NULL);
        mpz_setbit(m, HASH_BITS);
        mpz_sub_ui(m, m, 1);
        mpz_abs(r, ((PvBigInt *)v_obj(v))->z);
        mpz_tdiv_r(r, r, m);
        int64_t u;
        z_get_i64(r, &u);
        h = mpz_sgn(((PvBigInt *)v_obj(v))->z) < 0 ? -u : u;
        mpz_clears(m, r, NULL);
    }
    return h == -1 ? -2 : h;
}

static int int_hash(Value v, int64_t *out)
{
    *out = pv_int_hash(v);
    return 0;
}

/* ---- arithmetic ---- */

static Value err_shift(void)
{
    pv_err_set_str(&pv_exc_ValueError, "negative shift count");
    return V_NULL;
}

/* int ** int, exponent b; negative exponents go to float */
static Value int_pow(Value a, Value b)
{
    if (int_sign(b) < 0) {
        double x, y;
        if (pv_int_as_double(a, &x) < 0 || pv_int_as_double(b, &y) < 0)
            return V_NULL;
        return pv_float_pow(x, y);
    }
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(a, z);
    if (mpz_cmpabs_ui(z, 1) <= 0) {
        /* 0, 1, -1: any exponent */
        if (mpz_sgn(z) < 0) {
            mpz_t e;
            mpz_init(e);
            pv_int_to_mpz(b, e);
            return v_from_small(mpz_odd_p(e) ? -1 : 1);
        }
        if (mpz_sgn(z) == 0)
            return v_from_small(int_sign(b) == 0 ? 1 : 0);
        return v_from_small(1);
    }
    int64_t e;
    if (!pv_int_as_i64(b, &e) || (double)e * (double)mpz_sizeinbase(z, 2) > 1e12)
        return pv_err_no_memory();
    mpz_t r;
    mpz_init(r);
    /* exponent may exceed unsigned long on 32-bit hosts: square and multiply */
    if ((uint64_t)e <= ULONG_MAX) {
        mpz_pow_ui(r, z, (unsigned long)e);
    } else {
        mpz_set_ui(r, 1);
        for (int bit = 63; bit >= 0; bit--) {
            mpz_mul(r, r, r);
            if ((e >> bit) & 1)
                mpz_mul(r, r, z);
        }
    }
    mpz_clear(z);
    return take_mpz(r);
}

/* v as a GMP operand: a big int's own limbs (read only, no copy), else
 * tmp set to the small value */
static mpz_srcptr operand(Value v, mpz_t tmp)
{
    if (v_is(v, &pv_int_type))
        return ((PvBigInt *)v_obj(v))->z;
    pv_int_to_mpz(v, tmp);
    return tmp;
}

static Value big_binop(Value a, Value b, int op)
{
    mpz_t xt, yt, r;
    mpz_inits(xt, yt, r, NULL);
    mpz_srcptr x = operand(a, xt), y = operand(b, yt);
    switch (op) {
    case PV_NB_ADD:
        mpz_add(r, x, y);
        break;
    case PV_NB_SUBTRACT:
        mpz_sub(r, x, y);
        break;
    case PV_NB_MULTIPLY:
        mpz_mul(r, x, y);
        break;
    case PV_NB_FLOOR_DIVIDE:
    case PV_NB_REMAINDER:
        if (mpz_sgn(y) == 0) {
            pv_err_set_str(&pv_exc_ZeroDivisionError, op == PV_NB_REMAINDER ? "integer modulo by zero"
                                                                          : "integer division or modulo by zero");
            return V_NULL;
        }
        if (op == PV_NB_FLOOR_DIVIDE)
            mpz_fdiv_q(r, x, y);
        else
            mpz_fdiv_r(r, x, y);
        break;
    case PV_NB_AND:
        mpz_and(r, x, y);
        break;
    case PV_NB_OR:
        mpz_ior(r, x, y);
        break;
    case PV_NB_XOR:
        mpz_xor(r, x, y);
        break;
    case PV_NB_LSHIFT:
    case PV_NB_RSHIFT: {
        if (mpz_sgn(y) < 0)
            return err_shift();
        int64_t n;
        bool fits = z_get_i64(y, &n);
        if (mpz_sgn(x) == 0)
            return v_from_small(0);
        if (op == PV_NB_RSHIFT) {
            if (!fits || n >= (int64_t)mpz_sizeinbase(x, 2))
                return v_from_small(mpz_sgn(x) < 0 ? -1 : 0);
            mpz_fdiv_q_2exp(r, x, (mp_bitcnt_t)n);
            break;
        }
        if (!fits) {
            pv_err_set_str(&pv_exc_OverflowError, "too many digits in integer");
            return V_NULL;
        }
        if ((uint64_t)n > ((uint64_t)1 << 40) || (uint64_t)n > (uint64_t)(mp_bitcnt_t)-1 / 2)
            return pv_err_no_memory();
        mpz_mul_2exp(r, x, (mp_bitcnt_t)n);
        break;
    }
    default:
        return V_NOTIMPLEMENTED;
    }
    mpz_clears(xt, yt, NULL);
    return take_mpz(r);
}

static Value int_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT)
        op -= PV_NB_COUNT;
    if (!pv_is_int(a) || !pv_is_int(b))
        return V_NOTIMPLEMENTED;
    if (op == PV_NB_TRUE_DIVIDE)
        return pv_int_true_divide(a, b);
    if (op == PV_NB_POWER)
        return int_pow(a, b);
    if (op == PV_NB_MATRIX_MULTIPLY)
        return V_NOTIMPLEMENTED;
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        /* both operands are within half the intptr_t range, so + - and the
         * bitwise ops cannot overflow intptr_t; the result may leave the
         * small range, which pv_int_from_i64 handles */
        switch (op) {
        case PV_NB_ADD:
            return pv_int_from_i64((int64_t)x + y);
        case PV_NB_SUBTRACT:
            return pv_int_from_i64((int64_t)x - y);
        case PV_NB_MULTIPLY:
            if (x == 0 || y == 0)
                return v_from_small(0);
            {
                intptr_t ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
                if (ax <= PV_SMALL_MAX / ay)
                    return v_from_small(x * y);
            }
            break;
        case PV_NB_FLOOR_DIVIDE:
        case PV_NB_REMAINDER: {
            if (y == 0)
                break; /* the big path raises */
            intptr_t q = x / y, r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) {
                q -= 1;
                r += y;
            }
            return pv_int_from_i64(op == PV_NB_FLOOR_DIVIDE ? q : r);
        }
        case PV_NB_AND:
            return v_from_small(x & y);
        case PV_NB_OR:
            return v_from_small(x | y);
        case PV_NB_XOR:
            return v_from_small(x ^ y);
        case PV_NB_RSHIFT:
            if (y < 0)
                return err_shift();
            if (y >= SMALL_BITS)
                return v_from_small(x < 0 ? -1 : 0);
            return v_from_small(x >= 0 ? x >> y : ~(~x >> y));
        case PV_NB_LSHIFT:
            if (y < 0)
                return err_shift();
            if (x == 0)
                return v_from_small(0);
            if (y < SMALL_BITS - 1) {
                intptr_t lim = PV_SMALL_MAX >> y;
                if (x <= lim && x >= -lim)
                    return v_from_small(x * ((intptr_t)1 << y));
            }
            break;
        default:
            break;
        }
    }
    return big_binop(a, b, op);
}

static Value bool_binop(Value a, Value b, int op)
{
    int o = op >= PV_NB_COUNT ? op - PV_NB_COUNT : op;
    if ((o == PV_NB_AND || o == PV_NB_OR || o == PV_NB_XOR) && v_is(a, &pv_bool_type) &&
        v_is(b, &pv_bool_type)) {
        bool x = a == V_TRUE, y = b == V_TRUE;
        return v_bool(o == PV_NB_AND ? (x && y) : o == PV_NB_OR ? (x || y) : (x != y));
    }
    return int_binop(a, b, op);
}

static Value int_unary(Value v, int op)
{
    intptr_t i;
    if (as_small(v, &i)) {
        switch (op) {
        case PV_UNARY_NEG:
            return pv_int_from_i64(-(int64_t)i);
        case PV_UNARY_POS:
            return v_from_small(i);
        default:
            return pv_int_from_i64(-(int64_t)i - 1);
        }
    }
    if (op == PV_UNARY_POS)
        return pv_exact_builtin(v);
    mpz_t z;
    mpz_init(z);
    if (op == PV_UNARY_NEG)
        mpz_neg(z, ((PvBigInt *)v_obj(v))->z);
    else
        mpz_com(z, ((PvBigInt *)v_obj(v))->z);
    return take_mpz(z);
}

static int int_truth(Value v) { return int_sign(v) != 0; }

static int int_cmp(Value a, Value b)
{
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y))
        return (x > y) - (x < y);
    mpz_t za, zb;
    mpz_inits(za, zb, NULL);
    pv_int_to_mpz(a, za);
    pv_int_to_mpz(b, zb);
    int c = mpz_cmp(za, zb);
    mpz_clears(za, zb, NULL);
    return (c > 0) - (c < 0);
}

static bool cmp_result(int c, int op)
{
    switch (op) {
    case PV_LT: return c < 0;
    case PV_LE: return c <= 0;
    case PV_EQ: return c == 0;
    case PV_NE: return c != 0;
    case PV_GT: return c > 0;
    default: return c >= 0;
    }
}

static Value int_richcompare(Value a, Value b, int op)
{
    if (!pv_is_int(a) || !pv_is_int(b))
        return V_NOTIMPLEMENTED;
    return v_bool(cmp_result(int_cmp(a, b), op));
}

/* ---- builtins' helpers ---- */

Value pv_int_divmod(Value a, Value b)
{
    Value q = int_binop(a, b, PV_NB_FLOOR_DIVIDE);
    if (!q)
        return V_NULL;
    Value r = int_binop(a, b, PV_NB_REMAINDER);
    if (!r)
        return V_NULL;
    Value items[2] = {q, r};
    return pv_tuple_from(2, items);
}

Value pv_int_pow3(Value a, Value b, Value m)
{
    if (!pv_is_int(a) || !pv_is_int(b) || !pv_is_int(m)) {
        pv_err_set_str(&pv_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return V_NULL;
    }
    mpz_t x, e, mod, r;
    mpz_inits(x, e, mod, r, NULL);
    pv_int_to_mpz(a, x);
    pv_int_to_mpz(b, e);
    pv_int_to_mpz(m, mod);
    if (mpz_sgn(mod) == 0) {
        pv_err_set_str(&pv_exc_ValueError, "pow() 3rd argument cannot be 0");
        return V_NULL;
    }
    bool negmod = mpz_sgn(mod) < 0;
    mpz_abs(mod, mod);
    if (mpz_cmp_ui(mod, 1) == 0)
        return v_from_small(0);
    if (mpz_sgn(e) < 0) {
        if (!mpz_invert(x, x, mod)) {
            pv_err_set_str(&pv_exc_ValueError, "base is not invertible for the given modulus");
            return V_NULL;
        }
        mpz_neg(e, e);
    }
    mpz_powm(r, x, e, mod); /* in [0, mod) */
    if (negmod && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);
    return take_mpz(r);
}

Value pv_int_round(Value v, Value ndigits)
{
    intptr_t i;
    if (ndigits == V_NULL || ndigits == V_NONE || int_sign(ndigits) >= 0)
        return as_small(v, &i) ? v_from_small(i) : v;
    if (!pv_is_int(ndigits)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(ndigits));
        return V_NULL;
    }
    mpz_t x, p, q, r;
    mpz_inits(x, p, q, r, NULL);
    pv_int_to_mpz(v, x);
    int64_t nd;
    size_t digits = mpz_sizeinbase(x, 10);
    if (!pv_int_as_i64(ndigits, &nd) || -nd > (int64_t)digits + 1)
        return v_from_small(0);
    /* round half to even at 10**-nd */
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    return take_mpz(q);
}

/* ---- methods ---- */

static Value m_bit_length(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_parse_args("bit_length", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    intptr_t i;
    if (as_small(self, &i)) {
        uintptr_t u = i < 0 ? 0 - (uintptr_t)i : (uintptr_t)i;
        int n = 0;
        while (u) {
            n++;
            u >>= 1;
        }
        return v_from_small(n);
    }
    return pv_int_from_i64((int64_t)mpz_sizeinbase(((PvBigInt *)v_obj(self))->z, 2));
}

static Value m_bit_count(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("bit_count", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(self, z);
    mpz_abs(z, z);
    return pv_int_from_i64((int64_t)mpz_popcount(z));
}

static Value m_self_int(Value self, int argc, const Value *argv, Value kwnames, const char *name)
{
    if (pv_parse_args(name, argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    intptr_t i;
    return as_small(self, &i) ? v_from_small(i) : pv_exact_builtin(self);
}

static Value m_conjugate(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self_int(self, argc, argv, kwnames, "conjugate");
}
static Value m_index(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self_int(self, argc, argv, kwnames, "__index__");
}
static Value m_int(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self_int(self, argc, argv, kwnames, "__int__");
}
static Value m_trunc(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self_int(self, argc, argv, kwnames, "__trunc__");
}
static Value m_floor(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self_int(self, argc, argv, kwnames, "__floor__");
}
static Value m_ceil(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self_int(self, argc, argv, kwnames, "__ceil__");
}

static Value m_float(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("__float__", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    double d;
    return pv_int_as_double(self, &d) < 0 ? V_NULL : pv_float(d);
}

static Value m_as_integer_ratio(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("as_integer_ratio", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    intptr_t i;
    Value items[2] = {as_small(self, &i) ? v_from_small(i) : self, v_from_small(1)};
    return pv_tuple_from(2, items);
}

static Value m_round(Value self, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"ndigits"};
    Value nd;
    if (pv_parse_args("__round__", argc, argv, kwnames, "|O", names, &nd) < 0)
        return V_NULL;
    if (nd != V_NULL && nd != V_NONE && !pv_is_int(nd)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer", pv_type_name(nd));
        return V_NULL;
    }
    return pv_int_round(self, nd);
}

static Value m_format(Value self, int argc, const Value *argv, Value kwnames)
{
    Value spec;
    if (pv_parse_args("__format__", argc, argv, kwnames, "O", NULL, &spec) < 0)
        return V_NULL;
    if (!v_isinstance(spec, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "__format__() argument must be str, not %s", pv_type_name(spec));
        return V_NULL;
    }
    return pv_int_format(self, spec);
}

static int byteorder_arg(Value v, bool *little)
{
    if (v == V_NULL) {
        *little = false;
        return 0;
    }
    if (!v_isinstance(v, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", pv_type_name(v));
        return -1;
    }
    if (pv_str_eq_cstr(v, "little"))
        *little = true;
    else if (pv_str_eq_cstr(v, "big"))
        *little = false;
    else {
        pv_err_set_str(&pv_exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static Value m_to_bytes(Value self, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (pv_parse_args("to_bytes", argc, argv, kwnames, "|OO$O", names, a) < 0)
        return V_NULL;
    int64_t len = 1;
    if (a[0] && pv_index(a[0], &len) < 0)
        return V_NULL;
    bool little, is_signed = false;
    if (byteorder_arg(a[1], &little) < 0)
        return V_NULL;
    if (a[2]) {
        int t = pv_truth(a[2]);
        if (t < 0)
            return V_NULL;
        is_signed = t;
    }
    if (len < 0) {
        pv_err_set_str(&pv_exc_ValueError, "length argument must be non-negative");
        return V_NULL;
    }
    mpz_t z, lim;
    mpz_inits(z, lim, NULL);
    pv_int_to_mpz(self, z);
    if (mpz_sgn(z) < 0 && !is_signed) {
        pv_err_set_str(&pv_exc_OverflowError, "can't convert negative int to unsigned");
        return V_NULL;
    }
    /* representable: unsigned [0, 2**8n), signed [-2**(8n-1), 2**(8n-1)) */
    size_t bits = mpz_sizeinbase(z, 2);
    bool fits;
    if (mpz_sgn(z) == 0)
        fits = true;
    else if (!is_signed)
        fits = (int64_t)bits <= len * 8;
    else if (mpz_sgn(z) > 0)
        fits = (int64_t)bits <= len * 8 - 1;
    else
        fits = (int64_t)bits <= len * 8 - 1 ||
               ((int64_t)bits == len * 8 && mpz_scan1(z, 0) == bits - 1);
    if (!fits) {
        pv_err_set_str(&pv_exc_OverflowError, "int too big to convert");
        return V_NULL;
    }
    uint8_t *buf = pv_alloc_atomic((size_t)len + 1);
    if (mpz_sgn(z) < 0) {
        mpz_setbit(lim, (mp_bitcnt_t)(len * 8));
        mpz_add(z, z, lim);
    }
    size_t cnt = 0;
    uint8_t *tmp = pv_alloc_atomic((size_t)len + 1);
    if (mpz_sgn(z) != 0)
        mpz_export(tmp, &cnt, 1, 1, 1, 0, z);
    memset(buf, 0, (size_t)len);
    memcpy(buf + len - (int64_t)cnt, tmp, cnt);
    if (little)
        for (int64_t k = 0; k < len / 2; k++) {
            uint8_t t = buf[k];
            buf[k] = buf[len - 1 - k];
            buf[len - 1 - k] = t;
        }
    return pv_bytes(buf, (size_t)len);
}

static Value from_bytes(int argc, const Value *argv, Value kwnames);

/* a class derived from int gets cls(value), as CPython */
static Value m_from_bytes(Value self, int argc, const Value *argv, Value kwnames)
{
    Value r = from_bytes(argc, argv, kwnames);
    if (r == V_NULL || self == v_from(&pv_int_type))
        return r;
    return pv_call(self, 1, &r, V_NULL);
}

static Value from_bytes(int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (pv_parse_args("from_bytes", argc, argv, kwnames, "O|O$O", names, a) < 0)
        return V_NULL;
    bool little, is_signed = false;
    if (byteorder_arg(a[1], &little) < 0)
        return V_NULL;
    if (a[2]) {
        int t = pv_truth(a[2]);
        if (t < 0)
            return V_NULL;
        is_signed = t;
    }
    const uint8_t *data;
    int64_t n;
    if (v_is(a[0], &pv_bytes_type)) {
        data = ((PvBytes *)v_obj(a[0]))->data;
        n = ((PvBytes *)v_obj(a[0]))->len;
    } else if (v_is(a[0], &pv_bytearray_type)) {
        data = ((PvByteArray *)v_obj(a[0]))->data;
        n = ((PvByteArray *)v_obj(a[0]))->len;
    } else {
        /* an iterable of ints in range(256), as bytes(x) accepts */
        Value lst = pv_sequence_list(a[0]);
        if (!lst) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                pv_err_format(&pv_exc_TypeError, "cannot convert '%s' object to bytes", pv_type_name(a[0]));
            }
            return V_NULL;
        }
        n = PV_LIST_LEN(lst);
        uint8_t *buf = pv_alloc_atomic((size_t)n + 1);
        for (int64_t k = 0; k < n; k++) {
            int64_t b;
            if (pv_index(PV_LIST_ITEMS(lst)[k], &b) < 0)
                return V_NULL;
            if (b < 0 || b > 255) {
                pv_err_set_str(&pv_exc_ValueError, "bytes must be in range(0, 256)");
                return V_NULL;
            }
            buf[k] = (uint8_t)b;
        }
        data = buf;
    }
    mpz_t z;
    mpz_init(z);
    if (n > 0)
        mpz_import(z, (size_t)n, little ? -1 : 1, 1, 1, 0, data);
    if (is_signed && n > 0 && (data[little ? n - 1 : 0] & 0x80)) {
        mpz_t lim;
        mpz_init(lim);
        mpz_setbit(lim, (mp_bitcnt_t)(n * 8));
        mpz_sub(z, z, lim);
    }
    return take_mpz(z);
}

static Value m_getnewargs(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("__getnewargs__", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    intptr_t i;
    Value item = as_small(self, &i) ? v_from_small(i) : self;
    return pv_tuple_from(1, &item);
}

static Value m_sizeof(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("__sizeof__", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    /* CPython's: 24 bytes of header plus 4 per 30-bit digit (at least one
     * for nonzero values) */
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(self, z);
    size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    int64_t nd = (int64_t)((bits + 29) / 30);
    return pv_int_from_i64(24 + 4 * nd);
}

static const PvMethodDef int_methods[] = {
    {"conjugate", m_conjugate, 0},
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"to_bytes", m_to_bytes, 0},
    {"from_bytes", m_from_bytes, PV_METH_CLASS},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__trunc__", m_trunc, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__round__", m_round, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {"__format__", m_format, 0},
    {"__sizeof__", m_sizeof, 0},
    {"__index__", m_index, 0},
    {"__int__", m_int, 0},
    {"__float__", m_float, 0},
    {NULL, NULL, 0},
};

static Value int_getattr(Value self, Value name)
{
    intptr_t i;
    Value me = as_small(self, &i) ? v_from_small(i) : pv_exact_builtin(self);
    if (pv_str_eq_cstr(name, "real") || pv_str_eq_cstr(name, "numerator"))
        return me;
    if (pv_str_eq_cstr(name, "imag"))
        return v_from_small(0);
    if (pv_str_eq_cstr(name, "denominator"))
        return v_from_small(1);
    return V_NULL;
}

static Value bool_repr(Value v) { return pv_str_cstr(v == V_TRUE ? "True" : "False"); }

PvType pv_int_type = {
    .ob = {&pv_type_type},
    .name = "int",
    .base = &pv_object_type,
    .flags = PV_TF_BASETYPE,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .binop = int_binop,
    .unary = int_unary,
    .truth = int_truth,
    .getattr = int_getattr,
    .new = int_new,
    .methods = int_methods,
};

PvType pv_bool_type = {
    .ob = {&pv_type_type},
    .name = "bool",
    .base = &pv_int_type,
    .size = sizeof(PvObject),
    .repr = bool_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .binop = bool_binop,
    .unary = int_unary,
    .truth = int_truth,
    .getattr = int_getattr,
    .new = bool_new,
    .methods = int_methods,
};
