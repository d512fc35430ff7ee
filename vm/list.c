/* vm/list.c: the list type (over-allocated array of Values), its methods,
 * slice assignment and sort (timsort's run detection and binary insertion,
 * so comparisons happen in CPython's order for small lists; plain stable
 * merges of runs beyond), and the list iterators.  Tuples are in tuple.c,
 * what both share (repr, comparison, search, repetition) in seq.c.
 */
#include <string.h>

#include "coll.h"
#include "iter.h"
#include "runtime.h"

static PvList *as_list(Value v) { return (PvList *)v_obj(v); }

/* CPython's over-allocation (list_resize), so growth costs amortise the
 * same way; cap -1 marks a list being sorted (any resize changes it) */
static void list_resize(PvList *l, int64_t newsize)
{
    if (newsize <= l->cap && newsize >= (l->cap >> 1)) {
        l->len = newsize;
        return;
    }
    /* CPython grows by 1/8; a collector's realloc always copies (and
     * leaves the old array as garbage), so pvm grows by 1/4 */
    int64_t alloc = (int64_t)(((uint64_t)newsize + ((uint64_t)newsize >> 2) + 6) & ~(uint64_t)3);
    if (newsize - l->len > alloc - newsize)
        alloc = (newsize + 3) & ~(int64_t)3;
    if (newsize == 0)
        alloc = 0;
    l->items = alloc ? pv_realloc(l->items, (size_t)alloc * sizeof(Value)) : NULL;
    l->cap = alloc;
    l->len = newsize;
}

Value pv_list_new(int64_t n)
{
    if (n < 0 || (uint64_t)n > SIZE_MAX / sizeof(Value) / 2)
        return pv_err_no_memory();
    PvList *l = (PvList *)pv_new_object(&pv_list_type, sizeof(PvList));
    if (n > 0) {
        l->items = pv_alloc((size_t)n * sizeof(Value));
        for (int64_t i = 0; i < n; i++)
            l->items[i] = V_NONE;
    }
    l->len = l->cap = n;
    return v_from(l);
}

Value pv_list_from(int64_t n, const Value *items)
{
    Value l = pv_list_new(n);
    if (l != V_NULL && n > 0)
        memcpy(PV_LIST_ITEMS(l), items, (size_t)n * sizeof(Value));
    return l;
}

void pv_list_append(Value list, Value item)
{
    PvList *l = as_list(list);
    int64_t n = l->len;
    if (n < l->cap) {
        l->items[n] = item;
        l->len = n + 1;
        return;
    }
    list_resize(l, n + 1);
    l->items[n] = item;
}

static void append_items(PvList *l, int64_t n, const Value *items)
{
    if (n == 0)
        return;
    int64_t old = l->len;
    list_resize(l, old + n);
    memmove(l->items + old, items, (size_t)n * sizeof(Value));
}

int pv_list_extend(Value list, Value iterable)
{
    PvList *l = as_list(list);
    if (v_is(iterable, &pv_list_type)) {
        /* l.extend(l): the count is taken before growing */
        int64_t n = PV_LIST_LEN(iterable);
        if (iterable == list) {
            Value *copy = pv_alloc((size_t)(n ? n : 1) * sizeof(Value));
            memcpy(copy, l->items, (size_t)n * sizeof(Value));
            append_items(l, n, copy);
        } else {
            append_items(l, n, PV_LIST_ITEMS(iterable));
        }
        return 0;
    }
    if (v_is(iterable, &pv_tuple_type)) {
        append_items(l, PV_TUPLE_LEN(iterable), PV_TUPLE_ITEMS(iterable));
        return 0;
    }
    Value it = pv_iter(iterable);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        pv_list_append(list, x);
    }
}

Value pv_sequence_list(Value iterable)
{
    Value l = pv_list_new(0);
    if (pv_list_extend(l, iterable) < 0)
        return V_NULL;
    return l;
}

/* PySequence_Fast: a list or tuple as items + count; other iterables are
 * listed first.  A TypeError from iter() becomes `msg`. */
