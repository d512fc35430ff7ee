/* vm/import.c: the import system as CPython 3.11's importlib behaves:
 * native modules first, then sys.path entries searched for packages and
 * modules in .pyc form (sourceless X.pyc, or X.py with an up-to-date
 * __pycache__/X.cpython-311.pyc), sys.modules caching, relative names,
 * fromlists, and CPython's ImportError wording.  pvm cannot compile source,
 * so a .py without its .pyc is an ImportError (docs/pvm.md, "Imports").
 * Spec and loader objects live in mod_importlib.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "exc.h"
#include "load.h"
#include "modules.h"
#include "pyc.h"
#include "runtime.h"
#include "verify.h"

#define MAX_IMPORT_NESTING 1000

typedef struct Native {
    const char *name;
    Value (*init)(void);
} Native;

static const Native natives[] = {
    {"builtins", pv_mod_builtins_init},
    {"sys", pv_mod_sys_init},
    {"math", pv_mod_math_init},
    {"gc", pv_mod_gc_init},
    {"weakref", pv_mod_weakref_init},
    {"importlib", pv_mod_importlib_init},
    {"importlib.util", pv_mod_importlib_util_init},
    {"__future__", pv_mod_future_init},
};

static Value s(const char *name) { return pv_str_intern_cstr(name); }

/* the builtins module: its namespace is the dict every frame's builtins is */
/* builtins.__import__ as pvm starts: IMPORT_NAME calls a replacement */
static Value original_import = V_NULL;

static Value module_dict(Value m) { return ((PvModule *)v_obj(m))->dict; }

/* ModuleNotFoundError / ImportError with .name (and .path) set, as
 * CPython's PyErr_SetImportError does */
static Value import_error(PvType *type, Value name, Value path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pv_err_vformat(type, fmt, ap);
    va_end(ap);
    PvExcImport *e = (PvExcImport *)v_obj(pv_err_occurred());
    e->e.name = name;
    e->path = path;
    return V_NULL;
}

/* ---- finding ---- */

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* importlib's _path_join: the parts joined by '/', trailing separators
 * stripped */
static Value path_join(Value dir, const char *tail)
{
    size_t n;
    const char *d = pv_str_utf8(dir, &n);
    while (n > 0 && d[n - 1] == '/')
        n--;
    return pv_str_printf("%.*s/%s", (int)n, d, tail);
}

/* FileFinder's directory for a sys.path entry: the current directory for
 * "" and ".", other relative entries made absolute against it */
static Value entry_dir(Value entry)
{
    size_t n;
    const char *e = pv_str_utf8(entry, &n);
    if (n > 0 && e[0] == '/')
        return entry;
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return entry;
    if (n == 0 || !strcmp(e, "."))
        return pv_str_cstr(buf);
    return path_join(pv_str_cstr(buf), e);
}

static void found_file(PvFound *f, Value dir, const char *stem, bool sourceless, Value search)
{
    size_t n;
    if (sourceless) {
        f->origin = path_join(dir, pv_str_utf8(pv_str_printf("%s.pyc", stem), &n));
        f->pyc = f->origin;
        f->cached = f->origin; /* importlib's _get_cached for a .pyc */
    } else {
        f->origin = path_join(dir, pv_str_utf8(pv_str_printf("%s.py", stem), &n));
        f->pyc = path_join(dir, pv_str_utf8(pv_str_printf("__pycache__/%s.cpython-311.pyc", stem), &n));
        f->cached = f->pyc;
    }
    f->sourceless = sourceless;
    f->search = search;
}

/* CPython's FileFinder order within one entry: a package directory with
 * __init__ (.py before .pyc), then X.py, then X.pyc; a directory without
 * __init__ is remembered as a namespace portion. */
