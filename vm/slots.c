/* vm/slots.c: what makes a class's instances behave: the C slot functions
 * of heap types, which look the dunder up along the MRO and call it (with
 * CPython's result checks and messages), the resolution of those slots when
 * a class is made or a dunder assigned, and generic attribute access with
 * descriptors (PyObject_GenericGetAttr/SetAttr, __getattr__ fallback).
 * Not here: type objects and class creation (type.c), the descriptor types
 * themselves (descr.c).
 */
#include <string.h>

#include "classes.h"

const char *const pv_binop_dunders[PV_NB_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},          {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__mod__", "__rmod__", "__imod__"},
    {"__or__", "__ror__", "__ior__"},             {"__pow__", "__rpow__", "__ipow__"},
    {"__rshift__", "__rrshift__", "__irshift__"}, {"__sub__", "__rsub__", "__isub__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__xor__", "__rxor__", "__ixor__"},
};
Value pv_binop_ids[PV_NB_COUNT][3];
Value pv_cmp_ids[6];
const int pv_swapped_cmp[6] = {PV_GT, PV_GE, PV_EQ, PV_NE, PV_LT, PV_LE};

/* ------------------------------------------------------------------ */
/* descriptors and calling dunders                                      */

static Value (*descr_get_of(PvType *t))(Value, Value, Value)
{
    for (; t; t = t->base)
        if (t->descr_get)
            return t->descr_get;
    return NULL;
}

static int (*descr_set_of(PvType *t))(Value, Value, Value)
{
    for (; t; t = t->base)
        if (t->descr_set)
            return t->descr_set;
    return NULL;
}

bool pv_is_data_descr(Value descr) { return descr_set_of(pv_type(descr)) != NULL; }

Value pv_descr_get(Value descr, Value obj, Value type)
{
    Value (*f)(Value, Value, Value) = descr_get_of(pv_type(descr));
    return f ? f(descr, obj, type) : descr;
}

/* calls the dunder found on the type (no instance lookup) with self first */
static Value call_found(Value m, Value self, int argc, const Value *argv)
{
    Value small[6];
    if (v_is(m, &pv_function_type) && argc < 6) {
        small[0] = self;
        for (int i = 0; i < argc; i++)
            small[i + 1] = argv[i];
        return pv_function_call(m, argc + 1, small, V_NULL);
    }
    Value bound = pv_descr_get(m, self, v_from(pv_type(self)));
    if (bound == V_NULL)
        return V_NULL;
    return pv_call(bound, argc, argv, V_NULL);
}

Value pv_call_special(Value self, Value name, int argc, const Value *argv)
{
    Value m = pv_type_lookup(pv_type(self), name);
    if (m == V_NULL)
        return V_NULL;
    return call_found(m, self, argc, argv);
}

/* lookup + call where absence is a bug of the caller's choosing */
static Value call_method(Value self, Value name, int argc, const Value *argv)
{
    Value m = pv_type_lookup(pv_type(self), name);
    if (m == V_NULL) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'",
                      pv_type_name(self), name);
        return V_NULL;
    }
    return call_found(m, self, argc, argv);
}

/* ------------------------------------------------------------------ */
/* slot functions of heap types                                         */

static Value slot_repr(Value self)
{
    Value r = call_method(self, ID(__repr__), 0, NULL);
    if (r != V_NULL && !v_isinstance(r, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "__repr__ returned non-string (type %s)",
                      pv_type_name(r));
        return V_NULL;
    }
    return r;
}

static Value slot_str(Value self)
{
    Value r = call_method(self, ID(__str__), 0, NULL);
    if (r != V_NULL && !v_isinstance(r, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "__str__ returned non-string (type %s)",
                      pv_type_name(r));
        return V_NULL;
    }
    return r;
}