static int seq_fast(Value v, const char *msg, Value *holder, int64_t *n, Value **items)
{
    if (v_is(v, &pv_list_type)) {
        /* copy: assigning may resize the source when it is the target */
        *holder = pv_list_from(PV_LIST_LEN(v), PV_LIST_ITEMS(v));
    } else if (v_is(v, &pv_tuple_type)) {
        *holder = v;
        *n = PV_TUPLE_LEN(v);
        *items = PV_TUPLE_ITEMS(v);
        return 0;
    } else {
        Value it = pv_iter(v);
        if (it == V_NULL) {
            if (pv_err_matches(&pv_exc_TypeError)) {
                pv_err_clear();
                pv_err_set_str(&pv_exc_TypeError, msg);
            }
            return -1;
        }
        Value l = pv_list_new(0);
        if (pv_list_extend(l, it) < 0)
            return -1;
        *holder = l;
    }
    *n = PV_LIST_LEN(*holder);
    *items = PV_LIST_ITEMS(*holder);
    return 0;
}

/* ---- slots ---- */

static Value list_richcompare(Value a, Value b, int op)
{
    if (!v_isinstance(a, &pv_list_type) || !v_isinstance(b, &pv_list_type))
        return V_NOTIMPLEMENTED;
    return pv_seq_richcompare(a, b, op);
}

/* the items repeated `count` times into dst (which may hold them itself) */
static int list_repeat_into(PvList *dst, const Value *items, int64_t len, Value count)
{
    int64_t n;
    if (pv_seq_repeat_count(count, len, &n) < 0)
        return -1;
    if (n == 0) {
        list_resize(dst, 0);
        return 0;
    }
    Value *src = pv_alloc((size_t)len * sizeof(Value));
    memcpy(src, items, (size_t)len * sizeof(Value));
    list_resize(dst, len * n);
    pv_seq_fill_repeat(dst->items, src, len, n);
    return 0;
}

static Value list_binop(Value a, Value b, int op)
{
    bool inplace = op >= PV_NB_COUNT;
    if (inplace)
        op -= PV_NB_COUNT;
    if (op == PV_NB_ADD) {
        if (!v_isinstance(a, &pv_list_type))
            return V_NOTIMPLEMENTED;
        if (inplace) {
            /* list += any iterable */
            if (pv_list_extend(a, b) < 0)
                return V_NULL;
            return a;
        }
        return pv_seq_concat(a, b);
    }
    if (op == PV_NB_MULTIPLY) {
        if (inplace && !v_isinstance(a, &pv_list_type))
            return V_NOTIMPLEMENTED;
        Value seq, count;
        if (pv_seq_mul_operands(a, b, &pv_list_type, &seq, &count) < 0)
            return V_NULL;
        if (inplace) {
            if (list_repeat_into(as_list(a), PV_LIST_ITEMS(a), PV_LIST_LEN(a), count) < 0)
                return V_NULL;
            return a;
        }
        Value r = pv_list_new(0);
        if (list_repeat_into(as_list(r), PV_LIST_ITEMS(seq), PV_LIST_LEN(seq), count) < 0)
            return V_NULL;
        return r;
    }
    return V_NOTIMPLEMENTED;
}

static int64_t list_len(Value self) { return PV_LIST_LEN(self); }

/* a[ilow:ihigh] = v (v V_NULL: delete), list_ass_slice's clamping */
static int list_ass_slice(Value self, int64_t ilow, int64_t ihigh, Value v)
{
    PvList *a = as_list(self);
    int64_t n = 0;
    Value holder = V_NULL, *items = NULL;
    if (v != V_NULL && seq_fast(v, "can only assign an iterable", &holder, &n, &items) < 0)
        return -1;
    if (ilow < 0)
        ilow = 0;
    else if (ilow > a->len)
        ilow = a->len;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > a->len)
        ihigh = a->len;
    int64_t d = n - (ihigh - ilow), old = a->len;
    if (d > 0) {
        list_resize(a, old + d);
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(old - ihigh) * sizeof(Value));
    } else if (d < 0) {
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(old - ihigh) * sizeof(Value));
        list_resize(a, old + d);
    }
    if (n > 0)
        if (n)
            memcpy(a->items + ilow, items, (size_t)n * sizeof(Value));
    (void)holder;
    return 0;
}

