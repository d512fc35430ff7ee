/* vm/descr.c: the descriptor types of the data model: slot wrappers (a
 * built-in type's C slot seen as a dunder: object.__init__, int.__add__,
 * and their bound form, method-wrapper), member descriptors of __slots__,
 * property, classmethod, staticmethod and super.  Not here: the lookup
 * machinery that calls them (slots.c, type.c).
 */
#include <string.h>

#include "classes.h"

/* ------------------------------------------------------------------ */
/* slot wrappers                                                        */

enum {
    K_REPR, K_STR, K_HASH, K_CMP, K_BINOP, K_RBINOP, K_UNARY, K_BOOL, K_LEN, K_GETITEM,
    K_SETITEM, K_DELITEM, K_CONTAINS, K_ITER, K_NEXT, K_CALL, K_GETATTRIBUTE, K_SETATTR,
    K_DELATTR, K_INIT, K_GET, K_SET, K_DELETE,
};

typedef struct WrapperDef {
    const char *name;
    int kind, op;
} WrapperDef;

static const WrapperDef wrapper_defs[] = {
    {"__repr__", K_REPR, 0}, {"__str__", K_STR, 0}, {"__hash__", K_HASH, 0},
    {"__lt__", K_CMP, PV_LT}, {"__le__", K_CMP, PV_LE}, {"__eq__", K_CMP, PV_EQ},
    {"__ne__", K_CMP, PV_NE}, {"__gt__", K_CMP, PV_GT}, {"__ge__", K_CMP, PV_GE},
    {"__neg__", K_UNARY, PV_UNARY_NEG}, {"__pos__", K_UNARY, PV_UNARY_POS},
    {"__invert__", K_UNARY, PV_UNARY_INVERT}, {"__bool__", K_BOOL, 0}, {"__len__", K_LEN, 0},
    {"__getitem__", K_GETITEM, 0}, {"__setitem__", K_SETITEM, 0},
    {"__delitem__", K_DELITEM, 0}, {"__contains__", K_CONTAINS, 0}, {"__iter__", K_ITER, 0},
    {"__next__", K_NEXT, 0}, {"__call__", K_CALL, 0},
    {"__getattribute__", K_GETATTRIBUTE, 0}, {"__setattr__", K_SETATTR, 0},
    {"__delattr__", K_DELATTR, 0}, {"__init__", K_INIT, 0}, {"__get__", K_GET, 0},
    {"__set__", K_SET, 0}, {"__delete__", K_DELETE, 0},
#define BIN(op, f, r) {f, K_BINOP, op}, {r, K_RBINOP, op},
    BIN(PV_NB_ADD, "__add__", "__radd__") BIN(PV_NB_AND, "__and__", "__rand__")
    BIN(PV_NB_FLOOR_DIVIDE, "__floordiv__", "__rfloordiv__")
    BIN(PV_NB_LSHIFT, "__lshift__", "__rlshift__")
    BIN(PV_NB_MATRIX_MULTIPLY, "__matmul__", "__rmatmul__")
    BIN(PV_NB_MULTIPLY, "__mul__", "__rmul__") BIN(PV_NB_REMAINDER, "__mod__", "__rmod__")
    BIN(PV_NB_OR, "__or__", "__ror__") BIN(PV_NB_POWER, "__pow__", "__rpow__")
    BIN(PV_NB_RSHIFT, "__rshift__", "__rrshift__") BIN(PV_NB_SUBTRACT, "__sub__", "__rsub__")
    BIN(PV_NB_TRUE_DIVIDE, "__truediv__", "__rtruediv__") BIN(PV_NB_XOR, "__xor__", "__rxor__")
#undef BIN
    {NULL, 0, 0},
};

const char *const pv_wrapper_names[] = {
    "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
    "__ge__", "__neg__", "__pos__", "__invert__", "__bool__", "__len__", "__getitem__",
    "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__", "__call__",
        "__getattribute__", "__setattr__", "__delattr__", "__init__", "__get__", "__set__",
    "__delete__", "__add__",
    "__radd__", "__and__", "__rand__", "__floordiv__", "__rfloordiv__", "__lshift__",
    "__rlshift__", "__matmul__", "__rmatmul__", "__mul__", "__rmul__", "__mod__", "__rmod__",
    "__or__", "__ror__", "__pow__", "__rpow__", "__rshift__", "__rrshift__", "__sub__",
    "__rsub__", "__truediv__", "__rtruediv__", "__xor__", "__rxor__", NULL,
};

