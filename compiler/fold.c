/* compiler/fold.c: AST constant folding, CPython 3.11's Python/ast_opt.c over
 * our AST, in place and before the symbol table (as _PyAST_Optimize runs).
 * Whatever python3.11 folds is folded to the very same value (ints exact,
 * floats bit for bit) and whatever it leaves alone, including every
 * operation that would raise, stays as it was.  Not for the constant
 * table or peephole work on instructions: codegen and assemble do those.
 */
#include <errno.h>
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "codegen_internal.h"

/* ast_opt.c's limits on what folding may build. */
#define MAX_INT_SIZE 128        /* bits */
#define MAX_COLLECTION_SIZE 256 /* items */
#define MAX_STR_SIZE 4096       /* characters */
#define MAX_TOTAL_ITEMS 1024    /* including nested collections */

typedef struct Fold {
    Arena *arena;
    int optimize;
    bool future_annotations; /* annotations stay unfolded (they become strings) */
    int depth;               /* statements, expressions and patterns being visited */
    bool too_deep;           /* past CG_MAX_NEST: stop folding, see fold_module */
} Fold;

typedef struct { double re, im; } Cplx;

/* ------------------------------------------------------------ values */

static bool is_int(const Obj *o)
{
    return o->kind == OBJ_INT || o->kind == OBJ_TRUE || o->kind == OBJ_FALSE;
}

static bool is_bool(const Obj *o) { return o->kind == OBJ_TRUE || o->kind == OBJ_FALSE; }

static Obj *new_bool(Fold *f, bool v) { return obj_singleton(f->arena, v ? OBJ_TRUE : OBJ_FALSE); }

/* z must be initialised. */
static void int_get(mpz_t z, const Obj *o)
{
    if (o->kind != OBJ_INT) {
        mpz_set_ui(z, o->kind == OBJ_TRUE);
        return;
    }
    const BigDigits *b = o->u.i.big;
    if (b) {
        mpz_import(z, b->ndigits, -1, sizeof b->digits[0], 0, 1, b->digits);
        if (b->sign < 0)
            mpz_neg(z, z);
        return;
    }
    int64_t v = o->u.i.value;
    uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
    mpz_import(z, 1, -1, sizeof mag, 0, 0, &mag);
    if (v < 0)
        mpz_neg(z, z);
}

static Obj *int_new(Fold *f, const mpz_t z)
{
    size_t n = (mpz_sizeinbase(z, 2) + 14) / 15, count = 0;
    uint16_t *d = arena_alloc(f->arena, (n + 1) * sizeof *d);
    mpz_export(d, &count, -1, sizeof *d, 0, 1, z);
    return obj_int_digits(f->arena, mpz_sgn(z), d, count);
}

/* Bits of |z| (_PyLong_NumBits); 0 for zero. */
static size_t int_bits(const mpz_t z) { return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0; }

/* a / b correctly rounded to a double (long_true_divide; with b == 1 also
 * PyLong_AsDouble).  False where Python raises: b == 0, or a result too
 * large for a double. */
static bool int_true_div(const mpz_t a, const mpz_t b, double *out)
{
    if (mpz_sgn(b) == 0)
        return false;
    bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
        /* both exact as doubles: IEEE division rounds correctly */
        *out = mpz_get_d(a) / mpz_get_d(b);
        return true;
    }
    /* Scale so the integer quotient q has at least 55 bits, then round q
     * to the precision the result's exponent allows (fewer bits for
     * subnormals), ties to even, the division remainder acting as the
     * sticky bit. */
    long s = DBL_MANT_DIG + 2 - (na - nb);
    mpz_t x, y, q, r;
    mpz_inits(x, y, q, r, NULL);
    mpz_abs(x, a);
    mpz_abs(y, b);
    if (s >= 0)
        mpz_mul_2exp(x, x, (mp_bitcnt_t)s);
    else
        mpz_mul_2exp(y, y, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, x, y);
    long k = (long)mpz_sizeinbase(q, 2);
    long lsb = k - s - DBL_MANT_DIG; /* exponent of the last kept bit */
    if (lsb < DBL_MIN_EXP - DBL_MANT_DIG)
        lsb = DBL_MIN_EXP - DBL_MANT_DIG;
    long drop = lsb + s;
    double d = 0.0;
    if (drop <= k) {
        mpz_t m, rest;
        mpz_inits(m, rest, NULL);
        mpz_tdiv_q_2exp(m, q, (mp_bitcnt_t)drop);
        mpz_tdiv_r_2exp(rest, q, (mp_bitcnt_t)drop);
        int c = mpz_sgn(rest) == 0 ? -1 : (int)mpz_sizeinbase(rest, 2) - (int)drop;
        /* c == 0: rest has its top bit at half an ulp */
        bool up = false;
        if (c == 0) {
            mpz_clrbit(rest, (mp_bitcnt_t)(drop - 1));
            up = mpz_sgn(rest) != 0 || mpz_sgn(r) != 0 || mpz_odd_p(m);
        }
        if (up)
            mpz_add_ui(m, m, 1);
        d = ldexp(mpz_get_d(m), (int)(drop - s));
        mpz_clears(m, rest, NULL);
    }
    mpz_clears(x, y, q, r, NULL);
    if (isinf(d))
        return false;
    *out = neg ? -d : d;
    return true;
}

/* PyLong_AsDouble: false on overflow. */
static bool int_to_double(const mpz_t z, double *out)
{
    if (int_bits(z) <= DBL_MANT_DIG) {
        *out = mpz_get_d(z);
        return true;
    }
    mpz_t one;
    mpz_init_set_ui(one, 1);
    bool ok = int_true_div(z, one, out);
    mpz_clear(one);
    return ok;
}