static int list_setitem(Value self, Value key, Value val)
{
    PvList *a = as_list(self);
    int64_t i;
    int rc;
    if (pv_seq_index_key(key, &i, &rc)) {
        if (rc < 0)
            return -1;
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len) {
            pv_err_set_str(&pv_exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (val == V_NULL) {
            memmove(a->items + i, a->items + i + 1, (size_t)(a->len - i - 1) * sizeof(Value));
            list_resize(a, a->len - 1);
        } else {
            a->items[i] = val;
        }
        return 0;
    }
    if (!v_is(key, &pv_slice_type)) {
        pv_err_printf(&pv_exc_TypeError, "list indices must be integers or slices, not %s",
                      pv_type_name(key));
        return -1;
    }
    int64_t start, stop, step, len;
    if (pv_slice_indices(key, a->len, &start, &stop, &step, &len) < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(self, start, stop, val);
    if (val == V_NULL) {
        if (len <= 0)
            return 0;
        /* delete every step-th item: compact the survivors in order */
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (len - 1) - 1;
            step = -step;
        }
        int64_t w = 0, next = start, removed = 0;
        for (int64_t r = 0; r < a->len; r++) {
            if (r == next && removed < len) {
                removed++;
                next += step;
                continue;
            }
            a->items[w++] = a->items[r];
        }
        list_resize(a, w);
        return 0;
    }
    Value holder;
    int64_t n;
    Value *items;
    if (seq_fast(val, "must assign iterable to extended slice", &holder, &n, &items) < 0)
        return -1;
    if (n != len) {
        pv_err_printf(&pv_exc_ValueError,
                      "attempt to assign sequence of size %lld to extended slice of size %lld",
                      (long long)n, (long long)len);
        return -1;
    }
    for (int64_t k = 0, j = start; k < len; k++, j += step)
        a->items[j] = items[k];
    return 0;
}

/* ---- iterators ---- */

static Value iter_self(Value self) { return self; }

static Value listreviter_next(Value self)
{
    PvSeqIter *it = (PvSeqIter *)v_obj(self);
    if (it->seq == V_NULL)
        return V_NULL;
    if (it->index >= 0 && it->index < PV_LIST_LEN(it->seq))
        return PV_LIST_ITEMS(it->seq)[it->index--];
    it->seq = V_NULL;
    return V_NULL;
}

static Value listiter_repr(Value self)
{
    return pv_str_printf("<%s object at %p>", v_obj(self)->type->name, (void *)v_obj(self));
}

PvType pv_list_iter_type = {
    .ob = {&pv_type_type},
    .name = "list_iterator",
    .base = &pv_object_type,
    .size = sizeof(PvSeqIter),
    .repr = listiter_repr,
    .iter = iter_self,
    .next = pv_seq_iter_next,
};

PvType pv_list_reviter_type = {
    .ob = {&pv_type_type},
    .name = "list_reverseiterator",
    .base = &pv_object_type,
    .size = sizeof(PvSeqIter),
    .repr = listiter_repr,
    .iter = iter_self,
    .next = listreviter_next,
};

static Value list_iter(Value self)
{
    PvSeqIter *it = (PvSeqIter *)pv_new_object(&pv_list_iter_type, sizeof(PvSeqIter));
    it->seq = self;
    return v_from(it);
}

Value pv_list_reversed(Value list)
{
    PvSeqIter *it = (PvSeqIter *)pv_new_object(&pv_list_reviter_type, sizeof(PvSeqIter));
    it->seq = list;
    it->index = PV_LIST_LEN(list) - 1;
    return v_from(it);
}

/* ---- sort ----
 * CPython's list.sort: the list is empty while sorting (a change made by a
 * key or comparison is detected afterwards), keys are computed first, and
 * reverse=True reverses before and after a stable ascending sort. */

typedef struct SortState {
    Value *keys;
    Value *vals;       /* NULL when the keys are the items */
    Value *tmpk, *tmpv;
    int64_t nruns;
    int64_t runbase[90], runlen[90];
} SortState;

/* -1 error, 1 if x < y */
static int lt(Value x, Value y)
{
    if (v_is_small(x) && v_is_small(y))
        return v_small(x) < v_small(y);
    return pv_richcompare_bool(x, y, PV_LT);
}

static void reverse_values(Value *p, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}

/* count_run: length of the run at lo (strictly descending runs reversed) */
static int64_t count_run(SortState *s, int64_t lo, int64_t hi)
{
    Value *k = s->keys;
    if (lo + 1 == hi)
        return 1;
    int64_t n = 2;
    int c = lt(k[lo + 1], k[lo]);
    if (c < 0)
        return -1;
    if (c) {
        for (int64_t p = lo + 2; p < hi; p++, n++) {
            c = lt(k[p], k[p - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        reverse_values(k + lo, n);
        if (s->vals)
            reverse_values(s->vals + lo, n);
    } else {
        for (int64_t p = lo + 2; p < hi; p++, n++) {
            c = lt(k[p], k[p - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return n;
}

/* binary insertion of [start, hi) into the sorted [lo, start) */
static int binarysort(SortState *s, int64_t lo, int64_t hi, int64_t start)
{
    Value *k = s->keys, *v = s->vals;
    if (lo == start)
        start++;
    for (; start < hi; start++) {
        int64_t l = lo, r = start;
        Value pivot = k[r], pv = v ? v[r] : V_NULL;
        do {
            int64_t p = l + ((r - l) >> 1);
            int c = lt(pivot, k[p]);
            if (c < 0)
                return -1;
            if (c)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(k + l + 1, k + l, (size_t)(start - l) * sizeof(Value));
        k[l] = pivot;
        if (v) {
            memmove(v + l + 1, v + l, (size_t)(start - l) * sizeof(Value));
            v[l] = pv;
        }
    }
    return 0;
}

/* merge runs i and i+1 (adjacent) stably */
static int merge_at(SortState *s, int64_t i)
{
    int64_t a = s->runbase[i], na = s->runlen[i], nb = s->runlen[i + 1];
    int64_t b = a + na, end = b + nb;
    Value *k = s->keys, *v = s->vals;
    memcpy(s->tmpk, k + a, (size_t)na * sizeof(Value));
    if (v)
        memcpy(s->tmpv, v + a, (size_t)na * sizeof(Value));
    int64_t x = 0, y = b, d = a;
    int rc = 0;
    while (x < na && y < end) {
        int c = lt(k[y], s->tmpk[x]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            if (v)
                v[d] = v[y];
            k[d++] = k[y++];
        } else {
            if (v)
                v[d] = s->tmpv[x];
            k[d++] = s->tmpk[x++];
        }
    }
    /* what is left of the first run goes back (also after an error, so
     * no item is lost) */
    memcpy(k + d, s->tmpk + x, (size_t)(na - x) * sizeof(Value));
    if (v)
        memcpy(v + d, s->tmpv + x, (size_t)(na - x) * sizeof(Value));
    s->runlen[i] = na + nb;
    for (int64_t j = i + 1; j + 1 < s->nruns; j++) {
        s->runbase[j] = s->runbase[j + 1];
        s->runlen[j] = s->runlen[j + 1];
    }
    s->nruns--;
    return rc;
}

static int merge_collapse(SortState *s)
{
    int64_t *p = s->runlen;
    while (s->nruns > 1) {
        int64_t n = s->nruns - 2;
        if ((n > 0 && p[n - 1] <= p[n] + p[n + 1]) || (n > 1 && p[n - 2] <= p[n - 1] + p[n])) {
            if (p[n - 1] < p[n + 1])
                n--;
        } else if (!(p[n] <= p[n + 1])) {
            break;
        }
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static int64_t compute_minrun(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(Value *keys, Value *vals, int64_t n)
{
    if (n < 2)
        return 0;
    SortState s;
    s.keys = keys;
    s.vals = vals;
    s.tmpk = pv_alloc((size_t)n * sizeof(Value));
    s.tmpv = vals ? pv_alloc((size_t)n * sizeof(Value)) : NULL;
    s.nruns = 0;
    int64_t minrun = compute_minrun(n), lo = 0, remaining = n;
    while (remaining > 0) {
        int64_t r = count_run(&s, lo, lo + remaining);
        if (r < 0)
            return -1;
        if (r < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (binarysort(&s, lo, lo + force, lo + r) < 0)
                return -1;
            r = force;
        }
        s.runbase[s.nruns] = lo;
        s.runlen[s.nruns] = r;
        s.nruns++;
        if (merge_collapse(&s) < 0)
            return -1;
        lo += r;
        remaining -= r;
    }
    while (s.nruns > 1) {
        int64_t i = s.nruns - 2;
        if (i > 0 && s.runlen[i - 1] < s.runlen[i + 1])
            i--;
        if (merge_at(&s, i) < 0)
            return -1;
    }
    return 0;
}

Value pv_list_sort(Value list, Value key, bool reverse)
{
    PvList *l = as_list(list);
    int64_t n = l->len, cap = l->cap;
    Value *items = l->items;
    l->len = 0;
    l->items = NULL;
    l->cap = -1;
    Value *keys = items, *vals = NULL;
    int rc = 0;
    if (key != V_NULL && key != V_NONE && n > 0) {
        keys = pv_alloc((size_t)n * sizeof(Value));
        for (int64_t i = 0; i < n; i++) {
            keys[i] = pv_call1(key, items[i]);
            if (keys[i] == V_NULL) {
                rc = -2; /* the list keeps its order */
                break;
            }
        }
        vals = items;
    }
    if (rc == 0) {
        if (reverse && n > 1) {
            reverse_values(keys, n);
            if (vals)
                reverse_values(vals, n);
        }
        rc = timsort(keys, vals, n);
        if (reverse && n > 1) {
            reverse_values(keys, n);
            if (vals)
                reverse_values(vals, n);
        }
    }
    bool modified = l->cap != -1;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (rc < 0)
        return V_NULL;
    if (modified) {
        pv_err_set_str(&pv_exc_ValueError, "list modified during sort");
        return V_NULL;
    }
    return V_NONE;
}

/* ---- methods ---- */

static Value list_append_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("list.append", argc, kwnames) < 0)
        return V_NULL;
    pv_list_append(self, argv[0]);
    return V_NONE;
}

static Value list_extend_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("list.extend", argc, kwnames) < 0)
        return V_NULL;
    if (pv_list_extend(self, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static Value list_insert_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("list.insert", kwnames) < 0 || pv_check_positional("insert", argc, 2, 2) < 0)
        return V_NULL;
    int64_t i;
    if (pv_index(argv[0], &i) < 0)
        return V_NULL;
    PvList *l = as_list(self);
    int64_t n = l->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    list_resize(l, n + 1);
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Value));
    l->items[i] = argv[1];
    return V_NONE;
}

static Value list_pop_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("list.pop", kwnames) < 0 || pv_check_positional("pop", argc, 0, 1) < 0)
        return V_NULL;
    int64_t i = -1;
    if (argc == 1 && pv_index(argv[0], &i) < 0)
        return V_NULL;
    PvList *l = as_list(self);
    if (l->len == 0) {
        pv_err_set_str(&pv_exc_IndexError, "pop from empty list");
        return V_NULL;
    }
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= l->len) {
        pv_err_set_str(&pv_exc_IndexError, "pop index out of range");
        return V_NULL;
    }
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    list_resize(l, l->len - 1);
    return v;
}

static Value list_remove_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("list.remove", argc, kwnames) < 0)
        return V_NULL;
    PvList *l = as_list(self);
    for (int64_t i = 0; i < l->len; i++) {
        int k = pv_richcompare_bool(l->items[i], argv[0], PV_EQ);
        if (k < 0)
            return V_NULL;
        if (k) {
            if (i < l->len) {
                memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
                list_resize(l, l->len - 1);
            }
            return V_NONE;
        }
    }
    pv_err_set_str(&pv_exc_ValueError, "list.remove(x): x not in list");
    return V_NULL;
}

static Value list_clear_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("list.clear", argc, kwnames) < 0)
        return V_NULL;
    PvList *l = as_list(self);
    l->items = NULL;
    l->len = l->cap = 0;
    return V_NONE;
}