typedef struct PvWrapper {
    PvObject ob;
    PvType *owner;
    const WrapperDef *def;
    Value self;              /* bound (method-wrapper), or V_NULL */
} PvWrapper;

/* the slot of `kind` a type itself defines (not inherited), or NULL */
static const void *own_slot(PvType *t, int kind)
{
    const void *p = NULL, *q = NULL;
    PvType *b = t->base;
#define PICK(field) (p = (const void *)t->field, q = b ? (const void *)b->field : NULL)
    switch (kind) {
    case K_REPR: PICK(repr); break;
    case K_STR: PICK(str); break;
    case K_HASH: PICK(hash); break;
    case K_CMP: PICK(richcompare); break;
    case K_BINOP: case K_RBINOP: PICK(binop); break;
    case K_UNARY: PICK(unary); break;
    case K_BOOL: PICK(truth); break;
    case K_LEN: PICK(len); break;
    case K_GETITEM: PICK(getitem); break;
    case K_SETITEM: case K_DELITEM: PICK(setitem); break;
    case K_CONTAINS: PICK(contains); break;
    case K_ITER: PICK(iter); break;
    case K_NEXT: PICK(next); break;
    case K_CALL: PICK(call); break;
    case K_INIT: PICK(init); break;
    case K_GET: PICK(descr_get); break;
    case K_SET: case K_DELETE: PICK(descr_set); break;
    case K_GETATTRIBUTE: case K_SETATTR: case K_DELATTR:
        /* object's generic attribute access; the built-in types' own hooks
         * are reached through it */
        return t == &pv_object_type ? (const void *)t : NULL;
    }
#undef PICK
    if (!p)
        return NULL;
    if (t == &pv_object_type && kind == K_STR)
        return (const void *)t;
    return p != q ? p : NULL;
}

Value pv_slot_wrapper_for(PvType *owner, const char *name)
{
    for (const WrapperDef *d = wrapper_defs; d->name; d++)
        if (!strcmp(d->name, name)) {
            if (!own_slot(owner, d->kind) &&
                !(owner == &pv_object_type && d->kind == K_STR))
                return V_NULL;
            PvWrapper *w = (PvWrapper *)pv_new_object(&pv_wrapper_type, sizeof(PvWrapper));
            w->owner = owner;
            w->def = d;
            return v_from(w);
        }
    return V_NULL;
}

#define FIND_SLOT(var, field)                        \
    do {                                             \
        var = NULL;                                  \
        for (PvType *k_ = owner; k_ && !var; k_ = k_->base) \
            var = k_->field;                         \
    } while (0)

static bool nargs(const WrapperDef *d, int argc, int want)
{
    if (argc == want)
        return true;
    if (want == 0)
        pv_err_format(&pv_exc_TypeError, "expected 0 arguments, got %d", argc);
    else
        pv_err_format(&pv_exc_TypeError, "expected %d argument%s, got %d", want,
                      want == 1 ? "" : "s", argc);
    (void)d;
    return false;
}

