/* vm/float.c: float, with CPython 3.11's repr (shortest round-trip), the
 * PyOS_double_to_string layouts that format() and complex share, mixed
 * int/float arithmetic and comparison, hashing, parsing and methods.
 * Digits come from the C library's correctly rounded printf/strtod; the
 * layout around them is CPython's format_float_short.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "runtime.h"

Value pv_float(double d)
{
    /* the small-object free lists of gc.c are the fastest allocation
     * there is; a scanned double costs only conservative retention */
    PvFloat *f = (PvFloat *)pv_new_object(&pv_float_type, sizeof(PvFloat));
    f->d = d;
    return v_from(f);
}

/* ---- digits ---- */

/* the decimal digits of finite d > 0 as _Py_dg_dtoa gives them: no
 * trailing zeros, value 0.DIGITS * 10**decpt.  mode 0: shortest that reads
 * back as d; mode 2: `nd` significant digits; mode 3: `nd` digits after the
 * point (possibly none: decpt == -nd then). */
/* "%.*f" of 0 <= d < 2**53 with nd <= 9 into buf, computed exactly (the
 * binary value times 10**nd, rounded half to even, as glibc's printf
 * rounds), without printf's multi-precision path; false when it does not
 * apply (no 128-bit integers on this compiler) */
static bool fixed_small(double d, int nd, char *buf)
{
#ifdef __SIZEOF_INT128__
    if (!(d >= 0.0 && d < 9007199254740992.0) || nd < 0 || nd > 9)
        return false;
    unsigned __int128 scale = 1;
    for (int i = 0; i < nd; i++)
        scale *= 10;
    int ex;
    double f = frexp(d, &ex);                     /* d = f * 2**ex, f in [0.5, 1) */
    uint64_t m = (uint64_t)ldexp(f, 53);          /* exact: 53 significant bits */
    int e = ex - 53;                              /* d = m * 2**e */
    unsigned __int128 q;
    if (d == 0.0) {
        q = 0;
    } else if (e >= 0) {
        q = ((unsigned __int128)m << e) * scale; /* d < 2**53: below 2**83 */
    } else if (-e >= 120) {
        q = 0;                                    /* below 2**-37: rounds to 0 */
    } else {
        int sh = -e;
        unsigned __int128 p = (unsigned __int128)m * scale;
        unsigned __int128 mask = ((unsigned __int128)1 << sh) - 1, half = (unsigned __int128)1 << (sh - 1);
        q = p >> sh;
        unsigned __int128 r = p & mask;
        if (r > half || (r == half && (q & 1)))
            q++;
    }
    uint64_t ip = (uint64_t)(q / scale), fp = (uint64_t)(q % scale);
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip);
    int k = 0;
    while (n)
        buf[k++] = tmp[--n];
    if (nd) {
        buf[k++] = '.';
        for (int i = nd - 1; i >= 0; i--) {
            buf[k + i] = (char)('0' + fp % 10);
            fp /= 10;
        }
        k += nd;
    }
    buf[k] = 0;
    return true;
#else
    (void)d;
    (void)nd;
    (void)buf;
    return false;
#endif
}

