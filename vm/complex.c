/* vm/complex.c: complex, with CPython 3.11's arithmetic (its division and
 * power algorithms, so results match bit for bit), repr, hash, equality with
 * int and float, and complex(real, imag) / complex(str).  Formatting with a
 * spec is format.c's.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "runtime.h"

Value pv_complex(double re, double im)
{
    PvComplex *c = pv_alloc_atomic(sizeof(PvComplex));
    c->ob.type = &pv_complex_type;
    c->re = re;
    c->im = im;
    return v_from(c);
}

typedef struct {
    double re, im;
} Cx;

static Cx cx(Value v)
{
    PvComplex *c = (PvComplex *)v_obj(v);
    Cx r = {c->re, c->im};
    return r;
}

static Cx prod(Cx a, Cx b)
{
    Cx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

/* CPython's _Py_c_quot (Smith's method); errno EDOM on division by zero */
static Cx quot(Cx a, Cx b)
{
    Cx r;
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re, denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;
    }
    return r;
}

static Cx c_pow(Cx a, Cx b)
{
    Cx r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

static Cx powu(Cx x, long n)
{
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = prod(r, p);
        mask <<= 1;
        p = prod(p, p);
    }
    return r;
}

Value pv_complex_pow(double ar, double ai, double br, double bi)
{
    Cx a = {ar, ai}, b = {br, bi}, p;
    errno = 0;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n > 0) {
            p = powu(a, n);
        } else {
            Cx one = {1.0, 0.0};
            p = quot(one, powu(a, -n));
        }
    } else {
        p = c_pow(a, b);
    }
    /* libm's underflow ERANGE does not count; an infinite part does */
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        pv_err_set_str(&pv_exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return V_NULL;
    }
    if (errno == ERANGE) {
        pv_err_set_str(&pv_exc_OverflowError, "complex exponentiation");
        return V_NULL;
    }
    return pv_complex(p.re, p.im);
}

/* int, float or complex operand; 0 if none of them, -1 on error */
static int to_cx(Value v, Cx *out)
{
    if (v_isinstance(v, &pv_complex_type)) {
        *out = cx(v);
        return 1;
    }
    if (!v_is_small(v) && (pv_type(v)->flags & PV_TF_HEAPTYPE)) {
        /* a class's __complex__, else __float__ / __index__ */
        Value c = pv_number_special(v, pv_str_intern_cstr("__complex__"), &pv_complex_type,
                                    "complex");
        if (c != V_NULL) {
            *out = cx(c);
            return 1;
        }
        if (pv_err_occurred())
            return -1;
        Value f = pv_number_special(v, pv_str_intern_cstr("__float__"), &pv_float_type, "float");
        if (f == V_NULL && !pv_err_occurred())
            f = pv_number_special(v, pv_str_intern_cstr("__index__"), &pv_int_type, "int");
        if (f == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        v = f;
    }
    double d;
    int r = pv_float_coerce(v, &d);
    if (r > 0) {
        out->re = d;
        out->im = 0.0;
    }
    return r;
}

static Value complex_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT)
        op -= PV_NB_COUNT;
    if (op != PV_NB_ADD && op != PV_NB_SUBTRACT && op != PV_NB_MULTIPLY && op != PV_NB_TRUE_DIVIDE &&
        op != PV_NB_POWER)
        return V_NOTIMPLEMENTED; /* before converting: complex % 10**400 is a TypeError */
    Cx x, y;
    int ra = to_cx(a, &x);
    if (ra <= 0)
        return ra < 0 ? V_NULL : V_NOTIMPLEMENTED;
    int rb = to_cx(b, &y);
    if (rb <= 0)
        return rb < 0 ? V_NULL : V_NOTIMPLEMENTED;
    switch (op) {
    case PV_NB_ADD: return pv_complex(x.re + y.re, x.im + y.im);
    case PV_NB_SUBTRACT: return pv_complex(x.re - y.re, x.im - y.im);
    case PV_NB_MULTIPLY: {
        Cx r = prod(x, y);
        return pv_complex(r.re, r.im);
    }
    case PV_NB_TRUE_DIVIDE: {
        errno = 0;
        Cx r = quot(x, y);
        if (errno == EDOM) {
            pv_err_set_str(&pv_exc_ZeroDivisionError, "complex division by zero");
            return V_NULL;
        }
        return pv_complex(r.re, r.im);
    }
    case PV_NB_POWER:
        return pv_complex_pow(x.re, x.im, y.re, y.im);
    case PV_NB_FLOOR_DIVIDE:
    case PV_NB_REMAINDER:
        return V_NOTIMPLEMENTED; /* runtime.c raises "unsupported operand type(s)" */
    default:
        return V_NOTIMPLEMENTED;
    }
}

static Value complex_unary(Value v, int op)
{
    Cx c = cx(v);
    switch (op) {
    case PV_UNARY_NEG: return pv_complex(-c.re, -c.im);
    case PV_UNARY_POS: return pv_complex(c.re, c.im);
    default:
        pv_err_set_str(&pv_exc_TypeError, "bad operand type for unary ~: 'complex'");
        return V_NULL;
    }
}