static Value call_wrapped(PvType *owner, const WrapperDef *d, Value self, int argc,
                          const Value *argv, Value kwnames)
{
    if (d->kind != K_INIT && d->kind != K_CALL && pv_no_kwargs(d->name, kwnames) < 0)
        return V_NULL;
    switch (d->kind) {
    case K_REPR: {
        Value (*f)(Value);
        FIND_SLOT(f, repr);
        return nargs(d, argc, 0) ? f(self) : V_NULL;
    }
    case K_STR: {
        if (!nargs(d, argc, 0))
            return V_NULL;
        Value (*f)(Value);
        FIND_SLOT(f, str);
        return f ? f(self) : pv_repr(self);
    }
    case K_HASH: {
        int (*f)(Value, int64_t *);
        FIND_SLOT(f, hash);
        int64_t h;
        if (!nargs(d, argc, 0) || f(self, &h) < 0)
            return V_NULL;
        return pv_int_from_i64(h);
    }
    case K_CMP: {
        Value (*f)(Value, Value, int);
        FIND_SLOT(f, richcompare);
        return nargs(d, argc, 1) ? f(self, argv[0], d->op) : V_NULL;
    }
    case K_BINOP:
    case K_RBINOP: {
        Value (*f)(Value, Value, int);
        FIND_SLOT(f, binop);
        if (!nargs(d, argc, 1))
            return V_NULL;
        return d->kind == K_BINOP ? f(self, argv[0], d->op) : f(argv[0], self, d->op);
    }
    case K_UNARY: {
        Value (*f)(Value, int);
        FIND_SLOT(f, unary);
        return nargs(d, argc, 0) ? f(self, d->op) : V_NULL;
    }
    case K_BOOL: {
        int (*f)(Value);
        FIND_SLOT(f, truth);
        int r = nargs(d, argc, 0) ? f(self) : -1;
        return r < 0 ? V_NULL : v_bool(r);
    }
    case K_LEN: {
        int64_t (*f)(Value);
        FIND_SLOT(f, len);
        int64_t n = nargs(d, argc, 0) ? f(self) : -1;
        return n < 0 ? V_NULL : pv_int_from_i64(n);
    }
    case K_GETITEM: {
        Value (*f)(Value, Value);
        FIND_SLOT(f, getitem);
        return nargs(d, argc, 1) ? f(self, argv[0]) : V_NULL;
    }
    case K_SETITEM:
    case K_DELITEM: {
        int (*f)(Value, Value, Value);
        FIND_SLOT(f, setitem);
        if (!nargs(d, argc, d->kind == K_SETITEM ? 2 : 1))
            return V_NULL;
        return f(self, argv[0], d->kind == K_SETITEM ? argv[1] : V_NULL) < 0 ? V_NULL : V_NONE;
    }
    case K_CONTAINS: {
        int (*f)(Value, Value);
        FIND_SLOT(f, contains);
        int r = nargs(d, argc, 1) ? f(self, argv[0]) : -1;
        return r < 0 ? V_NULL : v_bool(r);
    }
    case K_ITER: {
        Value (*f)(Value);
        FIND_SLOT(f, iter);
        return nargs(d, argc, 0) ? f(self) : V_NULL;
    }
    case K_NEXT: {
        Value (*f)(Value);
        FIND_SLOT(f, next);
        if (!nargs(d, argc, 0))
            return V_NULL;
        Value r = f(self);
        if (r == V_NULL && !pv_err_occurred())
            pv_err_set(pv_exc_new(&pv_exc_StopIteration, pv_tuple_new(0)));
        return r;
    }
    case K_CALL: {
        Value (*f)(Value, int, const Value *, Value);
        FIND_SLOT(f, call);
        return f(self, argc, argv, kwnames);
    }
    case K_GETATTRIBUTE:
        if (!nargs(d, argc, 1))
            return V_NULL;
        if (!v_is(argv[0], &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "attribute name must be string, not '%s'",
                          pv_type_name(argv[0]));
            return V_NULL;
        }
        if (!(pv_type(self)->flags & PV_TF_HEAPTYPE) && !pv_is_type(self))
            return pv_getattr(self, argv[0]);
        return pv_object_generic_getattr(self, argv[0]);
    case K_SETATTR:
    case K_DELATTR:
        if (!nargs(d, argc, d->kind == K_SETATTR ? 2 : 1))
            return V_NULL;
        if (!v_is(argv[0], &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "attribute name must be string, not '%s'",
                          pv_type_name(argv[0]));
            return V_NULL;
        }
        if (!(pv_type(self)->flags & PV_TF_HEAPTYPE) && !pv_is_type(self))
            return pv_setattr(self, argv[0], d->kind == K_SETATTR ? argv[1] : V_NULL) < 0
                       ? V_NULL
                       : V_NONE;
        return pv_object_generic_setattr(self, argv[0], d->kind == K_SETATTR ? argv[1] : V_NULL) < 0
                   ? V_NULL
                   : V_NONE;
    case K_INIT: {
        int (*f)(Value, int, const Value *, Value);
        FIND_SLOT(f, init);
        return f(self, argc, argv, kwnames) < 0 ? V_NULL : V_NONE;
    }
    case K_GET: {
        Value (*f)(Value, Value, Value);
        FIND_SLOT(f, descr_get);
        if (argc < 1 || argc > 2) {
            pv_err_format(&pv_exc_TypeError, "expected 1 or 2 arguments, got %d", argc);
            return V_NULL;
        }
        Value obj = argv[0] == V_NONE ? V_NULL : argv[0];
        Value type = argc > 1 && argv[1] != V_NONE ? argv[1] : V_NULL;
        return f(self, obj, type);
    }
    case K_SET:
    case K_DELETE: {
        int (*f)(Value, Value, Value);
        FIND_SLOT(f, descr_set);
        if (!nargs(d, argc, d->kind == K_SET ? 2 : 1))
            return V_NULL;
        return f(self, argv[0], d->kind == K_SET ? argv[1] : V_NULL) < 0 ? V_NULL : V_NONE;
    }
    }
    return V_NULL;
}

