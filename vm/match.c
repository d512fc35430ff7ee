/* vm/match.c: the run-time halves of the `match` statement that do more
 * than a type-flag test: MATCH_CLASS (isinstance, __match_args__, the
 * built-in types that match themselves) and MATCH_KEYS (mapping lookups
 * through `get`), with CPython 3.11's errors and messages.
 * Not here: the control flow of patterns (the compiler emits it as plain
 * jumps, COPY, UNPACK_*), MATCH_MAPPING / MATCH_SEQUENCE (a flag test in
 * eval.c).
 */
#include "exc.h"
#include "match.h"
#include "runtime.h"

/* CPython's _Py_TPFLAGS_MATCH_SELF types: `int(x)` binds the subject
 * itself; subclasses inherit it unless they define __match_args__ */
static bool matches_self(PvType *t)
{
    static PvType *const self_types[] = {
        &pv_bool_type,  &pv_bytearray_type, &pv_bytes_type, &pv_dict_type,
        &pv_float_type, &pv_frozenset_type, &pv_int_type,   &pv_list_type,
        &pv_set_type,   &pv_str_type,       &pv_tuple_type,
    };
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (pv_type_is_subtype(t, self_types[i]))
            return true;
    return false;
}

/* one attribute for a sub-pattern: V_NULL without an exception when the
 * subject lacks it (the match fails), with one on a real error */
static Value class_attr(Value subject, PvType *cls, Value name, Value *seen)
{
    /* `case int():` and other attribute-free patterns allocate nothing */
    if (*seen == V_NULL)
        *seen = pv_set_new(&pv_set_type);
    int r = pv_set_contains(*seen, name);
    if (r < 0 || (r == 0 && pv_set_add(*seen, name) < 0))
        return V_NULL;
    if (r > 0) {
        pv_err_format(&pv_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      cls->name, name);
        return V_NULL;
    }
    Value attr = pv_getattr(subject, name);
    if (attr == V_NULL && pv_err_matches(&pv_exc_AttributeError))
        pv_err_clear();
    return attr;
}

Value pv_match_class(Value subject, Value type, int nargs, Value kwnames)
{
    if (!v_isinstance(type, &pv_type_type)) {
        pv_err_set_str(&pv_exc_TypeError, "called match pattern must be a type");
        return V_NULL;
    }
    if (!v_is(kwnames, &pv_tuple_type)) {
        pv_err_set_str(&pv_exc_SystemError, "MATCH_CLASS without a tuple of names (bad bytecode)");
        return V_NULL;
    }
    PvType *cls = (PvType *)v_obj(type);
    /* TODO(data-model): PyObject_IsInstance (a metaclass's __instancecheck__) */
    if (!pv_type_is_subtype(pv_type(subject), cls))
        return V_NONE;
    int64_t nkw = PV_TUPLE_LEN(kwnames);
    Value attrs = pv_tuple_new(nargs + nkw);
    Value seen = V_NULL;
    int n = 0;
    if (nargs) {
        bool match_self = false;
        Value match_args = pv_getattr_cstr(type, "__match_args__");
        if (match_args != V_NULL) {
            if (!v_is(match_args, &pv_tuple_type)) {
                pv_err_format(&pv_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                              cls->name, pv_type_name(match_args));
                return V_NULL;
            }
        } else if (pv_err_matches(&pv_exc_AttributeError)) {
            pv_err_clear();
            match_args = pv_tuple_new(0);
            match_self = matches_self(cls);
        } else {
            return V_NULL;
        }
        int64_t allowed = match_self ? 1 : PV_TUPLE_LEN(match_args);
        if (allowed < nargs) {
            pv_err_format(&pv_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                          cls->name, (int)allowed, allowed == 1 ? "" : "s", nargs);
            return V_NULL;
        }
        if (match_self) {
            PV_TUPLE_ITEMS(attrs)[n++] = subject;
        } else {
            for (int i = 0; i < nargs; i++) {
                Value name = PV_TUPLE_ITEMS(match_args)[i];
                if (!v_is(name, &pv_str_type)) {
                    pv_err_format(&pv_exc_TypeError,
                                  "__match_args__ elements must be strings (got %s)",
                                  pv_type_name(name));
                    return V_NULL;
                }
                Value attr = class_attr(subject, cls, name, &seen);
                if (attr == V_NULL)
                    return pv_err_occurred() ? V_NULL : V_NONE;
                PV_TUPLE_ITEMS(attrs)[n++] = attr;
            }
        }
    }
    for (int64_t i = 0; i < nkw; i++) {
        Value attr = class_attr(subject, cls, PV_TUPLE_ITEMS(kwnames)[i], &seen);
        if (attr == V_NULL)
            return pv_err_occurred() ? V_NULL : V_NONE;
        PV_TUPLE_ITEMS(attrs)[n++] = attr;
    }
    return attrs;
}

Value pv_match_keys(Value map, Value keys)
{
    if (!v_is(keys, &pv_tuple_type)) {
        pv_err_set_str(&pv_exc_SystemError, "MATCH_KEYS without a tuple of keys (bad bytecode)");
        return V_NULL;
    }
    int64_t nkeys = PV_TUPLE_LEN(keys);
    if (nkeys == 0)
        return pv_tuple_new(0);
    /* CPython calls map.get(key, dummy): one lookup, and no __missing__ or
     * key creation in dict subclasses; an exact dict's get is a lookup */
    Value get = V_NULL;
    if (!v_is(map, &pv_dict_type)) {
        get = pv_getattr_cstr(map, "get");
        if (get == V_NULL)
            return V_NULL;
    }
    Value dummy = v_from(pv_new_object(&pv_object_type, sizeof(PvObject)));
    Value seen = pv_set_new(&pv_set_type);
    Value values = pv_tuple_new(nkeys);
    for (int64_t i = 0; i < nkeys; i++) {
        Value key = PV_TUPLE_ITEMS(keys)[i];
        int r = pv_set_contains(seen, key);
        if (r < 0 || (r == 0 && pv_set_add(seen, key) < 0))
            return V_NULL;
        if (r > 0) {
            pv_err_format(&pv_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            return V_NULL;
        }
        Value v;
        if (get == V_NULL) {
            v = pv_dict_get(map, key);
            if (v == V_NULL && !pv_err_occurred())
                v = dummy;
        } else {
            Value args[2] = {key, dummy};
            v = pv_call(get, 2, args, V_NULL);
        }
        if (v == V_NULL)
            return V_NULL;
        if (v == dummy)
            return V_NONE;
        PV_TUPLE_ITEMS(values)[i] = v;
    }
    return values;
}