static int complex_truth(Value v)
{
    Cx c = cx(v);
    return c.re != 0.0 || c.im != 0.0;
}

static Value complex_richcompare(Value a, Value b, int op)
{
    if (op != PV_EQ && op != PV_NE)
        return V_NOTIMPLEMENTED;
    Value c = v_isinstance(a, &pv_complex_type) ? a : b, o = c == a ? b : a;
    Cx x = cx(c);
    bool eq;
    if (v_isinstance(o, &pv_complex_type)) {
        Cx y = cx(o);
        eq = x.re == y.re && x.im == y.im;
    } else if (v_isinstance(o, &pv_float_type)) {
        eq = x.im == 0.0 && x.re == pv_float_val(o);
    } else if (pv_is_int(o)) {
        /* exact: compare the real part as float.c compares int and float */
        if (x.im != 0.0) {
            eq = false;
        } else {
            Value r = pv_richcompare(pv_float(x.re), o, PV_EQ);
            if (!r)
                return V_NULL;
            eq = r == V_TRUE;
        }
    } else {
        return V_NOTIMPLEMENTED;
    }
    return v_bool(op == PV_EQ ? eq : !eq);
}

static int complex_hash(Value v, int64_t *out)
{
    Cx c = cx(v);
    int64_t hr, hi;
    /* NaN parts hash by identity in 3.11, like float */
    if (isnan(c.re) || isnan(c.im)) {
        uintptr_t y = (uintptr_t)v;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        int64_t h = (int64_t)(intptr_t)y;
        hr = isnan(c.re) ? h : pv_float_hash(c.re);
        hi = isnan(c.im) ? h : pv_float_hash(c.im);
    } else {
        hr = pv_float_hash(c.re);
        hi = pv_float_hash(c.im);
    }
    uint64_t h = (uint64_t)hr + 1000003u * (uint64_t)hi;
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return 0;
}

Value pv_complex_repr(double re, double im)
{
    if (re == 0.0 && !signbit(re))
        return pv_str_printf("%sj", pv_double_to_string(im, 'r', 0, 0));
    return pv_str_printf("(%s%sj)", pv_double_to_string(re, 'r', 0, 0),
                         pv_double_to_string(im, 'r', 0, PV_DTSF_SIGN));
}

static Value complex_repr(Value v)
{
    Cx c = cx(v);
    return pv_complex_repr(c.re, c.im);
}

/* ---- complex(str) ---- */

static bool space_ascii(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f); }

/* one float at s: digits[.digits][e[sign]digits] or inf/infinity/nan;
 * returns its length (0: none) */
static size_t scan_float(const char *s, size_t n, double *out)
{
    size_t i = 0;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t wl = strlen(words[w]);
        if (n >= wl) {
            size_t k = 0;
            while (k < wl && (s[k] | 0x20) == words[w][k])
                k++;
            if (k == wl) {
                *out = w < 2 ? INFINITY : NAN;
                return wl;
            }
        }
    }
    char *b = pv_alloc_atomic(n + 1);
    size_t m = 0, nd = 0;
#define DIGITS()                                   \
    while (i < n && s[i] >= '0' && s[i] <= '9') { \
        b[m++] = s[i++];                           \
        nd++;                                      \
    }
    DIGITS();
    if (i < n && s[i] == '.') {
        b[m++] = s[i++];
        DIGITS();
    }
    if (nd == 0)
        return 0;
    if (i < n && (s[i] | 0x20) == 'e') {
        size_t save = i, savem = m;
        b[m++] = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-'))
            b[m++] = s[i++];
        nd = 0;
        DIGITS();
        if (nd == 0) {
            i = save;
            m = savem;
        }
    }
#undef DIGITS
    b[m] = 0;
    *out = strtod(b, NULL);
    return i;
}