static Value wrapper_call(Value v, int argc, const Value *argv, Value kwnames)
{
    PvWrapper *w = (PvWrapper *)v_obj(v);
    if (w->self != V_NULL)
        return call_wrapped(w->owner, w->def, w->self, argc, argv, kwnames);
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    if (argc - nkw < 1) {
        pv_err_format(&pv_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                      w->def->name, w->owner->name);
        return V_NULL;
    }
    if (!v_isinstance(argv[0], w->owner)) {
        pv_err_format(&pv_exc_TypeError,
                      "descriptor '%s' requires a '%s' object but received a '%s'", w->def->name,
                      w->owner->name, pv_type_name(argv[0]));
        return V_NULL;
    }
    return call_wrapped(w->owner, w->def, argv[0], argc - 1, argv + 1, kwnames);
}

static Value wrapper_get(Value self, Value obj, Value type)
{
    (void)type;
    PvWrapper *w = (PvWrapper *)v_obj(self);
    if (obj == V_NULL || w->self != V_NULL)
        return self;
    PvWrapper *b = (PvWrapper *)pv_new_object(&pv_wrapper_type, sizeof(PvWrapper));
    *b = *w;
    b->self = obj;
    return v_from(b);
}

static Value wrapper_repr(Value v)
{
    PvWrapper *w = (PvWrapper *)v_obj(v);
    if (w->self == V_NULL)
        return pv_str_printf("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
    return pv_str_printf("<method-wrapper '%s' of %s object at %p>", w->def->name,
                         pv_type_name(w->self), (void *)w->self);
}

static Value wrapper_getattr(Value v, Value name)
{
    PvWrapper *w = (PvWrapper *)v_obj(v);
    if (pv_str_eq_cstr(name, "__name__"))
        return pv_str_cstr(w->def->name);
    if (pv_str_eq_cstr(name, "__objclass__"))
        return v_from(w->owner);
    if (pv_str_eq_cstr(name, "__self__") && w->self != V_NULL)
        return w->self;
    return V_NULL;
}

PvType pv_wrapper_type = {.ob = {&pv_type_type}, .name = "wrapper_descriptor",
                          .base = &pv_object_type, .repr = wrapper_repr, .call = wrapper_call,
                          .getattr = wrapper_getattr, .descr_get = wrapper_get};

/* ------------------------------------------------------------------ */
/* getset descriptors: object.__class__, a class's __dict__/__weakref__  */

enum { GS_CLASS, GS_DICT, GS_WEAKREF };

typedef struct PvGetSet {
    PvObject ob;
    PvType *owner;
    const char *name;
    int kind;
} PvGetSet;

static PvType getset_type;

Value pv_getset_new(PvType *owner, int kind)
{
    static const char *const names[] = {"__class__", "__dict__", "__weakref__"};
    PvGetSet *g = (PvGetSet *)pv_new_object(&getset_type, sizeof(PvGetSet));
    g->owner = owner;
    g->kind = kind;
    g->name = names[kind];
    return v_from(g);
}

static bool getset_check(PvGetSet *g, Value obj)
{
    if (v_isinstance(obj, g->owner))
        return true;
    pv_err_format(&pv_exc_TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g->name,
                  g->owner->name, pv_type_name(obj));
    return false;
}

static Value getset_get(Value self, Value obj, Value type)
{
    (void)type;
    PvGetSet *g = (PvGetSet *)v_obj(self);
    if (obj == V_NULL)
        return self;
    if (!getset_check(g, obj))
        return V_NULL;
    if (g->kind == GS_CLASS)
        return v_from(pv_type(obj));
    if (g->kind == GS_WEAKREF)
        return pv_weakref_first(obj); /* the newest ref (mod_weakref.c) */
    Value *dp = pv_instance_dict_slot(obj);
    if (!dp) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '__dict__'",
                      pv_type_name(obj));
        return V_NULL;
    }
    if (*dp == V_NULL)
        *dp = pv_dict_new();
    return *dp;
}