static char *dtoa(double d, int mode, int nd, int *decpt)
{
    char *buf;
    size_t cap;
    if (mode == 0) {
        /* smallest p whose correctly rounded p-digit form reads back as d
         * (monotone in p, so bisect), then try the two p-1 digit neighbours
         * of the rounded p-1 digit form: at a power of two the rounding
         * interval is lopsided and one of them may still read back */
        char tmp[40];
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(tmp, sizeof tmp, "%.*e", mid - 1, d);
            if (strtod(tmp, NULL) == d)
                hi = mid;
            else
                lo = mid + 1;
        }
        int p = hi;
        cap = 40;
        buf = pv_alloc_atomic(cap);
        snprintf(buf, cap, "%.*e", p - 1, d);
        if (p > 1) {
            char cand[40];
            snprintf(tmp, sizeof tmp, "%.*e", p - 2, d);
            /* tmp: D[.DDD]e±XX; neighbours in the last digit */
            for (int dir = -1; dir <= 1; dir += 2) {
                char digs[24];
                int nds = 0;
                const char *q = tmp;
                for (; *q != 'e'; q++)
                    if (*q != '.')
                        digs[nds++] = *q;
                int ex = atoi(q + 1);
                int k = nds - 1;
                if (dir > 0) {
                    while (k >= 0 && digs[k] == '9')
                        digs[k--] = '0';
                    if (k < 0) {
                        memmove(digs + 1, digs, (size_t)nds);
                        digs[0] = '1';
                        ex++;
                    } else {
                        digs[k]++;
                    }
                } else {
                    while (k >= 0 && digs[k] == '0')
                        digs[k--] = '9';
                    if (k < 0)
                        continue;
                    digs[k]--;
                    if (digs[0] == '0')
                        continue;
                }
                digs[nds] = 0;
                snprintf(cand, sizeof cand, "%c.%se%d", digs[0], digs + 1, ex);
                if (strtod(cand, NULL) == d) {
                    snprintf(buf, cap, "%c%s%se%+d", digs[0], nds > 1 ? "." : "", digs + 1, ex);
                    break;
                }
            }
        }
    } else if (mode == 2) {
        if (nd < 1)
            nd = 1;
        cap = (size_t)nd + 16;
        buf = pv_alloc_atomic(cap);
        snprintf(buf, cap, "%.*e", nd - 1, d);
    } else {
        cap = (size_t)nd + 330;
        buf = pv_alloc_atomic(cap);
        if (!fixed_small(d, nd, buf))
            snprintf(buf, cap, "%.*f", nd, d);
    }
    /* normalise to digits + decpt */
    char *out = pv_alloc_atomic(strlen(buf) + 2);
    int n = 0;
    char *e = strchr(buf, 'e');
    if (e) {
        for (char *q = buf; q < e; q++)
            if (*q != '.')
                out[n++] = *q;
        *decpt = atoi(e + 1) + 1;
    } else {
        int point = -1, lead = 0;
        bool seen = false;
        for (char *q = buf; *q; q++) {
            if (*q == '.') {
                point = n + lead;
                continue;
            }
            if (!seen && *q == '0') {
                lead++;
                continue;
            }
            seen = true;
            out[n++] = *q;
        }
        if (point < 0)
            point = n + lead;
        *decpt = point - lead;
        if (n == 0)
            *decpt = -nd;
    }
    while (n > 0 && out[n - 1] == '0')
        n--;
    out[n] = 0;
    return out;
}

/* CPython's format_float_short over dtoa's digits */
char *pv_double_to_string(double d, char type, int precision, int flags)
{
    bool upper = false;
    int mode = 0;
    switch (type) {
    case 'E': upper = true; type = 'e'; /* fall through */
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; type = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': upper = true; type = 'g'; /* fall through */
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: type = 'r'; mode = 0; precision = 0; break;
    }
    bool sign = signbit(d) != 0;
    bool add_sign = (flags & PV_DTSF_SIGN) != 0, alt = (flags & PV_DTSF_ALT) != 0;
    bool dot0 = (flags & PV_DTSF_ADD_DOT_0) != 0;
    char *res;
    if (!isfinite(d)) {
        res = pv_alloc_atomic(8);
        const char *w = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (isnan(d))
            sign = false;
        snprintf(res, 8, "%s%s", sign ? "-" : add_sign ? "+" : "", w);
        return res;
    }
    const char *digits;
    int decpt;
    if (d == 0.0) {
        digits = "0";
        decpt = 1;
    } else {
        digits = dtoa(fabs(d), mode, precision, &decpt);
    }
    long dlen = (long)strlen(digits);
    if ((flags & PV_DTSF_NO_NEG_0) && sign && (dlen == 0 || (dlen == 1 && digits[0] == '0')))
        sign = false;
    long vstart, vend = dlen, dp = decpt;
    bool use_exp = false;
    switch (type) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = dp + precision; break;
    case 'g':
        if (dp <= -4 || dp > (dot0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    default:
        if (dp <= -4 || dp > 16)
            use_exp = true;
        break;
    }
    long exp = 0;
    if (use_exp) {
        exp = dp - 1;
        dp = 1;
    }
    vstart = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && dot0)
        vend = vend > dp ? vend : dp + 1;
    else
        vend = vend > dp ? vend : dp;
    size_t cap = (size_t)(vend - vstart) + (size_t)dlen + 32;
    res = pv_alloc_atomic(cap);
    char *p = res;
    if (sign)
        *p++ = '-';
    else if (add_sign)
        *p++ = '+';
    if (dp <= 0) {
        memset(p, '0', (size_t)(dp - vstart));
        p += dp - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-dp);
        p += -dp;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (0 < dp && dp <= dlen) {
        memcpy(p, digits, (size_t)dp);
        p += dp;
        *p++ = '.';
        memcpy(p, digits + dp, (size_t)(dlen - dp));
        p += dlen - dp;
    } else {
        memcpy(p, digits, (size_t)dlen);
        p += dlen;
    }
    if (dlen < dp) {
        memset(p, '0', (size_t)(dp - dlen));
        p += dp - dlen;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - dp));
        p += vend - dp;
    } else {
        memset(p, '0', (size_t)(vend - dlen));
        p += vend - dlen;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp)
        p += sprintf(p, "%c%+.02ld", upper ? 'E' : 'e', exp);
    *p = 0;
    return res;
}

