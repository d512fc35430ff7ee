/* vm/genericalias.c: types.GenericAlias (list[int], what the built-in
 * generic types' __class_getitem__ returns) and types.UnionType (int | str,
 * what type.__or__ returns), with CPython 3.11's reprs, equality and
 * isinstance rules.  pvm has no typing module, so there are no TypeVars:
 * __parameters__ is always empty and aliases cannot be re-subscripted.
 */
#include <string.h>

#include "classes.h"
#include "iter.h"
#include "objects.h"
#include "runtime.h"

typedef struct PvGenericAlias {
    PvObject ob;
    Value origin;
    Value args;              /* tuple */
} PvGenericAlias;

typedef struct PvUnion {
    PvObject ob;
    Value args;              /* tuple, flattened, no duplicates, None as NoneType */
} PvUnion;

static Value empty_tuple(void)
{
    return pv_tuple_new(0);
}

Value pv_genericalias_new(Value origin, Value args)
{
    PvGenericAlias *g = (PvGenericAlias *)pv_new_object(&pv_genericalias_type,
                                                        sizeof(PvGenericAlias));
    g->origin = origin;
    g->args = v_is(args, &pv_tuple_type) ? args : pv_tuple_from(1, &args);
    return v_from(g);
}

/* ga_repr_item: `...`, an alias by its repr, a class as module.qualname
 * (qualname alone for builtins), anything else by its repr */
static int repr_item(PvStrBuf *b, Value p)
{
    if (p == V_ELLIPSIS) {
        pv_sb_ascii(b, "...");
        return 0;
    }
    Value qualname = V_NULL, module = V_NULL;
    if (!v_is(p, &pv_genericalias_type) && !v_is(p, &pv_union_type)) {
        qualname = pv_getattr(p, ID(__qualname__));
        if (qualname == V_NULL) {
            if (!pv_err_matches(&pv_exc_AttributeError))
                return -1;
            pv_err_clear();
        } else {
            module = pv_getattr(p, ID(__module__));
            if (module == V_NULL) {
                if (!pv_err_matches(&pv_exc_AttributeError))
                    return -1;
                pv_err_clear();
            }
        }
    }
    if (qualname == V_NULL || module == V_NULL || module == V_NONE) {
        Value r = pv_repr(p);
        if (r == V_NULL)
            return -1;
        pv_sb_str(b, r);
        return 0;
    }
    Value q = pv_str(qualname), m = pv_str(module);
    if (q == V_NULL || m == V_NULL)
        return -1;
    if (!pv_str_eq_cstr(m, "builtins")) {
        pv_sb_str(b, m);
        pv_sb_char(b, '.');
    }
    pv_sb_str(b, q);
    return 0;
}

static Value ga_repr(Value v)
{
    PvGenericAlias *g = (PvGenericAlias *)v_obj(v);
    PvStrBuf b;
    pv_sb_init(&b);
    if (pv_enter_recursive_call(" while getting the repr of an object") < 0)
        return V_NULL;
    int rc = repr_item(&b, g->origin);
    pv_sb_char(&b, '[');
    int64_t n = PV_TUPLE_LEN(g->args);
    if (n == 0)
        pv_sb_ascii(&b, "()");
    for (int64_t i = 0; i < n && rc == 0; i++) {
        if (i)
            pv_sb_ascii(&b, ", ");
        rc = repr_item(&b, PV_TUPLE_ITEMS(g->args)[i]);
    }
    pv_leave_recursive_call();
    if (rc < 0)
        return V_NULL;
    pv_sb_char(&b, ']');
    return pv_sb_finish(&b);
}

static int ga_hash(Value v, int64_t *out)
{
    PvGenericAlias *g = (PvGenericAlias *)v_obj(v);
    int64_t ho, ha;
    /* aliases of aliases recurse in C: bounded like Python calls */
    if (pv_enter_recursive_call("") < 0)
        return -1;
    int rc = pv_hash(g->origin, &ho) < 0 || pv_hash(g->args, &ha) < 0 ? -1 : 0;
    pv_leave_recursive_call();
    if (rc < 0)
        return -1;
    *out = ho ^ ha;
    if (*out == -1)
        *out = -2;
    return 0;
}

static Value ga_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !v_is(a, &pv_genericalias_type) ||
        !v_is(b, &pv_genericalias_type))
        return V_NOTIMPLEMENTED;
    PvGenericAlias *x = (PvGenericAlias *)v_obj(a), *y = (PvGenericAlias *)v_obj(b);
    if (pv_enter_recursive_call(" in comparison") < 0)
        return V_NULL;
    int eq = pv_richcompare_bool(x->origin, y->origin, PV_EQ);
    if (eq > 0)
        eq = pv_richcompare_bool(x->args, y->args, PV_EQ);
    pv_leave_recursive_call();
    if (eq < 0)
        return V_NULL;
    return v_bool(op == PV_EQ ? eq : !eq);
}

/* CPython's ga_getattro: everything but its own few attributes comes from
 * the origin, so list[int].append is list.append */
