/* vm/mod_importlib.c: the importlib objects Python code sees: ModuleSpec
 * (module.__spec__), the loader objects (module.__loader__, exec_module),
 * reprs as CPython's, and the native `importlib` (import_module, reload,
 * invalidate_caches) and `importlib.util` (find_spec, module_from_spec,
 * spec_from_file_location, resolve_name).  Finding and loading modules is
 * import.c's.
 */
#include <string.h>

#include "exc.h"
#include "modules.h"
#include "runtime.h"

/* ---- ModuleSpec ---- */
typedef struct PvSpec {
    PvObject ob;
    Value name, loader, origin, search, cached;
    Value extra;             /* other attributes set from Python, dict or V_NULL */
    bool has_location, initializing;
} PvSpec;

Value pv_spec_new(Value name, Value loader, Value origin, Value search, Value cached,
                  bool has_location)
{
    PvSpec *sp = (PvSpec *)pv_new_object(&pv_spec_type, sizeof(PvSpec));
    sp->name = name;
    sp->loader = loader;
    sp->origin = origin;
    sp->search = search;
    sp->cached = cached;
    sp->has_location = has_location;
    sp->extra = V_NULL;
    return v_from(sp);
}

void pv_spec_set_initializing(Value spec, bool on)
{
    if (v_is(spec, &pv_spec_type))
        ((PvSpec *)v_obj(spec))->initializing = on;
}

bool pv_spec_initializing(Value spec)
{
    if (v_is(spec, &pv_spec_type))
        return ((PvSpec *)v_obj(spec))->initializing;
    return false;
}

/* parent: the package a module belongs to; a package is its own parent */
static Value spec_parent(PvSpec *sp)
{
    if (sp->search != V_NONE)
        return sp->name;
    if (!v_is(sp->name, &pv_str_type)) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute 'rpartition'",
                      pv_type_name(sp->name));
        return V_NULL;
    }
    size_t n;
    const char *nm = pv_str_utf8(sp->name, &n);
    const char *dot = strrchr(nm, '.');
    return pv_str_from_utf8(nm, dot ? (size_t)(dot - nm) : 0);
}

static Value spec_repr(Value v)
{
    PvSpec *sp = (PvSpec *)v_obj(v);
    Value name = pv_repr(sp->name), loader = pv_repr(sp->loader);
    if (name == V_NULL || loader == V_NULL)
        return V_NULL;
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, "ModuleSpec(name=");
    pv_sb_str(&b, name);
    pv_sb_ascii(&b, ", loader=");
    pv_sb_str(&b, loader);
    if (sp->origin != V_NONE) {
        Value o = pv_repr(sp->origin);
        if (o == V_NULL)
            return V_NULL;
        pv_sb_ascii(&b, ", origin=");
        pv_sb_str(&b, o);
    }
    if (sp->search != V_NONE) {
        Value l = pv_repr(sp->search);
        if (l == V_NULL)
            return V_NULL;
        pv_sb_ascii(&b, ", submodule_search_locations=");
        pv_sb_str(&b, l);
    }
    pv_sb_char(&b, ')');
    return pv_sb_finish(&b);
}

static Value spec_getattr(Value v, Value name)
{
    PvSpec *sp = (PvSpec *)v_obj(v);
    if (pv_str_eq_cstr(name, "name"))
        return sp->name;
    if (pv_str_eq_cstr(name, "loader"))
        return sp->loader;
    if (pv_str_eq_cstr(name, "origin"))
        return sp->origin;
    if (pv_str_eq_cstr(name, "submodule_search_locations"))
        return sp->search;
    if (pv_str_eq_cstr(name, "cached"))
        return sp->cached;
    if (pv_str_eq_cstr(name, "parent"))
        return spec_parent(sp);
    if (pv_str_eq_cstr(name, "has_location"))
        return v_bool(sp->has_location);
    if (pv_str_eq_cstr(name, "loader_state"))
        return V_NONE;
    if (pv_str_eq_cstr(name, "_initializing"))
        return v_bool(sp->initializing);
    return sp->extra != V_NULL ? pv_dict_get(sp->extra, name) : V_NULL;
}

