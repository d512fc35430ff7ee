/* vm/seq.c: the algorithms list and tuple share over their item arrays:
 * repr, lexicographic comparison, subscription, membership, index/count,
 * concatenation, the operands and copying of repetition, and the forward
 * iterator.  A list can change while an item's __eq__ or __repr__ runs, so
 * its length and items are read again at every step.  Storage, slice
 * assignment and the other mutations stay in list.c and tuple.c.
 */
#include <string.h>

#include "coll.h"
#include "runtime.h"

static bool is_list(Value v) { return v_isinstance(v, &pv_list_type); }

static int64_t seq_len(Value v, bool list) { return list ? PV_LIST_LEN(v) : PV_TUPLE_LEN(v); }

static Value seq_item(Value v, bool list, int64_t i)
{
    return list ? PV_LIST_ITEMS(v)[i] : PV_TUPLE_ITEMS(v)[i];
}

Value pv_seq_repr(Value self)
{
    bool list = is_list(self);
    if (seq_len(self, list) == 0)
        return pv_str_cstr(list ? "[]" : "()");
    if (pv_repr_enter(self))
        return pv_str_cstr(list ? "[...]" : "(...)");
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_char(&b, list ? '[' : '(');
    for (int64_t i = 0; i < seq_len(self, list); i++) {
        if (i > 0)
            pv_sb_ascii(&b, ", ");
        Value r = pv_repr(seq_item(self, list, i));
        if (r == V_NULL) {
            pv_repr_leave(self);
            return V_NULL;
        }
        pv_sb_str(&b, r);
    }
    pv_sb_ascii(&b, list ? "]" : seq_len(self, list) == 1 ? ",)" : ")");
    pv_repr_leave(self);
    return pv_sb_finish(&b);
}

static Value compare_lengths(int64_t a, int64_t b, int op)
{
    bool r = false;
    switch (op) {
    case PV_LT: r = a < b; break;
    case PV_LE: r = a <= b; break;
    case PV_EQ: r = a == b; break;
    case PV_NE: r = a != b; break;
    case PV_GT: r = a > b; break;
    case PV_GE: r = a >= b; break;
    }
    return v_bool(r);
}

Value pv_seq_richcompare(Value a, Value b, int op)
{
    bool list = is_list(a);
    /* lists of different lengths are unequal without comparing items;
     * tuples compare items first (an item's __eq__ runs either way) */
    if (list && seq_len(a, list) != seq_len(b, list) && (op == PV_EQ || op == PV_NE))
        return v_bool(op == PV_NE);
    int64_t i;
    for (i = 0; i < seq_len(a, list) && i < seq_len(b, list); i++) {
        int k = pv_richcompare_bool(seq_item(a, list, i), seq_item(b, list, i), PV_EQ);
        if (k < 0)
            return V_NULL;
        if (!k)
            break;
    }
    if (i >= seq_len(a, list) || i >= seq_len(b, list))
        return compare_lengths(seq_len(a, list), seq_len(b, list), op);
    if (op == PV_EQ)
        return V_FALSE;
    if (op == PV_NE)
        return V_TRUE;
    return pv_richcompare(seq_item(a, list, i), seq_item(b, list, i), op);
}

