/* vm/mod_gc.c: the native `gc` module over pvm's collector (gc.c):
 * collect() runs a full collection, enable()/disable()/isenabled() switch
 * automatic collection.  Counts of unreachable objects are not tracked by a
 * conservative collector: collect() returns 0.
 */
#include <gc.h>

#include "modules.h"
#include "runtime.h"

static bool enabled = true;

static int no_args(const char *name, int argc, Value kwnames)
{
    if (pv_no_kwargs(name, kwnames) < 0)
        return -1;
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "gc.%s() takes no arguments (%d given)", name, argc);
        return -1;
    }
    return 0;
}

static Value gc_collect(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"generation"};
    Value gen;
    if (pv_parse_args("collect", argc, argv, kwnames, "|O", names, &gen) < 0)
        return V_NULL;
    if (gen != V_NULL) {
        int64_t g;
        if (!v_isinstance(gen, &pv_int_type) || !pv_int_as_i64(gen, &g)) {
            pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          pv_type_name(gen));
            return V_NULL;
        }
        if (g < 0 || g > 2) {
            pv_err_set_str(&pv_exc_ValueError, "invalid generation");
            return V_NULL;
        }
    }
    pv_gc_collect_full();
    return v_from_small(0);
}

static Value gc_enable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argv;
    if (no_args("enable", argc, kwnames) < 0)
        return V_NULL;
    if (!enabled)
        GC_enable();
    enabled = true;
    return V_NONE;
}

static Value gc_disable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argv;
    if (no_args("disable", argc, kwnames) < 0)
        return V_NULL;
    if (enabled)
        GC_disable();
    enabled = false;
    return V_NONE;
}

static Value gc_isenabled(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argv;
    if (no_args("isenabled", argc, kwnames) < 0)
        return V_NULL;
    return v_bool(enabled);
}

Value pv_mod_gc_init(void)
{
    static Value module = V_NULL;
    if (module != V_NULL)
        return module;
    module = pv_module_new(pv_str_intern_cstr("gc"));
    Value d = ((PvModule *)v_obj(module))->dict;
    pv_dict_set(d, pv_str_intern_cstr("collect"), pv_builtin_new("collect", gc_collect, module, NULL));
    pv_dict_set(d, pv_str_intern_cstr("enable"), pv_builtin_new("enable", gc_enable, module, NULL));
    pv_dict_set(d, pv_str_intern_cstr("disable"), pv_builtin_new("disable", gc_disable, module, NULL));
    pv_dict_set(d, pv_str_intern_cstr("isenabled"),
                pv_builtin_new("isenabled", gc_isenabled, module, NULL));
    return module;
}
