/* vm/mod_math.c: the math module of CPython 3.11, bit for bit on the same
 * libm: the C library where CPython calls it (sin, exp, erf, cbrt...), and
 * CPython's own algorithms where it has them (gamma/lgamma by Lanczos,
 * hypot/dist by scaled compensated sums, fsum by exact partials, the special
 * cases of pow/atan2/log), so results and error messages match python3.11.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "modules.h"
#include "num.h"
#include "runtime.h"

/* ------------------------------------------------------------------ */
/* arguments                                                            */

static int nkw(Value kwnames) { return kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames); }

/* METH_O: "math.sqrt() takes exactly one argument (2 given)" */
static bool one_arg(const char *name, int argc, Value kwnames)
{
    if (nkw(kwnames)) {
        pv_err_format(&pv_exc_TypeError, "math.%s() takes no keyword arguments", name);
        return false;
    }
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name,
                      argc);
        return false;
    }
    return true;
}

/* METH_FASTCALL with a positional count check: "atan2 expected 2
 * arguments, got 1", "perm expected at most 2 arguments, got 3" */
static bool positional(const char *name, int argc, Value kwnames, int min, int max)
{
    if (nkw(kwnames)) {
        pv_err_format(&pv_exc_TypeError, "math.%s() takes no keyword arguments", name);
        return false;
    }
    if (argc >= min && argc <= max)
        return true;
    int n = argc < min ? min : max;
    pv_err_format(&pv_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : argc < min ? "at least " : "at most ", n, n == 1 ? "" : "s",
                  argc);
    return false;
}

/* Argument Clinic's keyword unpacking for isclose() and prod(): nparams
 * names, the first `posonly` positional-only, at most `maxpos` positional,
 * the first `minpos` required, the rest optional; out gets V_NULL for
 * absent ones.  Messages as _PyArg_UnpackKeywords words them. */
static bool clinic_args(const char *fname, int argc, const Value *argv, Value kwnames,
                        const char *const *names, int nparams, int posonly, int minpos,
                        int maxpos, Value *out)
{
    int nk = nkw(kwnames);
    argc -= nk; /* argv holds the positionals, then the keyword values */
    for (int i = 0; i < nparams; i++)
        out[i] = V_NULL;
    if (argc + nk > nparams) {
        pv_err_format(&pv_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname,
                      nparams, argc == 0 ? "keyword " : "", nparams == 1 ? "" : "s", argc + nk);
        return false;
    }
    if (argc > maxpos) {
        pv_err_format(&pv_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                      fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                      maxpos == 1 ? "" : "s", argc);
        return false;
    }
    int minposonly = posonly < minpos ? posonly : minpos;
    if (argc < minposonly) {
        pv_err_format(&pv_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                      fname, minposonly < maxpos ? "at least" : "exactly", minposonly,
                      minposonly == 1 ? "" : "s", argc);
        return false;
    }
    for (int i = 0; i < argc; i++)
        out[i] = argv[i];
    int used = 0;
    for (int i = argc > posonly ? argc : posonly; i < nparams; i++) {
        int k = -1;
        for (int j = 0; j < nk && k < 0; j++)
            if (pv_str_eq_cstr(PV_TUPLE_ITEMS(kwnames)[j], names[i]))
                k = j;
        if (k >= 0) {
            out[i] = argv[argc + k];
            used++;
        } else if (i < minpos) {
            pv_err_format(&pv_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                          fname, names[i], i + 1);
            return false;
        }
    }
    if (used == nk)
        return true;
    for (int j = 0; j < nk; j++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[j];
        for (int i = posonly; i < nparams; i++)
            if (pv_str_eq_cstr(name, names[i])) {
                if (i < argc) {
                    pv_err_format(&pv_exc_TypeError,
                                  "argument for %s() given by name ('%s') and position (%d)",
                                  fname, names[i], i + 1);
                    return false;
                }
                goto known;
            }
        pv_err_format(&pv_exc_TypeError, "'%S' is an invalid keyword argument for %s()", name,
                      fname);
        return false;
    known:;
    }
    return true;
}

/* the bound special method `name` of v, or V_NULL (no exception) when v
 * has none; objects of user classes come with the data-model issue */