static int spec_setattr(Value v, Value name, Value val)
{
    PvSpec *sp = (PvSpec *)v_obj(v);
    Value *field = pv_str_eq_cstr(name, "name")                         ? &sp->name
                   : pv_str_eq_cstr(name, "loader")                     ? &sp->loader
                   : pv_str_eq_cstr(name, "origin")                     ? &sp->origin
                   : pv_str_eq_cstr(name, "submodule_search_locations") ? &sp->search
                   : pv_str_eq_cstr(name, "cached")                     ? &sp->cached
                                                                        : NULL;
    if (field && val != V_NULL) {
        *field = val;
        return 0;
    }
    if (pv_str_eq_cstr(name, "_initializing") && val != V_NULL) {
        int t = pv_truth(val);
        if (t < 0)
            return -1;
        sp->initializing = t;
        return 0;
    }
    if (field || pv_str_eq_cstr(name, "parent") || pv_str_eq_cstr(name, "has_location")) {
        pv_err_format(&pv_exc_AttributeError, "can't set or delete attribute '%S'", name);
        return -1;
    }
    if (sp->extra == V_NULL)
        sp->extra = pv_dict_new();
    if (val == V_NULL) {
        if (pv_dict_get(sp->extra, name) == V_NULL) {
            pv_err_format(&pv_exc_AttributeError, "'ModuleSpec' object has no attribute '%S'", name);
            return -1;
        }
        return pv_dict_del(sp->extra, name);
    }
    return pv_dict_set(sp->extra, name, val);
}

PvType pv_spec_type = {.ob = {&pv_type_type}, .name = "ModuleSpec", .base = &pv_object_type,
                       .repr = spec_repr, .getattr = spec_getattr, .setattr = spec_setattr};

/* ---- loaders: objects that only describe where the code came from ---- */
typedef struct PvLoader {
    PvObject ob;
    Value name, path;
} PvLoader;

static Value loader_repr(Value v)
{
    return pv_str_printf("<_frozen_importlib_external.%s object at %p>", pv_type_name(v),
                         (void *)v_obj(v));
}

static Value loader_getattr(Value v, Value name)
{
    PvLoader *l = (PvLoader *)v_obj(v);
    if (pv_str_eq_cstr(name, "name"))
        return l->name;
    if (pv_str_eq_cstr(name, "path"))
        return l->path;
    return V_NULL;
}

static PvType source_loader_type, sourceless_loader_type;

/* the PvFound a file loader describes: its .pyc, or the __pycache__ one of
 * its .py */
static PvFound loader_found(PvLoader *l)
{
    PvFound f = {.origin = l->path, .pyc = l->path, .cached = l->path, .search = V_NULL,
                 .sourceless = l->ob.type == &sourceless_loader_type};
    if (!f.sourceless) {
        size_t n;
        const char *p = pv_str_utf8(l->path, &n);
        const char *slash = strrchr(p, '/');
        size_t dir = slash ? (size_t)(slash - p) + 1 : 0;
        size_t stem = n - dir;
        if (stem > 3 && !strcmp(p + n - 3, ".py"))
            stem -= 3;
        f.pyc = pv_str_printf("%.*s__pycache__/%.*s.cpython-311.pyc", (int)dir, p, (int)stem, p + dir);
        f.cached = f.pyc;
    }
    return f;
}

/* loader.exec_module(module): runs the loader's code in module.__dict__ */
static Value loader_exec_module(Value self, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"module"};
    Value m;
    if (pv_parse_args("exec_module", argc, argv, kwnames, "O", names, &m) < 0)
        return V_NULL;
    Value d = pv_getattr_cstr(m, "__dict__");
    if (d == V_NULL)
        return V_NULL;
    if (!v_is(d, &pv_dict_type)) {
        pv_err_set_str(&pv_exc_TypeError, "exec() globals must be a dict");
        return V_NULL;
    }
    PvLoader *l = (PvLoader *)v_obj(self);
    if (!v_is(l->path, &pv_str_type) || !v_is(l->name, &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "loader path and name must be str");
        return V_NULL;
    }
    PvFound f = loader_found(l);
    Value co = pv_import_load_code(l->name, &f);
    if (co == V_NULL)
        return V_NULL;
    if (pv_dict_get_str(d, pv_s___builtins__) == V_NULL)
        pv_dict_set(d, pv_s___builtins__, pv_builtins_module());
    return pv_run_module((PvCode *)v_obj(co), d) == V_NULL ? V_NULL : V_NONE;
}