static bool find_in_entry(Value dir, const char *tail, PvFound *f, Value portions)
{
    size_t n;
    Value pkg = path_join(dir, tail);
    const char *p = pv_str_utf8(pkg, &n);
    if (is_dir(p)) {
        Value search = pv_list_new(0);
        pv_list_append(search, pkg);
        if (is_file(pv_str_utf8(path_join(pkg, "__init__.py"), &n))) {
            found_file(f, pkg, "__init__", false, search);
            return true;
        }
        if (is_file(pv_str_utf8(path_join(pkg, "__init__.pyc"), &n))) {
            found_file(f, pkg, "__init__", true, search);
            return true;
        }
        pv_list_append(portions, pkg);
    }
    if (is_file(pv_str_utf8(pv_str_printf("%s.py", p), &n))) {
        found_file(f, dir, tail, false, V_NULL);
        return true;
    }
    if (is_file(pv_str_utf8(pv_str_printf("%s.pyc", p), &n))) {
        found_file(f, dir, tail, true, V_NULL);
        return true;
    }
    return false;
}

/* Searches the iterable `path` (sys.path or a package's __path__) for the
 * last component of `name`; 1 found, 0 not, -1 error (not iterable) */
static int find_on_path(Value name, Value path, PvFound *f)
{
    size_t n;
    const char *full = pv_str_utf8(name, &n);
    const char *dot = strrchr(full, '.');
    const char *tail = dot ? dot + 1 : full;
    Value portions = pv_list_new(0);
    /* FileFinder matches directory entries, so no name with a separator
     * (or an empty one, which would be the directory itself) is found */
    path = pv_sequence_list(path);
    if (path == V_NULL)
        return -1;
    if (!*tail || strchr(tail, '/') || strlen(full) != n)
        return 0;
    for (int64_t i = 0; i < PV_LIST_LEN(path); i++) {
        Value entry = PV_LIST_ITEMS(path)[i];
        if (!v_is(entry, &pv_str_type))
            continue;
        if (find_in_entry(entry_dir(entry), tail, f, portions))
            return 1;
    }
    if (PV_LIST_LEN(portions) == 0)
        return 0;
    f->origin = V_NONE;
    f->pyc = V_NULL;
    f->cached = V_NONE;
    f->search = portions;
    f->sourceless = false;
    return 1;
}

static Value native_module(Value name);

/* importlib.util.find_spec as `pvm -m` uses it: imports the parent
 * package of a dotted name and searches its __path__ */
int pv_import_find(Value name, PvFound *found)
{
    size_t n;
    const char *full = pv_str_utf8(name, &n);
    const char *dot = strrchr(full, '.');
    if (!dot || dot == full) {
        if (native_module(name) != V_NULL)
            return 2;
        Value path = pv_sys_path();
        return find_on_path(name, path == V_NULL ? pv_list_new(0) : path, found);
    }
    Value parent = pv_str_from_utf8(full, (size_t)(dot - full));
    Value pm = pv_import_module(parent);
    if (pm == V_NULL)
        return -1;
    if (native_module(name) != V_NULL)
        return 2;
    Value path = pv_getattr_cstr(pm, "__path__");
    if (path == V_NULL) {
        if (!pv_err_matches(&pv_exc_AttributeError))
            return -1;
        pv_err_clear();
        import_error(&pv_exc_ModuleNotFoundError, name, V_NULL,
                     "__path__ attribute not found on %R while trying to find %R", parent, name);
        return -1;
    }
    return find_on_path(name, path, found);
}

/* ---- loading ---- */

static Value stale_error(const PvFound *f)
{
    return import_error(&pv_exc_ImportError, V_NULL, f->origin,
                        "pvm cannot compile source: no up-to-date %S for %S", f->pyc, f->origin);
}

/* whether the __pycache__ file still describes its source, as CPython's
 * SourceLoader decides (timestamp and size, or the source hash when the
 * pyc asks for it to be checked) */
static bool up_to_date(const PvFound *f, const PycHeader *hdr)
{
    size_t n;
    const char *src = pv_str_utf8(f->origin, &n);
    if (hdr->flags & PYC_FLAG_HASH_BASED) {
        if (!(hdr->flags & PYC_FLAG_CHECK_SOURCE))
            return true; /* unchecked-hash: never validated */
        uint8_t *data;
        size_t len;
        char err[256];
        if (pyc_read_all(src, &data, &len, err, sizeof err) < 0)
            return false;
        uint8_t hash[8];
        pyc_source_hash(data, len, hash);
        free(data);
        return memcmp(hash, hdr->source_hash, 8) == 0;
    }
    struct stat st;
    return stat(src, &st) == 0 && hdr->mtime == (uint32_t)st.st_mtime &&
           hdr->source_size == (uint32_t)st.st_size;
}