static Value ga_getattr(Value v, Value name)
{
    PvGenericAlias *g = (PvGenericAlias *)v_obj(v);
    if (pv_str_eq_cstr(name, "__origin__"))
        return g->origin;
    if (pv_str_eq_cstr(name, "__args__"))
        return g->args;
    if (pv_str_eq_cstr(name, "__parameters__"))
        return empty_tuple();
    if (pv_str_eq_cstr(name, "__unpacked__"))
        return V_FALSE;
    static const char *const own[] = {"__class__", "__typing_unpacked_tuple_args__",
                                      "__mro_entries__", "__reduce_ex__", "__reduce__",
                                      "__copy__", "__deepcopy__", NULL};
    for (int i = 0; own[i]; i++)
        if (pv_str_eq_cstr(name, own[i]))
            return V_NULL;
    if (pv_enter_recursive_call("") < 0)
        return V_NULL;
    Value r = pv_getattr(g->origin, name);
    pv_leave_recursive_call();
    return r;
}

/* both types are immutable: their members are read-only, __parameters__
 * a computed (getset) attribute, anything else absent */
static int readonly_setattr(Value v, Value name, Value val)
{
    (void)val;
    if (pv_str_eq_cstr(name, "__parameters__"))
        pv_err_format(&pv_exc_AttributeError,
                      "attribute '__parameters__' of '%s' objects is not writable",
                      pv_type_name(v));
    else if (pv_str_eq_cstr(name, "__args__") ||
             (v_is(v, &pv_genericalias_type) &&
              (pv_str_eq_cstr(name, "__origin__") || pv_str_eq_cstr(name, "__unpacked__"))))
        pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
    else
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'",
                      pv_type_name(v), name);
    return -1;
}

/* list[int]() is list(); the instance gets __orig_class__ when it can
 * take attributes (CPython ignores the failure) */
static Value ga_call(Value v, int argc, const Value *argv, Value kwnames)
{
    PvGenericAlias *g = (PvGenericAlias *)v_obj(v);
    if (pv_enter_recursive_call("") < 0)
        return V_NULL;
    Value r = pv_call(g->origin, argc, argv, kwnames);
    pv_leave_recursive_call();
    if (r == V_NULL)
        return V_NULL;
    if (pv_type(r)->flags & PV_TF_HEAPTYPE) {
        if (pv_setattr(r, pv_str_intern_cstr("__orig_class__"), v) < 0) {
            if (!pv_err_matches(&pv_exc_AttributeError) && !pv_err_matches(&pv_exc_TypeError))
                return V_NULL;
            pv_err_clear();
        }
    }
    return r;
}

/* with no TypeVars among the arguments there is nothing to substitute */
static Value not_generic(Value v, Value key)
{
    (void)key;
    Value r = pv_repr(v);
    if (r != V_NULL)
        pv_err_format(&pv_exc_TypeError, "%S is not a generic class", r);
    return V_NULL;
}