static int slot_hash(Value self, int64_t *out)
{
    Value m = pv_type_lookup(pv_type(self), ID(__hash__));
    if (m == V_NULL || m == V_NONE) {
        pv_err_format(&pv_exc_TypeError, "unhashable type: '%s'", pv_type_name(self));
        return -1;
    }
    Value r = call_found(m, self, 0, NULL);
    if (r == V_NULL)
        return -1;
    if (!v_isinstance(r, &pv_int_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* CPython's slot_tp_hash: the value itself when it fits a Py_hash_t
     * (str.__hash__ of a str subclass keeps str's hash), else its hash */
    int64_t h;
    if (!pv_int_as_i64(r, &h))
        h = pv_int_hash(r);
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value slot_richcompare(Value a, Value b, int op)
{
    Value m = pv_type_lookup(pv_type(a), pv_cmp_ids[op]);
    if (m == V_NULL || m == V_NONE)
        return V_NOTIMPLEMENTED;
    return call_found(m, a, 1, &b);
}

static bool type_has_binop_slot(PvType *t);

/* CPython's SLOT1BINFULL: one slot serves both operands, so it tries the
 * reflected method itself (first, when the right operand's class is a
 * subclass that overrides it) */
static Value slot_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT) {
        Value m = pv_type_lookup(pv_type(a), pv_binop_ids[op - PV_NB_COUNT][2]);
        if (m == V_NULL || m == V_NONE)
            return V_NOTIMPLEMENTED;
        return call_found(m, a, 1, &b);
    }
    PvType *ta = pv_type(a), *tb = pv_type(b);
    Value fwd = pv_binop_ids[op][0], rev = pv_binop_ids[op][1];
    bool a_ours = type_has_binop_slot(ta);
    bool do_other = ta != tb && type_has_binop_slot(tb);
    Value rm = do_other ? pv_type_lookup(tb, rev) : V_NULL;
    do_other = do_other && rm != V_NULL && rm != V_NONE;
    if (a_ours) {
        if (do_other && pv_type_is_subtype(tb, ta) && rm != pv_type_lookup(ta, rev)) {
            Value r = call_found(rm, b, 1, &a);
            if (r != V_NOTIMPLEMENTED)
                return r;
            do_other = false;
        }
        Value m = pv_type_lookup(ta, fwd);
        if (m != V_NULL && m != V_NONE) {
            Value r = call_found(m, a, 1, &b);
            if (r != V_NOTIMPLEMENTED || ta == tb)
                return r;
        }
    }
    if (do_other)
        return call_found(rm, b, 1, &a);
    return V_NOTIMPLEMENTED;
}

static bool type_has_binop_slot(PvType *t)
{
    for (; t; t = t->base)
        if (t->binop)
            return t->binop == slot_binop;
    return false;
}

static Value slot_unary(Value self, int op)
{
    static const int ids[] = {PV_ID___neg__, PV_ID___pos__, PV_ID___invert__};
    Value m = pv_type_lookup(pv_type(self), pv_ids[ids[op]]);
    if (m == V_NULL)
        return V_NOTIMPLEMENTED;
    return call_found(m, self, 0, NULL);
}

static int slot_truth(Value self)
{
    Value m = pv_type_lookup(pv_type(self), ID(__bool__));
    if (m == V_NULL || m == V_NONE) {
        m = pv_type_lookup(pv_type(self), ID(__len__));
        if (m == V_NULL || m == V_NONE)
            return 1;
        int64_t n = pv_len(self);
        return n < 0 ? -1 : n > 0;
    }
    Value r = call_found(m, self, 0, NULL);
    if (r == V_NULL)
        return -1;
    if (r != V_TRUE && r != V_FALSE) {
        pv_err_format(&pv_exc_TypeError, "__bool__ should return bool, returned %s",
                      pv_type_name(r));
        return -1;
    }
    return r == V_TRUE;
}

static int64_t slot_len(Value self)
{
    Value r = call_method(self, ID(__len__), 0, NULL);
    if (r == V_NULL)
        return -1;
    if (!v_isinstance(r, &pv_int_type)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(r));
        return -1;
    }
    int64_t n;
    if (!pv_int_as_i64(r, &n)) {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(r, z);
        bool neg = mpz_sgn(z) < 0;
        mpz_clear(z);
        if (neg)
            pv_err_set_str(&pv_exc_ValueError, "__len__() should return >= 0");
        else
            pv_err_set_str(&pv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        pv_err_set_str(&pv_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key) { return call_method(self, ID(__getitem__), 1, &key); }

static int slot_setitem(Value self, Value key, Value val)
{
    Value r;
    if (val == V_NULL) {
        Value m = pv_type_lookup(pv_type(self), ID(__delitem__));
        if (m == V_NULL) {
            pv_err_format(&pv_exc_AttributeError, "__delitem__");
            return -1;
        }
        r = call_found(m, self, 1, &key);
    } else {
        Value m = pv_type_lookup(pv_type(self), ID(__setitem__));
        if (m == V_NULL) {
            pv_err_format(&pv_exc_AttributeError, "__setitem__");
            return -1;
        }
        Value args[2] = {key, val};
        r = call_found(m, self, 2, args);
    }
    return r == V_NULL ? -1 : 0;
}

static int slot_contains(Value self, Value item)
{
    Value m = pv_type_lookup(pv_type(self), ID(__contains__));
    if (m == V_NONE) {
        pv_err_format(&pv_exc_TypeError, "'%s' object is not a container", pv_type_name(self));
        return -1;
    }
    Value r = call_found(m, self, 1, &item);
    return r == V_NULL ? -1 : pv_truth(r);
}

static Value slot_iter(Value self)
{
    Value m = pv_type_lookup(pv_type(self), ID(__iter__));
    if (m == V_NONE) {
        pv_err_format(&pv_exc_TypeError, "'%s' object is not iterable", pv_type_name(self));
        return V_NULL;
    }
    Value r = call_found(m, self, 0, NULL);
    if (r == V_NULL)
        return V_NULL;
    bool is_iter = false;
    for (PvType *k = pv_type(r); k && !is_iter; k = k->base)
        is_iter = k->next != NULL;
    if (!is_iter) {
        pv_err_format(&pv_exc_TypeError, "iter() returned non-iterator of type '%s'",
                      pv_type_name(r));
        return V_NULL;
    }
    return r;
}

static Value slot_next(Value self)
{
    Value r = call_method(self, ID(__next__), 0, NULL);
    if (r == V_NULL && pv_err_matches(&pv_exc_StopIteration))
        pv_err_clear();
    return r;
}

static Value slot_call(Value self, int argc, const Value *argv, Value kwnames)
{
    Value m = pv_type_lookup(pv_type(self), ID(__call__));
    if (m == V_NULL) {
        pv_err_format(&pv_exc_TypeError, "'%s' object is not callable", pv_type_name(self));
        return V_NULL;
    }
    Value bound = pv_descr_get(m, self, v_from(pv_type(self)));
    return bound == V_NULL ? V_NULL : pv_call(bound, argc, argv, kwnames);
}

static Value slot_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    Value m = pv_type_lookup(type, ID(__new__));
    if (m == V_NULL) {
        pv_err_format(&pv_exc_TypeError, "cannot create '%s' instances", type->name);
        return V_NULL;
    }
    /* __new__ is a static method: unwrap it and pass the class first */
    Value f = pv_descr_get(m, V_NULL, v_from(type));
    if (f == V_NULL)
        return V_NULL;
    Value *args = pv_alloc(sizeof(Value) * (size_t)(argc + 1));
    args[0] = v_from(type);
    if (argc)
        memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
    return pv_call(f, argc + 1, args, kwnames);
}

static int slot_init(Value self, int argc, const Value *argv, Value kwnames)
{
    Value m = pv_type_lookup(pv_type(self), ID(__init__));
    if (m == V_NULL)
        return 0;
    Value r;
    if (v_is(m, &pv_function_type)) {
        Value *args = pv_alloc(sizeof(Value) * (size_t)(argc + 1));
        args[0] = self;
        if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
        r = pv_function_call(m, argc + 1, args, kwnames);
    } else {
        Value bound = pv_descr_get(m, self, v_from(pv_type(self)));
        r = bound == V_NULL ? V_NULL : pv_call(bound, argc, argv, kwnames);
    }
    if (r == V_NULL)
        return -1;
    if (r != V_NONE) {
        pv_err_format(&pv_exc_TypeError, "__init__() should return None, not '%s'",
                      pv_type_name(r));
        return -1;
    }
    return 0;
}

static Value slot_descr_get(Value self, Value obj, Value type)
{
    Value m = pv_type_lookup(pv_type(self), ID(__get__));
    if (m == V_NULL)
        return self;
    Value args[2] = {obj == V_NULL ? V_NONE : obj, type == V_NULL ? V_NONE : type};
    return call_found(m, self, 2, args);
}

static int slot_descr_set(Value self, Value obj, Value val)
{
    Value r;
    if (val == V_NULL)
        r = call_method(self, ID(__delete__), 1, &obj);
    else
        r = call_method(self, ID(__set__), 2, (Value[]){obj, val});
    return r == V_NULL ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* slot resolution                                                      */

/* which slot a group of dunders fills; the first class along the MRO that
 * defines one of them (in its own dict) decides: a class gets the generic
 * slot function, a built-in type lends its own C slot */
static bool defines_any(PvType *k, const Value *names, int n)
{
    for (int i = 0; i < n; i++)
        if (pv_dict_get_str(k->dict, names[i]) != V_NULL)
            return true;
    return false;
}

#define RESOLVE(field, generic, ...)                                             \
    do {                                                                         \
        const Value names_[] = {__VA_ARGS__};                                     \
        int n_ = (int)(sizeof names_ / sizeof names_[0]);                         \
        t->field = NULL;                                                          \
        for (int64_t i_ = 0; i_ < PV_TUPLE_LEN(mro); i_++) {                     \
            PvType *k_ = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i_]);              \
            if (k_->flags & PV_TF_HEAPTYPE) {                                     \
                if (defines_any(k_, names_, n_)) {                                \
                    t->field = generic;                                           \
                    break;                                                        \
                }                                                                 \
            } else if (k_->field) {                                               \
                t->field = k_->field;                                             \
                break;                                                            \
            }                                                                     \
        }                                                                         \
    } while (0)

void pv_heap_type_fix_slots(PvType *t)
{
    Value mro = t->mro;
    RESOLVE(repr, slot_repr, ID(__repr__));
    RESOLVE(str, slot_str, ID(__str__));
    /* hash: a built-in base defining == without a hash (list, dict, set)
     * makes its subclasses unhashable, as pv_hash treats the base itself */
    t->hash = NULL;
    for (int64_t i = 0; i < PV_TUPLE_LEN(mro); i++) {
        PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
        if (k->flags & PV_TF_HEAPTYPE) {
            if (defines_any(k, (Value[]){ID(__hash__)}, 1)) {
                t->hash = slot_hash;
                break;
            }
        } else if (k->hash) {
            t->hash = k->hash;
            break;
        } else if (k->richcompare && k->richcompare != pv_object_richcompare) {
            break;
        }
    }
    RESOLVE(richcompare, slot_richcompare, ID(__lt__), ID(__le__), ID(__eq__), ID(__ne__),
            ID(__gt__), ID(__ge__));
    Value bin[3 * PV_NB_COUNT];
    for (int op = 0; op < PV_NB_COUNT; op++)
        for (int k = 0; k < 3; k++)
            bin[op * 3 + k] = pv_binop_ids[op][k];
    {
        t->binop = NULL;
        for (int64_t i = 0; i < PV_TUPLE_LEN(mro); i++) {
            PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
            if (k->flags & PV_TF_HEAPTYPE) {
                if (defines_any(k, bin, 3 * PV_NB_COUNT)) {
                    t->binop = slot_binop;
                    break;
                }
            } else if (k->binop) {
                t->binop = k->binop;
                break;
            }
        }
    }
    RESOLVE(unary, slot_unary, ID(__neg__), ID(__pos__), ID(__invert__));
    RESOLVE(truth, slot_truth, ID(__bool__));
    RESOLVE(len, slot_len, ID(__len__));
    RESOLVE(getitem, slot_getitem, ID(__getitem__));
    RESOLVE(setitem, slot_setitem, ID(__setitem__), ID(__delitem__));
    RESOLVE(contains, slot_contains, ID(__contains__));
    RESOLVE(iter, slot_iter, ID(__iter__));
    RESOLVE(next, slot_next, ID(__next__));
    RESOLVE(call, slot_call, ID(__call__));
    RESOLVE(new, slot_new, ID(__new__));
    RESOLVE(init, slot_init, ID(__init__));
    RESOLVE(descr_get, slot_descr_get, ID(__get__));
    RESOLVE(descr_set, slot_descr_set, ID(__set__), ID(__delete__));
    /* attribute access goes through pv_heap_getattr / pv_heap_setattr,
     * which take the slow paths only when a class asks for them */
    t->getattr = NULL;
    t->setattr = NULL;
    t->flags &= ~(unsigned)(PV_TF_GETATTRIBUTE | PV_TF_GETATTR | PV_TF_SETATTR | PV_TF_DELATTR);
    static const int hooks[4] = {PV_ID___getattribute__, PV_ID___getattr__, PV_ID___setattr__,
                                 PV_ID___delattr__};
    static const unsigned bits[4] = {PV_TF_GETATTRIBUTE, PV_TF_GETATTR, PV_TF_SETATTR,
                                     PV_TF_DELATTR};
    for (int h = 0; h < 4; h++)
        for (int64_t i = 0; i < PV_TUPLE_LEN(mro); i++) {
            PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(mro)[i]);
            if (!(k->flags & PV_TF_HEAPTYPE))
                break; /* a built-in type's are the generic ones */
            if (pv_dict_get_str(k->dict, pv_ids[hooks[h]]) != V_NULL) {
                t->flags |= bits[h];
                break;
            }
        }
    if (pv_type_lookup(t, ID(__del__)) != V_NULL)
        t->flags |= PV_TF_FINALIZE;
    else
        t->flags &= ~(unsigned)PV_TF_FINALIZE;
}

/* ------------------------------------------------------------------ */
/* numbers: __index__, __int__, __float__ of classes                    */

Value pv_index_value(Value v)
{
    if (v_isinstance(v, &pv_int_type))
        return pv_exact_builtin(v); /* PyNumber_Index: a plain int */
    Value r = V_NULL;
    if (pv_type(v)->flags & PV_TF_HEAPTYPE)
        r = pv_call_special(v, ID(__index__), 0, NULL);
    if (r == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          pv_type_name(v));
        return V_NULL;
    }
    if (!v_isinstance(r, &pv_int_type)) {
        pv_err_format(&pv_exc_TypeError, "__index__ returned non-int (type %s)", pv_type_name(r));
        return V_NULL;
    }
    return r;
}

