/* vm/type.c: type objects.  Readies the built-in types (MRO and bases
 * tuples, a dict of their methods and slot wrappers), creates classes
 * (type(name, bases, dict), __build_class__ with metaclasses, __prepare__,
 * __mro_entries__, C3 MRO, __slots__ layout, __init_subclass__,
 * __set_name__), looks names up along the MRO, and implements `object` and
 * `type` themselves (attributes, type.__call__, object.__new__/__init__
 * argument rules).  Not here: the slot functions of classes and instance
 * attribute access (slots.c), descriptors and super (descr.c).
 */
#include <string.h>

#include "classes.h"
#include "exc.h"

Value pv_ids[PV_ID_COUNT];
static const char *const id_names[] = {
#define PV_ID_NAME(n) #n,
    PV_IDS(PV_ID_NAME)
#undef PV_ID_NAME
};

/* ------------------------------------------------------------------ */
/* object                                                               */

static int identity_hash(Value v, int64_t *out)
{
    uintptr_t p = (uintptr_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(uintptr_t) - 4)));
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value object_repr(Value v)
{
    PvType *t = pv_type(v);
    Value q = pv_type_qualified(t);
    if (q == V_NULL)
        return V_NULL;
    return pv_str_printf("<%s object at %p>", pv_str_utf8(q, &(size_t){0}), (void *)v);
}

static Value (*resolved_richcompare(PvType *t))(Value, Value, int)
{
    for (; t; t = t->base)
        if (t->richcompare)
            return t->richcompare;
    return NULL;
}

/* object.__ne__ inverts the type's own __eq__ (CPython's object_richcompare) */
Value pv_object_richcompare(Value a, Value b, int op)
{
    if (op == PV_EQ)
        return a == b ? V_TRUE : V_NOTIMPLEMENTED;
    if (op == PV_NE) {
        Value (*f)(Value, Value, int) = resolved_richcompare(pv_type(a));
        if (f == NULL || f == pv_object_richcompare)
            return a == b ? V_FALSE : V_NOTIMPLEMENTED;
        Value r = f(a, b, PV_EQ);
        if (r == V_NULL || r == V_NOTIMPLEMENTED)
            return r;
        int t = pv_truth(r);
        return t < 0 ? V_NULL : v_bool(!t);
    }
    return V_NOTIMPLEMENTED;
}

static bool overrides(PvType *type, Value name, PvType *owner)
{
    Value mine = pv_type_lookup(type, name);
    Value theirs = pv_type_lookup(owner, name);
    return mine != theirs;
}

static Value object_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (argc) {
        if (overrides(type, ID(__new__), &pv_object_type)) {
            pv_err_set_str(&pv_exc_TypeError,
                           "object.__new__() takes exactly one argument (the type to instantiate)");
            return V_NULL;
        }
        if (!overrides(type, ID(__init__), &pv_object_type)) {
            pv_err_format(&pv_exc_TypeError, "%s() takes no arguments", type->name);
            return V_NULL;
        }
    }
    (void)kwnames;
    return v_from(pv_new_object(type, type->size ? type->size : sizeof(PvObject)));
}

static int object_init(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv, (void)kwnames;
    PvType *type = pv_type(self);
    if (argc) {
        if (overrides(type, ID(__init__), &pv_object_type)) {
            pv_err_set_str(&pv_exc_TypeError,
                           "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (!overrides(type, ID(__new__), &pv_object_type)) {
            pv_err_format(&pv_exc_TypeError, "%s() takes no arguments", type->name);
            return -1;
        }
    }
    return 0;
}

static Value object_init_subclass(Value cls, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (argc) {
        if (kwnames != V_NULL && PV_TUPLE_LEN(kwnames))
            pv_err_format(&pv_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          ((PvType *)v_obj(cls))->name);
        else
            pv_err_format(&pv_exc_TypeError,
                          "%s.__init_subclass__() takes no arguments (%d given)",
                          ((PvType *)v_obj(cls))->name, argc);
        return V_NULL;
    }
    return V_NONE;
}

static Value object_format(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("__format__", kwnames) < 0)
        return V_NULL;
    if (argc != 1 || !v_is(argv[0], &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__format__() argument must be str");
        return V_NULL;
    }
    if (pv_str_len(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "unsupported format string passed to %s.__format__",
                      pv_type(self)->name);
        return V_NULL;
    }
    return pv_str(self);
}

static const PvMethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, PV_METH_CLASS},
    {"__format__", object_format, 0},
    {NULL, NULL, 0},
};

PvType pv_object_type = {.ob = {&pv_type_type}, .name = "object", .base = NULL,
                         .size = sizeof(PvObject), .flags = PV_TF_BASETYPE,
                         .repr = object_repr, .hash = identity_hash,
                         .richcompare = pv_object_richcompare, .new = object_new,
                         .init = object_init, .methods = object_methods};

/* ------------------------------------------------------------------ */
/* readying, lookup, subtypes                                           */

bool pv_heap_type_is_subtype(const PvType *t, const PvType *base)
{
    Value mro = t->mro;
    if (mro == V_NULL)
        return t == base;
    for (int64_t i = 0; i < PV_TUPLE_LEN(mro); i++)
        if ((const PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]) == base)
            return true;
    return false;
}

