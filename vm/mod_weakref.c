/* vm/mod_weakref.c: the native `weakref` module: weakref.ref (with
 * callbacks), getweakrefcount, getweakrefs, and what `__weakref__` shows.
 * Not for proxies or the Weak*Dictionary/WeakSet containers (CPython's
 * stdlib builds those in Python; pvm has no stdlib yet).
 *
 * A ref holds its referent in a pointer-free block libgc clears when the
 * referent is reclaimed (GC_register_long_link: after any __del__ ran, so a
 * finaliser still sees its weak references alive, as in CPython).  Every
 * ref is listed in `refs`, a chain of uncollectable pointer-free nodes whose
 * link to the ref itself libgc clears when the ref dies; the sweep after
 * gc.collect() (finalize.c) calls the callbacks of refs whose referent is
 * gone, newest ref first, and drops dead nodes.
 */
#include <gc.h>
#include <stdio.h>

#include "classes.h"
#include "gen.h"
#include "modules.h"

typedef struct PvWeakRef {
    PvObject ob;
    void **cell;     /* atomic block: the referent, NULL once reclaimed */
    Value strong;    /* a referent outside the collected heap (static types) */
    Value callback;  /* V_NULL: none or already called */
    int64_t hash;    /* -1: not computed */
} PvWeakRef;

typedef struct RefNode {
    void *ref;       /* the PvWeakRef, cleared by libgc when it dies */
    struct RefNode *next;
} RefNode;

static RefNode *refs;
PvType pv_weakref_type;

static Value referent(PvWeakRef *w)
{
    if (w->strong != V_NULL)
        return w->strong;
    void *p = *w->cell;
    return p ? v_from(p) : V_NULL;
}

static bool slots_name_weakref(Value slots)
{
    if (v_isinstance(slots, &pv_str_type))
        return pv_str_eq_cstr(slots, "__weakref__");
    Value t = pv_sequence_tuple(slots);
    if (t == V_NULL) {
        pv_err_clear();
        return false;
    }
    for (int64_t i = 0; i < PV_TUPLE_LEN(t); i++)
        if (v_isinstance(PV_TUPLE_ITEMS(t)[i], &pv_str_type) &&
            pv_str_eq_cstr(PV_TUPLE_ITEMS(t)[i], "__weakref__"))
            return true;
    return false;
}

/* CPython's tp_weaklistoffset: classes have a weak reference list unless
 * every class of the MRO has __slots__ without __weakref__, or their
 * built-in base is variable-sized (int, tuple, bytes) */
bool pv_class_weakrefable(PvType *t)
{
    PvType *solid = t;
    while (solid->flags & PV_TF_HEAPTYPE)
        solid = solid->base;
    if (pv_type_is_subtype(solid, &pv_int_type) || pv_type_is_subtype(solid, &pv_tuple_type) ||
        pv_type_is_subtype(solid, &pv_bytes_type))
        return false;
    for (int64_t i = 0; i < PV_TUPLE_LEN(t->mro); i++) {
        PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(t->mro)[i]);
        if (!(k->flags & PV_TF_HEAPTYPE))
            continue;
        Value slots = pv_dict_get_str(k->dict, ID(__slots__));
        if (slots == V_NULL || slots_name_weakref(slots))
            return true;
    }
    return false;
}

static bool weakrefable(Value obj)
{
    if (v_is_small(obj))
        return false;
    PvType *t = pv_type(obj);
    if (pv_is_type(obj))
        return true;
    if (t->flags & PV_TF_HEAPTYPE)
        return pv_class_weakrefable(t);
    return t == &pv_function_type || t == &pv_method_type || t == &pv_set_type ||
           t == &pv_frozenset_type || t == &pv_generator_type || t == &pv_code_type ||
           t == &pv_builtin_type;
}

static void unraisable(Value where, Value exc)
{
    Value shown = pv_repr(where);
    fflush(stdout);
    if (shown != V_NULL)
        fprintf(stderr, "Exception ignored in: %s\n", pv_str_utf8(shown, &(size_t){0}));
    else
        pv_err_clear();
    pv_print_exception(stderr, exc);
}

void pv_weakref_sweep(void)
{
    RefNode **link = &refs;
    while (*link) {
        RefNode *n = *link;
        if (!n->ref) {
            *link = n->next;
            GC_FREE(n);
            continue;
        }
        PvWeakRef *w = n->ref;
        Value cb = w->callback;
        if (cb != V_NULL && referent(w) == V_NULL) {
            w->callback = V_NULL;
            Value saved = pv_err_occurred() ? pv_err_fetch() : V_NULL;
            Value wv = v_from(w);
            if (pv_call(cb, 1, &wv, V_NULL) == V_NULL && pv_err_occurred())
                unraisable(cb, pv_err_fetch());
            if (saved != V_NULL)
                pv_err_set(saved);
        }
        link = &n->next;
    }
}

/* the live refs to obj, newest first (those without callback first is
 * CPython's order; pvm keeps creation order, newest first) */
static Value refs_to(Value obj)
{
    Value out = pv_list_new(0);
    for (RefNode *n = refs; n; n = n->next) {
        PvWeakRef *w = n->ref;
        if (w && referent(w) == obj)
            pv_list_append(out, v_from(w));
    }
    return out;
}