/* a marshal error as CPython's marshal module words the common ones */
static Value marshal_error(const char *err)
{
    if (strstr(err, "unexpected end of data"))
        pv_err_set_str(&pv_exc_EOFError, "marshal data too short");
    else if (strstr(err, "unknown type code"))
        pv_err_set_str(&pv_exc_ValueError, "bad marshal data (unknown type code)");
    else
        pv_err_format(&pv_exc_ValueError, "bad marshal data (%s)", err);
    return V_NULL;
}

/* OSError for a file that cannot be read, as open() raises it
 * (FileNotFoundError: [Errno 2] No such file or directory: 'path') */
static Value os_error(Value path, int err)
{
    Value args[3] = {v_from_small(err), pv_str_cstr(strerror(err)), path};
    Value e = pv_call(v_from(&pv_exc_OSError), 3, args, V_NULL);
    if (e != V_NULL)
        pv_err_set(e);
    return V_NULL;
}

Value pv_import_load_code(Value name, const PvFound *f)
{
    size_t n;
    const char *path = pv_str_utf8(f->pyc, &n);
    struct stat st;
    /* a loader made for a file that is not there (importlib.util) */
    if (stat(pv_str_utf8(f->origin, &n), &st) < 0)
        return os_error(f->origin, errno);
    if (!f->sourceless && !is_file(path))
        return stale_error(f);
    uint8_t *data;
    size_t len;
    char err[512];
    if (pyc_read_all(path, &data, &len, err, sizeof err) < 0)
        return import_error(&pv_exc_ImportError, name, f->pyc, "%s", err);
    /* importlib's _classify_pyc */
    static const uint8_t magic[4] = {PYC_MAGIC_NUMBER & 0xff, PYC_MAGIC_NUMBER >> 8, '\r', '\n'};
    if (len < 4 || memcmp(data, magic, 4) != 0) {
        Value got = pv_bytes(data, len < 4 ? len : 4);
        free(data);
        return import_error(&pv_exc_ImportError, name, f->pyc, "bad magic number in %R: %R", name, got);
    }
    if (len < 16) {
        free(data);
        pv_err_format(&pv_exc_EOFError, "reached EOF while reading pyc header of %R", name);
        return V_NULL;
    }
    uint32_t flags = (uint32_t)data[4] | (uint32_t)data[5] << 8 | (uint32_t)data[6] << 16 |
                     (uint32_t)data[7] << 24;
    if (flags & ~3u) {
        free(data);
        return import_error(&pv_exc_ImportError, name, f->pyc, "invalid flags %lu in %R",
                            (unsigned long)flags, name);
    }
    Arena arena;
    arena_init(&arena);
    PycHeader hdr;
    Obj *code = NULL;
    int r = pyc_parse(data, len, &arena, &hdr, &code, err, sizeof err);
    free(data);
    if (r < 0) {
        arena_free(&arena);
        return marshal_error(err);
    }
    if (!f->sourceless && !up_to_date(f, &hdr)) {
        arena_free(&arena);
        return stale_error(f);
    }
    /* pvm's own check: code the interpreter could not run safely */
    if (pv_verify_code(code->u.code, err, sizeof err) < 0) {
        arena_free(&arena);
        return import_error(&pv_exc_ImportError, name, f->pyc, "%S: %s", f->pyc, err);
    }
    PvCode *co = pv_load_code(code->u.code);
    arena_free(&arena);
    return v_from(co);
}

/* sys.modules[name] failing: KeyError(name) */
static void key_error(Value name)
{
    pv_err_set(pv_exc_new(&pv_exc_KeyError, pv_tuple_from(1, &name)));
}

static Value sys_modules_get(Value name)
{
    return pv_dict_get(pv_sys_modules(), name);
}