static Value method_entry(PvType *t, const PvMethodDef *d)
{
    Value m = pv_builtin_new(d->name, d->fn, V_NULL, t->name);
    PvBuiltin *b = (PvBuiltin *)v_obj(m);
    b->objclass = t;
    b->classmeth = (d->flags & PV_METH_CLASS) != 0;
    return m;
}

/* __new__ of a built-in type: a function bound to the type, called with
 * the class to instantiate first (CPython's tp_new_wrapper) */
static Value new_wrapper(Value self, int argc, const Value *argv, Value kwnames)
{
    PvType *owner = (PvType *)v_obj(self);
    int npos = argc - (kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames));
    if (npos < 1) {
        pv_err_format(&pv_exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
        return V_NULL;
    }
    Value cls = argv[0];
    if (!pv_is_type(cls)) {
        pv_err_format(&pv_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                      owner->name, pv_type_name(cls));
        return V_NULL;
    }
    PvType *sub = (PvType *)v_obj(cls);
    if (!pv_type_is_subtype(sub, owner)) {
        pv_err_format(&pv_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                      sub->name, sub->name, owner->name);
        return V_NULL;
    }
    /* the most derived built-in base of sub must be constructible by owner */
    PvType *solid = sub;
    while (solid->flags & PV_TF_HEAPTYPE)
        solid = solid->base;
    Value (*solid_new)(PvType *, int, const Value *, Value) = NULL;
    for (PvType *k = solid; k; k = k->base)
        if (k->new) {
            solid_new = k->new;
            break;
        }
    if (solid_new != owner->new) {
        pv_err_format(&pv_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                      owner->name, sub->name, solid->name);
        return V_NULL;
    }
    return owner->new(sub, argc - 1, argv + 1, kwnames);
}

void pv_type_ready(PvType *t)
{
    if (t->mro != V_NULL)
        return;
    if (t->base)
        pv_type_ready(t->base);
    if (t == &pv_exc_ExceptionGroup) {
        pv_type_ready(&pv_exc_Exception);
        Value bases[2] = {v_from(&pv_exc_BaseExceptionGroup), v_from(&pv_exc_Exception)};
        Value mro[5] = {v_from(t), bases[0], bases[1], v_from(&pv_exc_BaseException),
                        v_from(&pv_object_type)};
        t->bases = pv_tuple_from(2, bases);
        t->mro = pv_tuple_from(5, mro);
    } else if (t->base) {
        Value bm = t->base->mro;
        Value mro = pv_tuple_new(PV_TUPLE_LEN(bm) + 1);
        PV_TUPLE_ITEMS(mro)[0] = v_from(t);
        memcpy(PV_TUPLE_ITEMS(mro) + 1, PV_TUPLE_ITEMS(bm), sizeof(Value) * (size_t)PV_TUPLE_LEN(bm));
        t->bases = pv_tuple_from(1, (Value[]){v_from(t->base)});
        t->mro = mro;
    } else {
        t->bases = pv_tuple_new(0);
        t->mro = pv_tuple_from(1, (Value[]){v_from(t)});
    }
    if (t->dict == V_NULL)
        t->dict = pv_dict_new();
    if (t->methods)
        for (const PvMethodDef *d = t->methods; d->name; d++)
            pv_dict_set(t->dict, pv_str_intern_cstr(d->name), method_entry(t, d));
    for (int i = 0; pv_wrapper_names[i]; i++) {
        Value key = pv_str_intern_cstr(pv_wrapper_names[i]);
        if (pv_dict_get_str(t->dict, key) != V_NULL)
            continue;
        Value w = pv_slot_wrapper_for(t, pv_wrapper_names[i]);
        if (w != V_NULL)
            pv_dict_set(t->dict, key, w);
    }
    if (t->new && (!t->base || t->new != t->base->new || t == &pv_type_type)) {
        Value w = pv_builtin_new("__new__", new_wrapper, v_from(t), NULL);
        pv_dict_set(t->dict, ID(__new__), w);
    }
    if (pv_dict_get_str(t->dict, ID(__doc__)) == V_NULL)
        pv_dict_set(t->dict, ID(__doc__), V_NONE);
    /* list.__hash__ is None: == without a hash (pv_hash's rule) */
    if (!t->hash && t->richcompare && t->richcompare != pv_object_richcompare &&
        pv_dict_get_str(t->dict, ID(__hash__)) == V_NULL)
        pv_dict_set(t->dict, ID(__hash__), V_NONE);
}

Value pv_type_lookup(PvType *t, Value name)
{
    if (t->mro == V_NULL)
        pv_type_ready(t);
    Value mro = t->mro;
    for (int64_t i = 0; i < PV_TUPLE_LEN(mro); i++) {
        PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
        if (k->dict == V_NULL)
            pv_type_ready(k);
        Value v = pv_dict_get_str(k->dict, name);
        if (v != V_NULL)
            return v;
    }
    return V_NULL; /* names are str: hashing cannot fail */
}