Value pv_float_repr(double d) { return pv_str_cstr(pv_double_to_string(d, 'r', 0, PV_DTSF_ADD_DOT_0)); }

static Value float_repr(Value v) { return pv_float_repr(pv_float_val(v)); }

/* ---- hash ---- */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t pv_float_hash(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

static int float_hash(Value v, int64_t *out)
{
    double d = pv_float_val(v);
    if (isnan(d)) {
        /* 3.11 hashes a NaN by identity (_Py_HashPointer) */
        uintptr_t y = (uintptr_t)v;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        int64_t h = (int64_t)(intptr_t)y;
        *out = h == -1 ? -2 : h;
        return 0;
    }
    *out = pv_float_hash(d);
    return 0;
}

/* ---- conversions ---- */

int pv_float_coerce(Value v, double *out)
{
    if (v_isinstance(v, &pv_float_type)) {
        *out = pv_float_val(v);
        return 1;
    }
    if (pv_is_int(v))
        return pv_int_as_double(v, out) < 0 ? -1 : 1;
    return 0;
}

bool pv_number_as_double(Value v, double *out)
{
    int r = pv_float_coerce(v, out);
    if (r < 0)
        pv_err_clear();
    return r > 0;
}

static bool str_ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != b[i])
            return false;
    return true;
}

/* s[0..n) (ASCII, no surrounding spaces) as a float literal: V_NULL (no
 * exception) if invalid */
