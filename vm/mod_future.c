/* vm/mod_future.c: the native `__future__` module, which every
 * `from __future__ import x` imports at run time: the ten _Feature records
 * of CPython 3.11 (releases and compiler flags) and the CO_* constants.
 * What the features change is the compiler's business, not pvm's.
 */
#include "modules.h"
#include "runtime.h"

typedef struct PvFeature {
    PvObject ob;
    Value optional, mandatory, flag;
} PvFeature;

static Value feature_repr(Value v)
{
    PvFeature *f = (PvFeature *)v_obj(v);
    Value o = pv_repr(f->optional), m = pv_repr(f->mandatory), c = pv_repr(f->flag);
    if (o == V_NULL || m == V_NULL || c == V_NULL)
        return V_NULL;
    return pv_str_printf("_Feature(%s, %s, %s)", pv_str_utf8(o, &(size_t){0}),
                         pv_str_utf8(m, &(size_t){0}), pv_str_utf8(c, &(size_t){0}));
}

static Value feature_getattr(Value v, Value name)
{
    PvFeature *f = (PvFeature *)v_obj(v);
    if (pv_str_eq_cstr(name, "optional"))
        return f->optional;
    if (pv_str_eq_cstr(name, "mandatory"))
        return f->mandatory;
    if (pv_str_eq_cstr(name, "compiler_flag"))
        return f->flag;
    return V_NULL;
}

static Value get_release(Value self, int argc, Value kwnames, const char *fname, bool mandatory)
{
    if (pv_no_kwargs(fname, kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "_Feature.%s() takes 1 positional argument but %d were given",
                      fname, argc + 1);
        return V_NULL;
    }
    PvFeature *f = (PvFeature *)v_obj(self);
    return mandatory ? f->mandatory : f->optional;
}

static Value feature_optional(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return get_release(self, argc, kwnames, "getOptionalRelease", false);
}

static Value feature_mandatory(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return get_release(self, argc, kwnames, "getMandatoryRelease", true);
}

static const PvMethodDef feature_methods[] = {
    {"getOptionalRelease", feature_optional, 0},
    {"getMandatoryRelease", feature_mandatory, 0},
    {NULL, NULL, 0},
};

static PvType feature_type = {.ob = {&pv_type_type}, .name = "_Feature", .base = &pv_object_type,
                              .repr = feature_repr, .getattr = feature_getattr,
                              .methods = feature_methods};

/* a release tuple (major, minor, micro, level, serial); major 0: None */
static Value release(int major, int minor, const char *level, int serial)
{
    if (major == 0)
        return V_NONE;
    Value t = pv_tuple_new(5);
    PV_TUPLE_ITEMS(t)[0] = v_from_small(major);
    PV_TUPLE_ITEMS(t)[1] = v_from_small(minor);
    PV_TUPLE_ITEMS(t)[2] = v_from_small(0);
    PV_TUPLE_ITEMS(t)[3] = pv_str_cstr(level);
    PV_TUPLE_ITEMS(t)[4] = v_from_small(serial);
    return t;
}

static const struct {
    const char *name;
    int omajor, ominor;
    const char *olevel;
    int oserial;
    int mmajor, mminor;
    const char *mlevel;
    long flag;
} features[] = {
    {"nested_scopes", 2, 1, "beta", 1, 2, 2, "alpha", 0x0010},
    {"generators", 2, 2, "alpha", 1, 2, 3, "final", 0},
    {"division", 2, 2, "alpha", 2, 3, 0, "alpha", 0x20000},
    {"absolute_import", 2, 5, "alpha", 1, 3, 0, "alpha", 0x40000},
    {"with_statement", 2, 5, "alpha", 1, 2, 6, "alpha", 0x80000},
    {"print_function", 2, 6, "alpha", 2, 3, 0, "alpha", 0x100000},
    {"unicode_literals", 2, 6, "alpha", 2, 3, 0, "alpha", 0x200000},
    {"barry_as_FLUFL", 3, 1, "alpha", 2, 4, 0, "alpha", 0x400000},
    {"generator_stop", 3, 5, "beta", 1, 3, 7, "alpha", 0x800000},
    {"annotations", 3, 7, "beta", 1, 0, 0, NULL, 0x1000000},
};

static const struct {
    const char *name;
    long value;
} constants[] = {
    {"CO_NESTED", 0x0010},
    {"CO_GENERATOR_ALLOWED", 0},
    {"CO_FUTURE_DIVISION", 0x20000},
    {"CO_FUTURE_ABSOLUTE_IMPORT", 0x40000},
    {"CO_FUTURE_WITH_STATEMENT", 0x80000},
    {"CO_FUTURE_PRINT_FUNCTION", 0x100000},
    {"CO_FUTURE_UNICODE_LITERALS", 0x200000},
    {"CO_FUTURE_BARRY_AS_BDFL", 0x400000},
    {"CO_FUTURE_GENERATOR_STOP", 0x800000},
    {"CO_FUTURE_ANNOTATIONS", 0x1000000},
};

Value pv_mod_future_init(void)
{
    static Value module = V_NULL;
    if (module != V_NULL)
        return module;
    module = pv_module_new(pv_str_intern_cstr("__future__"));
    Value d = ((PvModule *)v_obj(module))->dict;
    size_t n = sizeof features / sizeof features[0];
    Value names = pv_list_new(0);
    for (size_t i = 0; i < n; i++)
        pv_list_append(names, pv_str_intern_cstr(features[i].name));
    pv_dict_set(d, pv_str_intern_cstr("all_feature_names"), names);
    Value all = pv_list_new(0);
    pv_list_append(all, pv_str_cstr("all_feature_names"));
    for (size_t i = 0; i < n; i++)
        pv_list_append(all, PV_LIST_ITEMS(names)[i]);
    pv_dict_set(d, pv_str_intern_cstr("__all__"), all);
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        pv_dict_set(d, pv_str_intern_cstr(constants[i].name), pv_int_from_i64(constants[i].value));
    pv_dict_set(d, pv_str_intern_cstr("_Feature"), v_from(&feature_type));
    for (size_t i = 0; i < n; i++) {
        PvFeature *f = (PvFeature *)pv_new_object(&feature_type, sizeof(PvFeature));
        f->optional = release(features[i].omajor, features[i].ominor, features[i].olevel,
                              features[i].oserial);
        f->mandatory = release(features[i].mmajor, features[i].mminor, features[i].mlevel, 0);
        f->flag = pv_int_from_i64(features[i].flag);
        pv_dict_set(d, PV_LIST_ITEMS(names)[i], v_from(f));
    }
    return module;
}