Value *pv_instance_dict_slot(Value obj)
{
    if (v_is_small(obj))
        return NULL;
    PvType *t = pv_type(obj);
    if (t->dict_word)
        return (Value *)v_obj(obj) - t->dict_word;
    if ((t->flags & (PV_TF_HEAPTYPE | PV_TF_EXCEPTION)) == (PV_TF_HEAPTYPE | PV_TF_EXCEPTION))
        return &((PvException *)v_obj(obj))->dict;
    return NULL;
}

Value pv_type_module(PvType *t)
{
    if (t->flags & PV_TF_HEAPTYPE) {
        Value m = pv_dict_get_str(t->dict, ID(__module__));
        if (m != V_NULL)
            return m;
        pv_err_clear();
    }
    /* the types of native modules are named "module.Name" ("_io.FileIO") */
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return pv_str_from_utf8(t->name, (size_t)(dot - t->name));
    return pv_str_intern_cstr("builtins");
}

/* a built-in type's name without its module ("FileIO" of "_io.FileIO") */
static Value builtin_name(PvType *t)
{
    const char *dot = strrchr(t->name, '.');
    return pv_str_cstr(dot ? dot + 1 : t->name);
}

static Value qualname_of(PvType *t)
{
    return t->qualname != V_NULL ? t->qualname : builtin_name(t);
}

Value pv_type_qualified(PvType *t)
{
    if (!(t->flags & PV_TF_HEAPTYPE))
        return pv_str_cstr(t->name);
    Value q = qualname_of(t);
    Value m = pv_type_module(t);
    if (!v_is(m, &pv_str_type) || pv_str_eq_cstr(m, "builtins"))
        return q;
    return pv_str_concat(pv_str_concat(m, pv_str_cstr(".")), q);
}

void pv_type_modified(PvType *t)
{
    t->version++;
    if (t->flags & PV_TF_HEAPTYPE)
        pv_heap_type_fix_slots(t);
    if (t->subclasses != V_NULL)
        for (int64_t i = 0; i < PV_LIST_LEN(t->subclasses); i++)
            pv_type_modified((PvType *)v_obj(PV_LIST_ITEMS(t->subclasses)[i]));
}

/* ------------------------------------------------------------------ */
/* type                                                                 */

static Value type_repr(Value v)
{
    Value q = pv_type_qualified((PvType *)v_obj(v));
    return q == V_NULL ? V_NULL : pv_str_printf("<class '%s'>", pv_str_utf8(q, &(size_t){0}));
}

static Value tuple_of_types(Value t) { return t == V_NULL ? pv_tuple_new(0) : t; }

Value pv_type_getattro(Value self, Value name)
{
    PvType *t = (PvType *)v_obj(self);
    PvType *meta = pv_type(self);
    pv_type_ready(t);
    size_t n;
    const char *s = pv_str_utf8(name, &n);
    if (n > 4 && s[0] == '_' && s[1] == '_') {
        if (!strcmp(s, "__name__"))
            return t->name_str != V_NULL ? t->name_str : builtin_name(t);
        if (!strcmp(s, "__qualname__"))
            return qualname_of(t);
        if (!strcmp(s, "__module__"))
            return pv_type_module(t);
        if (!strcmp(s, "__mro__"))
            return t->mro;
        if (!strcmp(s, "__bases__"))
            return tuple_of_types(t->bases);
        if (!strcmp(s, "__base__"))
            return t->base ? v_from(t->base) : V_NONE;
        if (!strcmp(s, "__class__"))
            return v_from(meta);
        if (!strcmp(s, "__dict__")) {
            Value d = pv_dict_new();
            pv_dict_update(d, t->dict);
            return d;
        }
        if (!strcmp(s, "__doc__")) {
            Value d = pv_dict_get_str(t->dict, ID(__doc__));
            if (d == V_NULL)
                return V_NONE;
            return pv_descr_get(d, V_NULL, self);
        }
    }
    Value metaattr = pv_type_lookup(meta, name);
    if (metaattr != V_NULL && pv_is_data_descr(metaattr))
        return pv_descr_get(metaattr, self, v_from(meta));
    Value attr = pv_type_lookup(t, name);
    if (attr != V_NULL)
        return pv_descr_get(attr, V_NULL, self);
    if (metaattr != V_NULL)
        return pv_descr_get(metaattr, self, v_from(meta));
    pv_err_format(&pv_exc_AttributeError, "type object '%s' has no attribute '%S'", t->name, name);
    PvException *e = (PvException *)v_obj(pv_err_occurred());
    e->name = name;
    e->obj = self;
    return V_NULL;
}