Value pv_number_special(Value v, Value name, PvType *want, const char *what)
{
    if (!(pv_type(v)->flags & PV_TF_HEAPTYPE))
        return V_NULL;
    Value r = pv_call_special(v, name, 0, NULL);
    if (r == V_NULL || v_isinstance(r, want))
        return r;
    /* CPython names the class for __float__ only */
    if (want != &pv_float_type)
        pv_err_format(&pv_exc_TypeError, "%S returned non-%s (type %s)", name, what,
                      pv_type_name(r));
    else
        pv_err_format(&pv_exc_TypeError, "%s.%S returned non-%s (type %s)", pv_type_name(v),
                      name, what, pv_type_name(r));
    return V_NULL;
}

/* ------------------------------------------------------------------ */
/* attributes                                                           */

static Value no_attribute(Value obj, Value name)
{
    pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'", pv_type_name(obj),
                  name);
    PvException *e = (PvException *)v_obj(pv_err_occurred());
    e->name = name;
    e->obj = obj;
    return V_NULL;
}

/* the built-in base's own attribute hook (BaseException.args...) */
static Value builtin_getattr(Value obj, Value name)
{
    for (PvType *k = pv_type(obj); k; k = k->base)
        if (!(k->flags & PV_TF_HEAPTYPE) && k->getattr)
            return k->getattr(obj, name);
    return V_NULL;
}