static int getset_set(Value self, Value obj, Value val)
{
    PvGetSet *g = (PvGetSet *)v_obj(self);
    if (!getset_check(g, obj))
        return -1;
    if (g->kind == GS_CLASS)
        return pv_object_generic_setattr(obj, ID(__class__), val);
    if (g->kind == GS_WEAKREF) {
        pv_err_format(&pv_exc_AttributeError, "attribute '__weakref__' of '%s' objects is not writable",
                      g->owner->name);
        return -1;
    }
    Value *dp = pv_instance_dict_slot(obj);
    if (val == V_NULL) {
        pv_err_set_str(&pv_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_isinstance(val, &pv_dict_type)) {
        pv_err_format(&pv_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      pv_type_name(val));
        return -1;
    }
    if (dp)
        *dp = val;
    return 0;
}

static Value getset_repr(Value v)
{
    PvGetSet *g = (PvGetSet *)v_obj(v);
    return pv_str_printf("<attribute '%s' of '%s' objects>", g->name, g->owner->name);
}

static PvType getset_type = {.ob = {&pv_type_type}, .name = "getset_descriptor",
                             .base = &pv_object_type, .repr = getset_repr,
                             .descr_get = getset_get, .descr_set = getset_set};

/* ------------------------------------------------------------------ */
/* member descriptors (__slots__)                                       */

typedef struct PvMember {
    PvObject ob;
    PvType *owner;
    Value name;
    int32_t word;
} PvMember;

Value pv_member_new(PvType *owner, Value name, int32_t word)
{
    PvMember *m = (PvMember *)pv_new_object(&pv_member_type, sizeof(PvMember));
    m->owner = owner;
    m->name = name;
    m->word = word;
    return v_from(m);
}

static bool member_check(PvMember *m, Value obj)
{
    if (v_isinstance(obj, m->owner))
        return true;
    pv_err_format(&pv_exc_TypeError, "descriptor '%S' for '%s' objects doesn't apply to a '%s' object",
                  m->name, m->owner->name, pv_type_name(obj));
    return false;
}

static Value member_get(Value self, Value obj, Value type)
{
    (void)type;
    PvMember *m = (PvMember *)v_obj(self);
    if (obj == V_NULL)
        return self;
    if (!member_check(m, obj))
        return V_NULL;
    Value v = ((Value *)v_obj(obj))[-m->word];
    if (v == V_NULL) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'",
                      pv_type_name(obj), m->name);
        return V_NULL;
    }
    return v;
}

static int member_set(Value self, Value obj, Value val)
{
    PvMember *m = (PvMember *)v_obj(self);
    if (!member_check(m, obj))
        return -1;
    Value *slot = &((Value *)v_obj(obj))[-m->word];
    if (val == V_NULL && *slot == V_NULL) {
        pv_err_format(&pv_exc_AttributeError, "%S", m->name); /* CPython's wording */
        return -1;
    }
    *slot = val;
    return 0;
}

