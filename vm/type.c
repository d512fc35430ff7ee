/* vm/type.c: type objects.  Readies the built-in types (MRO and bases
 * tuples, a dict of their methods and slot wrappers), looks names up along
 * the MRO, and implements `object` and `type` themselves (attributes,
 * type.__call__, object.__new__/__init__ argument rules).  Not here:
 * creating classes (class.c), their slot functions and instance attribute
 * access (slots.c), descriptors and super (descr.c).
 */
#include <string.h>

#include "classes.h"
#include "fileio.h"

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
    if (t->mro == V_NULL) {
        if (t->flags & PV_TF_HEAPTYPE)
            return t == base; /* a class being made */
        pv_type_ready((PvType *)t); /* ExceptionGroup, on first use */
    }
    Value mro = t->mro;
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

/* the built-in types with two bases (PV_TF_MULTI_BASE): the second one */
static PvType *second_base(const PvType *t)
{
    if (t == &pv_exc_ExceptionGroup)
        return &pv_exc_Exception;
    if (t == &pv_exc_UnsupportedOperation)
        return &pv_exc_ValueError;
    return NULL;
}

void pv_type_ready(PvType *t)
{
    if (t->mro != V_NULL)
        return;
    if (t->base)
        pv_type_ready(t->base);
    PvType *second = second_base(t);
    if (second) {
        /* (t, base's MRO..., second's MRO...) without repeats: right for
         * the built-in pairs, whose bases share only their common tail */
        pv_type_ready(second);
        Value mro = pv_list_new(0);
        pv_list_append(mro, v_from(t));
        Value parts[2] = {t->base->mro, second->mro};
        for (int p = 0; p < 2; p++)
            for (int64_t i = 0; i < PV_TUPLE_LEN(parts[p]); i++) {
                Value k = PV_TUPLE_ITEMS(parts[p])[i];
                bool later = false; /* a shared ancestor goes after both */
                if (p == 0)
                    for (int64_t j = 0; j < PV_TUPLE_LEN(parts[1]); j++)
                        later |= PV_TUPLE_ITEMS(parts[1])[j] == k;
                if (!later)
                    pv_list_append(mro, k);
            }
        t->bases = pv_tuple_from(2, (Value[]){v_from(t->base), v_from(second)});
        t->mro = pv_tuple_from(PV_LIST_LEN(mro), PV_LIST_ITEMS(mro));
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
    if (t == &pv_object_type)
        pv_dict_set(t->dict, ID(__class__), pv_getset_new(t, 0));
    /* list.__hash__ is None: == without a hash (pv_hash's rule) */
    if (!t->hash && t->richcompare && t->richcompare != pv_object_richcompare &&
        pv_dict_get_str(t->dict, ID(__hash__)) == V_NULL)
        pv_dict_set(t->dict, ID(__hash__), V_NONE);
    pv_type_new_version(t); /* lookups made while filling the dict are stale */
}

/* CPython's method cache: the results of MRO lookups, found or not, keyed
 * by type, version and (interned) name.  Every version comes from one
 * counter, so a (type, version) pair never repeats, not even for a new class
 * allocated where a collected one was; any change to a type's dict or its
 * ancestors' gives it a new version (pv_type_new_version). */
#define LOOKUP_CACHE_SIZE 4096 /* a power of 2 */
typedef struct LookupEntry {
    PvType *type;
    uint64_t version;
    Value name, value; /* value V_NULL: not found */
} LookupEntry;
static LookupEntry lookup_cache[LOOKUP_CACHE_SIZE];
static uint64_t next_version = 1;

void pv_type_new_version(PvType *t) { t->version = next_version++; }

static Value lookup_mro(PvType *t, Value name)
{
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

Value pv_type_lookup(PvType *t, Value name)
{
    if (t->mro == V_NULL)
        pv_type_ready(t);
    if (t->version == 0)
        pv_type_new_version(t);
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)t >> 6) ^ (uintptr_t)(t->version * 0x9E3779B1u);
    LookupEntry *e = &lookup_cache[h & (LOOKUP_CACHE_SIZE - 1)];
    if (e->type == t && e->version == t->version && e->name == name)
        return e->value;
    uint64_t version = t->version;
    Value v = lookup_mro(t, name);
    if (t->version == version) { /* the lookup ran no code that changed t */
        e->type = t;
        e->version = version;
        e->name = name;
        e->value = v;
    }
    return v;
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
    pv_type_new_version(t);
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
        if (!strcmp(s, "__dict__"))
            return pv_mappingproxy_new(t->dict);
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
    /* built-in types construct in new; type(n, b, d) may have made an
     * instance of a base's metaclass, whose __init__ runs */
    bool classy = (t->flags & PV_TF_HEAPTYPE) ||
                  (t == &pv_type_type && obj != V_NULL && pv_type(obj) != &pv_type_type);
    if (obj == V_NULL || !classy || !v_isinstance(obj, t))
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

/* int | str: a types.UnionType */
static Value type_binop(Value a, Value b, int op)
{
    return op == PV_NB_OR ? pv_union_or(a, b) : V_NOTIMPLEMENTED;
}

PvType pv_type_type = {.ob = {&pv_type_type}, .name = "type", .base = &pv_object_type,
                       .size = sizeof(PvType), .flags = PV_TF_BASETYPE | PV_TF_TYPE_SUBCLASS,
                       .repr = type_repr, .hash = identity_hash, .call = type_call_slot,
                       .richcompare = pv_object_richcompare, .new = type_new_slot,
                       .init = type_init, .methods = type_methods, .binop = type_binop};

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
