/* vm/tuple.c: the tuple type (immutable array, CPython 3.11's xxHash-based
 * hash; what it shares with list is in seq.c) and its iterator, plus the small helpers
 * every container file shares (coll.h): argument-count messages, the repr
 * recursion guard, slice-index conversion.  Lists are in list.c.
 */
#include <stdarg.h>
#include <string.h>

#include "coll.h"
#include "iter.h"
#include "runtime.h"

/* ---- shared helpers (coll.h) ---- */

void pv_err_printf(PvType *type, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    pv_err_set_str(type, buf);
}

void pv_err_key(Value key)
{
    pv_err_set(pv_exc_new(&pv_exc_KeyError, pv_tuple_from(1, &key)));
}

const char *pv_repr_cstr(Value v)
{
    Value r = pv_repr(v);
    if (r == V_NULL)
        return NULL;
    size_t n;
    return pv_str_utf8(r, &n);
}

int pv_check_positional(const char *name, int nargs, int min, int max)
{
    if (nargs < min) {
        pv_err_printf(&pv_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        pv_err_printf(&pv_exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int pv_check_no_kw(const char *qualname, Value kwnames)
{
    if (pv_nkw(kwnames) == 0)
        return 0;
    pv_err_printf(&pv_exc_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
}

int pv_check_noargs(const char *qualname, int argc, Value kwnames)
{
    if (pv_check_no_kw(qualname, kwnames) < 0)
        return -1;
    if (argc != 0) {
        pv_err_printf(&pv_exc_TypeError, "%s() takes no arguments (%d given)", qualname, argc);
        return -1;
    }
    return 0;
}

int pv_check_onearg(const char *qualname, int argc, Value kwnames)
{
    if (pv_check_no_kw(qualname, kwnames) < 0)
        return -1;
    if (argc != 1) {
        pv_err_printf(&pv_exc_TypeError, "%s() takes exactly one argument (%d given)", qualname,
                      argc);
        return -1;
    }
    return 0;
}

/* The objects whose repr is being built, innermost last (Py_ReprEnter's
 * list).  A static pointer into collector memory is a root. */
static Value *repr_stack;
static int64_t repr_depth, repr_cap;

int pv_repr_enter(Value v)
{
    for (int64_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v)
            return 1;
    if (repr_depth == repr_cap) {
        repr_cap = repr_cap ? repr_cap * 2 : 16;
        repr_stack = pv_realloc(repr_stack, (size_t)repr_cap * sizeof(Value));
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void pv_repr_leave(Value v)
{
    for (int64_t i = repr_depth - 1; i >= 0; i--)
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1,
                    (size_t)(repr_depth - i - 1) * sizeof(Value));
            repr_depth--;
            return;
        }
}

int pv_slice_index(Value v, int64_t *out, const char *msg)
{
    if (v == V_NONE)
        return 0;
    if (v_is_small(v)) {
        *out = v_small(v);
        return 0;
    }
    if (!v_isinstance(v, &pv_int_type) && (pv_type(v)->flags & PV_TF_HEAPTYPE) &&
        pv_lookup_special(v, pv_str_intern_cstr("__index__"), &(bool){false}) != V_NULL) {
        v = pv_index_value(v); /* a class with __index__ */
        if (v == V_NULL)
            return -1;
    }
    if (!v_isinstance(v, &pv_int_type)) {
        pv_err_set_str(&pv_exc_TypeError, msg);
        return -1;
    }
    if (pv_int_as_i64(v, out))
        return 0;
    /* PyNumber_AsSsize_t with a NULL exception clamps */
    mpz_t z;
    mpz_init(z);
    pv_int_to_mpz(v, z);
    *out = mpz_sgn(z) < 0 ? -INT64_MAX : INT64_MAX;
    mpz_clear(z);
    return 0;
}

int64_t pv_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* xxHash's 64-bit primes and rotation, as CPython 3.11 uses them for
 * tuples (pvm's hashes are 64-bit on every host, like int's modulus) */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int pv_hash_items(int64_t n, const Value *items, int64_t *out)
{
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        int64_t h;
        if (pv_hash(items[i], &h) < 0)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == UINT64_MAX)
        acc = 1546275796;
    *out = (int64_t)acc;
    return 0;
}

/* ---- tuple ---- */

static PvTuple empty_tuple = {{&pv_tuple_type}, 0, -1};

Value pv_tuple_new(int64_t n)
{
    if (n == 0)
        return v_from(&empty_tuple);
    if (n < 0 || (uint64_t)n > (SIZE_MAX - sizeof(PvTuple)) / sizeof(Value))
        return pv_err_no_memory();
    PvTuple *t = (PvTuple *)pv_new_object(&pv_tuple_type, sizeof(PvTuple) + (size_t)n * sizeof(Value));
    t->len = n;
    t->hash = -1;
    for (int64_t i = 0; i < n; i++)
        t->items[i] = V_NONE;
    return v_from(t);
}

Value pv_tuple_from(int64_t n, const Value *items)
{
    Value t = pv_tuple_new(n);
    if (t != V_NULL && n > 0)
        memcpy(PV_TUPLE_ITEMS(t), items, (size_t)n * sizeof(Value));
    return t;
}

Value pv_sequence_tuple(Value iterable)
{
    if (v_is(iterable, &pv_tuple_type))
        return iterable;
    if (v_is(iterable, &pv_list_type))
        return pv_tuple_from(PV_LIST_LEN(iterable), PV_LIST_ITEMS(iterable));
    Value l = pv_sequence_list(iterable);
    if (l == V_NULL)
        return V_NULL;
    return pv_tuple_from(PV_LIST_LEN(l), PV_LIST_ITEMS(l));
}

static int tuple_hash(Value self, int64_t *out)
{
    PvTuple *t = (PvTuple *)v_obj(self);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    if (pv_hash_items(t->len, t->items, out) < 0)
        return -1;
    t->hash = *out;
    return 0;
}

static Value tuple_richcompare(Value a, Value b, int op)
{
    if (!v_isinstance(a, &pv_tuple_type) || !v_isinstance(b, &pv_tuple_type))
        return V_NOTIMPLEMENTED;
    return pv_seq_richcompare(a, b, op);
}

static Value tuple_repeat(Value t, Value count)
{
    int64_t len = PV_TUPLE_LEN(t), n;
    if (pv_seq_repeat_count(count, len, &n) < 0)
        return V_NULL;
    if (n == 0)
        return pv_tuple_new(0);
    if (n == 1 && v_is(t, &pv_tuple_type))
        return t;
    Value r = pv_tuple_new(len * n);
    if (r == V_NULL)
        return V_NULL;
    pv_seq_fill_repeat(PV_TUPLE_ITEMS(r), PV_TUPLE_ITEMS(t), len, n);
    return r;
}

static Value tuple_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT)
        op -= PV_NB_COUNT; /* tuples are immutable: in place is the plain form */
    if (op == PV_NB_ADD) {
        if (!v_isinstance(a, &pv_tuple_type))
            return V_NOTIMPLEMENTED;
        return pv_seq_concat(a, b);
    }
    if (op == PV_NB_MULTIPLY) {
        Value seq, count;
        if (pv_seq_mul_operands(a, b, &pv_tuple_type, &seq, &count) < 0)
            return V_NULL;
        return tuple_repeat(seq, count);
    }
    return V_NOTIMPLEMENTED;
}

static int64_t tuple_len(Value self) { return PV_TUPLE_LEN(self); }

/* ---- tuple_iterator ---- */

static Value iter_self(Value self) { return self; }

static Value tupleiter_repr(Value self)
{
    return pv_str_printf("<tuple_iterator object at %p>", (void *)v_obj(self));
}

PvType pv_tuple_iter_type = {
    .ob = {&pv_type_type},
    .name = "tuple_iterator",
    .base = &pv_object_type,
    .size = sizeof(PvSeqIter),
    .repr = tupleiter_repr,
    .iter = iter_self,
    .next = pv_seq_iter_next,
};

static Value tuple_iter(Value self)
{
    PvSeqIter *it = (PvSeqIter *)pv_new_object(&pv_tuple_iter_type, sizeof(PvSeqIter));
    it->seq = self;
    return v_from(it);
}

/* ---- methods ---- */

/* start/stop of index(): _PyEval_SliceIndexNotNone, then clamped to the
 * sequence as CPython's list.index and tuple.index do */
int pv_index_bounds(int argc, const Value *argv, int64_t n, int64_t *start, int64_t *stop)
{
    const char *msg = "slice indices must be integers or have an __index__ method";
    *start = 0;
    *stop = INT64_MAX;
    for (int k = 1; k < argc && k < 3; k++) {
        if (argv[k] == V_NONE) {
            pv_err_set_str(&pv_exc_TypeError, msg);
            return -1;
        }
        if (pv_slice_index(argv[k], k == 1 ? start : stop, msg) < 0)
            return -1;
    }
    if (*start < 0) {
        *start += n;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += n;
        if (*stop < 0)
            *stop = 0;
    }
    return 0;
}

static Value tuple_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("tuple", kwnames) < 0 || pv_check_positional("tuple", argc, 0, 1) < 0)
        return V_NULL;
    Value r = argc == 0 ? pv_tuple_new(0) : pv_sequence_tuple(argv[0]);
    if (r == V_NULL)
        return V_NULL;
    r = pv_exact_builtin(r);
    return type == &pv_tuple_type ? r : pv_subtype_instance(type, r);
}

static const PvMethodDef tuple_methods[] = {
    {"index", pv_seq_index, 0},
    {"count", pv_seq_count, 0},
    {NULL, NULL, 0},
};

PvType pv_tuple_type = {
    .ob = {&pv_type_type},
    .name = "tuple",
    .base = &pv_object_type,
    .size = 0,
    .flags = PV_TF_BASETYPE | PV_TF_SEQUENCE,
    .repr = pv_seq_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .binop = tuple_binop,
    .len = tuple_len,
    .getitem = pv_seq_getitem,
    .contains = pv_seq_contains,
    .iter = tuple_iter,
    .new = tuple_new,
    .methods = tuple_methods,
};