/* module.__name__ = name etc. in the order CPython's _init_module_attrs
 * sets them */
static void init_module_attrs(Value m, Value spec, const PvFound *f, Value package)
{
    Value d = module_dict(m);
    pv_dict_set(d, pv_s___doc__, V_NONE);
    pv_dict_set(d, s("__package__"), package);
    pv_dict_set(d, s("__loader__"), pv_getattr_cstr(spec, "loader"));
    pv_dict_set(d, s("__spec__"), spec);
    if (f->pyc == V_NULL) /* a namespace package: importlib sets __file__ = None first */
        pv_dict_set(d, pv_s___file__, V_NONE);
    if (f->search != V_NULL)
        pv_dict_set(d, s("__path__"), f->search);
    if (f->pyc != V_NULL) {
        pv_dict_set(d, pv_s___file__, f->origin);
        pv_dict_set(d, s("__cached__"), f->cached);
    }
}

Value pv_spec_for(Value name, const PvFound *f)
{
    Value loader = f->pyc == V_NULL ? pv_namespace_loader() : pv_loader_new(name, f->origin, f->sourceless);
    return pv_spec_new(name, loader, f->origin, f->search == V_NULL ? V_NONE : f->search, f->cached,
                       f->pyc != V_NULL);
}

/* importlib's module_from_spec: _init_module_attrs on a fresh module */
Value pv_module_from_spec(Value spec)
{
    Value name = pv_getattr_cstr(spec, "name");
    if (name == V_NULL)
        return V_NULL;
    if (!v_is(name, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "module name must be str, not %s", pv_type_name(name));
        return V_NULL;
    }
    Value loader = pv_getattr_cstr(spec, "loader");
    Value package = loader ? pv_getattr_cstr(spec, "parent") : V_NULL;
    Value search = package ? pv_getattr_cstr(spec, "submodule_search_locations") : V_NULL;
    Value located = search ? pv_getattr_cstr(spec, "has_location") : V_NULL;
    if (located == V_NULL)
        return V_NULL;
    Value m = pv_module_new(name);
    Value d = module_dict(m);
    pv_dict_set(d, pv_s___doc__, V_NONE);
    pv_dict_set(d, s("__package__"), package);
    pv_dict_set(d, s("__loader__"), loader);
    pv_dict_set(d, s("__spec__"), spec);
    if (search != V_NONE)
        pv_dict_set(d, s("__path__"), search);
    int t = pv_truth(located);
    if (t < 0)
        return V_NULL;
    if (t) {
        Value origin = pv_getattr_cstr(spec, "origin");
        Value cached = origin ? pv_getattr_cstr(spec, "cached") : V_NULL;
        if (cached == V_NULL)
            return V_NULL;
        pv_dict_set(d, pv_s___file__, origin);
        if (cached != V_NONE)
            pv_dict_set(d, s("__cached__"), cached);
    }
    return m;
}

Value pv_find_spec(Value name)
{
    Value m = sys_modules_get(name);
    if (m != V_NULL) {
        Value spec = pv_getattr_cstr(m, "__spec__");
        if (spec == V_NULL) {
            if (!pv_err_matches(&pv_exc_AttributeError))
                return V_NULL;
            pv_err_clear();
            pv_err_format(&pv_exc_ValueError, "%S.__spec__ is not set", name);
            return V_NULL;
        }
        if (spec == V_NONE)
            pv_err_format(&pv_exc_ValueError, "%S.__spec__ is None", name);
        return spec == V_NONE ? V_NULL : spec;
    }
    PvFound f;
    int r = pv_import_find(name, &f);
    if (r < 0)
        return V_NULL;
    if (r == 0)
        return V_NONE;
    if (r == 2)
        return pv_getattr_cstr(sys_modules_get(name), "__spec__");
    return pv_spec_for(name, &f);
}

