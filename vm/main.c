/* vm/main.c: the pvm command line.  Parses options, loads the .pyc through
 * common/, and hands it to the disassembler or the verifier and the
 * interpreter; sets up sys.path and the __main__ module, for a file or for
 * `-m MODULE` (runpy's behaviour).  No execution logic lives here.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdio.h>
#include <stdlib.h>
#include <libgen.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "bytebuf.h"
#include "dis.h"
#include "fileio.h"
#include "pyc.h"
#include "load.h"
#include "modules.h"
#include "num.h"
#include "runtime.h"
#include "verify.h"

#define PVM_VERSION "0.1.0"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: pvm [option] FILE.pyc [arg ...]\n"
            "       pvm -m MODULE [arg ...]\n"
            "Run a CPython 3.11 .pyc file, or a module found on sys.path as python3.11 -m\n"
            "does (a package runs its __main__).  Imports search the script's directory\n"
            "(the current one with -m), then the PVMPATH entries (':'-separated), for\n"
            "X.pyc, X/__init__.pyc, and X.py or X/__init__.py with an up-to-date\n"
            "__pycache__/X.cpython-311.pyc; sys, math, gc and importlib are built in.\n"
            "\n"
            "options:\n"
            "  -m MODULE       run MODULE (sys.argv[0] is its file)\n"
            "  --dis FILE.pyc  print the disassembly of FILE.pyc as dis.dis() does\n"
            "  --version       print the pvm version and the bytecode it runs\n"
            "  -h, --help      print this help\n");
}

static int load(const char *path, Arena *arena, Obj **code)
{
    PycHeader hdr;
    char err[512];
    if (pyc_load_file(path, arena, &hdr, code, err, sizeof err) < 0) {
        fprintf(stderr, "pvm: %s\n", err);
        return -1;
    }
    return 0;
}

/* What python3.11 does with an uncaught exception at exit: SystemExit
 * gives the exit status (its code printed if not an int), anything else is
 * printed as a traceback and gives status 1. */
static int handle_uncaught(Value exc)
{
    fflush(stdout);
    if (v_isinstance(exc, &pv_exc_SystemExit)) {
        Value code = ((PvException *)v_obj(exc))->value;
        if (code == V_NULL) {
            Value args = ((PvException *)v_obj(exc))->args;
            code = PV_TUPLE_LEN(args) == 0 ? V_NONE : PV_TUPLE_ITEMS(args)[0];
        }
        if (code == V_NONE)
            return 0;
        int64_t status;
        if (v_isinstance(code, &pv_int_type) && pv_int_as_i64(code, &status))
            return (int)(status & 0xff);
        Value s = pv_str(code);
        if (s != V_NULL) {
            size_t n;
            const char *u = pv_str_utf8(s, &n);
            fwrite(u, 1, n, stderr);
            fputc('\n', stderr);
        }
        return 1;
    }
    pv_print_exception(stderr, exc);
    return 1;
}

static Value absolute_path(const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        return pv_str_cstr(path);
    return pv_str_printf("%s/%s", cwd, path);
}

/* sys.path: the script's directory (or the current one for -m), then the
 * PVMPATH entries, as python3.11 does with PYTHONPATH */
static Value initial_path(const char *script)
{
    Value path = pv_list_new(0);
    char buf[PATH_MAX];
    if (script) {
        /* the directory of the file the script (symbolic link) resolves to */
        char *copy = pv_alloc_atomic(PATH_MAX + strlen(script) + 1);
        if (!realpath(script, copy))
            strcpy(copy, script);
        char *dir = dirname(copy);
        if (realpath(dir, buf))
            pv_list_append(path, pv_str_cstr(buf));
        else
            pv_list_append(path, absolute_path(dir));
    } else if (getcwd(buf, sizeof buf)) {
        pv_list_append(path, pv_str_cstr(buf));
    }
    const char *env = getenv("PVMPATH");
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n > 0)
            pv_list_append(path, pv_str_from_utf8(env, n));
        env = colon ? colon + 1 : NULL;
    }
    return path;
}

static void start_runtime(int argc, char **argv, const char *script)
{
    pv_gc_init();
    pv_num_init();
    pv_runtime_init();
    Value args = pv_list_new(0);
    for (int i = 0; i < argc; i++)
        pv_list_append(args, pv_str_cstr(argv[i]));
    pv_builtins_init(args);
    pv_sys_set_argv(args);
    pv_sys_set_path(initial_path(script));
    pv_import_init();
}

