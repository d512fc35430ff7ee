/* vm/iter.c: the generic sequence iterator (getitem until IndexError) and
 * the iterator types behind the builtins enumerate, zip, map, filter,
 * reversed and iter(callable, sentinel), with CPython 3.11's constructor
 * errors.  The containers' own iterators live with their types.
 */
#include <string.h>

#include "coll.h"
#include "iter.h"
#include "runtime.h"

static Value iter_self(Value self) { return self; }

static Value iter_repr(Value self)
{
    return pv_str_printf("<%s object at %p>", v_obj(self)->type->name, (void *)v_obj(self));
}

/* the end of a getitem-driven iteration: IndexError or StopIteration */
static bool end_of_sequence(void)
{
    if (pv_err_matches(&pv_exc_IndexError) || pv_err_matches(&pv_exc_StopIteration)) {
        pv_err_clear();
        return true;
    }
    return false;
}

/* ---- iterator: seq[0], seq[1], ... ---- */
typedef struct SeqIter {
    PvObject ob;
    Value seq;       /* V_NULL once exhausted */
    int64_t index;
} SeqIter;

static Value seqiter_next(Value self)
{
    SeqIter *it = (SeqIter *)v_obj(self);
    if (it->seq == V_NULL)
        return V_NULL;
    Value v = pv_getitem(it->seq, pv_int_from_i64(it->index));
    if (v != V_NULL) {
        it->index++;
        return v;
    }
    if (end_of_sequence())
        it->seq = V_NULL;
    return V_NULL;
}

PvType pv_seq_iter_type = {
    .ob = {&pv_type_type},
    .name = "iterator",
    .base = &pv_object_type,
    .size = sizeof(SeqIter),
    .repr = iter_repr,
    .iter = iter_self,
    .next = seqiter_next,
};

Value pv_seq_iter_new(Value seq)
{
    SeqIter *it = (SeqIter *)pv_new_object(&pv_seq_iter_type, sizeof(SeqIter));
    it->seq = seq;
    return v_from(it);
}

/* ---- enumerate ---- */
typedef struct Enumerate {
    PvObject ob;
    Value it;
    int64_t index;     /* while it fits; then `big` */
    Value big;         /* V_NULL, or the next index as an int */
} Enumerate;

static int bad_keyword(Value name, const char *fname)
{
    size_t n;
    pv_err_printf(&pv_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                  pv_str_utf8(name, &n), fname);
    return -1;
}

static int check_keyword(Value kwnames, int i, const char *want)
{
    Value name = PV_TUPLE_ITEMS(kwnames)[i];
    if (pv_str_eq_cstr(name, want))
        return 0;
    return bad_keyword(name, "enumerate");
}

static Value enumerate_make(PvType *type, Value iterable, Value start)
{
    Value it = pv_iter(iterable);
    if (it == V_NULL)
        return V_NULL;
    Enumerate *e = (Enumerate *)pv_new_object(type, sizeof(Enumerate));
    e->it = it;
    e->big = V_NULL;
    if (start != V_NULL) {
        if (!v_isinstance(start, &pv_int_type)) {
            pv_err_printf(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          pv_type_name(start));
            return V_NULL;
        }
        if (!pv_int_as_i64(start, &e->index) || e->index == INT64_MAX) {
            mpz_t z;
            mpz_init(z);
            pv_int_to_mpz(start, z);
            e->big = pv_int_from_mpz(z); /* bool start counts as int */
            mpz_clear(z);
        }
    }
    return v_from(e);
}