Value pv_weakref_first(Value obj)
{
    Value l = refs_to(obj);
    return PV_LIST_LEN(l) ? PV_LIST_ITEMS(l)[PV_LIST_LEN(l) - 1] : V_NONE;
}

static Value ref_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {NULL, NULL};
    Value a[2];
    if (pv_parse_args("ref", argc, argv, kwnames, "O|O", names, a) < 0)
        return V_NULL;
    pv_gc_safe_point();
    Value obj = a[0], cb = a[1] == V_NONE ? V_NULL : a[1];
    if (!weakrefable(obj)) {
        pv_err_format(&pv_exc_TypeError, "cannot create weak reference to '%s' object",
                      pv_type_name(obj));
        return V_NULL;
    }
    if (cb == V_NULL)
        for (RefNode *n = refs; n; n = n->next) {
            PvWeakRef *w = n->ref;
            if (w && w->callback == V_NULL && referent(w) == obj && w->ob.type == type)
                return v_from(w);
        }
    PvWeakRef *w = (PvWeakRef *)pv_new_object(type, sizeof(PvWeakRef));
    w->cell = pv_alloc_atomic(sizeof(void *));
    w->callback = cb;
    w->hash = -1;
    void *base = GC_base(v_obj(obj));
    if (base) {
        *w->cell = v_obj(obj);
        GC_register_long_link(w->cell, base);
    } else {
        w->strong = obj;
    }
    RefNode *n = GC_MALLOC_ATOMIC_UNCOLLECTABLE(sizeof(RefNode));
    if (!n)
        return pv_err_no_memory();
    n->ref = w;
    n->next = refs;
    refs = n;
    GC_GENERAL_REGISTER_DISAPPEARING_LINK(&n->ref, w);
    return v_from(w);
}

static Value ref_call(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("weakref", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "weakref expected 0 arguments, got %d", argc);
        return V_NULL;
    }
    Value r = referent((PvWeakRef *)v_obj(self));
    return r == V_NULL ? V_NONE : r;
}

static Value ref_repr(Value self)
{
    Value r = referent((PvWeakRef *)v_obj(self));
    if (r == V_NULL)
        return pv_str_printf("<weakref at %p; dead>", (void *)v_obj(self));
    return pv_str_printf("<weakref at %p; to '%s' at %p>", (void *)v_obj(self),
                         pv_type(r)->name, (void *)v_obj(r));
}

static int ref_hash(Value self, int64_t *out)
{
    PvWeakRef *w = (PvWeakRef *)v_obj(self);
    if (w->hash == -1) {
        Value r = referent(w);
        if (r == V_NULL) {
            pv_err_set_str(&pv_exc_TypeError, "weak object has gone away");
            return -1;
        }
        if (pv_hash(r, &w->hash) < 0)
            return -1;
    }
    *out = w->hash;
    return 0;
}

static Value ref_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !v_isinstance(a, &pv_weakref_type) ||
        !v_isinstance(b, &pv_weakref_type))
        return V_NOTIMPLEMENTED;
    Value ra = referent((PvWeakRef *)v_obj(a)), rb = referent((PvWeakRef *)v_obj(b));
    if (ra == V_NULL || rb == V_NULL)
        return v_bool((a == b) == (op == PV_EQ));
    return pv_richcompare(ra, rb, op);
}

static Value ref_getattr(Value self, Value name)
{
    if (pv_str_eq_cstr(name, "__callback__")) {
        Value cb = ((PvWeakRef *)v_obj(self))->callback;
        return cb == V_NULL ? V_NONE : cb;
    }
    return V_NULL;
}

PvType pv_weakref_type = {
    .ob = {&pv_type_type},
    .name = "weakref.ReferenceType",
    .base = &pv_object_type,
    .size = sizeof(PvWeakRef),
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .getattr = ref_getattr,
    .new = ref_new,
};

static Value wr_getweakrefcount(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("getweakrefcount", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "getweakrefcount() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    return pv_int_from_i64(PV_LIST_LEN(refs_to(argv[0])));
}

static Value wr_getweakrefs(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("getweakrefs", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "getweakrefs() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    return refs_to(argv[0]);
}

Value pv_mod_weakref_init(void)
{
    static Value module = V_NULL;
    if (module != V_NULL)
        return module;
    module = pv_module_new(pv_str_intern_cstr("weakref"));
    Value d = ((PvModule *)v_obj(module))->dict;
    pv_type_ready(&pv_weakref_type);
    pv_dict_set(d, pv_str_intern_cstr("ref"), v_from(&pv_weakref_type));
    pv_dict_set(d, pv_str_intern_cstr("ReferenceType"), v_from(&pv_weakref_type));
    pv_dict_set(d, pv_str_intern_cstr("getweakrefcount"),
                pv_builtin_new("getweakrefcount", wr_getweakrefcount, module, NULL));
    pv_dict_set(d, pv_str_intern_cstr("getweakrefs"),
                pv_builtin_new("getweakrefs", wr_getweakrefs, module, NULL));
    return module;
}