/* the __main__ module with the attributes python3.11 gives it, in its order */
static Value main_module(Value package, Value loader, Value spec, Value file, Value cached)
{
    Value m = pv_module_new(pv_s___main__);
    pv_dict_set(pv_sys_modules(), pv_s___main__, m);
    Value globals = ((PvModule *)v_obj(m))->dict;
    pv_dict_set(globals, pv_s___doc__, V_NONE);
    pv_dict_set(globals, pv_str_intern_cstr("__package__"), package);
    pv_dict_set(globals, pv_str_intern_cstr("__loader__"), loader);
    pv_dict_set(globals, pv_str_intern_cstr("__spec__"), spec);
    pv_dict_set(globals, pv_str_intern_cstr("__annotations__"), pv_dict_new());
    /* as CPython: the builtins module in __main__, its dict in other modules */
    pv_dict_set(globals, pv_s___builtins__, pv_mod_builtins_init());
    pv_dict_set(globals, pv_s___file__, file);
    pv_dict_set(globals, pv_str_intern_cstr("__cached__"), cached);
    return m;
}

static int finish(Value r)
{
    int status = 0;
    if (r == V_NULL)
        status = handle_uncaught(pv_err_fetch());
    pv_finalize_at_exit();
    /* DESIGN.md: at exit, flush open files (before stdout's check) */
    pv_files_flush_all();
    if (fflush(stdout) != 0 || ferror(stdout)) {
        /* python3.11 exits with 120 when flushing stdout fails at exit */
        fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                        "encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
        return 120;
    }
    return status;
}

static int cmd_run(const char *path, int argc, char **argv)
{
    Arena arena;
    arena_init(&arena);
    Obj *code = NULL;
    if (load(path, &arena, &code) < 0) {
        arena_free(&arena);
        return 1;
    }
    char err[512];
    if (pv_verify_code(code->u.code, err, sizeof err) < 0) {
        fprintf(stderr, "pvm: %s: %s\n", path, err);
        arena_free(&arena);
        return 1;
    }
    start_runtime(argc, argv, path);
    PvCode *co = pv_load_code(code->u.code);
    arena_free(&arena);
    Value file = absolute_path(path);
    Value m = main_module(V_NONE, pv_loader_new(pv_s___main__, pv_str_cstr(path), true), V_NONE, file,
                          V_NONE);
    return finish(pv_run_module(co, ((PvModule *)v_obj(m))->dict));
}

/* `pvm -m NAME`: runpy's _get_module_details / _run_module_as_main; errors
 * are python3.11's, prefixed "pvm: " where it names its executable */
static int module_error(Value msg)
{
    fflush(stdout);
    fprintf(stderr, "pvm: %s\n", pv_str_utf8(msg, &(size_t){0}));
    return 1;
}

static const char *u8(Value s) { return pv_str_utf8(s, &(size_t){0}); }

static Value exc_text(Value exc)
{
    Value s = pv_str(exc);
    if (s == V_NULL) {
        pv_err_clear();
        s = pv_str_cstr("<exception str() failed>");
    }
    return pv_str_printf("%s: %s", pv_type_name(exc), pv_str_utf8(s, &(size_t){0}));
}

/* python3.11 runs -m through runpy, whose frames ("<frozen runpy>") head
 * the traceback of an exception escaping the module or the import of its
 * parent package: prepend the same entries, innermost last */
static void add_runpy_frame(const char *function, int line)
{
    Value exc = pv_err_occurred();
    if (!exc || v_isinstance(exc, &pv_exc_SystemExit))
        return;
    PvException *e = (PvException *)v_obj(exc);
    PvCode *code = (PvCode *)pv_new_object(&pv_code_type, sizeof(PvCode));
    code->filename = pv_str_cstr("<frozen runpy>");
    code->name = pv_str_cstr(function);
    code->qualname = code->name;
    PvTraceback *tb = (PvTraceback *)pv_new_object(&pv_traceback_type, sizeof(PvTraceback));
    tb->next = e->traceback;
    tb->code = code;
    tb->lineno = line;
    e->traceback = v_from(tb);
}

/* an error while importing the parent package at `depth` (runpy's
 * _get_module_details recursing once per package __main__) */
static int parent_import_failed(int depth)
{
    add_runpy_frame("_get_module_details", 112);
    for (int i = 0; i < depth; i++)
        add_runpy_frame("_get_module_details", 148);
    add_runpy_frame("_run_module_as_main", 189);
    return finish(V_NULL);
}