static Value member_repr(Value v)
{
    PvMember *m = (PvMember *)v_obj(v);
    return pv_str_printf("<member '%s' of '%s' objects>", pv_str_utf8(m->name, &(size_t){0}),
                         m->owner->name);
}

PvType pv_member_type = {.ob = {&pv_type_type}, .name = "member_descriptor",
                         .base = &pv_object_type, .repr = member_repr, .descr_get = member_get,
                         .descr_set = member_set};

/* ------------------------------------------------------------------ */
/* property                                                             */

typedef struct PvProperty {
    PvObject ob;
    Value fget, fset, fdel, doc;   /* V_NONE when absent */
    Value name;                    /* from __set_name__, or V_NULL */
} PvProperty;

static Value property_make(PvType *type, Value fget, Value fset, Value fdel, Value doc)
{
    PvProperty *p = (PvProperty *)pv_new_object(type, sizeof(PvProperty));
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    p->doc = doc;
    if (doc == V_NONE && fget != V_NONE) {
        Value d = pv_getattr(fget, ID(__doc__));
        if (d == V_NULL)
            pv_err_clear();
        else
            p->doc = d;
    }
    return v_from(p);
}

static Value property_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (pv_parse_args("property", argc, argv, kwnames, "|OOOO", names, a) < 0)
        return V_NULL;
    for (int i = 0; i < 4; i++)
        if (a[i] == V_NULL)
            a[i] = V_NONE;
    return property_make(type, a[0], a[1], a[2], a[3]);
}

static Value property_error(PvProperty *p, Value obj, const char *what)
{
    if (p->name != V_NULL)
        pv_err_format(&pv_exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                      pv_type_name(obj), what);
    else
        pv_err_format(&pv_exc_AttributeError, "property of '%s' object has no %s",
                      pv_type_name(obj), what);
    return V_NULL;
}

static Value property_get(Value self, Value obj, Value type)
{
    (void)type;
    PvProperty *p = (PvProperty *)v_obj(self);
    if (obj == V_NULL)
        return self;
    if (p->fget == V_NONE)
        return property_error(p, obj, "getter");
    return pv_call1(p->fget, obj);
}

static int property_set(Value self, Value obj, Value val)
{
    PvProperty *p = (PvProperty *)v_obj(self);
    Value r;
    if (val == V_NULL) {
        if (p->fdel == V_NONE) {
            property_error(p, obj, "deleter");
            return -1;
        }
        r = pv_call1(p->fdel, obj);
    } else {
        if (p->fset == V_NONE) {
            property_error(p, obj, "setter");
            return -1;
        }
        r = pv_call(p->fset, 2, (Value[]){obj, val}, V_NULL);
    }
    return r == V_NULL ? -1 : 0;
}

static Value property_copy(Value self, int which, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"getter", "setter", "deleter"};
    if (pv_no_kwargs(names[which], kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s() takes exactly one argument (%d given)",
                      names[which], argc);
        return V_NULL;
    }
    PvProperty *p = (PvProperty *)v_obj(self);
    Value f[3] = {p->fget, p->fset, p->fdel};
    f[which] = argv[0];
    /* a doc taken from the old getter follows the new one */
    Value doc = p->doc;
    if (which == 0)
        doc = V_NONE;
    Value np = property_make(pv_type(self), f[0], f[1], f[2], doc);
    ((PvProperty *)v_obj(np))->name = p->name;
    return np;
}

static Value property_getter(Value s, int c, const Value *a, Value k) { return property_copy(s, 0, c, a, k); }
static Value property_setter(Value s, int c, const Value *a, Value k) { return property_copy(s, 1, c, a, k); }
static Value property_deleter(Value s, int c, const Value *a, Value k) { return property_copy(s, 2, c, a, k); }

static Value property_set_name(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("__set_name__", kwnames) < 0)
        return V_NULL;
    if (argc != 2) {
        pv_err_format(&pv_exc_TypeError, "__set_name__() takes 2 positional arguments but %d were given", argc);
        return V_NULL;
    }
    ((PvProperty *)v_obj(self))->name = argv[1];
    return V_NONE;
}

