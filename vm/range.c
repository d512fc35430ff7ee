/* vm/range.c: range (lazy arithmetic progression of arbitrary ints, with an
 * int64 fast path for length, membership and iteration) and slice (the
 * object plus CPython's index clamping, PySlice_Unpack/AdjustIndices, that
 * every sequence's slicing uses).
 */
#include <string.h>

#include "coll.h"
#include "iter.h"
#include "runtime.h"

typedef struct PvRange {
    PvObject ob;
    Value start, stop, step, len;   /* ints; len >= 0 */
} PvRange;

static PvRange *as_range(Value v) { return (PvRange *)v_obj(v); }

/* ---- int helpers on Values (small fast path, GMP beyond) ---- */
static Value add(Value a, Value b) { return pv_binop(a, b, PV_NB_ADD); }
static Value sub(Value a, Value b) { return pv_binop(a, b, PV_NB_SUBTRACT); }
static Value mul(Value a, Value b) { return pv_binop(a, b, PV_NB_MULTIPLY); }

static int sign_of(Value v)
{
    if (v_is_small(v))
        return v_small(v) > 0 ? 1 : v_small(v) < 0 ? -1 : 0;
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(v, z);
    int s = mpz_sgn(z);
    mpz_clear(z);
    return s;
}

static int cmp_int(Value a, Value b)
{
    if (v_is_small(a) && v_is_small(b))
        return v_small(a) < v_small(b) ? -1 : v_small(a) > v_small(b);
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    pv_int_to_mpz(a, x);
    pv_int_to_mpz(b, y);
    int c = mpz_cmp(x, y);
    mpz_clear(x);
    mpz_clear(y);
    return c < 0 ? -1 : c > 0;
}

/* compute_range_length */
static Value range_length(Value start, Value stop, Value step)
{
    mpz_t lo, hi, st, n;
    mpz_inits(lo, hi, st, n, NULL);
    pv_int_to_mpz(step, st);
    if (mpz_sgn(st) > 0) {
        pv_int_to_mpz(start, lo);
        pv_int_to_mpz(stop, hi);
    } else {
        pv_int_to_mpz(stop, lo);
        pv_int_to_mpz(start, hi);
        mpz_neg(st, st);
    }
    if (mpz_cmp(lo, hi) < 0) {
        mpz_sub(n, hi, lo);
        mpz_sub_ui(n, n, 1);
        mpz_fdiv_q(n, n, st);
        mpz_add_ui(n, n, 1);
    }
    Value r = pv_int_from_mpz(n);
    mpz_clears(lo, hi, st, n, NULL);
    return r;
}

Value pv_range_new(Value start, Value stop, Value step)
{
    PvRange *r = (PvRange *)pv_new_object(&pv_range_type, sizeof(PvRange));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return v_from(r);
}

/* an int argument of range(): bools become ints, others need __index__ */
static int range_arg(Value v, Value *out)
{
    if (v_is_small(v) || v_is(v, &pv_int_type)) {
        *out = v;
        return 0;
    }
    if (v_isinstance(v, &pv_int_type)) {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(v, z);
        *out = pv_int_from_mpz(z);
        mpz_clear(z);
        return 0;
    }
    if (pv_type(v)->flags & PV_TF_HEAPTYPE) {
        /* a class with __index__ */
        Value i = pv_index_value(v);
        if (i == V_NULL)
            return -1;
        *out = i;
        return 0;
    }
    pv_err_printf(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  pv_type_name(v));
    return -1;
}

static Value range_new_slot(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("range", kwnames) < 0 || pv_check_positional("range", argc, 1, 3) < 0)
        return V_NULL;
    Value a[3];
    for (int i = 0; i < argc; i++)
        if (range_arg(argv[i], &a[i]) < 0)
            return V_NULL;
    if (argc == 1)
        return pv_range_new(v_from_small(0), a[0], v_from_small(1));
    Value step = argc == 3 ? a[2] : v_from_small(1);
    if (sign_of(step) == 0) {
        pv_err_set_str(&pv_exc_ValueError, "range() arg 3 must not be zero");
        return V_NULL;
    }
    return pv_range_new(a[0], a[1], step);
}

static Value range_repr(Value self)
{
    PvRange *r = as_range(self);
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, "range(");
    pv_sb_str(&b, pv_repr(r->start));
    pv_sb_ascii(&b, ", ");
    pv_sb_str(&b, pv_repr(r->stop));
    if (!(v_is_small(r->step) && v_small(r->step) == 1)) {
        pv_sb_ascii(&b, ", ");
        pv_sb_str(&b, pv_repr(r->step));
    }
    pv_sb_char(&b, ')');
    return pv_sb_finish(&b);
}