/* enumerate's hand-written argument handling (enum_vectorcall) */
static Value enumerate_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    int nkw = pv_nkw(kwnames), npos = argc - nkw;
    if (argc == 2) {
        if (nkw == 1 && check_keyword(kwnames, 0, "start") < 0)
            return V_NULL;
        if (nkw == 2) {
            if (pv_str_eq_cstr(PV_TUPLE_ITEMS(kwnames)[0], "start")) {
                if (check_keyword(kwnames, 1, "iterable") < 0)
                    return V_NULL;
                return enumerate_make(type, argv[1], argv[0]);
            }
            if (check_keyword(kwnames, 0, "iterable") < 0 || check_keyword(kwnames, 1, "start") < 0)
                return V_NULL;
        }
        return enumerate_make(type, argv[0], argv[1]);
    }
    if (argc == 1) {
        if (nkw == 1 && check_keyword(kwnames, 0, "iterable") < 0)
            return V_NULL;
        return enumerate_make(type, argv[0], V_NULL);
    }
    if (npos == 0 && argc == 0) {
        pv_err_set_str(&pv_exc_TypeError, "enumerate() missing required argument 'iterable'");
        return V_NULL;
    }
    pv_err_printf(&pv_exc_TypeError, "enumerate() takes at most 2 arguments (%d given)", argc);
    return V_NULL;
}

static Value enumerate_next(Value self)
{
    Enumerate *e = (Enumerate *)v_obj(self);
    Value item = pv_next(e->it);
    if (item == V_NULL)
        return V_NULL;
    Value pair[2];
    if (e->big == V_NULL) {
        pair[0] = pv_int_from_i64(e->index);
        if (++e->index == INT64_MAX)
            e->big = pv_int_from_i64(INT64_MAX);
    } else {
        pair[0] = e->big;
        e->big = pv_binop(e->big, v_from_small(1), PV_NB_ADD);
        if (e->big == V_NULL)
            return V_NULL;
    }
    pair[1] = item;
    return pv_tuple_from(2, pair);
}

PvType pv_enumerate_type = {
    .ob = {&pv_type_type},
    .name = "enumerate",
    .base = &pv_object_type,
    .size = sizeof(Enumerate),
    .flags = PV_TF_BASETYPE,
    .repr = iter_repr,
    .iter = iter_self,
    .next = enumerate_next,
    .new = enumerate_new,
};

/* ---- zip ---- */
typedef struct Zip {
    PvObject ob;
    int64_t n;
    Value *its;        /* V_NULL its once exhausted */
    bool strict, done;
} Zip;

static Value zip_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    int nkw = pv_nkw(kwnames), npos = argc - nkw;
    bool strict = false;
    if (nkw > 1) {
        pv_err_printf(&pv_exc_TypeError, "zip() takes at most 1 keyword argument (%d given)", nkw);
        return V_NULL;
    }
    if (nkw == 1) {
        Value name = PV_TUPLE_ITEMS(kwnames)[0];
        if (!pv_str_eq_cstr(name, "strict")) {
            bad_keyword(name, "zip");
            return V_NULL;
        }
        int t = pv_truth(argv[npos]);
        if (t < 0)
            return V_NULL;
        strict = t;
    }
    Zip *z = (Zip *)pv_new_object(type, sizeof(Zip));
    z->n = npos;
    z->its = pv_alloc((size_t)(npos ? npos : 1) * sizeof(Value));
    for (int i = 0; i < npos; i++) {
        z->its[i] = pv_iter(argv[i]);
        if (z->its[i] == V_NULL)
            return V_NULL;
    }
    z->strict = strict;
    return v_from(z);
}