int pv_type_setattro(Value self, Value name, Value val)
{
    PvType *t = (PvType *)v_obj(self);
    if (!(t->flags & PV_TF_HEAPTYPE)) {
        pv_err_format(&pv_exc_TypeError, "cannot set '%S' attribute of immutable type '%s'", name,
                      t->name);
        return -1;
    }
    if (pv_str_eq_cstr(name, "__name__") || pv_str_eq_cstr(name, "__qualname__")) {
        if (val == V_NULL || !v_is(val, &pv_str_type)) {
            if (val == V_NULL)
                pv_err_format(&pv_exc_TypeError, "cannot delete '%S' attribute of type '%s'", name,
                              t->name);
            else
                pv_err_format(&pv_exc_TypeError, "can only assign string to %s.%S, not '%s'",
                              t->name, name, pv_type_name(val));
            return -1;
        }
        if (pv_str_eq_cstr(name, "__name__")) {
            t->name_str = val;
            t->name = pv_str_utf8(val, &(size_t){0});
        } else {
            t->qualname = val;
        }
        return 0;
    }
    Value metaattr = pv_type_lookup(pv_type(self), name);
    if (metaattr != V_NULL) {
        PvType *mt = pv_type(metaattr);
        for (PvType *k = mt; k; k = k->base)
            if (k->descr_set)
                return k->descr_set(metaattr, self, val);
    }
    if (val == V_NULL) {
        if (pv_dict_get_str(t->dict, name) == V_NULL) {
            pv_err_format(&pv_exc_AttributeError, "type object '%s' has no attribute '%S'",
                          t->name, name);
            return -1;
        }
        if (pv_dict_del(t->dict, name) < 0)
            return -1;
    } else if (pv_dict_set(t->dict, name, val) < 0) {
        return -1;
    }
    pv_type_modified(t);
    return 0;
}

/* type.__call__: __new__, then __init__ when it returned an instance */
Value pv_type_call(Value self, int argc, const Value *argv, Value kwnames)
{
    PvType *t = (PvType *)v_obj(self);
    if (t == &pv_type_type && argc == 1 && kwnames == V_NULL)
        return v_from(pv_type(argv[0]));
    int npos = argc - (kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames));
    if (t == &pv_type_type && npos != 3) {
        pv_err_set_str(&pv_exc_TypeError, "type() takes 1 or 3 arguments");
        return V_NULL;
    }
    /* a built-in type without new cannot be instantiated (iterators...):
     * never inherit object's; a class's slots are resolved (slots.c) */
    Value (*newf)(PvType *, int, const Value *, Value) = t->new;
    if (!newf) {
        pv_err_format(&pv_exc_TypeError, "cannot create '%s' instances", t->name);
        return V_NULL;
    }
    Value obj = newf(t, argc, argv, kwnames);
    if (obj == V_NULL || !(t->flags & PV_TF_HEAPTYPE) || !v_isinstance(obj, t))
        return obj;
    int (*initf)(Value, int, const Value *, Value) = pv_type(obj)->init;
    if (initf && initf(obj, argc, argv, kwnames) < 0)
        return V_NULL;
    return obj;
}

static Value type_call_slot(Value self, int argc, const Value *argv, Value kwnames)
{
    return pv_type_call(self, argc, argv, kwnames);
}

static Value type_new_slot(PvType *meta, int argc, const Value *argv, Value kwnames)
{
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    int npos = argc - nkw;
    if (npos != 3) {
        if (meta == &pv_type_type || npos != 1)
            pv_err_format(&pv_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                          npos);
        else
            pv_err_set_str(&pv_exc_TypeError, "type.__new__() takes exactly 3 arguments (1 given)");
        return V_NULL;
    }
    return pv_type_new_from(meta, argv[0], argv[1], argv[2], nkw, argv + 3, kwnames);
}

static int type_init(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argv;
    int npos = argc - (kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames));
    if (npos != 1 && npos != 3) {
        pv_err_set_str(&pv_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static Value type_mro(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("mro", kwnames) < 0 || argc) {
        if (argc)
            pv_err_format(&pv_exc_TypeError, "type.mro() takes no arguments (%d given)", argc);
        return V_NULL;
    }
    PvType *t = (PvType *)v_obj(self);
    pv_type_ready(t);
    return pv_sequence_list(t->mro);
}

static Value type_subclasses(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("__subclasses__", kwnames) < 0 || argc) {
        if (argc)
            pv_err_format(&pv_exc_TypeError, "type.__subclasses__() takes no arguments (%d given)",
                          argc);
        return V_NULL;
    }
    PvType *t = (PvType *)v_obj(self);
    return t->subclasses == V_NULL ? pv_list_new(0) : pv_sequence_list(t->subclasses);
}

static Value type_prepare(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    return pv_dict_new();
}

static Value type_instancecheck(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("__instancecheck__", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "type.__instancecheck__() takes exactly one argument (%d given)", argc);
        return V_NULL;
    }
    return v_bool(v_isinstance(argv[0], (PvType *)v_obj(self)));
}

static Value type_subclasscheck(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("__subclasscheck__", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "type.__subclasscheck__() takes exactly one argument (%d given)", argc);
        return V_NULL;
    }
    if (!pv_is_type(argv[0])) {
        pv_err_set_str(&pv_exc_TypeError, "issubclass() arg 1 must be a class");
        return V_NULL;
    }
    return v_bool(pv_type_is_subtype((PvType *)v_obj(argv[0]), (PvType *)v_obj(self)));
}

static const PvMethodDef type_methods[] = {
    {"mro", type_mro, 0},
    {"__subclasses__", type_subclasses, 0},
    {"__prepare__", type_prepare, PV_METH_CLASS},
    {"__instancecheck__", type_instancecheck, 0},
    {"__subclasscheck__", type_subclasscheck, 0},
    {NULL, NULL, 0},
};