static bool parse_float_ascii(const char *s, size_t n, double *out)
{
    /* underscores only between digits; drop them */
    char *b = pv_alloc_atomic(n + 1);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 >= n || !(s[i - 1] >= '0' && s[i - 1] <= '9') ||
                !(s[i + 1] >= '0' && s[i + 1] <= '9'))
                return false;
            continue;
        }
        b[m++] = s[i];
    }
    b[m] = 0;
    size_t i = 0;
    bool neg = false;
    if (i < m && (b[i] == '+' || b[i] == '-'))
        neg = b[i++] == '-';
    const char *r = b + i;
    size_t rn = m - i;
    if (str_ieq(r, rn, "inf") || str_ieq(r, rn, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (str_ieq(r, rn, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    size_t nd = 0;
    while (i < m && b[i] >= '0' && b[i] <= '9')
        i++, nd++;
    if (i < m && b[i] == '.') {
        i++;
        while (i < m && b[i] >= '0' && b[i] <= '9')
            i++, nd++;
    }
    if (nd == 0)
        return false;
    if (i < m && (b[i] == 'e' || b[i] == 'E')) {
        i++;
        if (i < m && (b[i] == '+' || b[i] == '-'))
            i++;
        size_t ed = 0;
        while (i < m && b[i] >= '0' && b[i] <= '9')
            i++, ed++;
        if (ed == 0)
            return false;
    }
    if (i != m)
        return false;
    *out = strtod(b, NULL);
    return true;
}

static bool space_ascii(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f); }

static Value float_from_ascii(const char *a, size_t n, Value orig)
{
    size_t i = 0;
    while (i < n && space_ascii(a[i]))
        i++;
    while (n > i && space_ascii(a[n - 1]))
        n--;
    double d;
    if (!parse_float_ascii(a + i, n - i, &d)) {
        pv_err_format(&pv_exc_ValueError, "could not convert string to float: %R", orig);
        return V_NULL;
    }
    return pv_float(d);
}

Value pv_float_from_str(Value s)
{
    size_t n;
    char *a = pv_num_to_ascii(s, &n);
    return float_from_ascii(a, n, s);
}

static Value float_from_bytes(const uint8_t *d, int64_t n, Value orig)
{
    char *a = pv_alloc_atomic((size_t)n + 1);
    for (int64_t k = 0; k < n; k++)
        a[k] = d[k] < 128 && d[k] ? (char)d[k] : '?';
    a[n] = 0;
    return float_from_ascii(a, (size_t)n, orig);
}

Value pv_float_new_from(Value x)
{
    if (x == V_NULL)
        return pv_float(0.0);
    if (v_isinstance(x, &pv_float_type))
        return x;
    if (pv_is_int(x)) {
        double d;
        return pv_int_as_double(x, &d) < 0 ? V_NULL : pv_float(d);
    }
    if (v_isinstance(x, &pv_str_type))
        return pv_float_from_str(x);
    if (v_is(x, &pv_bytes_type))
        return float_from_bytes(((PvBytes *)v_obj(x))->data, ((PvBytes *)v_obj(x))->len, x);
    if (v_is(x, &pv_bytearray_type))
        return float_from_bytes(((PvByteArray *)v_obj(x))->data, ((PvByteArray *)v_obj(x))->len, x);
    if (pv_type(x)->flags & PV_TF_HEAPTYPE) {
        /* a class's __float__, else __index__ (CPython's PyNumber_Float) */
        Value r = pv_number_special(x, pv_str_intern_cstr("__float__"), &pv_float_type, "float");
        if (r != V_NULL || pv_err_occurred())
            return r;
        r = pv_number_special(x, pv_str_intern_cstr("__index__"), &pv_int_type, "int");
        if (r != V_NULL) {
            double d;
            return pv_int_as_double(r, &d) < 0 ? V_NULL : pv_float(d);
        }
        if (pv_err_occurred())
            return V_NULL;
    }
    pv_err_format(&pv_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                  pv_type_name(x));
    return V_NULL;
}

static Value float_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("float", kwnames) < 0)
        return V_NULL;
    if (argc > 1) {
        pv_err_format(&pv_exc_TypeError, "float expected at most 1 argument, got %d", argc);
        return V_NULL;
    }
    Value r = pv_float_new_from(argc ? argv[0] : V_NULL);
    if (r == V_NULL)
        return V_NULL;
    r = pv_exact_builtin(r);
    return type == &pv_float_type ? r : pv_subtype_instance(type, r);
}

/* ---- arithmetic ---- */

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