/* strict mode: explain which argument ran out first (zip_next's check) */
static Value zip_strict_check(Zip *z, int64_t i)
{
    if (pv_err_occurred())
        return V_NULL;
    z->done = true;
    if (i) {
        pv_err_printf(&pv_exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                      (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
        return V_NULL;
    }
    for (i = 1; i < z->n; i++) {
        Value item = pv_next(z->its[i]);
        if (item != V_NULL) {
            pv_err_printf(&pv_exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                          (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
            return V_NULL;
        }
        if (pv_err_occurred())
            return V_NULL;
    }
    return V_NULL;
}

static Value zip_next(Value self)
{
    Zip *z = (Zip *)v_obj(self);
    if (z->n == 0 || z->done)
        return V_NULL;
    Value t = pv_tuple_new(z->n);
    for (int64_t i = 0; i < z->n; i++) {
        Value item = pv_next(z->its[i]);
        if (item == V_NULL) {
            if (z->strict)
                return zip_strict_check(z, i);
            return V_NULL;
        }
        PV_TUPLE_ITEMS(t)[i] = item;
    }
    return t;
}

PvType pv_zip_type = {
    .ob = {&pv_type_type},
    .name = "zip",
    .base = &pv_object_type,
    .size = sizeof(Zip),
    .flags = PV_TF_BASETYPE,
    .repr = iter_repr,
    .iter = iter_self,
    .next = zip_next,
    .new = zip_new,
};

/* ---- map ---- */
typedef struct Map {
    PvObject ob;
    Value func;
    int64_t n;
    Value *its;
} Map;

static Value map_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("map", kwnames) < 0)
        return V_NULL;
    if (argc < 2) {
        pv_err_set_str(&pv_exc_TypeError, "map() must have at least two arguments.");
        return V_NULL;
    }
    Map *m = (Map *)pv_new_object(type, sizeof(Map));
    m->func = argv[0];
    m->n = argc - 1;
    m->its = pv_alloc((size_t)m->n * sizeof(Value));
    for (int i = 1; i < argc; i++) {
        m->its[i - 1] = pv_iter(argv[i]);
        if (m->its[i - 1] == V_NULL)
            return V_NULL;
    }
    return v_from(m);
}

static Value map_next(Value self)
{
    Map *m = (Map *)v_obj(self);
    Value small[4], *args = m->n <= 4 ? small : pv_alloc((size_t)m->n * sizeof(Value));
    for (int64_t i = 0; i < m->n; i++) {
        args[i] = pv_next(m->its[i]);
        if (args[i] == V_NULL)
            return V_NULL;
    }
    return pv_call(m->func, (int)m->n, args, V_NULL);
}

PvType pv_map_type = {
    .ob = {&pv_type_type},
    .name = "map",
    .base = &pv_object_type,
    .size = sizeof(Map),
    .flags = PV_TF_BASETYPE,
    .repr = iter_repr,
    .iter = iter_self,
    .next = map_next,
    .new = map_new,
};

/* ---- filter ---- */
typedef struct Filter {
    PvObject ob;
    Value func;        /* V_NONE: truth of the item */
    Value it;
} Filter;

static Value filter_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("filter", kwnames) < 0 || pv_check_positional("filter", argc, 2, 2) < 0)
        return V_NULL;
    Value it = pv_iter(argv[1]);
    if (it == V_NULL)
        return V_NULL;
    Filter *f = (Filter *)pv_new_object(type, sizeof(Filter));
    f->func = argv[0];
    f->it = it;
    return v_from(f);
}

static Value filter_next(Value self)
{
    Filter *f = (Filter *)v_obj(self);
    for (;;) {
        Value item = pv_next(f->it);
        if (item == V_NULL)
            return V_NULL;
        int ok;
        if (f->func == V_NONE || f->func == v_from(&pv_bool_type)) {
            ok = pv_truth(item);
        } else {
            Value r = pv_call1(f->func, item);
            if (r == V_NULL)
                return V_NULL;
            ok = pv_truth(r);
        }
        if (ok < 0)
            return V_NULL;
        if (ok)
            return item;
    }
}

PvType pv_filter_type = {
    .ob = {&pv_type_type},
    .name = "filter",
    .base = &pv_object_type,
    .size = sizeof(Filter),
    .flags = PV_TF_BASETYPE,
    .repr = iter_repr,
    .iter = iter_self,
    .next = filter_next,
    .new = filter_new,
};

/* ---- reversed ---- */
typedef struct Reversed {
    PvObject ob;
    Value seq;         /* V_NULL once exhausted */
    int64_t index;
} Reversed;