PvType pv_type_type = {.ob = {&pv_type_type}, .name = "type", .base = &pv_object_type,
                       .size = sizeof(PvType), .flags = PV_TF_BASETYPE | PV_TF_TYPE_SUBCLASS,
                       .repr = type_repr, .hash = identity_hash, .call = type_call_slot,
                       .richcompare = pv_object_richcompare, .new = type_new_slot,
                       .init = type_init, .methods = type_methods};

/* ------------------------------------------------------------------ */
/* creating classes                                                     */

/* C3 linearisation of t over its bases; V_NULL with CPython's TypeError */
static Value c3_mro(PvType *t, Value bases)
{
    int64_t nb = PV_TUPLE_LEN(bases);
    int64_t nseq = nb + 1;
    Value *seqs = pv_alloc(sizeof(Value) * (size_t)nseq);
    int64_t *heads = pv_alloc(sizeof(int64_t) * (size_t)nseq);
    for (int64_t i = 0; i < nb; i++)
        seqs[i] = ((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->mro;
    seqs[nb] = bases;
    Value out = pv_list_new(0);
    pv_list_append(out, v_from(t));
    for (;;) {
        bool any = false;
        Value pick = V_NULL;
        for (int64_t i = 0; i < nseq && pick == V_NULL; i++) {
            if (heads[i] >= PV_TUPLE_LEN(seqs[i]))
                continue;
            any = true;
            Value cand = PV_TUPLE_ITEMS(seqs[i])[heads[i]];
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++)
                for (int64_t k = heads[j] + 1; k < PV_TUPLE_LEN(seqs[j]); k++)
                    if (PV_TUPLE_ITEMS(seqs[j])[k] == cand) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail)
                pick = cand;
        }
        if (!any)
            break;
        if (pick == V_NULL) {
            /* CPython lists the heads still blocked, in bases order, once */
            PvStrBuf b;
            pv_sb_init(&b);
            pv_sb_ascii(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            Value seen = pv_list_new(0);
            for (int64_t i = 0; i < nseq; i++) {
                if (heads[i] >= PV_TUPLE_LEN(seqs[i]))
                    continue;
                Value cand = PV_TUPLE_ITEMS(seqs[i])[heads[i]];
                bool dup = false;
                for (int64_t k = 0; k < PV_LIST_LEN(seen); k++)
                    dup |= PV_LIST_ITEMS(seen)[k] == cand;
                if (dup)
                    continue;
                pv_list_append(seen, cand);
                pv_sb_ascii(&b, PV_LIST_LEN(seen) > 1 ? ", " : " ");
                pv_sb_ascii(&b, ((PvType *)v_obj(cand))->name);
            }
            pv_err_set(pv_exc_new(&pv_exc_TypeError, pv_tuple_from(1, (Value[]){pv_sb_finish(&b)})));
            return V_NULL;
        }
        pv_list_append(out, pick);
        for (int64_t i = 0; i < nseq; i++)
            if (heads[i] < PV_TUPLE_LEN(seqs[i]) && PV_TUPLE_ITEMS(seqs[i])[heads[i]] == pick)
                heads[i]++;
    }
    return pv_tuple_from(PV_LIST_LEN(out), PV_LIST_ITEMS(out));
}

/* the type whose instance layout a class extends: the nearest class that
 * added __slots__, else the nearest built-in type */
static PvType *solid_base(PvType *t)
{
    /* word 1 (the dict) is every class's, so only words past it count */
    while ((t->flags & PV_TF_HEAPTYPE) &&
           t->extra_words <= (t->base->extra_words > 1 ? t->base->extra_words : 1))
        t = t->base;
    /* built-in types that add no fields share their base's layout */
    while (!(t->flags & PV_TF_HEAPTYPE) && t->base && t->size && t->base->size == t->size)
        t = t->base;
    return t;
}

static PvType *builtin_base(PvType *t)
{
    while (t->flags & PV_TF_HEAPTYPE)
        t = t->base;
    return t;
}

static PvType *best_base(Value bases)
{
    PvType *winner = NULL, *best = NULL;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        PvType *b = (PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]);
        PvType *cand = solid_base(b);
        if (!winner || (cand != winner && pv_type_is_subtype(cand, winner))) {
            winner = cand;
            best = b;
        } else if (!pv_type_is_subtype(winner, cand)) {
            pv_err_set_str(&pv_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* "__x" in class C names "_C__x" (private name mangling, as the compiler
 * does for identifiers) */
static Value mangle(Value cls_name, Value name)
{
    size_t n, cn;
    const char *s = pv_str_utf8(name, &n);
    const char *c = pv_str_utf8(cls_name, &cn);
    if (n < 2 || s[0] != '_' || s[1] != '_' || (n >= 4 && s[n - 1] == '_' && s[n - 2] == '_'))
        return name;
    while (*c == '_')
        c++;
    if (!*c)
        return name;
    return pv_str_printf("_%s%s", c, s);
}

static int add_subclass(PvType *base, PvType *t)
{
    if (base->subclasses == V_NULL)
        base->subclasses = pv_list_new(0);
    pv_list_append(base->subclasses, v_from(t));
    return 0;
}

/* wraps a plain function stored under `name` as CPython does implicitly */
static int implicit_wrap(Value dict, Value name, Value (*wrap)(Value))
{
    Value f = pv_dict_get_str(dict, name);
    if (f != V_NULL && v_is(f, &pv_function_type))
        return pv_dict_set(dict, name, wrap(f));
    return 0;
}

static int setup_slots(PvType *t, PvType *base, Value dict, Value slots, bool *want_dict)
{
    Value seq;
    if (v_is(slots, &pv_str_type))
        seq = pv_tuple_from(1, &slots);
    else if ((seq = pv_sequence_tuple(slots)) == V_NULL)
        return -1;
    int32_t word = base->extra_words ? base->extra_words : 1;
    *want_dict = false;
    for (int64_t i = 0; i < PV_TUPLE_LEN(seq); i++) {
        Value s = PV_TUPLE_ITEMS(seq)[i];
        if (!v_is(s, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          pv_type_name(s));
            return -1;
        }
        if (pv_str_eq_cstr(s, "__dict__")) {
            if (base->dict_word || *want_dict) {
                pv_err_set_str(&pv_exc_TypeError,
                               "__dict__ slot disallowed: we already got one");
                return -1;
            }
            *want_dict = true;
            continue;
        }
        if (pv_str_eq_cstr(s, "__weakref__"))
            continue;
        Value name = mangle(t->name_str, s);
        if (pv_dict_get_str(dict, name) != V_NULL) {
            pv_err_format(&pv_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            return -1;
        }
        word++;
        pv_dict_set(dict, name, pv_member_new(t, name, word));
    }
    t->extra_words = word;
    return 0;
}

static Value wrap_classmethod(Value f) { return pv_classmethod_new(f); }
static Value wrap_staticmethod(Value f) { return pv_staticmethod_new(f); }

Value pv_type_new_from(PvType *meta, Value name, Value bases, Value ns, int nkw,
                       const Value *kwv, Value kwnames)
{
    if (!v_is(name, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                      pv_type_name(name));
        return V_NULL;
    }
    if (!v_is(bases, &pv_tuple_type)) {
        pv_err_format(&pv_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                      pv_type_name(bases));
        return V_NULL;
    }
    if (!v_isinstance(ns, &pv_dict_type)) {
        pv_err_format(&pv_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                      pv_type_name(ns));
        return V_NULL;
    }
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        Value b = PV_TUPLE_ITEMS(bases)[i];
        if (!pv_is_type(b) && pv_type_lookup(pv_type(b), ID(__mro_entries__)) != V_NULL) {
            pv_err_set_str(&pv_exc_TypeError,
                           "type() doesn't support MRO entry resolution; use types.new_class()");
            return V_NULL;
        }
    }
    /* the metaclass actually used: the most derived of meta and the bases' */
    PvType *winner = meta;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        PvType *bm = pv_type(PV_TUPLE_ITEMS(bases)[i]);
        if (pv_type_is_subtype(winner, bm))
            continue;
        if (pv_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        pv_err_set_str(&pv_exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a "
                       "(non-strict) subclass of the metaclasses of all its bases");
        return V_NULL;
    }
    meta = winner;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        Value b = PV_TUPLE_ITEMS(bases)[i];
        if (!pv_is_type(b)) {
            if (pv_type_lookup(pv_type(b), ID(__mro_entries__)) != V_NULL)
                pv_err_set_str(&pv_exc_TypeError,
                               "type() doesn't support MRO entry resolution; use types.new_class()");
            else
                pv_err_format(&pv_exc_TypeError, "bases must be types");
            return V_NULL;
        }
        PvType *bt = (PvType *)v_obj(b);
        pv_type_ready(bt);
        if (!(bt->flags & PV_TF_BASETYPE)) {
            pv_err_format(&pv_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->name);
            return V_NULL;
        }
    }
    if (PV_TUPLE_LEN(bases) == 0)
        bases = pv_tuple_from(1, (Value[]){v_from(&pv_object_type)});
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        for (int64_t j = 0; j < i; j++)
            if (PV_TUPLE_ITEMS(bases)[i] == PV_TUPLE_ITEMS(bases)[j]) {
                pv_err_format(&pv_exc_TypeError, "duplicate base class %s",
                              ((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->name);
                return V_NULL;
            }
    PvType *base = best_base(bases);
    if (!base)
        return V_NULL;
    PvType *bb = builtin_base(base);

    PvType *t = (PvType *)pv_new_object(meta, sizeof(PvType));
    t->name_str = name;
    t->name = pv_str_utf8(name, &(size_t){0});
    t->base = base;
    t->size = base->size;
    t->flags = PV_TF_HEAPTYPE | PV_TF_BASETYPE |
               (base->flags & (PV_TF_EXCEPTION | PV_TF_SEQUENCE | PV_TF_MAPPING |
                               PV_TF_TYPE_SUBCLASS));
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        t->flags |= ((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]))->flags &
                    (PV_TF_SEQUENCE | PV_TF_MAPPING);
    t->methods = NULL;
    t->bases = bases;
    Value dict = pv_dict_new();
    if (pv_dict_update(dict, ns) < 0)
        return V_NULL;
    t->dict = dict;

    Value qn = pv_dict_get_str(dict, ID(__qualname__));
    if (qn != V_NULL) {
        if (!v_is(qn, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "type __qualname__ must be a str, not %s",
                          pv_type_name(qn));
            return V_NULL;
        }
        pv_dict_del(dict, ID(__qualname__));
    }
    t->qualname = qn != V_NULL ? qn : name;
    if (pv_dict_get_str(dict, ID(__module__)) == V_NULL) {
        Value g = pv_current_globals();
        Value m = g != V_NULL ? pv_dict_get_str(g, pv_s___name__) : V_NULL;
        if (m != V_NULL)
            pv_dict_set(dict, ID(__module__), m);
    }
    if (pv_dict_get_str(dict, ID(__doc__)) == V_NULL)
        pv_dict_set(dict, ID(__doc__), V_NONE);
    Value cell = pv_dict_get_str(dict, ID(__classcell__));
    if (cell != V_NULL) {
        if (!v_is(cell, &pv_cell_type)) {
            pv_err_format(&pv_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                          v_from(pv_type(cell)));
            return V_NULL;
        }
        pv_dict_del(dict, ID(__classcell__));
    }
    if (implicit_wrap(dict, ID(__new__), wrap_staticmethod) < 0 ||
        implicit_wrap(dict, ID(__init_subclass__), wrap_classmethod) < 0 ||
        implicit_wrap(dict, ID(__class_getitem__), wrap_classmethod) < 0)
        return V_NULL;
    if (pv_dict_get_str(dict, ID(__eq__)) != V_NULL &&
        pv_dict_get_str(dict, ID(__hash__)) == V_NULL)
        pv_dict_set(dict, ID(__hash__), V_NONE);

    /* instance layout: words before the header (docs/pvm.md "Classes") */
    t->extra_words = base->extra_words;
    t->dict_word = base->dict_word;
    bool exc_dict = (bb->flags & PV_TF_EXCEPTION) != 0; /* PvException has its own */
    bool want_dict = true;
    Value slots = pv_dict_get_str(dict, ID(__slots__));
    if (slots != V_NULL) {
        if (setup_slots(t, base, dict, slots, &want_dict) < 0)
            return V_NULL;
    } else {
        /* a dict unless a base (any of them) already gives one */
        for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
            PvType *b = (PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]);
            if (b->dict_word)
                t->dict_word = b->dict_word;
        }
    }
    if (t->extra_words == 0)
        t->extra_words = 1; /* word 1 is reserved for the dict */
    if (want_dict && !t->dict_word && !exc_dict && bb != &pv_type_type)
        t->dict_word = 1;

    Value mro = c3_mro(t, bases);
    if (mro == V_NULL)
        return V_NULL;
    t->mro = mro;
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++)
        add_subclass((PvType *)v_obj(PV_TUPLE_ITEMS(bases)[i]), t);
    pv_heap_type_fix_slots(t);
    if (cell != V_NULL)
        ((PvCell *)v_obj(cell))->ref = v_from(t);

    /* __set_name__ on the attributes, then the parent's __init_subclass__ */
    Value keys = pv_list_new(0), vals = pv_list_new(0);
    int64_t pos = 0;
    Value k, v;
    while (pv_dict_next(dict, &pos, &k, &v)) {
        pv_list_append(keys, k);
        pv_list_append(vals, v);
    }
    for (int64_t i = 0; i < PV_LIST_LEN(keys); i++) {
        Value args[2] = {v_from(t), PV_LIST_ITEMS(keys)[i]};
        Value r = pv_call_special(PV_LIST_ITEMS(vals)[i], ID(__set_name__), 2, args);
        if (r == V_NULL && pv_err_occurred())
            return V_NULL;
    }
    Value init_sub = V_NULL;
    for (int64_t i = 1; i < PV_TUPLE_LEN(mro) && init_sub == V_NULL; i++) {
        PvType *anc = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
        pv_type_ready(anc);
        init_sub = pv_dict_get_str(anc->dict, ID(__init_subclass__));
    }
    if (init_sub != V_NULL) {
        Value bound = pv_descr_get(init_sub, V_NULL, v_from(t));
        if (bound == V_NULL || pv_call(bound, nkw, kwv, nkw ? kwnames : V_NULL) == V_NULL)
            return V_NULL;
    }
    return v_from(t);
}