static Value load_found(Value name, const PvFound *f)
{
    Value spec = pv_spec_for(name, f);
    Value m = pv_module_new(name);
    Value package = pv_getattr_cstr(spec, "parent");
    init_module_attrs(m, spec, f, package);
    if (f->pyc == V_NULL) {
        pv_dict_set(pv_sys_modules(), name, m);
        return m;
    }
    Value co = pv_import_load_code(name, f);
    if (co == V_NULL)
        return V_NULL;
    Value d = module_dict(m);
    pv_dict_set(d, pv_s___builtins__, pv_builtins_module());
    /* each nested import re-enters the interpreter from C: bound it
     * whatever sys.setrecursionlimit says, so the C stack cannot overflow */
    static int nesting;
    if (nesting >= MAX_IMPORT_NESTING) {
        pv_err_set_str(&pv_exc_RecursionError,
                       "maximum recursion depth exceeded while calling a Python object");
        return V_NULL;
    }
    pv_dict_set(pv_sys_modules(), name, m);
    pv_spec_set_initializing(spec, true);
    nesting++;
    Value r = pv_run_module((PvCode *)v_obj(co), d);
    nesting--;
    pv_spec_set_initializing(spec, false);
    if (r == V_NULL) {
        Value exc = pv_err_fetch();
        if (sys_modules_get(name) != V_NULL)
            (void)pv_dict_del(pv_sys_modules(), name);
        pv_err_clear();
        pv_err_set(exc);
        return V_NULL;
    }
    /* the module may have replaced itself in sys.modules; CPython then
     * moves the entry to the end */
    Value final = sys_modules_get(name);
    if (final == V_NULL) {
        if (!pv_err_occurred())
            key_error(name);
        return V_NULL;
    }
    (void)pv_dict_del(pv_sys_modules(), name);
    pv_dict_set(pv_sys_modules(), name, final);
    return final;
}

/* a built-in module with the attributes importlib's BuiltinImporter gives */
static Value native_module(Value name)
{
    size_t n;
    const char *nm = pv_str_utf8(name, &n);
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
        if (!strcmp(nm, natives[i].name)) {
            Value m = natives[i].init();
            Value d = module_dict(m);
            if (pv_dict_get_str(d, s("__spec__")) == V_NULL) {
                Value loader = pv_builtin_importer();
                Value spec = pv_spec_new(name, loader, pv_str_cstr("built-in"), V_NONE, V_NONE, false);
                pv_dict_set(d, s("__package__"), pv_str_cstr(""));
                pv_dict_set(d, s("__loader__"), loader);
                pv_dict_set(d, s("__spec__"), spec);
            }
            pv_dict_set(pv_sys_modules(), name, m);
            return m;
        }
    return V_NULL;
}

void pv_import_init(void)
{
    /* sys and builtins exist before any import statement, as in CPython */
    native_module(s("builtins"));
    native_module(s("sys"));
    original_import = pv_dict_get_str(pv_builtins_module(), s("__import__"));
}

Value pv_import_name(Value name, Value globals, Value locals, Value builtins, Value fromlist,
                     int level)
{
    Value fn = pv_dict_get(builtins, s("__import__"));
    if (fn == V_NULL) {
        if (!pv_err_occurred())
            pv_err_set_str(&pv_exc_ImportError, "__import__ not found");
        return V_NULL;
    }
    if (fn == original_import)
        return pv_import(name, globals, fromlist, level);
    Value args[5] = {name, globals, locals == V_NULL ? V_NONE : locals, fromlist,
                     v_from_small(level)};
    return pv_call(fn, 5, args, V_NULL);
}

static Value import_fail_not_found(Value name)
{
    return import_error(&pv_exc_ModuleNotFoundError, name, V_NULL, "No module named %R", name);
}