Value pv_float_pow(double iv, double iw)
{
    if (iw == 0.0)
        return pv_float(1.0);
    if (isnan(iv))
        return pv_float(iv);
    if (isnan(iw))
        return pv_float(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return pv_float(1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return pv_float(fabs(iw));
        return pv_float(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return pv_float(odd ? iv : fabs(iv));
        return pv_float(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            pv_err_set_str(&pv_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return V_NULL;
        }
        return pv_float(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return pv_complex_pow(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return pv_float(negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(iv, iw);
    if (errno == 0 && isinf(r))
        errno = ERANGE;
    else if (errno == ERANGE && r == 0.0)
        errno = 0;
    if (errno) {
        int err = errno;
        Value args[2] = {v_from_small(err), pv_str_cstr(strerror(err))};
        pv_err_set(pv_exc_new(err == ERANGE ? &pv_exc_OverflowError : &pv_exc_ValueError,
                              pv_tuple_from(2, args)));
        return V_NULL;
    }
    return pv_float(negate ? -r : r);
}

/* CPython's float divmod: floor quotient and remainder with the divisor's
 * sign, exact in the common cases */
static void float_divmod(double vx, double wx, double *floordiv, double *modp)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

static Value float_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT)
        op -= PV_NB_COUNT;
    if (op != PV_NB_ADD && op != PV_NB_SUBTRACT && op != PV_NB_MULTIPLY && op != PV_NB_TRUE_DIVIDE &&
        op != PV_NB_FLOOR_DIVIDE && op != PV_NB_REMAINDER && op != PV_NB_POWER)
        return V_NOTIMPLEMENTED; /* before converting: 1.5 & 10**400 is a TypeError */
    double x, y;
    int ra = pv_float_coerce(a, &x);
    if (ra <= 0)
        return ra < 0 ? V_NULL : V_NOTIMPLEMENTED;
    int rb = pv_float_coerce(b, &y);
    if (rb <= 0)
        return rb < 0 ? V_NULL : V_NOTIMPLEMENTED;
    switch (op) {
    case PV_NB_ADD: return pv_float(x + y);
    case PV_NB_SUBTRACT: return pv_float(x - y);
    case PV_NB_MULTIPLY: return pv_float(x * y);
    case PV_NB_TRUE_DIVIDE:
        if (y == 0.0) {
            pv_err_set_str(&pv_exc_ZeroDivisionError, "float division by zero");
            return V_NULL;
        }
        return pv_float(x / y);
    case PV_NB_FLOOR_DIVIDE:
    case PV_NB_REMAINDER: {
        if (y == 0.0) {
            pv_err_set_str(&pv_exc_ZeroDivisionError,
                           op == PV_NB_REMAINDER ? "float modulo" : "float floor division by zero");
            return V_NULL;
        }
        if (op == PV_NB_REMAINDER) {
            double mod = fmod(x, y);
            if (mod) {
                if ((y < 0) != (mod < 0))
                    mod += y;
            } else {
                mod = copysign(0.0, y);
            }
            return pv_float(mod);
        }
        double fd, mod;
        float_divmod(x, y, &fd, &mod);
        return pv_float(fd);
    }
    case PV_NB_POWER:
        return pv_float_pow(x, y);
    default:
        return V_NOTIMPLEMENTED;
    }
}

Value pv_float_divmod(Value a, Value b)
{
    double x, y;
    int ra = pv_float_coerce(a, &x);
    int rb = ra > 0 ? pv_float_coerce(b, &y) : 0;
    if (ra < 0 || rb < 0)
        return V_NULL;
    if (ra == 0 || rb == 0)
        return V_NOTIMPLEMENTED;
    if (y == 0.0) {
        pv_err_set_str(&pv_exc_ZeroDivisionError, "float divmod()");
        return V_NULL;
    }
    double fd, mod;
    float_divmod(x, y, &fd, &mod);
    Value items[2] = {pv_float(fd), pv_float(mod)};
    return pv_tuple_from(2, items);
}

static Value float_unary(Value v, int op)
{
    double d = pv_float_val(v);
    switch (op) {
    case PV_UNARY_NEG: return pv_float(-d);
    case PV_UNARY_POS: return pv_float(d);
    default:
        pv_err_set_str(&pv_exc_TypeError, "bad operand type for unary ~: 'float'");
        return V_NULL;
    }
}

static int float_truth(Value v) { return pv_float_val(v) != 0.0; }

/* ---- comparison (also int against float, exactly) ---- */

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

/* sign of (int i - double d), d finite or infinite, not NaN */
static int cmp_int_double(Value i, double d)
{
    int64_t s;
    if (pv_int_as_i64(i, &s) && s <= ((int64_t)1 << 53) && s >= -((int64_t)1 << 53)) {
        double x = (double)s;
        return (x > d) - (x < d);
    }
    if (isinf(d))
        return d > 0 ? -1 : 1;
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(i, z);
    int c = mpz_cmp_d(z, d); /* exact */
    mpz_clear(z);
    return (c > 0) - (c < 0);
}

static Value float_richcompare(Value a, Value b, int op)
{
    bool af = v_isinstance(a, &pv_float_type), bf = v_isinstance(b, &pv_float_type);
    if (!(af || pv_is_int(a)) || !(bf || pv_is_int(b)) || (!af && !bf))
        return V_NOTIMPLEMENTED;
    double x = af ? pv_float_val(a) : 0, y = bf ? pv_float_val(b) : 0;
    if ((af && isnan(x)) || (bf && isnan(y)))
        return v_bool(op == PV_NE);
    int c;
    if (af && bf)
        c = (x > y) - (x < y);
    else if (af)
        c = -cmp_int_double(b, x);
    else
        c = cmp_int_double(a, y);
    return v_bool(cmp_result(c, op));
}

/* ---- round ---- */

Value pv_float_round(Value v, Value ndigits)
{
    double x = pv_float_val(v);
    if (ndigits == V_NULL || ndigits == V_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return pv_int_from_double(r);
    }
    if (!pv_is_int(ndigits)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(ndigits));
        return V_NULL;
    }
    int64_t nd;
    if (!pv_int_as_i64(ndigits, &nd))
        nd = mpz_sgn(((PvBigInt *)v_obj(ndigits))->z) < 0 ? INT64_MIN : INT64_MAX;
    if (!isfinite(x))
        return pv_float(x);
    if (nd > 323)
        return pv_float(x);
    if (nd < -308)
        return pv_float(0.0 * x);
    if (x == 0.0)
        return pv_float(x);
    /* exact: N = round-half-even(|x| * 10**nd), result N * 10**-nd read
     * back correctly rounded (what dtoa mode 3 + strtod do in CPython) */
    int e;
    double m = frexp(fabs(x), &e);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set_d(num, ldexp(m, 53));
    e -= 53;
    mpz_set_ui(den, 1);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_t p10;
    mpz_init(p10);
    mpz_ui_pow_ui(p10, 10, (unsigned long)(nd >= 0 ? nd : -nd));
    if (nd >= 0)
        mpz_mul(num, num, p10);
    else
        mpz_mul(den, den, p10);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    size_t sz = mpz_sizeinbase(q, 10) + 40;
    char *s = pv_alloc_atomic(sz);
    size_t off = 0;
    if (x < 0)
        s[off++] = '-';
    mpz_get_str(s + off, 10, q);
    off = strlen(s);
    snprintf(s + off, sz - off, "e%lld", (long long)-nd);
    errno = 0;
    double res = strtod(s, NULL);
    if (errno == ERANGE && fabs(res) >= 1.0) {
        pv_err_set_str(&pv_exc_OverflowError, "rounded value too large to represent");
        return V_NULL;
    }
    return pv_float(res);
}

/* ---- methods ---- */

static Value m_is_integer(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("is_integer", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    double d = pv_float_val(self);
    return v_bool(isfinite(d) && floor(d) == d);
}

static Value m_as_integer_ratio(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("as_integer_ratio", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    double d = pv_float_val(self);
    if (isinf(d)) {
        pv_err_set_str(&pv_exc_OverflowError, "cannot convert Infinity to integer ratio");
        return V_NULL;
    }
    if (isnan(d)) {
        pv_err_set_str(&pv_exc_ValueError, "cannot convert NaN to integer ratio");
        return V_NULL;
    }
    int e;
    double f = frexp(d, &e);
    for (int i = 0; i < 300 && f != floor(f); i++) {
        f *= 2.0;
        e--;
    }
    mpz_t n, dn;
    mpz_inits(n, dn, NULL);
    mpz_set_d(n, f);
    mpz_set_ui(dn, 1);
    if (e > 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(dn, dn, (mp_bitcnt_t)-e);
    Value items[2] = {pv_int_from_mpz(n), pv_int_from_mpz(dn)};
    return pv_tuple_from(2, items);
}

static Value m_hex(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("hex", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    double x = pv_float_val(self);
    if (!isfinite(x))
        return pv_float_repr(x);
    if (x == 0.0)
        return pv_str_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    int si = 0;
    static const char hexd[] = "0123456789abcdef";
    s[si++] = hexd[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexd[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    return pv_str_printf("%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static Value fromhex(int argc, const Value *argv, Value kwnames);

/* a class derived from float gets cls(value), as CPython */
static Value m_fromhex(Value self, int argc, const Value *argv, Value kwnames)
{
    Value r = fromhex(argc, argv, kwnames);
    if (r == V_NULL || self == v_from(&pv_float_type))
        return r;
    return pv_call(self, 1, &r, V_NULL);
}

static Value fromhex(int argc, const Value *argv, Value kwnames)
{
    Value sv;
    if (pv_parse_args("fromhex", argc, argv, kwnames, "O", NULL, &sv) < 0)
        return V_NULL;
    if (!v_isinstance(sv, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "fromhex() argument must be str, not %s", pv_type_name(sv));
        return V_NULL;
    }
    size_t n;
    char *a = pv_num_to_ascii(sv, &n);
    size_t i = 0;
    while (i < n && space_ascii(a[i]))
        i++;
    while (n > i && space_ascii(a[n - 1]))
        n--;
    bool neg = false;
    if (i < n && (a[i] == '+' || a[i] == '-'))
        neg = a[i++] == '-';
    if (str_ieq(a + i, n - i, "inf") || str_ieq(a + i, n - i, "infinity"))
        return pv_float(neg ? -INFINITY : INFINITY);
    if (str_ieq(a + i, n - i, "nan"))
        return pv_float(neg ? -NAN : NAN);
    if (i + 1 < n && a[i] == '0' && (a[i + 1] | 0x20) == 'x')
        i += 2;
    /* rebuild a C99 hex literal for strtod (correctly rounded) */
    char *b = pv_alloc_atomic(n + 32);
    size_t m = 0, nd = 0;
    b[m++] = '0';
    b[m++] = 'x';
    while (i < n && isxdigit((unsigned char)a[i]))
        b[m++] = a[i++], nd++;
    if (i < n && a[i] == '.') {
        b[m++] = a[i++];
        while (i < n && isxdigit((unsigned char)a[i]))
            b[m++] = a[i++], nd++;
    }
    if (nd == 0)
        goto invalid;
    long long ex = 0;
    if (i < n && (a[i] | 0x20) == 'p') {
        i++;
        bool eneg = false;
        if (i < n && (a[i] == '+' || a[i] == '-'))
            eneg = a[i++] == '-';
        size_t ed = 0;
        while (i < n && a[i] >= '0' && a[i] <= '9') {
            if (ex < 100000000)
                ex = ex * 10 + (a[i] - '0');
            i++, ed++;
        }
        if (ed == 0)
            goto invalid;
        if (eneg)
            ex = -ex;
    }
    if (i != n)
        goto invalid;
    snprintf(b + m, 32, "p%lld", ex);
    double d = strtod(b, NULL);
    if (isinf(d)) {
        pv_err_set_str(&pv_exc_OverflowError, "hexadecimal value too large to represent as a float");
        return V_NULL;
    }
    return pv_float(neg ? -d : d);
invalid:
    pv_err_set_str(&pv_exc_ValueError, "invalid hexadecimal floating-point string");
    return V_NULL;
}

static Value m_self(Value self, int argc, const Value *argv, Value kwnames, const char *name)
{
    if (pv_parse_args(name, argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    return pv_exact_builtin(self);
}
static Value m_conjugate(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self(self, argc, argv, kwnames, "conjugate");
}
static Value m_float(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_self(self, argc, argv, kwnames, "__float__");
}

static Value to_int(Value self, int argc, const Value *argv, Value kwnames, const char *name,
                    double (*f)(double))
{
    if (pv_parse_args(name, argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    return pv_int_from_double(f(pv_float_val(self)));
}
static Value m_trunc(Value self, int argc, const Value *argv, Value kwnames)
{
    return to_int(self, argc, argv, kwnames, "__trunc__", trunc);
}
static Value m_int(Value self, int argc, const Value *argv, Value kwnames)
{
    return to_int(self, argc, argv, kwnames, "__int__", trunc);
}
static Value m_floor(Value self, int argc, const Value *argv, Value kwnames)
{
    return to_int(self, argc, argv, kwnames, "__floor__", floor);
}
static Value m_ceil(Value self, int argc, const Value *argv, Value kwnames)
{
    return to_int(self, argc, argv, kwnames, "__ceil__", ceil);
}

static Value m_round(Value self, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"ndigits"};
    Value nd;
    if (pv_parse_args("__round__", argc, argv, kwnames, "|O", names, &nd) < 0)
        return V_NULL;
    return pv_float_round(self, nd);
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
    return pv_float_format(self, spec);
}

static Value m_getnewargs(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("__getnewargs__", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    return pv_tuple_from(1, &self);
}

static const PvMethodDef float_methods[] = {
    {"conjugate", m_conjugate, 0},
    {"__trunc__", m_trunc, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__round__", m_round, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"fromhex", m_fromhex, PV_METH_CLASS},
    {"hex", m_hex, 0},
    {"is_integer", m_is_integer, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {"__format__", m_format, 0},
    {"__int__", m_int, 0},
    {"__float__", m_float, 0},
    {NULL, NULL, 0},
};

static Value float_getattr(Value self, Value name)
{
    if (pv_str_eq_cstr(name, "real"))
        return pv_exact_builtin(self);
    if (pv_str_eq_cstr(name, "imag"))
        return pv_float(0.0);
    return V_NULL;
}

PvType pv_float_type = {
    .ob = {&pv_type_type},
    .name = "float",
    .base = &pv_object_type,
    .size = sizeof(PvFloat),
    .flags = PV_TF_BASETYPE,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .binop = float_binop,
    .unary = float_unary,
    .truth = float_truth,
    .getattr = float_getattr,
    .new = float_new,
    .methods = float_methods,
};
