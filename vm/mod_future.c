/* vm/mod_future.c: the native `__future__` module.  `from __future__
 * import annotations` is a compile-time directive, but the import also runs
 * at run time, so the module must exist with CPython's _Feature records
 * (releases and compiler flags as Lib/__future__.py of 3.11 has them).
 * Not for changing how anything compiles: pyc and CPython already did.
 */
#include "modules.h"
#include "objects.h"
#include "runtime.h"

typedef struct PvFeature {
    PvObject ob;
    Value optional, mandatory, compiler_flag;
} PvFeature;

static PvType feature_type;

static Value feature_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    (void)type;
    static const char *const names[] = {"optionalRelease", "mandatoryRelease", "compiler_flag"};
    Value a[3];
    if (pv_parse_args("_Feature", argc, argv, kwnames, "OOO", names, a) < 0)
        return V_NULL;
    PvFeature *f = (PvFeature *)pv_new_object(&feature_type, sizeof(PvFeature));
    f->optional = a[0];
    f->mandatory = a[1];
    f->compiler_flag = a[2];
    return v_from(f);
}

static Value feature_repr(Value v)
{
    PvFeature *f = (PvFeature *)v_obj(v);
    Value t = pv_tuple_from(3, (Value[]){f->optional, f->mandatory, f->compiler_flag});
    Value r = pv_repr(t);
    return r == V_NULL ? V_NULL : pv_str_printf("_Feature%s", pv_str_utf8(r, &(size_t){0}));
}

static Value feature_getattr(Value v, Value name)
{
    PvFeature *f = (PvFeature *)v_obj(v);
    if (pv_str_eq_cstr(name, "optional"))
        return f->optional;
    if (pv_str_eq_cstr(name, "mandatory"))
        return f->mandatory;
    if (pv_str_eq_cstr(name, "compiler_flag"))
        return f->compiler_flag;
    return V_NULL;
}

static Value get_optional(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("getOptionalRelease", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError,
                      "_Feature.getOptionalRelease() takes 1 positional argument but %d were given",
                      argc + 1);
        return V_NULL;
    }
    return ((PvFeature *)v_obj(self))->optional;
}

static Value get_mandatory(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("getMandatoryRelease", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError,
                      "_Feature.getMandatoryRelease() takes 1 positional argument but %d were given",
                      argc + 1);
        return V_NULL;
    }
    return ((PvFeature *)v_obj(self))->mandatory;
}

static const PvMethodDef feature_methods[] = {
    {"getOptionalRelease", get_optional, 0},
    {"getMandatoryRelease", get_mandatory, 0},
    {NULL, NULL, 0},
};

static PvType feature_type = {.ob = {&pv_type_type}, .name = "__future__._Feature",
                              .base = &pv_object_type, .repr = feature_repr,
                              .getattr = feature_getattr, .new = feature_new,
                              .methods = feature_methods};

/* a release tuple (major, minor, micro, level, serial) */
static Value release(int major, int minor, int micro, const char *level, int serial)
{
    return pv_tuple_from(5, (Value[]){v_from_small(major), v_from_small(minor),
                                      v_from_small(micro), pv_str_cstr(level),
                                      v_from_small(serial)});
}

Value pv_mod_future_init(void)
{
    static Value module = V_NULL;
    if (module != V_NULL)
        return module;
    module = pv_module_new(pv_str_intern_cstr("__future__"));
    Value d = ((PvModule *)v_obj(module))->dict;
    static const struct {
        const char *name;
        int flag;
    } flags[] = {
        {"CO_NESTED", 0x10},
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
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        pv_dict_set(d, pv_str_intern_cstr(flags[i].name), v_from_small(flags[i].flag));
    struct {
        const char *name;
        Value optional, mandatory;
        int flag;
    } features[] = {
        {"nested_scopes", release(2, 1, 0, "beta", 1), release(2, 2, 0, "alpha", 0), 0x10},
        {"generators", release(2, 2, 0, "alpha", 1), release(2, 3, 0, "final", 0), 0},
        {"division", release(2, 2, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x20000},
        {"absolute_import", release(2, 5, 0, "alpha", 1), release(3, 0, 0, "alpha", 0), 0x40000},
        {"with_statement", release(2, 5, 0, "alpha", 1), release(2, 6, 0, "alpha", 0), 0x80000},
        {"print_function", release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x100000},
        {"unicode_literals", release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0),
         0x200000},
        {"barry_as_FLUFL", release(3, 1, 0, "alpha", 2), release(4, 0, 0, "alpha", 0), 0x400000},
        {"generator_stop", release(3, 5, 0, "beta", 1), release(3, 7, 0, "alpha", 0), 0x800000},
        {"annotations", release(3, 7, 0, "beta", 1), V_NONE, 0x1000000},
    };
    Value all = pv_list_new(0);
    for (size_t i = 0; i < sizeof features / sizeof features[0]; i++) {
        PvFeature *f = (PvFeature *)pv_new_object(&feature_type, sizeof(PvFeature));
        f->optional = features[i].optional;
        f->mandatory = features[i].mandatory;
        f->compiler_flag = v_from_small(features[i].flag);
        Value name = pv_str_intern_cstr(features[i].name);
        pv_dict_set(d, name, v_from(f));
        pv_list_append(all, name);
    }
    pv_dict_set(d, pv_str_intern_cstr("all_feature_names"), all);
    /* __all__ = ["all_feature_names"] + all_feature_names */
    Value dunder_all = pv_list_from(1, (Value[]){pv_str_intern_cstr("all_feature_names")});
    for (int64_t i = 0; i < PV_LIST_LEN(all); i++)
        pv_list_append(dunder_all, PV_LIST_ITEMS(all)[i]);
    pv_dict_set(d, pv_str_intern_cstr("__all__"), dunder_all);
    pv_dict_set(d, pv_str_intern_cstr("_Feature"), v_from(&feature_type));
    return module;
}