static Value reversed_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("reversed", kwnames) < 0 || pv_check_positional("reversed", argc, 1, 1) < 0)
        return V_NULL;
    Value seq = argv[0];
    PvType *t = pv_type(seq);
    if (type == &pv_reversed_type) {
        /* the built-in types' __reversed__ */
        if (t == &pv_list_type)
            return pv_list_reversed(seq);
        if (t == &pv_range_type)
            return pv_range_reversed(seq);
        Value r = pv_dict_reversed(seq);
        if (r != V_NULL)
            return r;
        if (t != &pv_tuple_type && t != &pv_str_type && !v_is_small(seq) &&
            !v_isinstance(seq, &pv_dict_type)) {
            /* a class may define __reversed__ (None: explicitly not reversible) */
            Value m = pv_getattr_cstr(seq, "__reversed__");
            if (m != V_NULL && m != V_NONE)
                return pv_call(m, 0, NULL, V_NULL);
            if (m == V_NULL) {
                if (!pv_err_matches(&pv_exc_AttributeError))
                    return V_NULL;
                pv_err_clear();
            } else {
                goto not_reversible;
            }
        }
    }
    if (!t->getitem || !t->len || v_isinstance(seq, &pv_dict_type))
        goto not_reversible;
    int64_t n = pv_len(seq);
    if (n < 0)
        return V_NULL;
    Reversed *r = (Reversed *)pv_new_object(type, sizeof(Reversed));
    r->seq = seq;
    r->index = n - 1;
    return v_from(r);
not_reversible:
    pv_err_printf(&pv_exc_TypeError, "'%s' object is not reversible", pv_type_name(seq));
    return V_NULL;
}

static Value reversed_next(Value self)
{
    Reversed *r = (Reversed *)v_obj(self);
    if (r->seq != V_NULL && r->index >= 0) {
        Value v = pv_getitem(r->seq, pv_int_from_i64(r->index));
        if (v != V_NULL) {
            r->index--;
            return v;
        }
        if (!end_of_sequence())
            return V_NULL;
    }
    r->index = -1;
    r->seq = V_NULL;
    return V_NULL;
}

PvType pv_reversed_type = {
    .ob = {&pv_type_type},
    .name = "reversed",
    .base = &pv_object_type,
    .size = sizeof(Reversed),
    .flags = PV_TF_BASETYPE,
    .repr = iter_repr,
    .iter = iter_self,
    .next = reversed_next,
    .new = reversed_new,
};

/* ---- callable_iterator: iter(f, sentinel) ---- */
typedef struct CallIter {
    PvObject ob;
    Value func, sentinel;   /* func V_NULL once exhausted */
} CallIter;

static Value calliter_next(Value self)
{
    CallIter *c = (CallIter *)v_obj(self);
    if (c->func == V_NULL)
        return V_NULL;
    Value r = pv_call(c->func, 0, NULL, V_NULL);
    if (r == V_NULL) {
        if (pv_err_matches(&pv_exc_StopIteration)) {
            pv_err_clear();
            c->func = V_NULL;
        }
        return V_NULL;
    }
    int eq = pv_richcompare_bool(r, c->sentinel, PV_EQ);
    if (eq == 0)
        return r;
    if (eq > 0)
        c->func = V_NULL;
    return V_NULL;
}

PvType pv_callable_iter_type = {
    .ob = {&pv_type_type},
    .name = "callable_iterator",
    .base = &pv_object_type,
    .size = sizeof(CallIter),
    .repr = iter_repr,
    .iter = iter_self,
    .next = calliter_next,
};

Value pv_callable_iter_new(Value callable, Value sentinel)
{
    PvType *t = pv_type(callable);
    if (!t->call && t != &pv_type_type) {
        pv_err_set_str(&pv_exc_TypeError, "iter(v, w): v must be callable");
        return V_NULL;
    }
    CallIter *c = (CallIter *)pv_new_object(&pv_callable_iter_type, sizeof(CallIter));
    c->func = callable;
    c->sentinel = sentinel;
    return v_from(c);
}