static Value special(Value v, const char *name)
{
    Value m = pv_getattr_cstr(v, name);
    if (m == V_NULL && pv_err_matches(&pv_exc_AttributeError))
        pv_err_clear();
    return m;
}

/* PyFloat_AsDouble: float, int (OverflowError when too big), __float__,
 * __index__; else "must be real number, not str" */
static int as_double(Value v, double *out)
{
    int r = pv_float_coerce(v, out);
    if (r != 0)
        return r < 0 ? -1 : 0;
    Value m = special(v, "__float__");
    if (m != V_NULL) {
        Value f = pv_call0(m);
        if (f == V_NULL)
            return -1;
        if (!v_isinstance(f, &pv_float_type)) {
            pv_err_format(&pv_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          pv_type_name(v), pv_type_name(f));
            return -1;
        }
        *out = pv_float_val(f);
        return 0;
    }
    if (pv_err_occurred())
        return -1;
    m = special(v, "__index__");
    if (m != V_NULL) {
        Value i = pv_call0(m);
        if (i == V_NULL)
            return -1;
        if (!pv_is_int(i)) {
            pv_err_format(&pv_exc_TypeError, "__index__ returned non-int (type %s)",
                          pv_type_name(i));
            return -1;
        }
        return pv_int_as_double(i, out);
    }
    if (pv_err_occurred())
        return -1;
    pv_err_format(&pv_exc_TypeError, "must be real number, not %s", pv_type_name(v));
    return -1;
}

/* PyNumber_Index: an int (bool stays bool: callers read it as mpz) */
static Value as_index(Value v)
{
    if (pv_is_int(v))
        return v;
    Value m = special(v, "__index__");
    if (m != V_NULL) {
        Value i = pv_call0(m);
        if (i != V_NULL && !pv_is_int(i)) {
            pv_err_format(&pv_exc_TypeError, "__index__ returned non-int (type %s)",
                          pv_type_name(i));
            return V_NULL;
        }
        return i;
    }
    if (!pv_err_occurred())
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(v));
    return V_NULL;
}

static Value index_mpz(Value v, mpz_t z)
{
    Value i = as_index(v);
    if (i != V_NULL)
        pv_int_to_mpz(i, z);
    return i;
}

/* ------------------------------------------------------------------ */
/* errors from libm results, as CPython's math_1 / math_2 / is_error    */

static Value domain_error(void)
{
    pv_err_set_str(&pv_exc_ValueError, "math domain error");
    return V_NULL;
}

static Value range_error(void)
{
    pv_err_set_str(&pv_exc_OverflowError, "math range error");
    return V_NULL;
}

/* errno is set: raise for it, or (an underflow, which ERANGE may also
 * mean) let the result through.  Underflow is told apart by magnitude
 * below 1.5, as expm1 can underflow towards -1. */
static bool is_error(double r)
{
    if (errno == EDOM) {
        domain_error();
        return true;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return false;
        range_error();
        return true;
    }
    pv_err_format(&pv_exc_ValueError, "[Errno %d] %s", errno, strerror(errno));
    return true;
}

static Value float_result(double r)
{
    if (errno && is_error(r))
        return V_NULL;
    return pv_float(r);
}

/* a one-argument libm function: NaN from non-NaN is a domain error, an
 * infinity from a finite argument an overflow or (a pole) a domain error */
static Value math_1(Value arg, double (*f)(double), bool can_overflow)
{
    double x;
    if (as_double(arg, &x) < 0)
        return V_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && is_error(r))
        return V_NULL;
    return pv_float(r);
}

/* a function that sets errno itself (erf, gamma, ...) */
static Value math_1a(Value arg, double (*f)(double))
{
    double x;
    if (as_double(arg, &x) < 0)
        return V_NULL;
    errno = 0;
    return float_result(f(x));
}

static Value math_2(const char *name, int argc, const Value *argv, Value kwnames,
                    double (*f)(double, double))
{
    double x, y;
    if (!positional(name, argc, kwnames, 2, 2) || as_double(argv[0], &x) < 0 ||
        as_double(argv[1], &y) < 0)
        return V_NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    return float_result(r);
}

/* ------------------------------------------------------------------ */
/* CPython's own real functions                                         */

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* sin(pi*x) exact at integers and halves, for the gamma reflection */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break; /* not -sin(pi*(y-1)): that gives -0.0 at 1 */
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N=13, g=6.024680040776729583740234375 (Boost's
 * parameters, as CPython), the sum as a rational function */
