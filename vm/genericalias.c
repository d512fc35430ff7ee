/* vm/genericalias.c: types.GenericAlias, what `list[int]` or
 * `dict[str, list[int]]` evaluate to (PEP 585): the origin type and the
 * arguments, CPython's repr, equality and hash, calls constructing the
 * origin, other attributes read from the origin.  Not for typing's own
 * aliases or type variables (the typing module is stdlib's).
 */
#include "classes.h"
#include "iter.h"

typedef struct PvAlias {
    PvObject ob;
    Value origin;      /* a type */
    Value args;        /* tuple */
} PvAlias;

static PvType alias_type;

/* the built-in types that are generic (their __class_getitem__) */
bool pv_is_generic_builtin(PvType *t)
{
    return t == &pv_list_type || t == &pv_dict_type || t == &pv_tuple_type ||
           t == &pv_set_type || t == &pv_frozenset_type || t == &pv_type_type ||
           t == &pv_enumerate_type;
}

Value pv_generic_alias_new(Value origin, Value key)
{
    PvAlias *a = (PvAlias *)pv_new_object(&alias_type, sizeof(PvAlias));
    a->origin = origin;
    a->args = v_is(key, &pv_tuple_type) ? key : pv_tuple_from(1, &key);
    return v_from(a);
}

/* one argument as CPython's ga_repr_item writes it */
static int repr_item(PvStrBuf *b, Value v)
{
    if (v == V_ELLIPSIS) {
        pv_sb_ascii(b, "...");
        return 0;
    }
    Value r;
    if (pv_is_type(v))
        r = pv_type_qualified((PvType *)v_obj(v));
    else
        r = pv_repr(v);
    if (r == V_NULL)
        return -1;
    pv_sb_str(b, r);
    return 0;
}

static Value alias_repr(Value self)
{
    PvAlias *a = (PvAlias *)v_obj(self);
    PvStrBuf b;
    pv_sb_init(&b);
    if (repr_item(&b, a->origin) < 0)
        return V_NULL;
    pv_sb_char(&b, '[');
    int64_t n = PV_TUPLE_LEN(a->args);
    if (n == 0)
        pv_sb_ascii(&b, "()");
    for (int64_t i = 0; i < n; i++) {
        if (i)
            pv_sb_ascii(&b, ", ");
        if (repr_item(&b, PV_TUPLE_ITEMS(a->args)[i]) < 0)
            return V_NULL;
    }
    pv_sb_char(&b, ']');
    return pv_sb_finish(&b);
}

static Value alias_richcompare(Value x, Value y, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !v_is(y, &alias_type))
        return V_NOTIMPLEMENTED;
    PvAlias *a = (PvAlias *)v_obj(x), *b = (PvAlias *)v_obj(y);
    if (a->origin != b->origin)
        return v_bool(op == PV_NE);
    int eq = pv_richcompare_bool(a->args, b->args, PV_EQ);
    if (eq < 0)
        return V_NULL;
    return v_bool(op == PV_EQ ? eq : !eq);
}

static int alias_hash(Value self, int64_t *out)
{
    PvAlias *a = (PvAlias *)v_obj(self);
    int64_t h1, h2;
    if (pv_hash(a->origin, &h1) < 0 || pv_hash(a->args, &h2) < 0)
        return -1;
    int64_t h = h1 ^ h2;
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value alias_call(Value self, int argc, const Value *argv, Value kwnames)
{
    return pv_call(((PvAlias *)v_obj(self))->origin, argc, argv, kwnames);
}

static Value alias_getattr(Value self, Value name)
{
    PvAlias *a = (PvAlias *)v_obj(self);
    if (pv_str_eq_cstr(name, "__origin__"))
        return a->origin;
    if (pv_str_eq_cstr(name, "__args__"))
        return a->args;
    if (pv_str_eq_cstr(name, "__parameters__"))
        return pv_tuple_new(0);
    size_t n;
    const char *s = pv_str_utf8(name, &n);
    if (n > 4 && s[0] == '_' && s[1] == '_')
        return V_NULL; /* dunders are the alias's own */
    return pv_getattr(a->origin, name);
}

static PvType alias_type = {.ob = {&pv_type_type}, .name = "GenericAlias",
                            .base = &pv_object_type, .repr = alias_repr,
                            .richcompare = alias_richcompare, .hash = alias_hash,
                            .call = alias_call, .getattr = alias_getattr};