static Value loader_get_filename(Value self, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"name"};
    Value unused = V_NULL;
    if (pv_parse_args("get_filename", argc, argv, kwnames, "|O", names, &unused) < 0)
        return V_NULL;
    return ((PvLoader *)v_obj(self))->path;
}

static Value loader_create_module(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"spec"};
    Value spec;
    if (pv_parse_args("create_module", argc, argv, kwnames, "O", names, &spec) < 0)
        return V_NULL;
    return V_NONE; /* the default module creation */
}

static const PvMethodDef loader_methods[] = {
    {"exec_module", loader_exec_module, 0},
    {"get_filename", loader_get_filename, 0},
    {"create_module", loader_create_module, 0},
    {NULL, NULL, 0},
};

static PvType source_loader_type = {.ob = {&pv_type_type}, .name = "SourceFileLoader",
                                    .base = &pv_object_type, .repr = loader_repr,
                                    .getattr = loader_getattr, .methods = loader_methods};
static PvType sourceless_loader_type = {.ob = {&pv_type_type}, .name = "SourcelessFileLoader",
                                        .base = &pv_object_type, .repr = loader_repr,
                                        .getattr = loader_getattr, .methods = loader_methods};
static PvType namespace_loader_type = {.ob = {&pv_type_type}, .name = "NamespaceLoader",
                                       .base = &pv_object_type, .repr = loader_repr};
static PvType builtin_importer_type = {.ob = {&pv_type_type},
                                       .name = "_frozen_importlib.BuiltinImporter",
                                       .base = &pv_object_type};

Value pv_loader_new(Value name, Value path, bool sourceless)
{
    PvLoader *l = (PvLoader *)pv_new_object(sourceless ? &sourceless_loader_type : &source_loader_type,
                                            sizeof(PvLoader));
    l->name = name;
    l->path = path;
    return v_from(l);
}

Value pv_builtin_importer(void) { return v_from(&builtin_importer_type); }

Value pv_namespace_loader(void)
{
    static Value loader = V_NULL;
    if (loader == V_NULL)
        loader = v_from(pv_new_object(&namespace_loader_type, sizeof(PvObject)));
    return loader;
}

/* ---- the importlib module ---- */
static Value importlib_module = V_NULL;

/* "..x" (level 2) against package "a.b.c": "a.b.x", with the import
 * system's errors (pv_import_resolve) */
static Value resolve_relative(Value name, Value package, int level)
{
    size_t n;
    const char *u = pv_str_utf8(name, &n);
    Value globals = pv_dict_new();
    pv_dict_set(globals, pv_str_intern_cstr("__package__"), package);
    return pv_import_resolve(pv_str_from_utf8(u + level, n - (size_t)level), globals, level);
}

static Value il_import_module(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "package"};
    Value a[2];
    if (pv_parse_args("import_module", argc, argv, kwnames, "O|O", names, a) < 0)
        return V_NULL;
    Value name = a[0], package = a[1] == V_NULL ? V_NONE : a[1];
    if (!v_is(name, &pv_str_type)) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute 'startswith'",
                      pv_type_name(name));
        return V_NULL;
    }
    int level = 0;
    while (level < pv_str_len(name) && pv_str_char(name, level) == '.')
        level++;
    if (level > 0) {
        int t = pv_truth(package);
        if (t < 0)
            return V_NULL;
        if (!t) {
            pv_err_format(&pv_exc_TypeError,
                          "the 'package' argument is required to perform a relative import for %R",
                          name);
            return V_NULL;
        }
        if (!v_is(package, &pv_str_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__package__ not set to a string");
            return V_NULL;
        }
        name = resolve_relative(name, package, level);
        if (name == V_NULL)
            return V_NULL;
    } else if (pv_str_len(name) == 0) {
        pv_err_set_str(&pv_exc_ValueError, "Empty module name");
        return V_NULL;
    }
    return pv_import_module(name);
}