/* ------------------------------------------------------------------ */
/* __build_class__                                                      */

static Value update_bases(Value bases, bool *changed)
{
    *changed = false;
    Value out = pv_list_new(0);
    for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
        Value b = PV_TUPLE_ITEMS(bases)[i];
        if (pv_is_type(b)) {
            pv_list_append(out, b);
            continue;
        }
        Value r = pv_call_special(b, ID(__mro_entries__), 1, &bases);
        if (r == V_NULL) {
            if (pv_err_occurred())
                return V_NULL;
            pv_list_append(out, b);
            continue;
        }
        if (!v_is(r, &pv_tuple_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__mro_entries__ must return a tuple");
            return V_NULL;
        }
        *changed = true;
        for (int64_t k = 0; k < PV_TUPLE_LEN(r); k++)
            pv_list_append(out, PV_TUPLE_ITEMS(r)[k]);
    }
    return pv_tuple_from(PV_LIST_LEN(out), PV_LIST_ITEMS(out));
}

Value pv_bi_build_class(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    int npos = argc - nkw;
    if (npos < 2) {
        pv_err_set_str(&pv_exc_TypeError, "__build_class__: not enough arguments");
        return V_NULL;
    }
    Value func = argv[0], name = argv[1];
    if (!v_is(func, &pv_function_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__build_class__: func must be a function");
        return V_NULL;
    }
    if (!v_is(name, &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__build_class__: name is not a string");
        return V_NULL;
    }
    Value orig_bases = pv_tuple_from(npos - 2, argv + 2);
    bool changed;
    Value bases = update_bases(orig_bases, &changed);
    if (bases == V_NULL)
        return V_NULL;
    /* keyword arguments but metaclass= go to __prepare__, the metaclass
     * and __init_subclass__ */
    Value meta = V_NULL;
    Value kwl = pv_list_new(0), kwvals = pv_list_new(0);
    for (int i = 0; i < nkw; i++) {
        Value k = PV_TUPLE_ITEMS(kwnames)[i];
        if (pv_str_eq_cstr(k, "metaclass"))
            meta = argv[npos + i];
        else {
            pv_list_append(kwl, k);
            pv_list_append(kwvals, argv[npos + i]);
        }
    }
    int64_t nk = PV_LIST_LEN(kwl);
    Value kwt = nk ? pv_tuple_from(nk, PV_LIST_ITEMS(kwl)) : V_NULL;
    bool is_class = true;
    if (meta == V_NULL) {
        meta = PV_TUPLE_LEN(bases) ? v_from(pv_type(PV_TUPLE_ITEMS(bases)[0]))
                                   : v_from(&pv_type_type);
    } else {
        is_class = pv_is_type(meta);
    }
    if (is_class) {
        PvType *winner = (PvType *)v_obj(meta);
        for (int64_t i = 0; i < PV_TUPLE_LEN(bases); i++) {
            PvType *bm = pv_type(PV_TUPLE_ITEMS(bases)[i]);
            if (pv_type_is_subtype(winner, bm))
                continue;
            if (pv_type_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            pv_err_set_str(&pv_exc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
            return V_NULL;
        }
        meta = v_from(winner);
    }
    /* __prepare__(name, bases, **kwds) */
    Value ns;
    Value prep = pv_getattr(meta, ID(__prepare__));
    if (prep == V_NULL) {
        if (!pv_err_matches(&pv_exc_AttributeError))
            return V_NULL;
        pv_err_clear();
        ns = pv_dict_new();
    } else {
        Value *pargs = pv_alloc(sizeof(Value) * (size_t)(2 + nk));
        pargs[0] = name;
        pargs[1] = bases;
        for (int64_t i = 0; i < nk; i++)
            pargs[2 + i] = PV_LIST_ITEMS(kwvals)[i];
        ns = pv_call(prep, (int)(2 + nk), pargs, kwt);
        if (ns == V_NULL)
            return V_NULL;
    }
    if (!v_isinstance(ns, &pv_dict_type)) {
        if (is_class)
            pv_err_format(&pv_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                          ((PvType *)v_obj(meta))->name, pv_type_name(ns));
        else
            pv_err_format(&pv_exc_TypeError,
                          "<metaclass>.__prepare__() must return a mapping, not %s",
                          pv_type_name(ns));
        return V_NULL;
    }
    Value cell = pv_run_class_body(func, ns);
    if (cell == V_NULL)
        return V_NULL;
    if (changed && pv_dict_set(ns, ID(__orig_bases__), orig_bases) < 0)
        return V_NULL;
    Value *margs = pv_alloc(sizeof(Value) * (size_t)(3 + nk));
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    for (int64_t i = 0; i < nk; i++)
        margs[3 + i] = PV_LIST_ITEMS(kwvals)[i];
    Value cls = pv_call(meta, (int)(3 + nk), margs, kwt);
    if (cls == V_NULL)
        return V_NULL;
    if (pv_is_type(cls) && v_is(cell, &pv_cell_type)) {
        Value got = ((PvCell *)v_obj(cell))->ref;
        if (got != cls) {
            if (got == V_NULL)
                pv_err_format(&pv_exc_RuntimeError,
                              "__class__ not set defining %R as %R. Was __classcell__ "
                              "propagated to type.__new__?",
                              name, cls);
            else
                pv_err_format(&pv_exc_TypeError, "__class__ set to %R defining %R as %R", got,
                              name, cls);
            return V_NULL;
        }
    }
    return cls;
}

void pv_types_init(void)
{
    for (int i = 0; i < PV_ID_COUNT; i++)
        pv_ids[i] = pv_str_intern_cstr(id_names[i]);
    for (int op = 0; op < PV_NB_COUNT; op++)
        for (int k = 0; k < 3; k++)
            pv_binop_ids[op][k] = pv_str_intern_cstr(pv_binop_dunders[op][k]);
    static const char *const cmp[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; i++)
        pv_cmp_ids[i] = pv_str_intern_cstr(cmp[i]);
}