static bool as_double(const Obj *o, double *out)
{
    if (o->kind == OBJ_FLOAT) {
        *out = o->u.f;
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_get(z, o);
    bool ok = int_to_double(z, out);
    mpz_clear(z);
    return ok;
}

static bool as_complex(const Obj *o, Cplx *out)
{
    if (o->kind == OBJ_COMPLEX) {
        *out = (Cplx){o->u.c.re, o->u.c.im};
        return true;
    }
    out->im = 0.0;
    return as_double(o, &out->re);
}

/* Python's truth value of a constant. */
static bool truth(const Obj *o)
{
    switch (o->kind) {
    case OBJ_NONE:
    case OBJ_FALSE:
        return false;
    case OBJ_INT:
        return o->u.i.big || o->u.i.value != 0;
    case OBJ_FLOAT:
        return o->u.f != 0.0;
    case OBJ_COMPLEX:
        return o->u.c.re != 0.0 || o->u.c.im != 0.0;
    case OBJ_STR:
    case OBJ_BYTES:
        return o->u.s.len != 0;
    case OBJ_TUPLE:
    case OBJ_LIST:
    case OBJ_DICT:
    case OBJ_SET:
    case OBJ_FROZENSET:
        return o->u.seq.n != 0;
    default:
        return true;
    }
}

/* ------------------------------------------------------------ equality */

enum { NUM_INT, NUM_FLOAT, NUM_COMPLEX, NUM_NONE };

static int num_kind(const Obj *o)
{
    if (is_int(o))
        return NUM_INT;
    if (o->kind == OBJ_FLOAT)
        return NUM_FLOAT;
    if (o->kind == OBJ_COMPLEX)
        return NUM_COMPLEX;
    return NUM_NONE;
}

/* int == float compares exactly, as float_richcompare does. */
static bool int_eq_double(const Obj *i, double d)
{
    if (!isfinite(d) || d != floor(d))
        return false;
    mpz_t a, b;
    mpz_init(a);
    mpz_init_set_d(b, d);
    int_get(a, i);
    bool eq = mpz_cmp(a, b) == 0;
    mpz_clears(a, b, NULL);
    return eq;
}

static bool num_eq(const Obj *a, const Obj *b)
{
    int ka = num_kind(a), kb = num_kind(b);
    if (ka > kb)
        return num_eq(b, a);
    if (ka == NUM_INT && kb == NUM_INT) {
        mpz_t x, y;
        mpz_inits(x, y, NULL);
        int_get(x, a);
        int_get(y, b);
        bool eq = mpz_cmp(x, y) == 0;
        mpz_clears(x, y, NULL);
        return eq;
    }
    if (kb == NUM_COMPLEX) {
        if (ka == NUM_COMPLEX)
            return a->u.c.re == b->u.c.re && a->u.c.im == b->u.c.im;
        if (b->u.c.im != 0.0)
            return false;
        if (ka == NUM_FLOAT)
            return a->u.f == b->u.c.re;
        return int_eq_double(a, b->u.c.re);
    }
    if (ka == NUM_FLOAT)
        return a->u.f == b->u.f;
    return int_eq_double(a, b->u.f);
}

static bool set_contains(const Obj *set, const Obj *x);

/* Python's ==, with the identity shortcut containers use. */
static bool py_eq(const Obj *a, const Obj *b)
{
    if (a == b)
        return true;
    if (num_kind(a) != NUM_NONE && num_kind(b) != NUM_NONE)
        return num_eq(a, b);
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case OBJ_NONE:
    case OBJ_ELLIPSIS:
    case OBJ_STOPITER:
        return true;
    case OBJ_STR:
    case OBJ_BYTES:
        return a->u.s.len == b->u.s.len && memcmp(a->u.s.data, b->u.s.data, a->u.s.len) == 0;
    case OBJ_TUPLE:
        if (a->u.seq.n != b->u.seq.n)
            return false;
        for (size_t i = 0; i < a->u.seq.n; i++)
            if (!py_eq(a->u.seq.items[i], b->u.seq.items[i]))
                return false;
        return true;
    case OBJ_FROZENSET:
        if (a->u.seq.n != b->u.seq.n)
            return false;
        for (size_t i = 0; i < a->u.seq.n; i++)
            if (!set_contains(b, a->u.seq.items[i]))
                return false;
        return true;
    default:
        return false;
    }
}

static bool set_contains(const Obj *set, const Obj *x)
{
    for (size_t i = 0; i < set->u.seq.n; i++)
        if (py_eq(set->u.seq.items[i], x))
            return true;
    return false;
}

/* frozenset(items): the first of equal elements stays. */
static Obj *make_frozenset(Fold *f, Obj **items, size_t n)
{
    Obj *s = obj_seq(f->arena, OBJ_FROZENSET, n);
    s->u.seq.n = 0;
    for (size_t i = 0; i < n; i++)
        if (!set_contains(s, items[i]))
            s->u.seq.items[s->u.seq.n++] = items[i];
    return s;
}

/* ------------------------------------------------------------ float and complex */