enum { LANCZOS_N = 13 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x*(x+1)*...*(x+11) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double gamma_integral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    /* beyond 5, Horner in 1/x keeps both from overflowing */
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* z: the rounding error of y = absx + g - 0.5, corrected for below;
     * volatile so that no compiler folds (a + b) - a - b to zero */
    volatile double y = absx + lanczos_g_minus_half, q;
    double z;
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = logpi - log(fabs(sinpi(absx))) - log(absx) - r; /* reflection */
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* C99 Annex F atan2 whatever the platform's libm does with specials */
static double m_atan2(double y, double x)
{
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(copysign(1., x) == 1. ? 0.25 * pi : 0.75 * pi, y);
        return copysign(0.5 * pi, y);
    }
    if (isinf(x) || y == 0.)
        return copysign(copysign(1., x) == 1. ? 0. : pi, y);
    return atan2(y, x);
}

/* IEEE remainder, exact: compare m with absy - m rather than 0.5*absy,
 * which may not be representable */
static double m_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy), c = absy - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else /* a tie: the even multiple */
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;
}

static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0)
        return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* log1p keeping the sign of a zero on every platform */
static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); }

/* ------------------------------------------------------------------ */
/* the one-argument libm wrappers                                       */

#define FUNC1(name, f, can_overflow)                                                   \
    static Value math_##name(Value self, int argc, const Value *argv, Value kwnames)     \
    {                                                                                  \
        (void)self;                                                                    \
        return one_arg(#name, argc, kwnames) ? math_1(argv[0], f, can_overflow) : V_NULL; \
    }
#define FUNC1A(name, f)                                                              \
    static Value math_##name(Value self, int argc, const Value *argv, Value kwnames)   \
    {                                                                                \
        (void)self;                                                                  \
        return one_arg(#name, argc, kwnames) ? math_1a(argv[0], f) : V_NULL;         \
    }
#define FUNC2(name, f)                                                               \
    static Value math_##name(Value self, int argc, const Value *argv, Value kwnames)   \
    {                                                                                \
        (void)self;                                                                  \
        return math_2(#name, argc, argv, kwnames, f);                                \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC2(atan2, m_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, m_remainder)

/* ------------------------------------------------------------------ */
/* rounding to int                                                      */

static Value plain_int(Value x) { return v_is(x, &pv_bool_type) ? v_from_small(x == V_TRUE) : x; }

/* floor/ceil: the float itself, int.__floor__ (a plain int even for a
 * bool), the type's own method, else the value as a float */
static Value round_to_int(Value x, double (*f)(double), const char *dunder)
{
    if (v_is(x, &pv_float_type))
        return pv_int_from_double(f(pv_float_val(x)));
    if (pv_is_int(x))
        return plain_int(x);
    Value m = special(x, dunder);
    if (m != V_NULL)
        return pv_call0(m);
    if (pv_err_occurred())
        return V_NULL;
    double d;
    if (as_double(x, &d) < 0)
        return V_NULL;
    return pv_int_from_double(f(d));
}

static Value math_floor(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("floor", argc, kwnames) ? round_to_int(argv[0], floor, "__floor__")
                                           : V_NULL;
}

static Value math_ceil(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("ceil", argc, kwnames) ? round_to_int(argv[0], ceil, "__ceil__")
                                          : V_NULL;
}

static Value math_trunc(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("trunc", argc, kwnames))
        return V_NULL;
    Value x = argv[0];
    if (v_isinstance(x, &pv_float_type))
        return pv_int_from_double(pv_float_val(x));
    if (pv_is_int(x))
        return plain_int(x);
    Value m = special(x, "__trunc__");
    if (m != V_NULL)
        return pv_call0(m);
    if (!pv_err_occurred())
        pv_err_format(&pv_exc_TypeError, "type %s doesn't define __trunc__ method",
                      pv_type_name(x));
    return V_NULL;
}

/* ------------------------------------------------------------------ */
/* float functions with their own rules                                 */

static Value math_fmod(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x, y;
    if (!positional("fmod", argc, kwnames, 2, 2) || as_double(argv[0], &x) < 0 ||
        as_double(argv[1], &y) < 0)
        return V_NULL;
    if (isinf(y) && isfinite(x))
        return pv_float(x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    return float_result(r);
}

static Value math_pow(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x, y, r;
    if (!positional("pow", argc, kwnames, 2, 2) || as_double(argv[0], &x) < 0 ||
        as_double(argv[1], &y) < 0)
        return V_NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* the IEEE specials directly, whatever libm thinks of them */
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else if (fabs(x) == 1.0) {
            r = 1.;
        } else if (y > 0. && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0. && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.;
        }
    } else {
        r = pow(x, y);
        /* NaN only from (-x)**non-integer; inf from 0**-y (a pole) or overflow */
        if (isnan(r))
            errno = EDOM;
        else if (isinf(r))
            errno = x == 0. ? EDOM : ERANGE;
    }
    return float_result(r);
}

static Value math_ldexp(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x, r;
    if (!positional("ldexp", argc, kwnames, 2, 2) || as_double(argv[0], &x) < 0)
        return V_NULL;
    if (!pv_is_int(argv[1])) {
        pv_err_set_str(&pv_exc_TypeError, "Expected an int as second argument to ldexp.");
        return V_NULL;
    }
    /* an exponent beyond long saturates, as PyLong_AsLongAndOverflow */
    long e;
    int64_t i;
    if (pv_int_as_i64(argv[1], &i) && i >= LONG_MIN && i <= LONG_MAX) {
        e = (long)i;
    } else {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(argv[1], z);
        e = mpz_sgn(z) < 0 ? LONG_MIN : LONG_MAX;
        mpz_clear(z);
    }
    errno = 0;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            errno = ERANGE;
    }
    return float_result(r);
}

static Value pair(Value a, Value b)
{
    Value t = pv_tuple_new(2);
    PV_TUPLE_ITEMS(t)[0] = a;
    PV_TUPLE_ITEMS(t)[1] = b;
    return t;
}

static Value math_frexp(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x;
    if (!one_arg("frexp", argc, kwnames) || as_double(argv[0], &x) < 0)
        return V_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return pair(pv_float(x), v_from_small(e));
}

static Value math_modf(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x, ip;
    if (!one_arg("modf", argc, kwnames) || as_double(argv[0], &x) < 0)
        return V_NULL;
    if (isinf(x))
        return pair(pv_float(copysign(0., x)), pv_float(x));
    if (isnan(x))
        return pair(pv_float(x), pv_float(x));
    double fp = modf(x, &ip);
    return pair(pv_float(fp), pv_float(ip));
}

static Value math_degrees(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x;
    if (!one_arg("degrees", argc, kwnames) || as_double(argv[0], &x) < 0)
        return V_NULL;
    return pv_float(x * (180.0 / pi));
}

static Value math_radians(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x;
    if (!one_arg("radians", argc, kwnames) || as_double(argv[0], &x) < 0)
        return V_NULL;
    return pv_float(x * (pi / 180.0));
}

#define PREDICATE(name, test)                                                       \
    static Value math_##name(Value self, int argc, const Value *argv, Value kwnames)  \
    {                                                                               \
        (void)self;                                                                 \
        double x;                                                                   \
        if (!one_arg(#name, argc, kwnames) || as_double(argv[0], &x) < 0)           \
            return V_NULL;                                                          \
        return v_bool(test(x));                                                     \
    }
PREDICATE(isfinite, isfinite)
PREDICATE(isinf, isinf)
PREDICATE(isnan, isnan)

static Value math_isclose(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value args[4];
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!clinic_args("isclose", argc, argv, kwnames, names, 4, 0, 2, 2, args) ||
        as_double(args[0], &a) < 0 || as_double(args[1], &b) < 0 ||
        (args[2] != V_NULL && as_double(args[2], &rel_tol) < 0) ||
        (args[3] != V_NULL && as_double(args[3], &abs_tol) < 0))
        return V_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        pv_err_set_str(&pv_exc_ValueError, "tolerances must be non-negative");
        return V_NULL;
    }
    if (a == b)
        return V_TRUE; /* also two infinities of one sign */
    if (isinf(a) || isinf(b))
        return V_FALSE;
    double diff = fabs(b - a);
    return v_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static Value math_nextafter(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x, y;
    if (!positional("nextafter", argc, kwnames, 2, 2) || as_double(argv[0], &x) < 0 ||
        as_double(argv[1], &y) < 0)
        return V_NULL;
    return pv_float(nextafter(x, y));
}

static Value math_ulp(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    double x;
    if (!one_arg("ulp", argc, kwnames) || as_double(argv[0], &x) < 0)
        return V_NULL;
    if (isnan(x))
        return pv_float(x);
    x = fabs(x);
    if (isinf(x))
        return pv_float(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up)) /* the largest float: the gap below it */
        return pv_float(x - nextafter(x, -HUGE_VAL));
    return pv_float(up - x);
}

/* ------------------------------------------------------------------ */
/* logarithms (of ints of any size too)                                 */

/* a positive int beyond double range as m * 2**e, m in [0.5, 1) rounded
 * half-even to 53 bits (the top 55 bits with a sticky bit convert exactly
 * that way) */
static double big_frexp(const mpz_t z, size_t *e)
{
    size_t nbits = mpz_sizeinbase(z, 2);
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, nbits - 55);
    uint64_t top = 0;
    for (int i = 54; i >= 0; i--)
        top = (top << 1) | (uint64_t)mpz_tstbit(t, (mp_bitcnt_t)i);
    if (mpz_scan1(z, 0) < nbits - 55)
        top |= 1;
    mpz_clear(t);
    double m = ldexp((double)top, -55);
    if (m == 1.0) {
        m = 0.5;
        nbits++;
    }
    *e = nbits;
    return m;
}

static Value loghelper(Value arg, double (*f)(double))
{
    if (pv_is_int(arg)) {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(arg, z);
        if (mpz_sgn(z) <= 0) {
            mpz_clear(z);
            return domain_error();
        }
        double x, r;
        if (mpz_sizeinbase(z, 2) <= 1024 && pv_int_as_double(arg, &x) == 0) {
            r = f(x);
        } else {
            pv_err_clear();
            size_t e;
            x = big_frexp(z, &e);
            r = f(x) + f(2.0) * (double)e;
        }
        mpz_clear(z);
        return pv_float(r);
    }
    return math_1(arg, f, false);
}

static Value math_log(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (nkw(kwnames)) {
        pv_err_set_str(&pv_exc_TypeError, "log() takes no keyword arguments");
        return V_NULL;
    }
    if (argc < 1 || argc > 2) {
        pv_err_set_str(&pv_exc_TypeError, "math.log requires 1 to 2 arguments");
        return V_NULL;
    }
    Value num = loghelper(argv[0], m_log);
    if (num == V_NULL || argc == 1)
        return num;
    Value den = loghelper(argv[1], m_log);
    if (den == V_NULL)
        return V_NULL;
    return pv_binop(num, den, PV_NB_TRUE_DIVIDE);
}

static Value math_log2(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("log2", argc, kwnames) ? loghelper(argv[0], m_log2) : V_NULL;
}

static Value math_log10(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("log10", argc, kwnames) ? loghelper(argv[0], m_log10) : V_NULL;
}

/* ------------------------------------------------------------------ */
/* sums and norms                                                       */

/* Shewchuk / Hettinger msum: partials stay exact, sorted and
 * non-overlapping; the final sum is rounded once, half-even across
 * partials.  volatile keeps each hi/lo split in double precision. */
static Value math_fsum(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("fsum", argc, kwnames))
        return V_NULL;
    Value it = pv_iter(argv[0]);
    if (it == V_NULL)
        return V_NULL;
    size_t n = 0, cap = 32;
    double *p = pv_alloc_atomic(cap * sizeof(double));
    double special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    for (;;) {
        Value item = pv_next(it);
        if (item == V_NULL) {
            if (pv_err_occurred())
                return V_NULL;
            break;
        }
        double x, y, t;
        if (as_double(item, &x) < 0)
            return V_NULL;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* from an inf or nan summand, or else an overflow */
                if (isfinite(xsave)) {
                    pv_err_set_str(&pv_exc_OverflowError, "intermediate overflow in fsum");
                    return V_NULL;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    cap *= 2;
                    p = pv_realloc(p, cap * sizeof(double));
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            pv_err_set_str(&pv_exc_ValueError, "-inf + inf in fsum");
            return V_NULL;
        }
        return pv_float(special_sum);
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* add from the top while the sum stays exact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* a half-way case where the partials below tip the rounding */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    return pv_float(hi);
}

/* sqrt(sum(v*v)) nearly always correctly rounded: power-of-two scaling,
 * Veltkamp-Dekker squaring, compensated sums and one Newton-style
 * correction of the root; max is the largest |v[i]|. */
static double vector_norm(size_t n, const double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        scale = ldexp(1.0, -max_e);
        for (size_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* subnormal max: 2**-max_e would overflow, divide by max instead */
    for (size_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

static Value math_hypot(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (nkw(kwnames)) {
        pv_err_set_str(&pv_exc_TypeError, "math.hypot() takes no keyword arguments");
        return V_NULL;
    }
    double *v = pv_alloc_atomic(((size_t)argc + 1) * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < argc; i++) {
        double x;
        if (as_double(argv[i], &x) < 0)
            return V_NULL;
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return pv_float(vector_norm((size_t)argc, v, max, found_nan));
}

/* PySequence_Tuple */
static Value as_tuple(Value v)
{
    if (v_is(v, &pv_tuple_type))
        return v;
    Value it = pv_iter(v);
    if (it == V_NULL)
        return V_NULL;
    Value list = pv_list_new(0);
    for (;;) {
        Value item = pv_next(it);
        if (item == V_NULL)
            break;
        pv_list_append(list, item);
    }
    if (pv_err_occurred())
        return V_NULL;
    Value t = pv_tuple_new(PV_LIST_LEN(list));
    for (int64_t i = 0; i < PV_LIST_LEN(list); i++)
        PV_TUPLE_ITEMS(t)[i] = PV_LIST_ITEMS(list)[i];
    return t;
}

static Value math_dist(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("dist", argc, kwnames, 2, 2))
        return V_NULL;
    Value p = as_tuple(argv[0]);
    if (p == V_NULL)
        return V_NULL;
    Value q = as_tuple(argv[1]);
    if (q == V_NULL)
        return V_NULL;
    int64_t n = PV_TUPLE_LEN(p);
    if (PV_TUPLE_LEN(q) != n) {
        pv_err_set_str(&pv_exc_ValueError, "both points must have the same number of dimensions");
        return V_NULL;
    }
    double *diffs = pv_alloc_atomic(((size_t)n + 1) * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(PV_TUPLE_ITEMS(p)[i], &px) < 0 || as_double(PV_TUPLE_ITEMS(q)[i], &qx) < 0)
            return V_NULL;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return pv_float(vector_norm((size_t)n, diffs, max, found_nan));
}

static Value math_prod(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"", "start"};
    Value args[2];
    if (!clinic_args("prod", argc, argv, kwnames, names, 2, 1, 1, 1, args))
        return V_NULL;
    Value it = pv_iter(args[0]);
    if (it == V_NULL)
        return V_NULL;
    Value result = args[1] != V_NULL ? args[1] : v_from_small(1);
    for (;;) {
        Value item = pv_next(it);
        if (item == V_NULL)
            return pv_err_occurred() ? V_NULL : result;
        result = pv_binop(result, item, PV_NB_MULTIPLY);
        if (result == V_NULL)
            return V_NULL;
    }
}

/* ------------------------------------------------------------------ */
/* integers                                                             */

static Value math_gcd(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (nkw(kwnames)) {
        pv_err_set_str(&pv_exc_TypeError, "math.gcd() takes no keyword arguments");
        return V_NULL;
    }
    mpz_t r, x;
    mpz_init(r);
    mpz_init(x);
    for (int i = 0; i < argc; i++) {
        /* every argument is checked, even once the gcd is 1 */
        if (index_mpz(argv[i], x) == V_NULL)
            return V_NULL;
        mpz_gcd(r, r, x);
    }
    Value v = pv_int_from_mpz(r);
    mpz_clear(r);
    mpz_clear(x);
    return v;
}

static Value math_lcm(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (nkw(kwnames)) {
        pv_err_set_str(&pv_exc_TypeError, "math.lcm() takes no keyword arguments");
        return V_NULL;
    }
    mpz_t r, x;
    mpz_init_set_ui(r, 1);
    mpz_init(x);
    for (int i = 0; i < argc; i++) {
        if (index_mpz(argv[i], x) == V_NULL)
            return V_NULL;
        if (i == 0)
            mpz_abs(r, x);
        else
            mpz_lcm(r, r, x);
    }
    Value v = pv_int_from_mpz(r);
    mpz_clear(r);
    mpz_clear(x);
    return v;
}

static Value math_isqrt(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("isqrt", argc, kwnames))
        return V_NULL;
    mpz_t z;
    mpz_init(z);
    if (index_mpz(argv[0], z) == V_NULL)
        return V_NULL;
    if (mpz_sgn(z) < 0) {
        pv_err_set_str(&pv_exc_ValueError, "isqrt() argument must be nonnegative");
        return V_NULL;
    }
    mpz_sqrt(z, z);
    Value v = pv_int_from_mpz(z);
    mpz_clear(z);
    return v;
}

/* factorial(n): n an int up to LONG_MAX (PyLong_AsLongAndOverflow) */
static Value factorial(Value arg)
{
    mpz_t z;
    mpz_init(z);
    if (index_mpz(arg, z) == V_NULL)
        return V_NULL;
    if (mpz_sgn(z) < 0) {
        pv_err_set_str(&pv_exc_ValueError, "factorial() not defined for negative values");
        return V_NULL;
    }
    if (!mpz_fits_slong_p(z)) {
        pv_err_format(&pv_exc_OverflowError, "factorial() argument should not exceed %ld",
                      LONG_MAX);
        return V_NULL;
    }
    mpz_fac_ui(z, mpz_get_ui(z));
    Value v = pv_int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static Value math_factorial(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("factorial", argc, kwnames) ? factorial(argv[0]) : V_NULL;
}

/* n and k as non-negative ints for perm/comb */
static bool perm_comb_args(Value nv, Value kv, mpz_t n, mpz_t k)
{
    if (index_mpz(nv, n) == V_NULL || index_mpz(kv, k) == V_NULL)
        return false;
    if (mpz_sgn(n) < 0) {
        pv_err_set_str(&pv_exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (mpz_sgn(k) < 0) {
        pv_err_set_str(&pv_exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

/* k beyond LLONG_MAX is CPython's OverflowError; beyond unsigned long
 * (32-bit boards) the result could not be held anyway */
static bool small_k(const mpz_t k, const char *what, unsigned long *out)
{
    mpz_t lim;
    mpz_init_set_ui(lim, 1);
    mpz_mul_2exp(lim, lim, 63);
    bool over = mpz_cmp(k, lim) >= 0;
    mpz_clear(lim);
    if (over) {
        pv_err_format(&pv_exc_OverflowError, "%s must not exceed %lld", what, LLONG_MAX);
        return false;
    }
    if (!mpz_fits_ulong_p(k)) {
        pv_err_no_memory();
        return false;
    }
    *out = mpz_get_ui(k);
    return true;
}

static Value math_comb(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("comb", argc, kwnames, 2, 2))
        return V_NULL;
    mpz_t n, k;
    mpz_init(n);
    mpz_init(k);
    if (!perm_comb_args(argv[0], argv[1], n, k))
        return V_NULL;
    if (mpz_cmp(k, n) > 0)
        return v_from_small(0);
    /* k = min(k, n - k) */
    mpz_t nk;
    mpz_init(nk);
    mpz_sub(nk, n, k);
    if (mpz_cmp(nk, k) < 0)
        mpz_swap(nk, k);
    unsigned long ki;
    if (!small_k(k, "min(n - k, k)", &ki))
        return V_NULL;
    mpz_bin_ui(n, n, ki);
    Value v = pv_int_from_mpz(n);
    mpz_clear(n);
    mpz_clear(k);
    mpz_clear(nk);
    return v;
}

/* n * (n-1) * ... * (n-k+1) by halves, so the big multiplications are
 * balanced */
static void falling(mpz_t r, const mpz_t n, unsigned long k)
{
    if (k == 0) {
        mpz_set_ui(r, 1);
        return;
    }
    if (k == 1) {
        mpz_set(r, n);
        return;
    }
    unsigned long j = k / 2;
    mpz_t a, m;
    mpz_init(a);
    mpz_init(m);
    falling(a, n, j);
    mpz_sub_ui(m, n, j);
    falling(r, m, k - j);
    mpz_mul(r, r, a);
    mpz_clear(a);
    mpz_clear(m);
}

static Value math_perm(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("perm", argc, kwnames, 1, 2))
        return V_NULL;
    if (argc == 1 || argv[1] == V_NONE)
        return factorial(argv[0]);
    mpz_t n, k, r;
    mpz_init(n);
    mpz_init(k);
    if (!perm_comb_args(argv[0], argv[1], n, k))
        return V_NULL;
    if (mpz_cmp(n, k) < 0)
        return v_from_small(0);
    unsigned long ki;
    if (!small_k(k, "k", &ki))
        return V_NULL;
    mpz_init(r);
    falling(r, n, ki);
    Value v = pv_int_from_mpz(r);
    mpz_clear(n);
    mpz_clear(k);
    mpz_clear(r);
    return v;
}

/* ------------------------------------------------------------------ */
/* the module                                                           */

static const PvMethodDef math_functions[] = {
    {"acos", math_acos, 0},         {"acosh", math_acosh, 0},
    {"asin", math_asin, 0},         {"asinh", math_asinh, 0},
    {"atan", math_atan, 0},         {"atan2", math_atan2, 0},
    {"atanh", math_atanh, 0},       {"cbrt", math_cbrt, 0},
    {"ceil", math_ceil, 0},         {"copysign", math_copysign, 0},
    {"cos", math_cos, 0},           {"cosh", math_cosh, 0},
    {"degrees", math_degrees, 0},   {"dist", math_dist, 0},
    {"erf", math_erf, 0},           {"erfc", math_erfc, 0},
    {"exp", math_exp, 0},           {"exp2", math_exp2, 0},
    {"expm1", math_expm1, 0},       {"fabs", math_fabs, 0},
    {"factorial", math_factorial, 0}, {"floor", math_floor, 0},
    {"fmod", math_fmod, 0},         {"frexp", math_frexp, 0},
    {"fsum", math_fsum, 0},         {"gamma", math_gamma, 0},
    {"gcd", math_gcd, 0},           {"hypot", math_hypot, 0},
    {"isclose", math_isclose, 0},   {"isfinite", math_isfinite, 0},
    {"isinf", math_isinf, 0},       {"isnan", math_isnan, 0},
    {"isqrt", math_isqrt, 0},       {"lcm", math_lcm, 0},
    {"ldexp", math_ldexp, 0},       {"lgamma", math_lgamma, 0},
    {"log", math_log, 0},           {"log1p", math_log1p, 0},
    {"log10", math_log10, 0},       {"log2", math_log2, 0},
    {"modf", math_modf, 0},         {"pow", math_pow, 0},
    {"radians", math_radians, 0},   {"remainder", math_remainder, 0},
    {"sin", math_sin, 0},           {"sinh", math_sinh, 0},
    {"sqrt", math_sqrt, 0},         {"tan", math_tan, 0},
    {"tanh", math_tanh, 0},         {"trunc", math_trunc, 0},
    {"prod", math_prod, 0},         {"perm", math_perm, 0},
    {"comb", math_comb, 0},         {"nextafter", math_nextafter, 0},
    {"ulp", math_ulp, 0},           {NULL, NULL, 0},
};

Value pv_mod_math_init(void)
{
    static Value module = V_NULL;
    if (module != V_NULL)
        return module;
    Value m = pv_module_new(pv_str_cstr("math"));
    Value d = ((PvModule *)v_obj(m))->dict;
    pv_dict_set(d, pv_s___doc__,
                pv_str_cstr("This module provides access to the mathematical functions\n"
                            "defined by the C standard."));
    for (const PvMethodDef *f = math_functions; f->name; f++)
        pv_dict_set(d, pv_str_intern_cstr(f->name), pv_builtin_new(f->name, f->fn, V_NULL, NULL));
    pv_dict_set(d, pv_str_intern_cstr("pi"), pv_float(pi));
    pv_dict_set(d, pv_str_intern_cstr("e"), pv_float(2.718281828459045235360287471352662498));
    pv_dict_set(d, pv_str_intern_cstr("tau"), pv_float(6.283185307179586476925286766559005768));
    pv_dict_set(d, pv_str_intern_cstr("inf"), pv_float(HUGE_VAL));
    pv_dict_set(d, pv_str_intern_cstr("nan"), pv_float(NAN));
    module = m;
    return m;
}