static Value list_copy_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("list.copy", argc, kwnames) < 0)
        return V_NULL;
    return pv_list_from(PV_LIST_LEN(self), PV_LIST_ITEMS(self));
}

void pv_list_reverse(Value list)
{
    reverse_values(PV_LIST_ITEMS(list), PV_LIST_LEN(list));
}

static Value list_reverse_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("list.reverse", argc, kwnames) < 0)
        return V_NULL;
    pv_list_reverse(self);
    return V_NONE;
}

static Value list_sort_m(Value self, int argc, const Value *argv, Value kwnames)
{
    int nkw = pv_nkw(kwnames), npos = argc - nkw;
    if (npos > 0) {
        pv_err_set_str(&pv_exc_TypeError, "sort() takes no positional arguments");
        return V_NULL;
    }
    Value key = V_NONE;
    int reverse = 0;
    for (int i = 0; i < nkw; i++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[i], v = argv[npos + i];
        if (pv_str_eq_cstr(name, "key")) {
            key = v;
        } else if (pv_str_eq_cstr(name, "reverse")) {
            /* reverse is an int in the clinic signature (bool accepted) */
            if (v_isinstance(v, &pv_float_type)) {
                pv_err_set_str(&pv_exc_TypeError, "'float' object cannot be interpreted as an integer");
                return V_NULL;
            }
            reverse = pv_truth(v);
            if (reverse < 0)
                return V_NULL;
        } else {
            size_t n;
            pv_err_printf(&pv_exc_TypeError, "'%s' is an invalid keyword argument for sort()",
                          pv_str_utf8(name, &n));
            return V_NULL;
        }
    }
    return pv_list_sort(self, key, reverse != 0);
}