Value pv_object_generic_getattr(Value obj, Value name)
{
    if (pv_is_type(obj))
        return pv_type_getattro(obj, name);
    PvType *t = pv_type(obj);
    Value descr = pv_type_lookup(t, name);
    Value (*get)(Value, Value, Value) = NULL;
    if (descr != V_NULL) {
        get = descr_get_of(pv_type(descr));
        if (get && descr_set_of(pv_type(descr)))
            return get(descr, obj, v_from(t));
    }
    if (name == ID(__class__) || pv_str_eq(name, ID(__class__)))
        return v_from(t);
    Value *dp = pv_instance_dict_slot(obj);
    if (dp && pv_str_eq(name, ID(__dict__))) {
        if (*dp == V_NULL)
            *dp = pv_dict_new();
        return *dp;
    }
    {
        /* a built-in base's fields (int.real, exception args...) act as
         * data descriptors: before the instance dict */
        Value r = builtin_getattr(obj, name);
        if (r != V_NULL || pv_err_occurred())
            return r;
    }
    if (dp && *dp != V_NULL) {
        Value v = pv_dict_get_str(*dp, name);
        if (v != V_NULL)
            return v;
        if (pv_err_occurred())
            return V_NULL;
    }
    if (get)
        return get(descr, obj, v_from(t));
    if (descr != V_NULL)
        return descr;
    return no_attribute(obj, name);
}