static int64_t range_len(Value self)
{
    int64_t n;
    if (!pv_int_as_i64(as_range(self)->len, &n)) {
        pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_truth(Value self) { return sign_of(as_range(self)->len) != 0; }

static int range_eq(PvRange *a, PvRange *b)
{
    if (a == b)
        return 1;
    if (cmp_int(a->len, b->len) != 0)
        return 0;
    if (sign_of(a->len) == 0)
        return 1;
    if (cmp_int(a->start, b->start) != 0)
        return 0;
    if (v_is_small(a->len) && v_small(a->len) == 1)
        return 1;
    return cmp_int(a->step, b->step) == 0;
}

static Value range_richcompare(Value a, Value b, int op)
{
    if (!v_is(a, &pv_range_type) || !v_is(b, &pv_range_type) || (op != PV_EQ && op != PV_NE))
        return V_NOTIMPLEMENTED;
    int e = range_eq(as_range(a), as_range(b));
    return v_bool((e != 0) == (op == PV_EQ));
}

static int range_hash(Value self, int64_t *out)
{
    PvRange *r = as_range(self);
    Value t[3] = {r->len, V_NONE, V_NONE};
    if (sign_of(r->len) != 0) {
        t[1] = r->start;
        if (!(v_is_small(r->len) && v_small(r->len) == 1))
            t[2] = r->step;
    }
    return pv_hash_items(3, t, out);
}

/* 1 if the int x is one of the range's values */
static int contains_int(PvRange *r, Value x)
{
    if (sign_of(r->step) > 0) {
        if (cmp_int(x, r->start) < 0 || cmp_int(x, r->stop) >= 0)
            return 0;
    } else {
        if (cmp_int(x, r->start) > 0 || cmp_int(x, r->stop) <= 0)
            return 0;
    }
    Value d = pv_binop(sub(x, r->start), r->step, PV_NB_REMAINDER);
    if (d == V_NULL)
        return -1;
    return sign_of(d) == 0;
}

static bool is_exact_int(Value v) { return v_is_small(v) || v_isinstance(v, &pv_int_type); }

static Value range_iter(Value self);

static int range_contains(Value self, Value x)
{
    if (is_exact_int(x))
        return contains_int(as_range(self), x);
    Value it = range_iter(self);
    for (;;) {
        Value y = pv_next(it);
        if (y == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        int c = pv_richcompare_bool(y, x, PV_EQ);
        if (c != 0)
            return c;
    }
}

static Value range_item(PvRange *r, Value i) { return add(r->start, mul(i, r->step)); }

static Value range_getitem(Value self, Value key)
{
    PvRange *r = as_range(self);
    if (is_exact_int(key)) {
        Value i = key;
        if (sign_of(i) < 0)
            i = add(i, r->len);
        if (sign_of(i) < 0 || cmp_int(i, r->len) >= 0) {
            pv_err_set_str(&pv_exc_IndexError, "range object index out of range");
            return V_NULL;
        }
        return range_item(r, i);
    }
    if (v_is(key, &pv_slice_type)) {
        int64_t len;
        if (!pv_int_as_i64(r->len, &len)) {
            pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return V_NULL;
        }
        int64_t start, stop, step, n;
        if (pv_slice_indices(key, len, &start, &stop, &step, &n) < 0)
            return V_NULL;
        Value s = range_item(r, pv_int_from_i64(start));
        Value e = range_item(r, pv_int_from_i64(stop));
        Value st = mul(r->step, pv_int_from_i64(step));
        if (s == V_NULL || e == V_NULL || st == V_NULL)
            return V_NULL;
        return pv_range_new(s, e, st);
    }
    pv_err_printf(&pv_exc_TypeError, "range indices must be integers or slices, not %s",
                  pv_type_name(key));
    return V_NULL;
}

static Value range_getattr(Value self, Value name)
{
    PvRange *r = as_range(self);
    if (pv_str_eq_cstr(name, "start"))
        return r->start;
    if (pv_str_eq_cstr(name, "stop"))
        return r->stop;
    if (pv_str_eq_cstr(name, "step"))
        return r->step;
    return V_NULL;
}

/* ---- iterators ---- */
typedef struct RangeIter {
    PvObject ob;
    int64_t start, step, len, index;
} RangeIter;

typedef struct LongRangeIter {
    PvObject ob;
    Value cur, step, left;
} LongRangeIter;

static Value iter_self(Value self) { return self; }

static Value rangeiter_next(Value self)
{
    RangeIter *it = (RangeIter *)v_obj(self);
    if (it->index >= it->len)
        return V_NULL;
    /* unsigned arithmetic: start + i*step fits by construction */
    int64_t v = (int64_t)((uint64_t)it->start + (uint64_t)it->index++ * (uint64_t)it->step);
    return pv_int_from_i64(v);
}

static Value longrangeiter_next(Value self)
{
    LongRangeIter *it = (LongRangeIter *)v_obj(self);
    if (sign_of(it->left) <= 0)
        return V_NULL;
    Value v = it->cur;
    it->cur = add(it->cur, it->step);
    it->left = sub(it->left, v_from_small(1));
    return v;
}

static Value iter_repr(Value self)
{
    return pv_str_printf("<%s object at %p>", v_obj(self)->type->name, (void *)v_obj(self));
}

PvType pv_range_iter_type = {
    .ob = {&pv_type_type},
    .name = "range_iterator",
    .base = &pv_object_type,
    .size = sizeof(RangeIter),
    .repr = iter_repr,
    .iter = iter_self,
    .next = rangeiter_next,
};

PvType pv_longrange_iter_type = {
    .ob = {&pv_type_type},
    .name = "longrange_iterator",
    .base = &pv_object_type,
    .size = sizeof(LongRangeIter),
    .repr = iter_repr,
    .iter = iter_self,
    .next = longrangeiter_next,
};

/* an iterator over len values from start by step */
static Value make_iter(Value start, Value step, Value len)
{
    int64_t s, st, n;
    if (pv_int_as_i64(start, &s) && pv_int_as_i64(step, &st) && pv_int_as_i64(len, &n)) {
        /* the last value must fit too */
        int64_t last;
        Value lv = add(start, mul(step, pv_int_from_i64(n > 0 ? n - 1 : 0)));
        bool fits = lv != V_NULL && pv_int_as_i64(lv, &last);
        if (fits) {
            RangeIter *it = (RangeIter *)pv_new_object(&pv_range_iter_type, sizeof(RangeIter));
            it->start = s;
            it->step = st;
            it->len = n;
            return v_from(it);
        }
    }
    LongRangeIter *it = (LongRangeIter *)pv_new_object(&pv_longrange_iter_type, sizeof(LongRangeIter));
    it->cur = start;
    it->step = step;
    it->left = len;
    return v_from(it);
}

static Value range_iter(Value self)
{
    PvRange *r = as_range(self);
    return make_iter(r->start, r->step, r->len);
}

Value pv_range_reversed(Value self)
{
    PvRange *r = as_range(self);
    if (sign_of(r->len) == 0)
        return make_iter(r->start, r->step, r->len);
    Value last = range_item(r, sub(r->len, v_from_small(1)));
    Value negstep = pv_unary(r->step, PV_UNARY_NEG);
    if (last == V_NULL || negstep == V_NULL)
        return V_NULL;
    return make_iter(last, negstep, r->len);
}

/* ---- methods ---- */

static Value range_count_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("range.count", argc, kwnames) < 0)
        return V_NULL;
    if (is_exact_int(argv[0])) {
        int c = contains_int(as_range(self), argv[0]);
        return c < 0 ? V_NULL : v_from_small(c);
    }
    int64_t n = 0;
    Value it = range_iter(self);
    for (;;) {
        Value y = pv_next(it);
        if (y == V_NULL)
            return pv_err_occurred() ? V_NULL : pv_int_from_i64(n);
        int c = pv_richcompare_bool(y, argv[0], PV_EQ);
        if (c < 0)
            return V_NULL;
        n += c;
    }
}

static Value range_index_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("range.index", argc, kwnames) < 0)
        return V_NULL;
    PvRange *r = as_range(self);
    Value x = argv[0];
    if (is_exact_int(x)) {
        int c = contains_int(r, x);
        if (c < 0)
            return V_NULL;
        if (c)
            return pv_binop(sub(x, r->start), r->step, PV_NB_FLOOR_DIVIDE);
        const char *s = pv_repr_cstr(x);
        if (s)
            pv_err_printf(&pv_exc_ValueError, "%s is not in range", s);
        return V_NULL;
    }
    Value it = range_iter(self);
    for (int64_t i = 0;; i++) {
        Value y = pv_next(it);
        if (y == V_NULL) {
            if (!pv_err_occurred())
                pv_err_set_str(&pv_exc_ValueError, "sequence.index(x): x not in sequence");
            return V_NULL;
        }
        int c = pv_richcompare_bool(y, x, PV_EQ);
        if (c < 0)
            return V_NULL;
        if (c)
            return pv_int_from_i64(i);
    }
}