static Value property_getattr(Value v, Value name)
{
    PvProperty *p = (PvProperty *)v_obj(v);
    if (pv_str_eq_cstr(name, "fget"))
        return p->fget;
    if (pv_str_eq_cstr(name, "fset"))
        return p->fset;
    if (pv_str_eq_cstr(name, "fdel"))
        return p->fdel;
    if (pv_str_eq_cstr(name, "__doc__"))
        return p->doc;
    return V_NULL;
}

static const PvMethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name, 0},
    {NULL, NULL, 0},
};

PvType pv_property_type = {.ob = {&pv_type_type}, .name = "property", .base = &pv_object_type,
                           .size = sizeof(PvProperty), .flags = PV_TF_BASETYPE,
                           .new = property_new, .getattr = property_getattr,
                           .descr_get = property_get, .descr_set = property_set,
                           .methods = property_methods};

/* ------------------------------------------------------------------ */
/* classmethod, staticmethod                                            */

typedef struct PvFuncWrap {
    PvObject ob;
    Value func;
} PvFuncWrap;

static Value funcwrap_make(PvType *type, Value f)
{
    PvFuncWrap *w = (PvFuncWrap *)pv_new_object(type, sizeof(PvFuncWrap));
    w->func = f;
    return v_from(w);
}

Value pv_classmethod_new(Value f) { return funcwrap_make(&pv_classmethod_type, f); }
Value pv_staticmethod_new(Value f) { return funcwrap_make(&pv_staticmethod_type, f); }

static Value funcwrap_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    const char *n = pv_type_is_subtype(type, &pv_classmethod_type) ? "classmethod" : "staticmethod";
    if (pv_no_kwargs(n, kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s expected 1 argument, got %d", n, argc);
        return V_NULL;
    }
    return funcwrap_make(type, argv[0]);
}

static Value classmethod_get(Value self, Value obj, Value type)
{
    Value f = ((PvFuncWrap *)v_obj(self))->func;
    if (type == V_NULL)
        type = v_from(pv_type(obj));
    Value (*g)(Value, Value, Value) = NULL;
    for (PvType *k = pv_type(f); k && !g; k = k->base)
        g = k->descr_get;
    if (g && !v_is(f, &pv_function_type) && !v_is(f, &pv_builtin_type))
        return g(f, type, type);
    return pv_method_new(f, type);
}

static Value staticmethod_get(Value self, Value obj, Value type)
{
    (void)obj, (void)type;
    return ((PvFuncWrap *)v_obj(self))->func;
}

static Value staticmethod_call(Value self, int argc, const Value *argv, Value kwnames)
{
    return pv_call(((PvFuncWrap *)v_obj(self))->func, argc, argv, kwnames);
}

static Value funcwrap_getattr(Value v, Value name)
{
    Value f = ((PvFuncWrap *)v_obj(v))->func;
    if (pv_str_eq_cstr(name, "__func__") || pv_str_eq_cstr(name, "__wrapped__"))
        return f;
    if (pv_str_eq_cstr(name, "__doc__") || pv_str_eq_cstr(name, "__name__") ||
        pv_str_eq_cstr(name, "__qualname__"))
        return pv_getattr(f, name);
    return V_NULL;
}

static Value funcwrap_repr(Value v)
{
    Value r = pv_repr(((PvFuncWrap *)v_obj(v))->func);
    if (r == V_NULL)
        return V_NULL;
    return pv_str_printf("<%s(%s)>", pv_type_name(v), pv_str_utf8(r, &(size_t){0}));
}

PvType pv_classmethod_type = {.ob = {&pv_type_type}, .name = "classmethod",
                              .base = &pv_object_type, .size = sizeof(PvFuncWrap),
                              .flags = PV_TF_BASETYPE, .repr = funcwrap_repr,
                              .new = funcwrap_new, .getattr = funcwrap_getattr,
                              .descr_get = classmethod_get};
PvType pv_staticmethod_type = {.ob = {&pv_type_type}, .name = "staticmethod",
                               .base = &pv_object_type, .size = sizeof(PvFuncWrap),
                               .flags = PV_TF_BASETYPE, .repr = funcwrap_repr,
                               .new = funcwrap_new, .getattr = funcwrap_getattr,
                               .call = staticmethod_call, .descr_get = staticmethod_get};