bool pv_seq_index_key(Value key, int64_t *i, int *rc)
{
    if (v_is_small(key)) {
        *i = v_small(key);
        *rc = 0;
        return true;
    }
    if (v_isinstance(key, &pv_int_type)) {
        /* PyNumber_AsSsize_t(key, IndexError): a huge index is an IndexError */
        *rc = pv_index(key, i);
        if (*rc < 0 && pv_err_matches(&pv_exc_OverflowError)) {
            pv_err_clear();
            pv_err_set_str(&pv_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return true;
    }
    return false;
}

Value pv_seq_getitem(Value self, Value key)
{
    bool list = is_list(self);
    int64_t n = seq_len(self, list), i;
    int rc;
    if (pv_seq_index_key(key, &i, &rc)) {
        if (rc < 0)
            return V_NULL;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            pv_err_set_str(&pv_exc_IndexError,
                           list ? "list index out of range" : "tuple index out of range");
            return V_NULL;
        }
        return seq_item(self, list, i);
    }
    if (v_is(key, &pv_slice_type)) {
        int64_t start, stop, step, len;
        if (pv_slice_indices(key, n, &start, &stop, &step, &len) < 0)
            return V_NULL;
        /* a whole exact tuple is itself */
        if (!list && len == n && step == 1 && v_is(self, &pv_tuple_type))
            return self;
        Value r = list ? pv_list_new(len) : pv_tuple_new(len);
        if (r == V_NULL)
            return V_NULL;
        Value *dst = list ? PV_LIST_ITEMS(r) : PV_TUPLE_ITEMS(r);
        for (int64_t k = 0, j = start; k < len; k++, j += step)
            dst[k] = seq_item(self, list, j);
        return r;
    }
    pv_err_printf(&pv_exc_TypeError, "%s indices must be integers or slices, not %s",
                  list ? "list" : "tuple", pv_type_name(key));
    return V_NULL;
}

int pv_seq_contains(Value self, Value item)
{
    bool list = is_list(self);
    for (int64_t i = 0; i < seq_len(self, list); i++) {
        int k = pv_richcompare_bool(seq_item(self, list, i), item, PV_EQ);
        if (k != 0)
            return k;
    }
    return 0;
}

Value pv_seq_index(Value self, int argc, const Value *argv, Value kwnames)
{
    bool list = is_list(self);
    if (pv_check_no_kw(list ? "list.index" : "tuple.index", kwnames) < 0 ||
        pv_check_positional("index", argc, 1, 3) < 0)
        return V_NULL;
    int64_t start, stop;
    if (pv_index_bounds(argc, argv, seq_len(self, list), &start, &stop) < 0)
        return V_NULL;
    for (int64_t i = start; i < stop && i < seq_len(self, list); i++) {
        int k = pv_richcompare_bool(seq_item(self, list, i), argv[0], PV_EQ);
        if (k < 0)
            return V_NULL;
        if (k)
            return pv_int_from_i64(i);
    }
    if (!list) {
        pv_err_set_str(&pv_exc_ValueError, "tuple.index(x): x not in tuple");
        return V_NULL;
    }
    const char *r = pv_repr_cstr(argv[0]);
    if (r)
        pv_err_printf(&pv_exc_ValueError, "%s is not in list", r);
    return V_NULL;
}

Value pv_seq_count(Value self, int argc, const Value *argv, Value kwnames)
{
    bool list = is_list(self);
    if (pv_check_onearg(list ? "list.count" : "tuple.count", argc, kwnames) < 0)
        return V_NULL;
    int64_t c = 0;
    for (int64_t i = 0; i < seq_len(self, list); i++) {
        int k = pv_richcompare_bool(seq_item(self, list, i), argv[0], PV_EQ);
        if (k < 0)
            return V_NULL;
        c += k;
    }
    return pv_int_from_i64(c);
}

Value pv_seq_concat(Value a, Value b)
{
    bool list = is_list(a);
    PvType *type = list ? &pv_list_type : &pv_tuple_type;
    if (!v_isinstance(b, type)) {
        pv_err_printf(&pv_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                      type->name, pv_type_name(b), type->name);
        return V_NULL;
    }
    int64_t na = seq_len(a, list), nb = seq_len(b, list);
    /* an exact tuple joined with an empty one is itself */
    if (!list && nb == 0 && v_is(a, &pv_tuple_type))
        return a;
    if (!list && na == 0 && v_is(b, &pv_tuple_type))
        return b;
    Value r = list ? pv_list_new(na + nb) : pv_tuple_new(na + nb);
    if (r == V_NULL)
        return V_NULL;
    Value *dst = list ? PV_LIST_ITEMS(r) : PV_TUPLE_ITEMS(r);
    /* an empty list may have no item array: memcpy must not see NULL */
    if (na)
        memcpy(dst, list ? PV_LIST_ITEMS(a) : PV_TUPLE_ITEMS(a), (size_t)na * sizeof(Value));
    if (nb)
        memcpy(dst + na, list ? PV_LIST_ITEMS(b) : PV_TUPLE_ITEMS(b), (size_t)nb * sizeof(Value));
    return r;
}

int pv_seq_mul_operands(Value a, Value b, PvType *type, Value *seq, Value *count)
{
    *seq = v_isinstance(a, type) ? a : b;
    *count = *seq == a ? b : a;
    if (!v_isinstance(*count, &pv_int_type)) {
        pv_err_printf(&pv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      pv_type_name(*count));
        return -1;
    }
    return 0;
}

int pv_seq_repeat_count(Value count, int64_t len, int64_t *n)
{
    if (pv_index(count, n) < 0)
        return -1;
    if (*n <= 0 || len == 0) {
        *n = 0;
        return 0;
    }
    if (len > INT64_MAX / *n || (uint64_t)(len * *n) > SIZE_MAX / sizeof(Value) / 2) {
        pv_err_no_memory();
        return -1;
    }
    return 0;
}

void pv_seq_fill_repeat(Value *dst, const Value *items, int64_t len, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        memcpy(dst + i * len, items, (size_t)len * sizeof(Value));
}

Value pv_seq_iter_next(Value self)
{
    PvSeqIter *it = (PvSeqIter *)v_obj(self);
    if (it->seq == V_NULL)
        return V_NULL;
    bool list = is_list(it->seq);
    if (it->index < seq_len(it->seq, list))
        return seq_item(it->seq, list, it->index++);
    it->seq = V_NULL;
    return V_NULL;
}