static Value list_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    /* a class derived from list: empty here, filled by __init__ */
    if (type != &pv_list_type)
        return v_from(pv_new_object(type, sizeof(PvList)));
    if (pv_check_no_kw("list", kwnames) < 0 || pv_check_positional("list", argc, 0, 1) < 0)
        return V_NULL;
    if (argc == 0)
        return pv_list_new(0);
    return pv_sequence_list(argv[0]);
}

static int list_init(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("list", kwnames) < 0 || pv_check_positional("list", argc, 0, 1) < 0)
        return -1;
    PV_LIST_LEN(self) = 0;
    return argc == 0 ? 0 : pv_list_extend(self, argv[0]);
}

static const PvMethodDef list_methods[] = {
    {"append", list_append_m, 0},
    {"extend", list_extend_m, 0},
    {"insert", list_insert_m, 0},
    {"pop", list_pop_m, 0},
    {"remove", list_remove_m, 0},
    {"index", pv_seq_index, 0},
    {"count", pv_seq_count, 0},
    {"clear", list_clear_m, 0},
    {"copy", list_copy_m, 0},
    {"reverse", list_reverse_m, 0},
    {"sort", list_sort_m, 0},
    {NULL, NULL, 0},
};

PvType pv_list_type = {
    .ob = {&pv_type_type},
    .name = "list",
    .base = &pv_object_type,
    .size = sizeof(PvList),
    .flags = PV_TF_BASETYPE | PV_TF_SEQUENCE,
    .repr = pv_seq_repr,
    .richcompare = list_richcompare,
    .binop = list_binop,
    .len = list_len,
    .getitem = pv_seq_getitem,
    .setitem = list_setitem,
    .contains = pv_seq_contains,
    .iter = list_iter,
    .new = list_new,
    .init = list_init,
    .methods = list_methods,
};