/* ------------------------------------------------------------------ */
/* super                                                                */

typedef struct PvSuper {
    PvObject ob;
    PvType *type;       /* the class after which to search */
    Value obj;          /* instance or class, V_NULL unbound */
    PvType *obj_type;   /* whose MRO is searched */
} PvSuper;

static Value super_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("super", kwnames) < 0)
        return V_NULL;
    Value t, obj = V_NULL;
    if (argc == 0) {
        if (pv_super_frame_args(&t, &obj) < 0)
            return V_NULL;
    } else if (argc <= 2) {
        t = argv[0];
        obj = argc == 2 ? argv[1] : V_NULL;
    } else {
        pv_err_format(&pv_exc_TypeError, "super() takes at most 2 arguments (%d given)", argc);
        return V_NULL;
    }
    if (!pv_is_type(t)) {
        pv_err_format(&pv_exc_TypeError, "super() argument 1 must be a type, not %s",
                      pv_type_name(t));
        return V_NULL;
    }
    if (obj == V_NONE && argc == 2)
        obj = V_NONE;
    PvType *tt = (PvType *)v_obj(t);
    PvType *ot = NULL;
    if (obj != V_NULL) {
        if (pv_is_type(obj) && pv_type_is_subtype((PvType *)v_obj(obj), tt))
            ot = (PvType *)v_obj(obj);
        else if (v_isinstance(obj, tt))
            ot = pv_type(obj);
        else {
            pv_err_set_str(&pv_exc_TypeError,
                           "super(type, obj): obj must be an instance or subtype of type");
            return V_NULL;
        }
    }
    PvSuper *s = (PvSuper *)pv_new_object(type, sizeof(PvSuper));
    s->type = tt;
    s->obj = obj;
    s->obj_type = ot;
    return v_from(s);
}

static Value super_getattr_full(Value self, Value name)
{
    PvSuper *s = (PvSuper *)v_obj(self);
    if (s->obj_type && !pv_str_eq(name, ID(__class__))) {
        pv_type_ready(s->obj_type);
        Value mro = s->obj_type->mro;
        int64_t n = PV_TUPLE_LEN(mro), i = 0;
        while (i < n && (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]) != s->type)
            i++;
        for (i++; i < n; i++) {
            PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
            pv_type_ready(k);
            Value v = pv_dict_get_str(k->dict, name);
            if (v != V_NULL) {
                Value o = s->obj == v_from(s->obj_type) ? V_NULL : s->obj;
                return pv_descr_get(v, o, v_from(s->obj_type));
            }
        }
    }
    if (pv_str_eq_cstr(name, "__thisclass__"))
        return v_from(s->type);
    if (pv_str_eq_cstr(name, "__self__"))
        return s->obj == V_NULL ? V_NONE : s->obj;
    if (pv_str_eq_cstr(name, "__self_class__"))
        return s->obj_type ? v_from(s->obj_type) : V_NONE;
    if (pv_str_eq(name, ID(__class__)))
        return v_from(pv_type(self));
    pv_err_format(&pv_exc_AttributeError, "'super' object has no attribute '%S'", name);
    return V_NULL;
}

static Value super_repr(Value v)
{
    PvSuper *s = (PvSuper *)v_obj(v);
    Value tq = pv_type_qualified(s->type);
    if (!s->obj_type)
        return pv_str_printf("<super: <class '%s'>, NULL>", pv_str_utf8(tq, &(size_t){0}));
    Value oq = pv_type_qualified(s->obj_type);
    return pv_str_printf("<super: <class '%s'>, <%s object>>", pv_str_utf8(tq, &(size_t){0}),
                         pv_str_utf8(oq, &(size_t){0}));
}

PvType pv_super_type = {.ob = {&pv_type_type}, .name = "super", .base = &pv_object_type,
                        .size = sizeof(PvSuper), .flags = PV_TF_BASETYPE, .repr = super_repr,
                        .new = super_new, .getattr = super_getattr_full};
