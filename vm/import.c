/* vm/import.c: `import` for pvm's core: native modules only (sys, math, gc),
 * cached in sys.modules, with CPython's ModuleNotFoundError and ImportError
 * messages.  Packages, relative imports and .pyc search paths are the
 * data-model issue's.
 */
#include <string.h>

#include "modules.h"
#include "runtime.h"

typedef struct Native {
    const char *name;
    Value (*init)(void);
} Native;

static const Native natives[] = {
    {"sys", pv_mod_sys_init},
    {"math", pv_mod_math_init},
    {"gc", pv_mod_gc_init},
};

Value pv_import(Value name, Value fromlist, int level)
{
    (void)fromlist;
    if (level > 0) {
        pv_err_set_str(&pv_exc_ImportError, "attempted relative import with no known parent package");
        return V_NULL;
    }
    Value modules = pv_sys_modules();
    Value m = pv_dict_get_str(modules, name);
    if (m != V_NULL)
        return m;
    size_t n;
    const char *s = pv_str_utf8(name, &n);
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
        if (!strcmp(s, natives[i].name)) {
            m = natives[i].init();
            pv_dict_set(modules, name, m);
            return m;
        }
    const char *dot = strchr(s, '.');
    Value top = dot ? pv_str_from_utf8(s, (size_t)(dot - s)) : name;
    pv_err_format(&pv_exc_ModuleNotFoundError, "No module named '%S'", top);
    PvException *e = (PvException *)v_obj(pv_err_occurred());
    e->name = top;
    return V_NULL;
}

Value pv_import_from(Value module, Value name)
{
    Value v = V_NULL;
    if (v_is(module, &pv_module_type))
        v = pv_dict_get_str(((PvModule *)v_obj(module))->dict, name);
    else
        v = pv_getattr(module, name);
    if (v != V_NULL)
        return v;
    pv_err_clear();
    Value mname = v_is(module, &pv_module_type) ? ((PvModule *)v_obj(module))->name
                                                 : pv_str_cstr("?");
    pv_err_format(&pv_exc_ImportError, "cannot import name '%S' from '%S' (unknown location)", name,
                  mname);
    return V_NULL;
}