/* importlib.reload: runs the module's code again in its own namespace */
static Value il_reload(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"module"};
    Value m;
    if (pv_parse_args("reload", argc, argv, kwnames, "O", names, &m) < 0)
        return V_NULL;
    if (!v_is(m, &pv_module_type)) {
        pv_err_set_str(&pv_exc_TypeError, "reload() argument must be a module");
        return V_NULL;
    }
    Value d = ((PvModule *)v_obj(m))->dict;
    Value spec = pv_dict_get_str(d, pv_str_intern_cstr("__spec__"));
    Value name = v_is(spec, &pv_spec_type) ? ((PvSpec *)v_obj(spec))->name
                                           : pv_dict_get_str(d, pv_s___name__);
    if (name == V_NULL || !v_is(name, &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "reload() argument must be a module");
        return V_NULL;
    }
    if (pv_dict_get(pv_sys_modules(), name) != m) {
        pv_err_format(&pv_exc_ImportError, "module %S not in sys.modules", name);
        ((PvException *)v_obj(pv_err_occurred()))->name = name;
        return V_NULL;
    }
    if (!v_is(spec, &pv_spec_type) || !v_is(((PvSpec *)v_obj(spec))->origin, &pv_str_type) ||
        !((PvSpec *)v_obj(spec))->has_location)
        return m; /* built-in and namespace modules have no code to rerun */
    PvSpec *sp = (PvSpec *)v_obj(spec);
    PvFound f = {.origin = sp->origin, .pyc = sp->cached, .cached = sp->cached,
                 .search = sp->search == V_NONE ? V_NULL : sp->search,
                 .sourceless = pv_str_eq(sp->cached, sp->origin)};
    if (!v_is(sp->cached, &pv_str_type))
        return m;
    Value co = pv_import_load_code(name, &f);
    if (co == V_NULL)
        return V_NULL;
    sp->initializing = true;
    Value r = pv_run_module((PvCode *)v_obj(co), d);
    sp->initializing = false;
    if (r == V_NULL)
        return V_NULL;
    return pv_dict_get(pv_sys_modules(), name) != V_NULL ? pv_dict_get(pv_sys_modules(), name) : m;
}

static Value il_invalidate_caches(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argv;
    if (pv_no_kwargs("invalidate_caches", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "invalidate_caches() takes 0 positional arguments but %d were given",
                      argc);
        return V_NULL;
    }
    return V_NONE; /* pvm keeps no directory caches */
}

Value pv_mod_importlib_init(void)
{
    if (importlib_module != V_NULL)
        return importlib_module;
    importlib_module = pv_module_new(pv_str_intern_cstr("importlib"));
    Value d = ((PvModule *)v_obj(importlib_module))->dict;
    pv_dict_set(d, pv_str_intern_cstr("import_module"),
                pv_builtin_new("import_module", il_import_module, importlib_module, NULL));
    pv_dict_set(d, pv_str_intern_cstr("reload"),
                pv_builtin_new("reload", il_reload, importlib_module, NULL));
    pv_dict_set(d, pv_str_intern_cstr("invalidate_caches"),
                pv_builtin_new("invalidate_caches", il_invalidate_caches, importlib_module, NULL));
    return importlib_module;
}