/* float_divmod's quotient and remainder; wx != 0. */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod)
{
    *mod = fmod(vx, wx);
    /* vx - mod is close to an exact multiple of wx; snapped below */
    double div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, wx);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5)
            *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static Cplx c_prod(Cplx a, Cplx b)
{
    return (Cplx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* _Py_c_quot (Smith's method); sets errno = EDOM for a zero divisor. */
static Cplx c_quot(Cplx a, Cplx b)
{
    double abs_re = b.re < 0 ? -b.re : b.re, abs_im = b.im < 0 ? -b.im : b.im;
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return (Cplx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cplx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cplx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cplx){NAN, NAN};
}

/* _Py_c_pow */
static Cplx c_pow(Cplx a, Cplx b)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (Cplx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        return (Cplx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cplx){len * cos(phase), len * sin(phase)};
}

/* complex_pow: small integral exponents by repeated squaring (c_powi). */
static bool complex_pow(Cplx a, Cplx b, Cplx *out)
{
    Cplx p;
    errno = 0;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        long un = n < 0 ? -n : n, mask = 1;
        Cplx r = {1.0, 0.0}, x = a;
        while (mask > 0 && un >= mask) {
            if (un & mask)
                r = c_prod(r, x);
            mask <<= 1;
            x = c_prod(x, x);
        }
        p = n > 0 ? r : c_quot((Cplx){1.0, 0.0}, r);
    } else {
        p = c_pow(a, b);
    }
    /* _Py_ADJUST_ERANGE2 */
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno != 0)
        return false;
    *out = p;
    return true;
}

static Obj *complex_binop(Fold *f, operator_ty op, Cplx a, Cplx b)
{
    Cplx r;
    switch (op) {
    case Add:
        r = (Cplx){a.re + b.re, a.im + b.im};
        break;
    case Sub:
        r = (Cplx){a.re - b.re, a.im - b.im};
        break;
    case Mult:
        r = c_prod(a, b);
        break;
    case Div:
        errno = 0;
        r = c_quot(a, b);
        if (errno == EDOM)
            return NULL;
        break;
    case Pow:
        if (!complex_pow(a, b, &r))
            return NULL;
        break;
    default:
        return NULL;
    }
    return obj_complex(f->arena, r.re, r.im);
}

/* float_pow; a negative base with a fractional exponent goes complex. */
static Obj *float_pow(Fold *f, double iv, double iw)
{
    if (iw == 0)
        return obj_float(f->arena, 1.0);
    if (isnan(iv))
        return obj_float(f->arena, iv);
    if (isnan(iw))
        return obj_float(f->arena, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return obj_float(f->arena, 1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return obj_float(f->arena, fabs(iw));
        return obj_float(f->arena, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return obj_float(f->arena, odd ? iv : fabs(iv));
        return obj_float(f->arena, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return NULL; /* ZeroDivisionError */
        return obj_float(f->arena, is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return complex_binop(f, Pow, (Cplx){iv, 0.0}, (Cplx){iw, 0.0});
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return obj_float(f->arena, negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    /* _Py_ADJUST_ERANGE1 */
    if (errno == 0) {
        if (isinf(ix))
            errno = ERANGE;
    } else if (errno == ERANGE && ix == 0.0) {
        errno = 0;
    }
    if (errno != 0)
        return NULL;
    return obj_float(f->arena, negate ? -ix : ix);
}

static Obj *float_binop(Fold *f, operator_ty op, double a, double b)
{
    double q, m;
    switch (op) {
    case Add:
        return obj_float(f->arena, a + b);
    case Sub:
        return obj_float(f->arena, a - b);
    case Mult:
        return obj_float(f->arena, a * b);
    case Div:
        return b == 0.0 ? NULL : obj_float(f->arena, a / b);
    case FloorDiv:
        if (b == 0.0)
            return NULL;
        float_div_mod(a, b, &q, &m);
        return obj_float(f->arena, q);
    case Mod:
        if (b == 0.0)
            return NULL;
        m = fmod(a, b);
        if (m) {
            if ((b < 0) != (m < 0))
                m += b;
        } else {
            m = copysign(0.0, b);
        }
        return obj_float(f->arena, m);
    case Pow:
        return float_pow(f, a, b);
    default:
        return NULL;
    }
}

/* ------------------------------------------------------------ ints */

/* An int operation whose result is too big or which raises: NULL. */
static Obj *int_binop(Fold *f, operator_ty op, const Obj *lo, const Obj *ro)
{
    if ((op == BitAnd || op == BitOr || op == BitXor) && is_bool(lo) && is_bool(ro)) {
        bool a = lo->kind == OBJ_TRUE, b = ro->kind == OBJ_TRUE;
        return new_bool(f, op == BitAnd ? (a && b) : op == BitOr ? (a || b) : (a != b));
    }
    mpz_t a, b, r;
    mpz_inits(a, b, r, NULL);
    int_get(a, lo);
    int_get(b, ro);
    Obj *res = NULL;
    bool ok = true;
    double d;
    switch (op) {
    case Add:
        mpz_add(r, a, b);
        break;
    case Sub:
        mpz_sub(r, a, b);
        break;
    case Mult: /* safe_multiply */
        if (mpz_sgn(a) && mpz_sgn(b) && int_bits(a) + int_bits(b) > MAX_INT_SIZE)
            ok = false;
        else
            mpz_mul(r, a, b);
        break;
    case Div:
        if (int_true_div(a, b, &d))
            res = obj_float(f->arena, d);
        ok = false;
        break;
    case FloorDiv:
    case Mod:
        if (mpz_sgn(b) == 0)
            ok = false;
        else if (op == FloorDiv)
            mpz_fdiv_q(r, a, b);
        else
            mpz_fdiv_r(r, a, b);
        break;
    case Pow: /* safe_power, then long_pow */
        if (mpz_sgn(b) < 0) {
            double x, y;
            if (int_to_double(a, &x) && int_to_double(b, &y))
                res = float_pow(f, x, y);
            ok = false;
        } else if (mpz_sgn(b) == 0) {
            mpz_set_ui(r, 1);
        } else if (mpz_sgn(a) == 0) {
            mpz_set_ui(r, 0);
        } else if (int_bits(b) > 64 || int_bits(a) > MAX_INT_SIZE / mpz_get_ui(b)) {
            ok = false;
        } else {
            mpz_pow_ui(r, a, mpz_get_ui(b));
        }
        break;
    case LShift: /* safe_lshift; any negative count raises */
        if (mpz_sgn(b) < 0)
            ok = false;
        else if (mpz_sgn(a) == 0 || mpz_sgn(b) == 0)
            mpz_set(r, a);
        else if (mpz_cmp_ui(b, MAX_INT_SIZE) > 0 ||
                 int_bits(a) > MAX_INT_SIZE - mpz_get_ui(b))
            ok = false;
        else
            mpz_mul_2exp(r, a, mpz_get_ui(b));
        break;
    case RShift:
        if (mpz_sgn(b) < 0)
            ok = false;
        else if (int_bits(b) > 32)
            mpz_set_si(r, mpz_sgn(a) < 0 ? -1 : 0);
        else
            mpz_fdiv_q_2exp(r, a, mpz_get_ui(b));
        break;
    case BitAnd:
        mpz_and(r, a, b);
        break;
    case BitOr:
        mpz_ior(r, a, b);
        break;
    case BitXor:
        mpz_xor(r, a, b);
        break;
    default:
        ok = false;
        break;
    }
    if (ok)
        res = int_new(f, r);
    mpz_clears(a, b, r, NULL);
    return res;
}

/* ------------------------------------------------------------ sequences */

static size_t seq_size(const Obj *o)
{
    return o->kind == OBJ_STR ? o->u.s.nchars
           : o->kind == OBJ_BYTES ? o->u.s.len
                                  : o->u.seq.n;
}

/* check_complexity: what is left of `limit` after counting every item of
 * nested tuples and frozensets; negative when exceeded. */
static long complexity(const Obj *o, long limit)
{
    if (o->kind != OBJ_TUPLE && o->kind != OBJ_FROZENSET)
        return limit;
    limit -= (long)o->u.seq.n;
    for (size_t i = 0; limit >= 0 && i < o->u.seq.n; i++)
        limit = complexity(o->u.seq.items[i], limit);
    return limit;
}

/* seq * count (safe_multiply's sequence cases). */
static Obj *seq_repeat(Fold *f, const Obj *seq, const Obj *count)
{
    if (seq->kind != OBJ_STR && seq->kind != OBJ_BYTES && seq->kind != OBJ_TUPLE)
        return NULL;
    mpz_t z;
    mpz_init(z);
    int_get(z, count);
    bool fits = mpz_fits_slong_p(z);
    long n = fits ? mpz_get_si(z) : -1;
    mpz_clear(z);
    size_t size = seq_size(seq);
    if (size) {
        if (n < 0)
            return NULL;
        if (seq->kind == OBJ_TUPLE) {
            if ((size_t)n > MAX_COLLECTION_SIZE / size)
                return NULL;
            if (n && complexity(seq, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        } else if ((size_t)n > MAX_STR_SIZE / size) {
            return NULL;
        }
    } else if (!fits) {
        return NULL; /* the count does not fit an index */
    }
    size_t times = n > 0 && size ? (size_t)n : 0;
    if (seq->kind == OBJ_TUPLE) {
        Obj *t = obj_seq(f->arena, OBJ_TUPLE, size * times);
        for (size_t i = 0; i < size * times; i++)
            t->u.seq.items[i] = seq->u.seq.items[i % size];
        return t;
    }
    size_t len = seq->u.s.len;
    char *buf = arena_alloc(f->arena, len * times + 1);
    for (size_t i = 0; i < times; i++)
        memcpy(buf + i * len, seq->u.s.data, len);
    if (seq->kind == OBJ_BYTES)
        return obj_bytes(f->arena, buf, len * times);
    return obj_str(f->arena, buf, len * times, false);
}

static Obj *seq_concat(Fold *f, const Obj *a, const Obj *b)
{
    if (a->kind != b->kind)
        return NULL;
    if (a->kind == OBJ_TUPLE) {
        Obj *t = obj_seq(f->arena, OBJ_TUPLE, a->u.seq.n + b->u.seq.n);
        for (size_t i = 0; i < a->u.seq.n; i++)
            t->u.seq.items[i] = a->u.seq.items[i];
        for (size_t i = 0; i < b->u.seq.n; i++)
            t->u.seq.items[a->u.seq.n + i] = b->u.seq.items[i];
        return t;
    }
    if (a->kind != OBJ_STR && a->kind != OBJ_BYTES)
        return NULL;
    size_t len = a->u.s.len + b->u.s.len;
    char *buf = arena_alloc(f->arena, len + 1);
    memcpy(buf, a->u.s.data, a->u.s.len);
    memcpy(buf + a->u.s.len, b->u.s.data, b->u.s.len);
    if (a->kind == OBJ_BYTES)
        return obj_bytes(f->arena, buf, len);
    return obj_str(f->arena, buf, len, false);
}

/* PyObject_GetItem(value, index) for str, bytes and tuple constants. */
static Obj *subscript(Fold *f, const Obj *v, const Obj *idx)
{
    if ((v->kind != OBJ_STR && v->kind != OBJ_BYTES && v->kind != OBJ_TUPLE) || !is_int(idx))
        return NULL;
    mpz_t z;
    mpz_init(z);
    int_get(z, idx);
    bool fits = mpz_fits_slong_p(z);
    long i = fits ? mpz_get_si(z) : 0;
    mpz_clear(z);
    long n = (long)seq_size(v);
    if (!fits)
        return NULL;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return NULL;
    if (v->kind == OBJ_TUPLE)
        return v->u.seq.items[i];
    if (v->kind == OBJ_BYTES)
        return obj_int(f->arena, v->u.s.data[i]);
    const uint8_t *p = v->u.s.data;
    uint32_t cp = 0;
    size_t k = 0;
    for (long j = 0; j <= i; j++)
        k += utf8_decode(p + k, &cp);
    uint8_t out[4];
    size_t len = utf8_encode(cp, out);
    return obj_str(f->arena, (const char *)out, len, false);
}

/* ------------------------------------------------------------ folding nodes */

/* make_const: the node becomes a Constant in place, keeping its position. */
static void make_const(expr_ty e, Obj *value)
{
    if (!value)
        return;
    e->kind = Constant_kind;
    e->v.Constant.value = value;
    e->v.Constant.kind = NULL;
}

static void fold_unaryop(Fold *f, expr_ty e)
{
    if (f->too_deep)
        return;
    expr_ty arg = e->v.UnaryOp.operand;
    unaryop_ty op = e->v.UnaryOp.op;
    if (arg->kind != Constant_kind) {
        /* `not` of a single is / in comparison inverts the comparison;
         * == and the orderings may not be inverted for arbitrary types. */
        if (op == Not && arg->kind == Compare_kind && SEQ_LEN(arg->v.Compare.ops) == 1) {
            cmpop_ty *cop = &SEQ_GET(arg->v.Compare.ops, 0);
            cmpop_ty inv;
            switch (*cop) {
            case Is: inv = IsNot; break;
            case IsNot: inv = Is; break;
            case In: inv = NotIn; break;
            case NotIn: inv = In; break;
            default: return;
            }
            *cop = inv;
            *e = *arg;
        }
        return;
    }
    const Obj *v = arg->v.Constant.value;
    if (op == Not) {
        make_const(e, new_bool(f, !truth(v)));
        return;
    }
    int k = num_kind(v);
    if (k == NUM_FLOAT) {
        if (op != Invert)
            make_const(e, obj_float(f->arena, op == USub ? -v->u.f : v->u.f));
    } else if (k == NUM_COMPLEX) {
        if (op != Invert)
            make_const(e, op == USub ? obj_complex(f->arena, -v->u.c.re, -v->u.c.im)
                                     : obj_complex(f->arena, v->u.c.re, v->u.c.im));
    } else if (k == NUM_INT) {
        mpz_t z;
        mpz_init(z);
        int_get(z, v);
        if (op == USub)
            mpz_neg(z, z);
        else if (op == Invert)
            mpz_com(z, z);
        make_const(e, int_new(f, z));
        mpz_clear(z);
    }
}

static Obj *numeric_binop(Fold *f, operator_ty op, const Obj *a, const Obj *b)
{
    int ka = num_kind(a), kb = num_kind(b);
    if (ka == NUM_NONE || kb == NUM_NONE)
        return NULL;
    if (ka == NUM_INT && kb == NUM_INT)
        return int_binop(f, op, a, b);
    if (op == LShift || op == RShift || op == BitAnd || op == BitOr || op == BitXor)
        return NULL;
    if (ka == NUM_COMPLEX || kb == NUM_COMPLEX) {
        Cplx x, y;
        if (!as_complex(a, &x) || !as_complex(b, &y))
            return NULL;
        return complex_binop(f, op, x, y);
    }
    double x, y;
    if (!as_double(a, &x) || !as_double(b, &y))
        return NULL;
    return float_binop(f, op, x, y);
}

/* ---- printf-style formatting turned into an f-string (optimize_format) */

/* F_LJUST of the format flags: the only flag that changes the result. */
#define FMT_LJUST 1
#define FMT_MAXDIGITS 3

static expr_ty new_str_const(Fold *f, const char *s, size_t len)
{
    return ast_Constant(f->arena, obj_str(f->arena, s, len, false), NULL, -1, -1, -1, -1);
}

/* The literal text from *pos up to the next lone '%', with "%%" read as
 * "%"; NULL when empty.  Works on UTF-8 bytes: '%' is never inside a
 * multi-byte sequence. */
static expr_ty format_literal(Fold *f, const Obj *fmt, size_t *pos)
{
    const char *s = (const char *)fmt->u.s.data;
    size_t n = fmt->u.s.len, start = *pos, p = start;
    bool percents = false;
    while (p < n) {
        if (s[p] != '%') {
            p++;
        } else if (p + 1 < n && s[p + 1] == '%') {
            percents = true;
            p += 2;
        } else {
            break;
        }
    }
    *pos = p;
    if (p == start)
        return NULL;
    if (!percents)
        return new_str_const(f, s + start, p - start);
    char *buf = arena_alloc(f->arena, p - start + 1);
    size_t k = 0;
    for (size_t i = start; i < p; i++) {
        buf[k++] = s[i];
        if (s[i] == '%')
            i++;
    }
    return new_str_const(f, buf, k);
}

/* One conversion after a '%' (simple_format_arg_parse + parse_format):
 * only %s, %r and %a with optional flags, width (< 100) and precision
 * (< 100) become a FormattedValue; NULL otherwise. */
static expr_ty format_unit(Fold *f, const Obj *fmt, size_t *ppos, expr_ty arg)
{
    const char *s = (const char *)fmt->u.s.data;
    size_t n = fmt->u.s.len, pos = *ppos;
    int flags = 0, width = -1, prec = -1;
    unsigned char ch;
#define NEXTC()            \
    do {                   \
        if (pos >= n)      \
            return NULL;   \
        ch = (unsigned char)s[pos++]; \
    } while (0)
    for (;;) {
        NEXTC();
        if (ch == '-')
            flags |= FMT_LJUST;
        else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0' || ch == 'z')
            continue;
        else
            break;
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (ch - '0');
            NEXTC();
            if (++digits >= FMT_MAXDIGITS)
                return NULL;
        }
    }
    if (ch == '.') {
        NEXTC();
        prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (ch - '0');
            NEXTC();
            if (++digits >= FMT_MAXDIGITS)
                return NULL;
        }
    }
#undef NEXTC
    *ppos = pos;
    if (ch != 's' && ch != 'r' && ch != 'a')
        return NULL;
    char spec[16];
    size_t k = 0;
    if (!(flags & FMT_LJUST) && width > 0)
        spec[k++] = '>';
    if (width >= 0)
        k += (size_t)snprintf(spec + k, sizeof spec - k, "%d", width);
    if (prec >= 0)
        k += (size_t)snprintf(spec + k, sizeof spec - k, ".%d", prec);
    expr_ty format_spec = k ? new_str_const(f, spec, k) : NULL;
    return ast_FormattedValue(f->arena, arg, ch, format_spec, arg->lineno, arg->col_offset,
                              arg->end_lineno, arg->end_col_offset);
}

/* 'literal %s literal %r' % (x, y) -> f'literal {x!s} literal {y!r}' when
 * every unit is supported and the counts match; otherwise unchanged. */
static void optimize_format(Fold *f, expr_ty e, const Obj *fmt, asdl_expr_seq *elts)
{
    int nelts = SEQ_LEN(elts), cnt = 0;
    asdl_expr_seq *seq = asdl_expr_seq_new(f->arena, nelts * 2 + 1);
    seq->size = 0;
    size_t pos = 0;
    for (;;) {
        expr_ty lit = format_literal(f, fmt, &pos);
        if (lit)
            seq->elts[seq->size++] = lit;
        if (pos >= fmt->u.s.len)
            break;
        if (cnt >= nelts)
            return;
        pos++; /* the '%' */
        expr_ty unit = format_unit(f, fmt, &pos, SEQ_GET(elts, cnt));
        cnt++;
        if (!unit)
            return;
        seq->elts[seq->size++] = unit;
    }
    if (cnt < nelts)
        return;
    expr_ty js = ast_JoinedStr(f->arena, seq, e->lineno, e->col_offset, e->end_lineno,
                               e->end_col_offset);
    *e = *js;
}

static bool has_starred(asdl_expr_seq *elts)
{
    for (int i = 0; i < SEQ_LEN(elts); i++)
        if (SEQ_GET(elts, i)->kind == Starred_kind)
            return true;
    return false;
}

static void fold_binop(Fold *f, expr_ty e)
{
    if (f->too_deep)
        return;
    expr_ty lhs = e->v.BinOp.left, rhs = e->v.BinOp.right;
    operator_ty op = e->v.BinOp.op;
    if (lhs->kind != Constant_kind)
        return;
    const Obj *a = lhs->v.Constant.value;
    if (op == Mod && rhs->kind == Tuple_kind && a->kind == OBJ_STR &&
        !has_starred(rhs->v.Tuple.elts)) {
        optimize_format(f, e, a, rhs->v.Tuple.elts);
        return;
    }
    if (rhs->kind != Constant_kind)
        return;
    const Obj *b = rhs->v.Constant.value;
    Obj *r = NULL;
    switch (op) {
    case Add:
        r = num_kind(a) != NUM_NONE ? numeric_binop(f, op, a, b) : seq_concat(f, a, b);
        break;
    case Mult:
        if (is_int(a) && num_kind(b) == NUM_NONE)
            r = seq_repeat(f, b, a);
        else if (is_int(b) && num_kind(a) == NUM_NONE)
            r = seq_repeat(f, a, b);
        else
            r = numeric_binop(f, op, a, b);
        break;
    case MatMult:
        break;
    default: /* safe_mod: str and bytes % anything stay as written */
        r = numeric_binop(f, op, a, b);
        break;
    }
    make_const(e, r);
}

/* The elements' values as a tuple, or NULL unless all are Constants. */
static Obj *const_tuple(Fold *f, asdl_expr_seq *elts)
{
    int n = SEQ_LEN(elts);
    for (int i = 0; i < n; i++)
        if (SEQ_GET(elts, i)->kind != Constant_kind)
            return NULL;
    Obj *t = obj_seq(f->arena, OBJ_TUPLE, (size_t)n);
    for (int i = 0; i < n; i++)
        t->u.seq.items[i] = SEQ_GET(elts, i)->v.Constant.value;
    return t;
}

static void fold_tuple(Fold *f, expr_ty e)
{
    if (f->too_deep)
        return;
    if (e->v.Tuple.ctx == Load)
        make_const(e, const_tuple(f, e->v.Tuple.elts));
}

static void fold_subscr(Fold *f, expr_ty e)
{
    if (f->too_deep)
        return;
    expr_ty v = e->v.Subscript.value, idx = e->v.Subscript.slice;
    if (e->v.Subscript.ctx != Load || v->kind != Constant_kind || idx->kind != Constant_kind)
        return;
    make_const(e, subscript(f, v->v.Constant.value, idx->v.Constant.value));
}

/* An iterated display (for-loop, comprehension, right of in / not in): a
 * list becomes a tuple (constant if it can), a constant set a frozenset. */
static void fold_iter(Fold *f, expr_ty e)
{
    if (f->too_deep)
        return;
    if (e->kind == List_kind) {
        asdl_expr_seq *elts = e->v.List.elts;
        if (has_starred(elts))
            return;
        expr_context_ty ctx = e->v.List.ctx;
        e->kind = Tuple_kind;
        e->v.Tuple.elts = elts;
        e->v.Tuple.ctx = ctx;
        make_const(e, const_tuple(f, elts));
    } else if (e->kind == Set_kind) {
        Obj *t = const_tuple(f, e->v.Set.elts);
        if (t)
            make_const(e, make_frozenset(f, t->u.seq.items, t->u.seq.n));
    }
}

static void fold_compare(Fold *f, expr_ty e)
{
    if (f->too_deep)
        return;
    int last = SEQ_LEN(e->v.Compare.ops) - 1;
    cmpop_ty op = SEQ_GET(e->v.Compare.ops, last);
    if (op == In || op == NotIn)
        fold_iter(f, SEQ_GET(e->v.Compare.comparators, last));
}

/* ------------------------------------------------------------ the walk */

static void visit_expr(Fold *f, expr_ty e);
static void visit_stmts(Fold *f, asdl_stmt_seq *s);
static void visit_pattern(Fold *f, pattern_ty p);

static void visit_exprs(Fold *f, asdl_expr_seq *s)
{
    for (int i = 0; i < SEQ_LEN(s); i++)
        if (SEQ_GET(s, i))
            visit_expr(f, SEQ_GET(s, i));
}

static void visit_opt(Fold *f, expr_ty e)
{
    if (e)
        visit_expr(f, e);
}

static void visit_comprehensions(Fold *f, asdl_comprehension_seq *gens)
{
    for (int i = 0; i < SEQ_LEN(gens); i++) {
        comprehension_ty g = SEQ_GET(gens, i);
        visit_expr(f, g->target);
        visit_expr(f, g->iter);
        visit_exprs(f, g->ifs);
        fold_iter(f, g->iter);
    }
}

static void visit_annotation(Fold *f, expr_ty e)
{
    if (!f->future_annotations)
        visit_opt(f, e);
}

static void visit_args(Fold *f, asdl_arg_seq *args)
{
    for (int i = 0; i < SEQ_LEN(args); i++)
        visit_annotation(f, SEQ_GET(args, i)->annotation);
}

static void visit_arguments(Fold *f, arguments_ty a)
{
    visit_args(f, a->posonlyargs);
    visit_args(f, a->args);
    if (a->vararg)
        visit_annotation(f, a->vararg->annotation);
    visit_args(f, a->kwonlyargs);
    visit_exprs(f, a->kw_defaults);
    if (a->kwarg)
        visit_annotation(f, a->kwarg->annotation);
    visit_exprs(f, a->defaults);
}

static void visit_keywords(Fold *f, asdl_keyword_seq *kws)
{
    for (int i = 0; i < SEQ_LEN(kws); i++)
        visit_expr(f, SEQ_GET(kws, i)->value);
}

/* Counts one level; false once the tree is too deep. */
static bool enter(Fold *f)
{
    if (f->too_deep || ++f->depth > CG_MAX_NEST) {
        f->too_deep = true;
        return false;
    }
    return true;
}

static void visit_expr(Fold *f, expr_ty e)
{
    if (!enter(f))
        return;
    switch (e->kind) {
    case BoolOp_kind:
        visit_exprs(f, e->v.BoolOp.values);
        break;
    case BinOp_kind:
        visit_expr(f, e->v.BinOp.left);
        visit_expr(f, e->v.BinOp.right);
        fold_binop(f, e);
        break;
    case UnaryOp_kind:
        visit_expr(f, e->v.UnaryOp.operand);
        fold_unaryop(f, e);
        break;
    case Lambda_kind:
        visit_arguments(f, e->v.Lambda.args);
        visit_expr(f, e->v.Lambda.body);
        break;
    case IfExp_kind:
        visit_expr(f, e->v.IfExp.test);
        visit_expr(f, e->v.IfExp.body);
        visit_expr(f, e->v.IfExp.orelse);
        break;
    case Dict_kind:
        visit_exprs(f, e->v.Dict.keys);
        visit_exprs(f, e->v.Dict.values);
        break;
    case Set_kind:
        visit_exprs(f, e->v.Set.elts);
        break;
    case ListComp_kind:
        visit_expr(f, e->v.ListComp.elt);
        visit_comprehensions(f, e->v.ListComp.generators);
        break;
    case SetComp_kind:
        visit_expr(f, e->v.SetComp.elt);
        visit_comprehensions(f, e->v.SetComp.generators);
        break;
    case DictComp_kind:
        visit_expr(f, e->v.DictComp.key);
        visit_expr(f, e->v.DictComp.value);
        visit_comprehensions(f, e->v.DictComp.generators);
        break;
    case GeneratorExp_kind:
        visit_expr(f, e->v.GeneratorExp.elt);
        visit_comprehensions(f, e->v.GeneratorExp.generators);
        break;
    case Await_kind:
        visit_expr(f, e->v.Await.value);
        break;
    case Yield_kind:
        visit_opt(f, e->v.Yield.value);
        break;
    case YieldFrom_kind:
        visit_expr(f, e->v.YieldFrom.value);
        break;
    case Compare_kind:
        visit_expr(f, e->v.Compare.left);
        visit_exprs(f, e->v.Compare.comparators);
        fold_compare(f, e);
        break;
    case Call_kind:
        visit_expr(f, e->v.Call.func);
        visit_exprs(f, e->v.Call.args);
        visit_keywords(f, e->v.Call.keywords);
        break;
    case FormattedValue_kind:
        visit_expr(f, e->v.FormattedValue.value);
        visit_opt(f, e->v.FormattedValue.format_spec);
        break;
    case JoinedStr_kind:
        visit_exprs(f, e->v.JoinedStr.values);
        break;
    case Attribute_kind:
        visit_expr(f, e->v.Attribute.value);
        break;
    case Subscript_kind:
        visit_expr(f, e->v.Subscript.value);
        visit_expr(f, e->v.Subscript.slice);
        fold_subscr(f, e);
        break;
    case Starred_kind:
        visit_expr(f, e->v.Starred.value);
        break;
    case Slice_kind:
        visit_opt(f, e->v.Slice.lower);
        visit_opt(f, e->v.Slice.upper);
        visit_opt(f, e->v.Slice.step);
        break;
    case List_kind:
        visit_exprs(f, e->v.List.elts);
        break;
    case Tuple_kind:
        visit_exprs(f, e->v.Tuple.elts);
        fold_tuple(f, e);
        break;
    case Name_kind:
        if (e->v.Name.ctx == Load && !f->too_deep &&
            strcmp(obj_cstr(e->v.Name.id), "__debug__") == 0)
            make_const(e, new_bool(f, !f->optimize));
        break;
    case NamedExpr_kind:
        visit_expr(f, e->v.NamedExpr.value);
        break;
    default: /* Constant */
        break;
    }
    f->depth--;
}

static bool is_docstring(asdl_stmt_seq *body)
{
    if (SEQ_LEN(body) == 0)
        return false;
    stmt_ty s = SEQ_GET(body, 0);
    return s->kind == Expr_kind && s->v.Expr.value->kind == Constant_kind &&
           s->v.Expr.value->v.Constant.value->kind == OBJ_STR;
}

/* A body whose first statement only became a string by folding ('a' + 'b')
 * must not gain a docstring: the string is wrapped in a one-part f-string,
 * as CPython does. */
static void visit_body(Fold *f, asdl_stmt_seq *body)
{
    bool had_doc = is_docstring(body);
    visit_stmts(f, body);
    if (!had_doc && !f->too_deep && is_docstring(body)) {
        stmt_ty s = SEQ_GET(body, 0);
        asdl_expr_seq *values = asdl_expr_seq_new(f->arena, 1);
        values->elts[0] = s->v.Expr.value;
        s->v.Expr.value = ast_JoinedStr(f->arena, values, s->lineno, s->col_offset,
                                        s->end_lineno, s->end_col_offset);
    }
}

static void visit_handlers(Fold *f, asdl_excepthandler_seq *hs)
{
    for (int i = 0; i < SEQ_LEN(hs); i++) {
        excepthandler_ty h = SEQ_GET(hs, i);
        visit_opt(f, h->v.ExceptHandler.type);
        visit_stmts(f, h->v.ExceptHandler.body);
    }
}

static void visit_withitems(Fold *f, asdl_withitem_seq *items)
{
    for (int i = 0; i < SEQ_LEN(items); i++) {
        visit_expr(f, SEQ_GET(items, i)->context_expr);
        visit_opt(f, SEQ_GET(items, i)->optional_vars);
    }
}

static void visit_patterns(Fold *f, asdl_pattern_seq *ps)
{
    for (int i = 0; i < SEQ_LEN(ps); i++)
        visit_pattern(f, SEQ_GET(ps, i));
}

/* Patterns only hold foldable expressions in values and mapping keys
 * (-1, 1+2j), but everything is visited as CPython does. */
static void visit_pattern(Fold *f, pattern_ty p)
{
    if (!enter(f))
        return;
    switch (p->kind) {
    case MatchValue_kind:
        visit_expr(f, p->v.MatchValue.value);
        break;
    case MatchSequence_kind:
        visit_patterns(f, p->v.MatchSequence.patterns);
        break;
    case MatchMapping_kind:
        visit_exprs(f, p->v.MatchMapping.keys);
        visit_patterns(f, p->v.MatchMapping.patterns);
        break;
    case MatchClass_kind:
        visit_expr(f, p->v.MatchClass.cls);
        visit_patterns(f, p->v.MatchClass.patterns);
        visit_patterns(f, p->v.MatchClass.kwd_patterns);
        break;
    case MatchAs_kind:
        if (p->v.MatchAs.pattern)
            visit_pattern(f, p->v.MatchAs.pattern);
        break;
    case MatchOr_kind:
        visit_patterns(f, p->v.MatchOr.patterns);
        break;
    default: /* MatchSingleton, MatchStar */
        break;
    }
    f->depth--;
}

static void visit_stmt(Fold *f, stmt_ty s)
{
    if (!enter(f))
        return;
    switch (s->kind) {
    case FunctionDef_kind:
        visit_arguments(f, s->v.FunctionDef.args);
        visit_body(f, s->v.FunctionDef.body);
        visit_exprs(f, s->v.FunctionDef.decorator_list);
        visit_annotation(f, s->v.FunctionDef.returns);
        break;
    case AsyncFunctionDef_kind:
        visit_arguments(f, s->v.AsyncFunctionDef.args);
        visit_body(f, s->v.AsyncFunctionDef.body);
        visit_exprs(f, s->v.AsyncFunctionDef.decorator_list);
        visit_annotation(f, s->v.AsyncFunctionDef.returns);
        break;
    case ClassDef_kind:
        visit_exprs(f, s->v.ClassDef.bases);
        visit_keywords(f, s->v.ClassDef.keywords);
        visit_body(f, s->v.ClassDef.body);
        visit_exprs(f, s->v.ClassDef.decorator_list);
        break;
    case Return_kind:
        visit_opt(f, s->v.Return.value);
        break;
    case Delete_kind:
        visit_exprs(f, s->v.Delete.targets);
        break;
    case Assign_kind:
        visit_exprs(f, s->v.Assign.targets);
        visit_expr(f, s->v.Assign.value);
        break;
    case AugAssign_kind:
        visit_expr(f, s->v.AugAssign.target);
        visit_expr(f, s->v.AugAssign.value);
        break;
    case AnnAssign_kind:
        visit_expr(f, s->v.AnnAssign.target);
        visit_annotation(f, s->v.AnnAssign.annotation);
        visit_opt(f, s->v.AnnAssign.value);
        break;
    case For_kind:
        visit_expr(f, s->v.For.target);
        visit_expr(f, s->v.For.iter);
        visit_stmts(f, s->v.For.body);
        visit_stmts(f, s->v.For.orelse);
        fold_iter(f, s->v.For.iter);
        break;
    case AsyncFor_kind: /* no fold_iter here in CPython 3.11 */
        visit_expr(f, s->v.AsyncFor.target);
        visit_expr(f, s->v.AsyncFor.iter);
        visit_stmts(f, s->v.AsyncFor.body);
        visit_stmts(f, s->v.AsyncFor.orelse);
        break;
    case While_kind:
        visit_expr(f, s->v.While.test);
        visit_stmts(f, s->v.While.body);
        visit_stmts(f, s->v.While.orelse);
        break;
    case If_kind:
        visit_expr(f, s->v.If.test);
        visit_stmts(f, s->v.If.body);
        visit_stmts(f, s->v.If.orelse);
        break;
    case With_kind:
        visit_withitems(f, s->v.With.items);
        visit_stmts(f, s->v.With.body);
        break;
    case AsyncWith_kind:
        visit_withitems(f, s->v.AsyncWith.items);
        visit_stmts(f, s->v.AsyncWith.body);
        break;
    case Raise_kind:
        visit_opt(f, s->v.Raise.exc);
        visit_opt(f, s->v.Raise.cause);
        break;
    case Try_kind:
        visit_stmts(f, s->v.Try.body);
        visit_handlers(f, s->v.Try.handlers);
        visit_stmts(f, s->v.Try.orelse);
        visit_stmts(f, s->v.Try.finalbody);
        break;
    case TryStar_kind:
        visit_stmts(f, s->v.TryStar.body);
        visit_handlers(f, s->v.TryStar.handlers);
        visit_stmts(f, s->v.TryStar.orelse);
        visit_stmts(f, s->v.TryStar.finalbody);
        break;
    case Assert_kind:
        visit_expr(f, s->v.Assert.test);
        visit_opt(f, s->v.Assert.msg);
        break;
    case Expr_kind:
        visit_expr(f, s->v.Expr.value);
        break;
    case Match_kind:
        visit_expr(f, s->v.Match.subject);
        for (int i = 0; i < SEQ_LEN(s->v.Match.cases); i++) {
            match_case_ty mc = SEQ_GET(s->v.Match.cases, i);
            visit_pattern(f, mc->pattern);
            visit_opt(f, mc->guard);
            visit_stmts(f, mc->body);
        }
        break;
    default: /* Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue */
        break;
    }
    f->depth--;
}

static void visit_stmts(Fold *f, asdl_stmt_seq *body)
{
    for (int i = 0; i < SEQ_LEN(body); i++)
        if (SEQ_GET(body, i))
            visit_stmt(f, SEQ_GET(body, i));
}

/* `from __future__ import annotations` among the leading future imports
 * (future.c's scan; its errors are the symbol table's to report). */
static bool has_future_annotations(mod_ty mod)
{
    if (mod->kind != Module_kind && mod->kind != Interactive_kind)
        return false;
    asdl_stmt_seq *body = mod->kind == Module_kind ? mod->v.Module.body : mod->v.Interactive.body;
    int i = mod->kind == Module_kind && is_docstring(body) ? 1 : 0;
    bool found = false;
    for (; i < SEQ_LEN(body); i++) {
        stmt_ty s = SEQ_GET(body, i);
        if (s->kind != ImportFrom_kind || !s->v.ImportFrom.module ||
            strcmp(obj_cstr(s->v.ImportFrom.module), "__future__") != 0)
            break;
        for (int j = 0; j < SEQ_LEN(s->v.ImportFrom.names); j++)
            if (strcmp(obj_cstr(SEQ_GET(s->v.ImportFrom.names, j)->name), "annotations") == 0)
                found = true;
    }
    return found;
}

/* CPython stops with "RecursionError: maximum recursion depth exceeded
 * during compilation" when this walk nests deeper than its limit.  Past
 * CG_MAX_NEST nothing more is folded, so the deep path survives intact and
 * the symbol table, which counts the same levels, reports that error. */
void fold_module(Arena *arena, mod_ty mod, int optimize)
{
    Fold f = {arena, optimize, has_future_annotations(mod), 0, false};
    switch (mod->kind) {
    case Module_kind:
        visit_body(&f, mod->v.Module.body);
        break;
    case Interactive_kind:
        visit_stmts(&f, mod->v.Interactive.body);
        break;
    case Expression_kind:
        visit_expr(&f, mod->v.Expression.body);
        break;
    default:
        break;
    }
}