static Value ga_instancecheck(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    pv_err_set_str(&pv_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return V_NULL;
}

static Value ga_subclasscheck(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    pv_err_set_str(&pv_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return V_NULL;
}

/* class C(list[int]) derives from list */
static Value ga_mro_entries(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("__mro_entries__", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "__mro_entries__() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    return pv_tuple_from(1, &((PvGenericAlias *)v_obj(self))->origin);
}

static Value ga_binop(Value a, Value b, int op)
{
    return op == PV_NB_OR ? pv_union_or(a, b) : V_NOTIMPLEMENTED;
}

static const PvMethodDef ga_methods[] = {
    {"__instancecheck__", ga_instancecheck, 0},
    {"__subclasscheck__", ga_subclasscheck, 0},
    {"__mro_entries__", ga_mro_entries, 0},
    {NULL, NULL, 0},
};

/* types.GenericAlias(origin, args): how a class of one's own gets
 * C[int] (__class_getitem__ = classmethod(GenericAlias)) */
static Value ga_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    (void)type;
    if (pv_no_kwargs("GenericAlias", kwnames) < 0)
        return V_NULL;
    if (argc != 2) {
        pv_err_format(&pv_exc_TypeError, "GenericAlias expected 2 arguments, got %d", argc);
        return V_NULL;
    }
    return pv_genericalias_new(argv[0], argv[1]);
}

PvType pv_genericalias_type = {
    .ob = {&pv_type_type}, .name = "types.GenericAlias", .base = &pv_object_type,
    .repr = ga_repr, .hash = ga_hash, .richcompare = ga_richcompare, .binop = ga_binop,
    .getattr = ga_getattr, .setattr = readonly_setattr, .call = ga_call, .getitem = not_generic,
    .new = ga_new,
    .methods = ga_methods};

/* ---- types.UnionType ---- */

/* what may stand on either side of | (CPython's is_unionable, less
 * TypeVar and friends, which pvm does not have) */
static bool unionable(Value v)
{
    return v == V_NONE || pv_is_type(v) || v_is(v, &pv_genericalias_type) ||
           v_is(v, &pv_union_type);
}

/* appends v's members (a union's args, else v itself, None as NoneType)
 * to list l, skipping those already there; -1 when comparing raised */
static int add_members(Value l, Value v)
{
    if (v == V_NONE)
        v = v_from(pv_type(V_NONE));
    int64_t n = 1;
    const Value *items = &v;
    if (v_is(v, &pv_union_type)) {
        Value args = ((PvUnion *)v_obj(v))->args;
        n = PV_TUPLE_LEN(args);
        items = PV_TUPLE_ITEMS(args);
    }
    for (int64_t i = 0; i < n; i++) {
        bool seen = false;
        for (int64_t j = 0; j < PV_LIST_LEN(l) && !seen; j++) {
            Value have = PV_LIST_ITEMS(l)[j];
            /* aliases compare by value, classes by identity (dedup_and_flatten_args) */
            if (v_is(have, &pv_genericalias_type) && v_is(items[i], &pv_genericalias_type)) {
                int eq = pv_richcompare_bool(have, items[i], PV_EQ);
                if (eq < 0)
                    return -1;
                seen = eq;
            } else {
                seen = have == items[i];
            }
        }
        if (!seen)
            pv_list_append(l, items[i]);
    }
    return 0;
}

Value pv_union_or(Value a, Value b)
{
    if (!unionable(a) || !unionable(b))
        return V_NOTIMPLEMENTED;
    Value l = pv_list_new(0);
    if (add_members(l, a) < 0 || add_members(l, b) < 0)
        return V_NULL;
    if (PV_LIST_LEN(l) == 1)
        return PV_LIST_ITEMS(l)[0];
    PvUnion *u = (PvUnion *)pv_new_object(&pv_union_type, sizeof(PvUnion));
    u->args = pv_tuple_from(PV_LIST_LEN(l), PV_LIST_ITEMS(l));
    return v_from(u);
}

Value pv_union_args(Value u)
{
    return ((PvUnion *)v_obj(u))->args;
}

static Value union_repr(Value v)
{
    Value args = ((PvUnion *)v_obj(v))->args;
    PvStrBuf b;
    pv_sb_init(&b);
    for (int64_t i = 0; i < PV_TUPLE_LEN(args); i++) {
        if (i)
            pv_sb_ascii(&b, " | ");
        Value p = PV_TUPLE_ITEMS(args)[i];
        if (p == v_from(pv_type(V_NONE)))
            pv_sb_ascii(&b, "None");
        else if (repr_item(&b, p) < 0)
            return V_NULL;
    }
    return pv_sb_finish(&b);
}

/* the order of the members does not matter: compared and hashed as sets */
static Value args_set(Value u)
{
    Value s = pv_set_new(&pv_frozenset_type);
    Value args = ((PvUnion *)v_obj(u))->args;
    for (int64_t i = 0; i < PV_TUPLE_LEN(args); i++)
        if (pv_set_add(s, PV_TUPLE_ITEMS(args)[i]) < 0)
            return V_NULL;
    return s;
}

static int union_hash(Value v, int64_t *out)
{
    Value s = args_set(v);
    return s == V_NULL ? -1 : pv_hash(s, out);
}

static Value union_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !v_is(a, &pv_union_type) || !v_is(b, &pv_union_type))
        return V_NOTIMPLEMENTED;
    Value sa = args_set(a), sb = sa == V_NULL ? V_NULL : args_set(b);
    if (sb == V_NULL)
        return V_NULL;
    return pv_richcompare(sa, sb, op);
}

static Value union_getattr(Value v, Value name)
{
    if (pv_str_eq_cstr(name, "__args__"))
        return ((PvUnion *)v_obj(v))->args;
    if (pv_str_eq_cstr(name, "__parameters__"))
        return empty_tuple();
    return V_NULL;
}

static Value union_binop(Value a, Value b, int op)
{
    return op == PV_NB_OR ? pv_union_or(a, b) : V_NOTIMPLEMENTED;
}

PvType pv_union_type = {.ob = {&pv_type_type}, .name = "types.UnionType",
                        .base = &pv_object_type, .repr = union_repr, .hash = union_hash,
                        .richcompare = union_richcompare, .binop = union_binop,
                        .getattr = union_getattr, .setattr = readonly_setattr,
                        .getitem = not_generic};

/* ---- __class_getitem__ of the built-in generic types ---- */

static Value class_getitem(Value cls, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("__class_getitem__", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError,
                      "%s.__class_getitem__() takes exactly one argument (%d given)",
                      ((PvType *)v_obj(cls))->name, argc);
        return V_NULL;
    }
    return pv_genericalias_new(cls, argv[0]);
}

void pv_genericalias_init(void)
{
    PvType *generic[] = {&pv_list_type, &pv_dict_type, &pv_tuple_type, &pv_set_type,
                         &pv_frozenset_type, &pv_enumerate_type, &pv_exc_BaseExceptionGroup,
                         &pv_exc_ExceptionGroup};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++) {
        PvType *t = generic[i];
        pv_type_ready(t);
        Value m = pv_builtin_new("__class_getitem__", class_getitem, V_NULL, t->name);
        PvBuiltin *b = (PvBuiltin *)v_obj(m);
        b->objclass = t;
        b->classmeth = true;
        pv_dict_set(t->dict, pv_str_intern_cstr("__class_getitem__"), m);
        pv_type_new_version(t);
    }
}