/* ---- importlib.util ---- */
static Value util_find_spec(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "package"};
    Value a[2];
    if (pv_parse_args("find_spec", argc, argv, kwnames, "O|O", names, a) < 0)
        return V_NULL;
    Value name = a[0];
    if (!v_is(name, &pv_str_type)) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute 'startswith'",
                      pv_type_name(name));
        return V_NULL;
    }
    if (pv_str_len(name) > 0 && pv_str_char(name, 0) == '.') {
        Value package = a[1] == V_NULL ? V_NONE : a[1];
        int level = 0;
        while (level < pv_str_len(name) && pv_str_char(name, level) == '.')
            level++;
        if (!v_is(package, &pv_str_type) || pv_str_len(package) == 0) {
            pv_err_format(&pv_exc_ImportError,
                          "no package specified for %R (required for relative module names)", name);
            return V_NULL;
        }
        name = resolve_relative(name, package, level);
        if (name == V_NULL)
            return V_NULL;
    }
    return pv_find_spec(name);
}

static Value util_module_from_spec(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"spec"};
    Value spec;
    if (pv_parse_args("module_from_spec", argc, argv, kwnames, "O", names, &spec) < 0)
        return V_NULL;
    return pv_module_from_spec(spec);
}

/* spec_from_file_location(name, location): a spec for a .py (through its
 * __pycache__ pyc) or a .pyc file */
static Value util_spec_from_file_location(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "location"};
    Value a[2];
    if (pv_parse_args("spec_from_file_location", argc, argv, kwnames, "O|O", names, a) < 0)
        return V_NULL;
    if (a[1] == V_NULL || !v_is(a[1], &pv_str_type) || !v_is(a[0], &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "spec_from_file_location() needs str name and location");
        return V_NULL;
    }
    size_t n;
    const char *loc = pv_str_utf8(a[1], &n);
    bool pyc = n > 4 && !strcmp(loc + n - 4, ".pyc");
    if (!pyc && !(n > 3 && !strcmp(loc + n - 3, ".py")))
        return V_NONE; /* no loader for other suffixes */
    Value loader = pv_loader_new(a[0], a[1], pyc);
    PvFound f = loader_found((PvLoader *)v_obj(loader));
    return pv_spec_new(a[0], loader, a[1], V_NONE, f.cached, true);
}

static Value util_resolve_name(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "package"};
    Value a[2];
    if (pv_parse_args("resolve_name", argc, argv, kwnames, "OO", names, a) < 0)
        return V_NULL;
    if (!v_is(a[0], &pv_str_type)) {
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute 'startswith'",
                      pv_type_name(a[0]));
        return V_NULL;
    }
    if (pv_str_len(a[0]) == 0 || pv_str_char(a[0], 0) != '.')
        return a[0];
    if (!v_is(a[1], &pv_str_type) || pv_str_len(a[1]) == 0) {
        pv_err_format(&pv_exc_ImportError,
                      "no package specified for %R (required for relative module names)", a[0]);
        return V_NULL;
    }
    int level = 0;
    while (level < pv_str_len(a[0]) && pv_str_char(a[0], level) == '.')
        level++;
    size_t n;
    const char *u = pv_str_utf8(a[0], &n);
    Value globals = pv_dict_new();
    pv_dict_set(globals, pv_str_intern_cstr("__package__"), a[1]);
    return pv_import_resolve(pv_str_from_utf8(u + level, n - (size_t)level), globals, level);
}

Value pv_mod_importlib_util_init(void)
{
    static Value util = V_NULL;
    if (util != V_NULL)
        return util;
    util = pv_module_new(pv_str_intern_cstr("importlib.util"));
    Value d = ((PvModule *)v_obj(util))->dict;
    pv_dict_set(d, pv_str_intern_cstr("find_spec"),
                pv_builtin_new("find_spec", util_find_spec, util, NULL));
    pv_dict_set(d, pv_str_intern_cstr("module_from_spec"),
                pv_builtin_new("module_from_spec", util_module_from_spec, util, NULL));
    pv_dict_set(d, pv_str_intern_cstr("spec_from_file_location"),
                pv_builtin_new("spec_from_file_location", util_spec_from_file_location, util, NULL));
    pv_dict_set(d, pv_str_intern_cstr("resolve_name"),
                pv_builtin_new("resolve_name", util_resolve_name, util, NULL));
    return util;
}