static int cmd_module(const char *name_c, int argc, char **argv)
{
    start_runtime(argc, argv, NULL);
    /* while the module is looked for, sys.argv[0] is "-m", as in CPython */
    Value sys_argv = pv_getattr_cstr(pv_mod_sys_init(), "argv");
    if (sys_argv != V_NULL && v_is(sys_argv, &pv_list_type) && PV_LIST_LEN(sys_argv) > 0)
        PV_LIST_ITEMS(sys_argv)[0] = pv_str_cstr("-m");
    Value name = pv_str_cstr(name_c);
    if (name_c[0] == '.')
        return module_error(pv_str_cstr("Relative module names not supported"));
    if (!strcmp(name_c, "__main__"))
        return module_error(pv_str_cstr("Error while finding module specification for '__main__' "
                                        "(ValueError: __main__.__spec__ is None)"));
    PvFound f;
    for (int depth = 0;; depth++) {
        const char *dot = strrchr(pv_str_utf8(name, &(size_t){0}), '.');
        if (dot) {
            /* the parent is imported first; an ImportError about it is
             * reported by the search below, any other error is the program's */
            size_t n;
            const char *nm = pv_str_utf8(name, &n);
            Value pkg = pv_str_from_utf8(nm, (size_t)(dot - nm));
            if (pv_import(pkg, V_NULL, V_NULL, 0) == V_NULL) {
                Value e = pv_err_occurred();
                if (!v_isinstance(e, &pv_exc_ImportError))
                    return parent_import_failed(depth);
                Value en = ((PvException *)v_obj(e))->name;
                size_t en_n;
                const char *ens = en != V_NULL && v_is(en, &pv_str_type) ? pv_str_utf8(en, &en_n) : NULL;
                bool about_parent = ens && (pv_str_eq(en, pkg) || (strncmp(nm, ens, en_n) == 0 &&
                                                                    nm[en_n] == '.'));
                if (!about_parent)
                    return parent_import_failed(depth);
                pv_err_clear();
            }
        }
        int r = pv_import_find(name, &f);
        if (r < 0) {
            Value e = pv_err_fetch();
            if (!v_isinstance(e, &pv_exc_ImportError) && !v_isinstance(e, &pv_exc_AttributeError) &&
                !v_isinstance(e, &pv_exc_TypeError) && !v_isinstance(e, &pv_exc_ValueError)) {
                pv_err_set(e);
                return finish(V_NULL);
            }
            size_t n;
            const char *nm = pv_str_utf8(name, &n);
            if (n > 3 && !strcmp(nm + n - 3, ".py"))
                return module_error(pv_str_printf("Error while finding module specification for '%s' (%s). "
                                                  "Try using '%.*s' instead of '%s' as the module name.",
                                                  nm, u8(exc_text(e)), (int)(n - 3), nm, nm));
            return module_error(pv_str_printf("Error while finding module specification for '%s' (%s)",
                                              nm, u8(exc_text(e))));
        }
        if (r == 0) {
            if (depth > 0) {
                size_t n;
                const char *nm = pv_str_utf8(name, &n);
                Value pkg = pv_str_from_utf8(nm, n - strlen(".__main__"));
                return module_error(pv_str_printf(
                    "No module named %s; '%s' is a package and cannot be directly executed", nm, u8(pkg)));
            }
            return module_error(pv_str_printf("No module named %s", u8(name)));
        }
        if (r == 2)
            return module_error(pv_str_printf("No code object available for %s", u8(name)));
        if (f.search == V_NULL)
            break;
        size_t n;
        const char *nm = pv_str_utf8(name, &n);
        if (!strcmp(nm, "__main__") || (n >= 9 && !strcmp(nm + n - 9, ".__main__")))
            return module_error(pv_str_cstr("Cannot use package as __main__ module"));
        name = pv_str_printf("%s.__main__", nm);
    }
    if (f.pyc == V_NULL)
        return module_error(pv_str_printf("'%s' is a namespace package and cannot be executed", u8(name)));
    Value co = pv_import_load_code(name, &f);
    if (co == V_NULL) {
        Value e = pv_err_fetch();
        return module_error(pv_str(e));
    }
    Value loader = pv_loader_new(name, f.origin, f.sourceless);
    Value spec = pv_spec_new(name, loader, f.origin, V_NONE, f.cached, true);
    if (sys_argv != V_NULL && v_is(sys_argv, &pv_list_type) && PV_LIST_LEN(sys_argv) > 0)
        PV_LIST_ITEMS(sys_argv)[0] = f.origin;
    Value m = main_module(pv_getattr_cstr(spec, "parent"), loader, spec, f.origin, f.cached);
    if (pv_run_module((PvCode *)v_obj(co), ((PvModule *)v_obj(m))->dict) == V_NULL) {
        add_runpy_frame("_run_code", 88);
        add_runpy_frame("_run_module_as_main", 198);
        return finish(V_NULL);
    }
    return finish(V_NONE);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *a = argv[1];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(a, "--version")) {
        printf("pvm %s (CPython 3.11 bytecode, magic %d)\n", PVM_VERSION, PYC_MAGIC_NUMBER);
        return 0;
    }
    if (!strcmp(a, "--dis")) {
        if (argc != 3) {
            fprintf(stderr, "pvm: --dis takes exactly one FILE.pyc\n");
            return 2;
        }
        return dis_pyc_file("pvm", argv[2], stdout);
    }
    if (!strcmp(a, "-m")) {
        if (argc < 3) {
            fprintf(stderr, "Argument expected for the -m option\n");
            usage(stderr);
            return 2;
        }
        return cmd_module(argv[2], argc - 2, argv + 2);
    }
    if (a[0] == '-' && a[1] != '\0') {
        fprintf(stderr, "pvm: unknown option %s\n", a);
        usage(stderr);
        return 2;
    }
    return cmd_run(a, argc - 1, argv + 1);
}