static Value complex_from_str(Value sv)
{
    size_t n;
    char *s = pv_num_to_ascii(sv, &n);
    if (memchr(s, '_', n)) {
        /* underscores only between digits (CPython checks the whole
         * string first, with its own message) */
        char *t = pv_alloc_atomic(n + 1), prev = 0;
        size_t m = 0;
        for (size_t k = 0; k < n; k++) {
            char c = s[k];
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9'))
                    goto bad_underscore;
            } else {
                t[m++] = c;
                if (prev == '_' && !(c >= '0' && c <= '9'))
                    goto bad_underscore;
            }
            prev = c;
        }
        if (prev == '_')
            goto bad_underscore;
        t[m] = 0;
        s = t;
        n = m;
    }
    size_t i = 0;
    while (i < n && space_ascii(s[i]))
        i++;
    while (n > i && space_ascii(s[n - 1]))
        n--;
    bool paren = false;
    if (i < n && s[i] == '(') {
        if (s[n - 1] != ')')
            goto bad;
        paren = true;
        i++;
        n--;
        while (i < n && space_ascii(s[i]))
            i++;
        while (n > i && space_ascii(s[n - 1]))
            n--;
    }
    (void)paren;
    double re = 0.0, im = 0.0, x;
    /* forms: x, xj, j, x+yj, x+j (signs anywhere a number starts) */
    {
        double sign = 1.0;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            sign = s[i++] == '-' ? -1.0 : 1.0;
        size_t k = scan_float(s + i, n - i, &x);
        if (k == 0) {
            if (i < n && (s[i] | 0x20) == 'j' && i + 1 == n) {
                im = sign;
                goto done;
            }
            goto bad;
        }
        i += k;
        if (i == n) {
            re = sign * x;
            goto done;
        }
        if ((s[i] | 0x20) == 'j') {
            if (i + 1 != n)
                goto bad;
            im = sign * x;
            goto done;
        }
        re = sign * x;
        if (s[i] != '+' && s[i] != '-')
            goto bad;
        sign = s[i++] == '-' ? -1.0 : 1.0;
        k = scan_float(s + i, n - i, &x);
        if (k == 0)
            x = 1.0;
        i += k;
        if (i + 1 != n || (s[i] | 0x20) != 'j')
            goto bad;
        im = sign * x;
    }
done:
    return pv_complex(re, im);
bad:
    pv_err_set_str(&pv_exc_ValueError, "complex() arg is a malformed string");
    return V_NULL;
bad_underscore:
    pv_err_format(&pv_exc_ValueError, "could not convert string to complex: %R", sv);
    return V_NULL;
}

static Value complex_construct(int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    if (pv_parse_args("complex", argc, argv, kwnames, "|OO", names, a) < 0)
        return V_NULL;
    Value r = a[0], i = a[1];
    if (r == V_NULL)
        r = v_from_small(0);
    if (v_isinstance(r, &pv_str_type)) {
        if (i) {
            pv_err_set_str(&pv_exc_TypeError, "complex() can't take second arg if first is a string");
            return V_NULL;
        }
        return complex_from_str(r);
    }
    if (i && v_isinstance(i, &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "complex() second arg can't be a string");
        return V_NULL;
    }
    if (!v_is_small(r) && (pv_type(r)->flags & PV_TF_HEAPTYPE)) {
        Value c = pv_number_special(r, pv_str_intern_cstr("__complex__"), &pv_complex_type,
                                    "complex");
        if (c != V_NULL)
            r = c;
        else if (pv_err_occurred())
            return V_NULL;
    }
    Cx x, y = {0.0, 0.0};
    int ok = to_cx(r, &x);
    if (ok < 0)
        return V_NULL;
    if (ok == 0) {
        pv_err_format(&pv_exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                      pv_type_name(r));
        return V_NULL;
    }
    if (i) {
        ok = to_cx(i, &y);
        if (ok < 0)
            return V_NULL;
        if (ok == 0) {
            pv_err_format(&pv_exc_TypeError, "complex() second argument must be a number, not '%s'",
                          pv_type_name(i));
            return V_NULL;
        }
    } else if (v_is(r, &pv_complex_type)) {
        return r;
    }
    /* (a+bj) + (c+dj)*1j, as CPython combines them */
    /* CPython adds the cross terms only for complex arguments, so the sign
     * of a zero imag argument survives: complex(1, -0.0) == (1-0j) */
    double re = x.re, im = y.re;
    if (i != V_NULL && v_isinstance(i, &pv_complex_type))
        re -= y.im;
    if (v_isinstance(r, &pv_complex_type))
        im += x.im;
    return pv_complex(re, im);
}

static Value m_conjugate(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("conjugate", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    Cx c = cx(self);
    return pv_complex(c.re, -c.im);
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
    return pv_complex_format(self, spec);
}

static Value m_getnewargs(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_parse_args("__getnewargs__", argc, argv, kwnames, "", NULL, NULL) < 0)
        return V_NULL;
    Cx c = cx(self);
    Value items[2] = {pv_float(c.re), pv_float(c.im)};
    return pv_tuple_from(2, items);
}

static const PvMethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0},
    {"__format__", m_format, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {NULL, NULL, 0},
};

static Value complex_getattr(Value self, Value name)
{
    if (pv_str_eq_cstr(name, "real"))
        return pv_float(cx(self).re);
    if (pv_str_eq_cstr(name, "imag"))
        return pv_float(cx(self).im);
    return V_NULL;
}

static Value complex_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    Value r = complex_construct(argc, argv, kwnames);
    if (r == V_NULL)
        return V_NULL;
    r = pv_exact_builtin(r);
    return type == &pv_complex_type ? r : pv_subtype_instance(type, r);
}

PvType pv_complex_type = {
    .ob = {&pv_type_type},
    .name = "complex",
    .base = &pv_object_type,
    .size = sizeof(PvComplex),
    .flags = PV_TF_BASETYPE,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .binop = complex_binop,
    .unary = complex_unary,
    .truth = complex_truth,
    .getattr = complex_getattr,
    .new = complex_new,
    .methods = complex_methods,
};