static const PvMethodDef range_methods[] = {
    {"count", range_count_m, 0},
    {"index", range_index_m, 0},
    {NULL, NULL, 0},
};

PvType pv_range_type = {
    .ob = {&pv_type_type},
    .name = "range",
    .base = &pv_object_type,
    .size = sizeof(PvRange),
    .flags = PV_TF_SEQUENCE,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .getattr = range_getattr,
    .new = range_new_slot,
    .methods = range_methods,
};

/* ---- slice ---- */

Value pv_slice_new(Value start, Value stop, Value step)
{
    PvSlice *s = (PvSlice *)pv_new_object(&pv_slice_type, sizeof(PvSlice));
    s->start = start == V_NULL ? V_NONE : start;
    s->stop = stop == V_NULL ? V_NONE : stop;
    s->step = step == V_NULL ? V_NONE : step;
    return v_from(s);
}

static const char slice_index_msg[] = "slice indices must be integers or None or have an __index__ method";

int pv_slice_indices(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelen)
{
    PvSlice *s = (PvSlice *)v_obj(slice);
    *step = 1;
    if (pv_slice_index(s->step, step, slice_index_msg) < 0)
        return -1;
    if (s->step != V_NONE && *step == 0) {
        pv_err_set_str(&pv_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INT64_MAX)
        *step = -INT64_MAX;
    *start = *step < 0 ? INT64_MAX : 0;
    if (pv_slice_index(s->start, start, slice_index_msg) < 0)
        return -1;
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    if (pv_slice_index(s->stop, stop, slice_index_msg) < 0)
        return -1;
    *slicelen = pv_slice_adjust(length, start, stop, *step);
    return 0;
}

static Value slice_repr(Value self)
{
    PvSlice *s = (PvSlice *)v_obj(self);
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, "slice(");
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        Value r = pv_repr(parts[i]);
        if (r == V_NULL)
            return V_NULL;
        if (i)
            pv_sb_ascii(&b, ", ");
        pv_sb_str(&b, r);
    }
    pv_sb_char(&b, ')');
    return pv_sb_finish(&b);
}