/* importlib._bootstrap._find_and_load_unlocked */
static Value find_and_load_unlocked(Value name)
{
    size_t n;
    const char *full = pv_str_utf8(name, &n);
    const char *dot = strrchr(full, '.');
    Value path = V_NULL;
    Value parent = V_NULL;
    if (dot == full)
        dot = NULL; /* ".x": rpartition gives an empty parent, a top-level name */
    if (dot) {
        parent = pv_str_from_utf8(full, (size_t)(dot - full));
        if (sys_modules_get(parent) == V_NULL && pv_import_module(parent) == V_NULL)
            return V_NULL;
        Value m = sys_modules_get(name);
        if (m != V_NULL)
            return m;
        Value pm = sys_modules_get(parent);
        if (pm == V_NULL) {
            key_error(parent);
            return V_NULL;
        }
        m = native_module(name); /* importlib.util */
        if (m != V_NULL) {
            if (pv_setattr(pm, pv_str_from_utf8(dot + 1, strlen(dot + 1)), m) < 0)
                pv_err_clear();
            return m;
        }
        path = pv_getattr_cstr(pm, "__path__");
        if (path == V_NULL) {
            if (!pv_err_matches(&pv_exc_AttributeError))
                return V_NULL;
            pv_err_clear();
            return import_error(&pv_exc_ModuleNotFoundError, name, V_NULL,
                                "No module named %R; %R is not a package", name, parent);
        }
    } else {
        Value m = native_module(name);
        if (m != V_NULL)
            return m;
        path = pv_sys_path();
        if (path == V_NULL)
            path = pv_list_new(0);
    }
    PvFound f;
    int found = find_on_path(name, path, &f);
    if (found <= 0)
        return found < 0 ? V_NULL : import_fail_not_found(name);
    Value m = load_found(name, &f);
    if (m == V_NULL)
        return V_NULL;
    if (parent != V_NULL) {
        Value pm = sys_modules_get(parent);
        if (pm != V_NULL && pv_setattr(pm, pv_str_from_utf8(dot + 1, strlen(dot + 1)), m) < 0)
            pv_err_clear();
    }
    return m;
}

Value pv_import_module(Value name)
{
    Value m = sys_modules_get(name);
    if (m == V_NULL) {
        if (pv_err_occurred())
            return V_NULL;
        return find_and_load_unlocked(name);
    }
    if (m == V_NONE)
        return import_error(&pv_exc_ModuleNotFoundError, name, V_NULL,
                            "import of %S halted; None in sys.modules", name);
    return m;
}

/* ---- __import__ ---- */