/* obj.__class__ = cls between classes of the same instance layout */
static int set_class(Value obj, Value val)
{
    PvType *t = pv_type(obj);
    if (val == V_NULL) {
        pv_err_set_str(&pv_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!pv_is_type(val)) {
        pv_err_format(&pv_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      pv_type_name(val));
        return -1;
    }
    PvType *nt = (PvType *)v_obj(val);
    if (!(t->flags & PV_TF_HEAPTYPE) || !(nt->flags & PV_TF_HEAPTYPE)) {
        pv_err_set_str(&pv_exc_TypeError,
                       "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    PvType *a = t, *b = nt;
    while (a->flags & PV_TF_HEAPTYPE)
        a = a->base;
    while (b->flags & PV_TF_HEAPTYPE)
        b = b->base;
    if (a != b || a->size != b->size || t->extra_words != nt->extra_words ||
        t->dict_word != nt->dict_word) {
        pv_err_format(&pv_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                      nt->name, t->name);
        return -1;
    }
    v_obj(obj)->type = nt;
    return 0;
}

int pv_object_generic_setattr(Value obj, Value name, Value val)
{
    PvType *t = pv_type(obj);
    if (pv_is_type(obj))
        return pv_type_setattro(obj, name, val);
    if (pv_str_eq(name, ID(__class__)))
        return set_class(obj, val);
    Value descr = pv_type_lookup(t, name);
    if (descr != V_NULL) {
        int (*set)(Value, Value, Value) = descr_set_of(pv_type(descr));
        if (set)
            return set(descr, obj, val);
    }
    Value *dp = pv_instance_dict_slot(obj);
    /* the built-in base's own fields (BaseException's args, __cause__...
     * and its dict) */
    for (PvType *k = t; k; k = k->base)
        if (!(k->flags & PV_TF_HEAPTYPE) && k->setattr)
            return k->setattr(obj, name, val);
    if (dp) {
        if (pv_str_eq(name, ID(__dict__))) {
            if (val == V_NULL || !v_isinstance(val, &pv_dict_type)) {
                pv_err_format(&pv_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                              val == V_NULL ? "NoneType" : pv_type_name(val));
                return -1;
            }
            *dp = val;
            return 0;
        }
        if (*dp == V_NULL) {
            if (val == V_NULL) {
                no_attribute(obj, name);
                return -1;
            }
            *dp = pv_dict_new();
        }
        if (val == V_NULL) {
            Value old = pv_dict_get_str(*dp, name);
            if (old == V_NULL) {
                if (!pv_err_occurred())
                    no_attribute(obj, name);
                return -1;
            }
            return pv_dict_del(*dp, name);
        }
        return pv_dict_set(*dp, name, val);
    }
    if (descr != V_NULL) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object attribute '%S' is read-only",
                      pv_type_name(obj), name);
        return -1;
    }
    no_attribute(obj, name);
    return -1;
}

/* __getattribute__ overridden by a class (not object's) */
static Value custom_getattribute(PvType *t)
{
    Value m = pv_type_lookup(t, ID(__getattribute__));
    if (m == V_NULL || v_is(m, &pv_wrapper_type))
        return V_NULL;
    return m;
}

Value pv_heap_getattr(Value obj, Value name)
{
    PvType *t = pv_type(obj);
    if (!(t->flags & (PV_TF_GETATTRIBUTE | PV_TF_GETATTR)))
        return pv_object_generic_getattr(obj, name);
    Value ga = (t->flags & PV_TF_GETATTRIBUTE) ? custom_getattribute(t) : V_NULL;
    Value r = ga != V_NULL ? call_found(ga, obj, 1, &name) : pv_object_generic_getattr(obj, name);
    if (r != V_NULL || !(t->flags & PV_TF_GETATTR) || !pv_err_matches(&pv_exc_AttributeError))
        return r;
    Value gf = pv_type_lookup(t, ID(__getattr__));
    if (gf == V_NULL)
        return V_NULL;
    pv_err_clear();
    return call_found(gf, obj, 1, &name);
}

int pv_heap_setattr(Value obj, Value name, Value val)
{
    PvType *t = pv_type(obj);
    if (!(t->flags & (val == V_NULL ? PV_TF_DELATTR : PV_TF_SETATTR)))
        return pv_object_generic_setattr(obj, name, val);
    Value m = pv_type_lookup(t, val == V_NULL ? ID(__delattr__) : ID(__setattr__));
    if (m != V_NULL && !v_is(m, &pv_wrapper_type)) {
        Value r = val == V_NULL ? call_found(m, obj, 1, &name)
                                : call_found(m, obj, 2, (Value[]){name, val});
        return r == V_NULL ? -1 : 0;
    }
    return pv_object_generic_setattr(obj, name, val);
}