static Value slice_richcompare(Value a, Value b, int op)
{
    if (!v_is(a, &pv_slice_type) || !v_is(b, &pv_slice_type))
        return V_NOTIMPLEMENTED;
    PvSlice *x = (PvSlice *)v_obj(a), *y = (PvSlice *)v_obj(b);
    Value ta[3] = {x->start, x->stop, x->step}, tb[3] = {y->start, y->stop, y->step};
    return pv_richcompare(pv_tuple_from(3, ta), pv_tuple_from(3, tb), op);
}

static Value slice_getattr(Value self, Value name)
{
    PvSlice *s = (PvSlice *)v_obj(self);
    if (pv_str_eq_cstr(name, "start"))
        return s->start;
    if (pv_str_eq_cstr(name, "stop"))
        return s->stop;
    if (pv_str_eq_cstr(name, "step"))
        return s->step;
    return V_NULL;
}

static Value slice_new_slot(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("slice", kwnames) < 0 || pv_check_positional("slice", argc, 1, 3) < 0)
        return V_NULL;
    if (argc == 1)
        return pv_slice_new(V_NONE, argv[0], V_NONE);
    return pv_slice_new(argv[0], argv[1], argc == 3 ? argv[2] : V_NONE);
}

/* slice.indices(length): clamped (start, stop, step) */
static Value slice_indices_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("slice.indices", argc, kwnames) < 0)
        return V_NULL;
    int64_t length;
    if (pv_index(argv[0], &length) < 0)
        return V_NULL;
    if (length < 0) {
        pv_err_set_str(&pv_exc_ValueError, "length should not be negative");
        return V_NULL;
    }
    int64_t start, stop, step, n;
    if (pv_slice_indices(self, length, &start, &stop, &step, &n) < 0)
        return V_NULL;
    Value t[3] = {pv_int_from_i64(start), pv_int_from_i64(stop), pv_int_from_i64(step)};
    return pv_tuple_from(3, t);
}

static const PvMethodDef slice_methods[] = {
    {"indices", slice_indices_m, 0},
    {NULL, NULL, 0},
};

PvType pv_slice_type = {
    .ob = {&pv_type_type},
    .name = "slice",
    .base = &pv_object_type,
    .size = sizeof(PvSlice),
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .getattr = slice_getattr,
    .new = slice_new_slot,
    .methods = slice_methods,
};