Value pv_import_resolve(Value name, Value globals, int level)
{
    if (globals == V_NULL) {
        pv_err_set_str(&pv_exc_KeyError, "'__name__' not in globals");
        return V_NULL;
    }
    if (!v_is(globals, &pv_dict_type)) {
        pv_err_set_str(&pv_exc_TypeError, "globals must be a dict");
        return V_NULL;
    }
    Value package = pv_dict_get_str(globals, s("__package__"));
    Value spec = pv_dict_get_str(globals, s("__spec__"));
    if (package != V_NULL && package != V_NONE) {
        if (!v_is(package, &pv_str_type)) {
            pv_err_set_str(&pv_exc_TypeError, "package must be a string");
            return V_NULL;
        }
    } else if (spec != V_NULL && spec != V_NONE) {
        package = pv_getattr_cstr(spec, "parent");
        if (package == V_NULL)
            return V_NULL;
        if (!v_is(package, &pv_str_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__spec__.parent must be a string");
            return V_NULL;
        }
    } else {
        package = pv_dict_get_str(globals, pv_s___name__);
        if (package == V_NULL) {
            pv_err_set_str(&pv_exc_KeyError, "'__name__' not in globals");
            return V_NULL;
        }
        if (!v_is(package, &pv_str_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__name__ must be a string");
            return V_NULL;
        }
        if (pv_dict_get_str(globals, s("__path__")) == V_NULL) {
            size_t n;
            const char *p = pv_str_utf8(package, &n);
            const char *dot = strrchr(p, '.');
            package = pv_str_from_utf8(p, dot ? (size_t)(dot - p) : 0);
        }
    }
    size_t n;
    const char *p = pv_str_utf8(package, &n);
    if (n == 0) {
        pv_err_set_str(&pv_exc_ImportError, "attempted relative import with no known parent package");
        return V_NULL;
    }
    size_t last = n;
    for (int up = 1; up < level; up++) {
        while (last > 0 && p[last - 1] != '.')
            last--;
        if (last == 0) {
            pv_err_set_str(&pv_exc_ImportError, "attempted relative import beyond top-level package");
            return V_NULL;
        }
        last--;
    }
    Value base = pv_str_from_utf8(p, last);
    if (pv_str_len(name) == 0)
        return base;
    return pv_str_printf("%s.%s", pv_str_utf8(base, &n), pv_str_utf8(name, &(size_t){0}));
}

static bool has_attr(Value obj, Value name, int *err)
{
    Value v = pv_getattr(obj, name);
    if (v != V_NULL)
        return true;
    if (pv_err_matches(&pv_exc_AttributeError))
        pv_err_clear();
    else
        *err = 1;
    return false;
}

/* importlib._bootstrap._handle_fromlist: a fromlist names submodules to
 * import when the package lacks such attributes */
static int handle_fromlist(Value module, Value fromlist, bool recursive)
{
    Value it = pv_iter(fromlist);
    if (it == V_NULL)
        return -1;
    Value x;
    while ((x = pv_next(it)) != V_NULL) {
        if (!v_is(x, &pv_str_type)) {
            Value where = pv_str_cstr("``from list''");
            if (recursive) {
                Value mname = pv_getattr_cstr(module, "__name__");
                if (mname == V_NULL)
                    return -1;
                where = pv_str_printf("%s.__all__", pv_str_utf8(pv_str(mname), &(size_t){0}));
            }
            pv_err_format(&pv_exc_TypeError, "Item in %S must be str, not %s", where,
                          pv_type_name(x));
            return -1;
        }
        int err = 0;
        if (pv_str_eq_cstr(x, "*")) {
            if (!recursive && has_attr(module, s("__all__"), &err)) {
                Value all = pv_getattr_cstr(module, "__all__");
                if (all == V_NULL || handle_fromlist(module, all, true) < 0)
                    return -1;
            }
            if (err)
                return -1;
            continue;
        }
        if (has_attr(module, x, &err))
            continue;
        if (err)
            return -1;
        Value mname = pv_getattr_cstr(module, "__name__");
        if (mname == V_NULL || (mname = pv_str(mname)) == V_NULL)
            return -1;
        Value from_name = pv_str_printf("%s.%s", pv_str_utf8(mname, &(size_t){0}),
                                        pv_str_utf8(x, &(size_t){0}));
        if (pv_import_module(from_name) == V_NULL) {
            if (!pv_err_matches(&pv_exc_ModuleNotFoundError))
                return -1;
            Value e = pv_err_occurred();
            Value ename = ((PvException *)v_obj(e))->name;
            if (ename != V_NULL && v_is(ename, &pv_str_type) && pv_str_eq(ename, from_name) &&
                sys_modules_get(from_name) != V_NONE) {
                pv_err_clear();
                continue;
            }
            return -1;
        }
    }
    return pv_err_occurred() ? -1 : 0;
}

Value pv_import(Value name, Value globals, Value fromlist, int level)
{
    Value absname = name;
    if (level > 0) {
        absname = pv_import_resolve(name, globals, level);
        if (absname == V_NULL)
            return V_NULL;
    } else if (pv_str_len(name) == 0) {
        pv_err_set_str(&pv_exc_ValueError, "Empty module name");
        return V_NULL;
    }
    Value mod = pv_import_module(absname);
    if (mod == V_NULL)
        return V_NULL;
    int has_from = 0;
    if (fromlist != V_NULL && fromlist != V_NONE) {
        has_from = pv_truth(fromlist);
        if (has_from < 0)
            return V_NULL;
    }
    if (!has_from) {
        size_t n;
        const char *nm = pv_str_utf8(name, &n);
        if (level != 0 && n == 0)
            return mod;
        const char *dot = strchr(nm, '.');
        if (!dot)
            return mod;
        if (level == 0)
            return pv_import(pv_str_from_utf8(nm, (size_t)(dot - nm)), V_NULL, V_NULL, 0);
        size_t cut = n - (size_t)(dot - nm);
        size_t an;
        const char *a = pv_str_utf8(absname, &an);
        Value to_return = pv_str_from_utf8(a, an - cut);
        Value m = sys_modules_get(to_return);
        if (m == V_NULL)
            pv_err_format(&pv_exc_KeyError, "%R not in sys.modules as expected", to_return);
        return m;
    }
    int err = 0;
    if (!has_attr(mod, s("__path__"), &err))
        return err ? V_NULL : mod;
    return handle_fromlist(mod, fromlist, false) < 0 ? V_NULL : mod;
}

/* ---- IMPORT_FROM, IMPORT_STAR (CPython's ceval import_from/import_all_from) ---- */

Value pv_import_from(Value module, Value name)
{
    Value v = pv_getattr(module, name);
    if (v != V_NULL)
        return v;
    if (!pv_err_matches(&pv_exc_AttributeError))
        return V_NULL;
    pv_err_clear();
    Value pkgname = pv_getattr_cstr(module, "__name__");
    if (pkgname != V_NULL && !v_is(pkgname, &pv_str_type))
        pkgname = V_NULL;
    pv_err_clear();
    if (pkgname != V_NULL) {
        Value sub = sys_modules_get(pv_str_printf("%s.%s", pv_str_utf8(pkgname, &(size_t){0}),
                                                  pv_str_utf8(name, &(size_t){0})));
        if (sub != V_NULL)
            return sub;
        if (pv_err_occurred())
            return V_NULL;
    }
    Value shown = pkgname != V_NULL ? pkgname : pv_str_cstr("<unknown module name>");
    Value path = V_NULL;
    if (v_is(module, &pv_module_type)) {
        path = pv_dict_get_str(module_dict(module), pv_s___file__);
        if (path != V_NULL && !v_is(path, &pv_str_type))
            path = V_NULL;
    }
    if (path == V_NULL)
        return import_error(&pv_exc_ImportError, pkgname, V_NULL,
                            "cannot import name %R from %R (unknown location)", name, shown);
    Value spec = pv_dict_get_str(module_dict(module), s("__spec__"));
    if (spec != V_NULL && pv_spec_initializing(spec))
        return import_error(&pv_exc_ImportError, pkgname, path,
                            "cannot import name %R from partially initialized module %R "
                            "(most likely due to a circular import) (%S)",
                            name, shown, path);
    return import_error(&pv_exc_ImportError, pkgname, path, "cannot import name %R from %R (%S)",
                        name, shown, path);
}

int pv_import_star(Value module, Value dest)
{
    Value all = pv_getattr_cstr(module, "__all__");
    bool skip_private = false;
    if (all == V_NULL) {
        if (!pv_err_matches(&pv_exc_AttributeError))
            return -1;
        pv_err_clear();
        Value d = pv_getattr_cstr(module, "__dict__");
        if (d == V_NULL) {
            if (pv_err_matches(&pv_exc_AttributeError)) {
                pv_err_clear();
                pv_err_set_str(&pv_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return -1;
        }
        all = pv_sequence_list(d); /* the keys now: dest may be this very dict */
        if (all == V_NULL)
            return -1;
        skip_private = true;
    }
    Value it = pv_iter(all);
    if (it == V_NULL)
        return -1;
    Value name;
    while ((name = pv_next(it)) != V_NULL) {
        if (!v_is(name, &pv_str_type)) {
            Value mname = pv_getattr_cstr(module, "__name__");
            if (mname == V_NULL)
                return -1;
            if (!v_is(mname, &pv_str_type)) {
                pv_err_format(&pv_exc_TypeError, "module __name__ must be a string, not %s",
                              pv_type_name(mname));
                return -1;
            }
            pv_err_format(&pv_exc_TypeError, skip_private ? "Key in %S.__dict__ must be str, not %s"
                                                          : "Item in %S.__all__ must be str, not %s",
                          mname, pv_type_name(name));
            return -1;
        }
        if (skip_private && pv_str_len(name) > 0 && pv_str_char(name, 0) == '_')
            continue;
        Value v = pv_getattr(module, name);
        if (v == V_NULL || pv_setitem(dest, name, v) < 0)
            return -1;
    }
    return pv_err_occurred() ? -1 : 0;
}
