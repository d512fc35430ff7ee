/* vm/mod_sys.c: the native `sys` module: argv, exit, the standard streams
 * (a small text-file type over stdio), version facts, exc_info/exception,
 * the recursion limit and the int-string digit limit, sys.modules.
 * Not for importing (import.c) or the interpreter state itself (eval.c).
 */
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "modules.h"
#include "num.h"
#include "runtime.h"

/* ---- text streams over stdio ---- */
typedef struct PvStream {
    PvObject ob;
    FILE *fp;
    const char *name;   /* "<stdout>" */
    bool writable;
} PvStream;

static Value stream_repr(Value v)
{
    PvStream *s = (PvStream *)v_obj(v);
    return pv_str_printf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s->name,
                         s->writable ? "w" : "r");
}

static Value stream_write(Value self, int argc, const Value *argv, Value kwnames)
{
    PvStream *s = (PvStream *)v_obj(self);
    if (pv_no_kwargs("write", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "TextIOWrapper.write() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    if (!v_is(argv[0], &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "write() argument must be str, not %s",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    if (!s->writable) {
        pv_err_set_str(&pv_exc_OSError, "not writable");
        return V_NULL;
    }
    if (s->fp == stderr)
        fflush(stdout);
    size_t n;
    const char *u = pv_str_utf8(argv[0], &n);
    fwrite(u, 1, n, s->fp);
    return pv_int_from_i64(pv_str_len(argv[0]));
}

static Value stream_flush(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (argc || pv_no_kwargs("flush", kwnames) < 0) {
        if (argc)
            pv_err_format(&pv_exc_TypeError, "TextIOWrapper.flush() takes no arguments (%d given)",
                          argc);
        return V_NULL;
    }
    fflush(((PvStream *)v_obj(self))->fp);
    return V_NONE;
}

static Value read_line(FILE *fp)
{
    char buf[4096];
    size_t len = 0, cap = 0;
    char *acc = NULL;
    while (fgets(buf, sizeof buf, fp)) {
        size_t n = strlen(buf);
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            acc = pv_realloc(acc, cap);
        }
        memcpy(acc + len, buf, n);
        len += n;
        if (n && buf[n - 1] == '\n')
            break;
    }
    return pv_str_from_utf8(acc ? acc : "", len);
}

static Value stream_readline(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc;
    (void)argv;
    (void)kwnames;
    return read_line(((PvStream *)v_obj(self))->fp);
}

static Value stream_read(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc;
    (void)argv;
    (void)kwnames;
    FILE *fp = ((PvStream *)v_obj(self))->fp;
    char *acc = NULL;
    size_t len = 0, cap = 0;
    int c;
    while ((c = getc(fp)) != EOF) {
        if (len + 2 > cap) {
            cap = cap ? cap * 2 : 256;
            acc = pv_realloc(acc, cap);
        }
        acc[len++] = (char)c;
    }
    return pv_str_from_utf8(acc ? acc : "", len);
}

static Value stream_readable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc;
    (void)argv;
    (void)kwnames;
    return v_bool(!((PvStream *)v_obj(self))->writable);
}

static Value stream_writable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc;
    (void)argv;
    (void)kwnames;
    return v_bool(((PvStream *)v_obj(self))->writable);
}

static Value stream_iter(Value self) { return self; }

static Value stream_next(Value self)
{
    Value line = read_line(((PvStream *)v_obj(self))->fp);
    if (pv_str_len(line) == 0)
        return V_NULL;
    return line;
}

static const PvMethodDef stream_methods[] = {
    {"write", stream_write, 0},       {"flush", stream_flush, 0},
    {"readline", stream_readline, 0}, {"read", stream_read, 0},
    {"readable", stream_readable, 0}, {"writable", stream_writable, 0},
    {NULL, NULL, 0},
};

static PvType stream_type = {.ob = {&pv_type_type}, .name = "_io.TextIOWrapper",
                             .base = &pv_object_type, .repr = stream_repr,
                             .iter = stream_iter, .next = stream_next,
                             .methods = stream_methods};

static Value new_stream(FILE *fp, const char *name, bool writable)
{
    PvStream *s = (PvStream *)pv_new_object(&stream_type, sizeof(PvStream));
    s->fp = fp;
    s->name = name;
    s->writable = writable;
    return v_from(s);
}

/* ---- version_info: a tuple with named fields ---- */
static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

static Value vi_getattr(Value self, Value name)
{
    for (int i = 0; i < 5; i++)
        if (pv_str_eq_cstr(name, vi_fields[i]))
            return PV_TUPLE_ITEMS(self)[i];
    return V_NULL;
}

static Value vi_repr(Value self)
{
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, "sys.version_info(");
    for (int i = 0; i < 5; i++) {
        if (i)
            pv_sb_ascii(&b, ", ");
        pv_sb_ascii(&b, vi_fields[i]);
        pv_sb_ascii(&b, "=");
        Value r = pv_repr(PV_TUPLE_ITEMS(self)[i]);
        if (r == V_NULL)
            return V_NULL;
        pv_sb_str(&b, r);
    }
    pv_sb_ascii(&b, ")");
    return pv_sb_finish(&b);
}

static PvType version_info_type = {.ob = {&pv_type_type}, .name = "sys.version_info",
                                   .base = &pv_tuple_type, .repr = vi_repr,
                                   .getattr = vi_getattr};

/* ---- functions ---- */
static Value sys_exit(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("exit", kwnames) < 0)
        return V_NULL;
    if (argc > 1) {
        pv_err_format(&pv_exc_TypeError, "exit expected at most 1 argument, got %d", argc);
        return V_NULL;
    }
    Value args = pv_tuple_from(argc, argv);
    pv_err_set(pv_exc_new(&pv_exc_SystemExit, args));
    return V_NULL;
}

static Value sys_exc_info(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argc;
    (void)argv;
    (void)kwnames;
    Value e = pv_handled_exception();
    Value t = pv_tuple_new(3);
    if (e == V_NULL)
        return t; /* (None, None, None) */
    PV_TUPLE_ITEMS(t)[0] = v_from(pv_type(e));
    PV_TUPLE_ITEMS(t)[1] = e;
    Value tb = ((PvException *)v_obj(e))->traceback;
    PV_TUPLE_ITEMS(t)[2] = tb == V_NULL ? V_NONE : tb;
    return t;
}

static Value sys_exception(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argc;
    (void)argv;
    (void)kwnames;
    Value e = pv_handled_exception();
    return e == V_NULL ? V_NONE : e;
}

static Value sys_getrecursionlimit(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argc;
    (void)argv;
    (void)kwnames;
    return pv_int_from_i64(pv_recursion_limit);
}

static Value sys_setrecursionlimit(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("setrecursionlimit", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "setrecursionlimit() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    if (!v_isinstance(argv[0], &pv_int_type)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    int64_t n;
    if (!pv_int_as_i64(argv[0], &n) || n > 0x7fffffff) {
        pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C int");
        return V_NULL;
    }
    if (n < 1) {
        pv_err_set_str(&pv_exc_ValueError, "recursion limit must be greater or equal than 1");
        return V_NULL;
    }
    pv_recursion_limit = (int)n;
    return V_NONE;
}

static Value sys_get_int_max_str_digits(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argc;
    (void)argv;
    (void)kwnames;
    return pv_int_from_i64(pv_int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"maxdigits"};
    Value v;
    if (pv_parse_args("set_int_max_str_digits", argc, argv, kwnames, "O", names, &v) < 0)
        return V_NULL;
    int64_t n;
    if (!v_isinstance(v, &pv_int_type) || !pv_int_as_i64(v, &n)) {
        pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      pv_type_name(v));
        return V_NULL;
    }
    if (n != 0 && n < 640) {
        pv_err_set_str(&pv_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return V_NULL;
    }
    pv_int_max_str_digits = (int)n;
    return V_NONE;
}

static Value sys_intern(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("intern", kwnames) < 0)
        return V_NULL;
    if (argc != 1 || !v_is(argv[0], &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "intern() argument must be str, not %s",
                      argc ? pv_type_name(argv[0]) : "nothing");
        return V_NULL;
    }
    return pv_str_intern(argv[0]);
}

static Value sys_module, sys_modules, sys_argv = V_NULL;

void pv_sys_set_argv(Value argv_list) { sys_argv = argv_list; }

Value pv_sys_modules(void)
{
    if (sys_modules == V_NULL)
        sys_modules = pv_dict_new();
    return sys_modules;
}

static void set(Value d, const char *name, Value v) { pv_dict_set(d, pv_str_intern_cstr(name), v); }

static void set_fn(Value d, const char *name, PvCFunc fn)
{
    set(d, name, pv_builtin_new(name, fn, sys_module, NULL));
}

Value pv_mod_sys_init(void)
{
    if (sys_module != V_NULL)
        return sys_module;
    sys_module = pv_module_new(pv_str_intern_cstr("sys"));
    Value d = ((PvModule *)v_obj(sys_module))->dict;
    set(d, "argv", sys_argv != V_NULL ? sys_argv : pv_list_new(0));
    set(d, "stdout", new_stream(stdout, "<stdout>", true));
    set(d, "stderr", new_stream(stderr, "<stderr>", true));
    set(d, "stdin", new_stream(stdin, "<stdin>", false));
    set(d, "__stdout__", pv_dict_get_str(d, pv_str_intern_cstr("stdout")));
    set(d, "__stderr__", pv_dict_get_str(d, pv_str_intern_cstr("stderr")));
    set(d, "__stdin__", pv_dict_get_str(d, pv_str_intern_cstr("stdin")));
    Value vi = pv_tuple_new(5);
    PV_TUPLE_ITEMS(vi)[0] = v_from_small(3);
    PV_TUPLE_ITEMS(vi)[1] = v_from_small(11);
    PV_TUPLE_ITEMS(vi)[2] = v_from_small(2);
    PV_TUPLE_ITEMS(vi)[3] = pv_str_cstr("final");
    PV_TUPLE_ITEMS(vi)[4] = v_from_small(0);
    v_obj(vi)->type = &version_info_type;
    set(d, "version_info", vi);
    set(d, "version", pv_str_cstr("3.11.2 (pvm)"));
    set(d, "hexversion", pv_int_from_i64(0x030b02f0));
    set(d, "maxsize", pv_int_from_i64(sizeof(void *) == 8 ? INT64_MAX : INT32_MAX));
    set(d, "byteorder", pv_str_cstr("little"));
    set(d, "platform", pv_str_cstr("linux"));
    set(d, "implementation_name", pv_str_cstr("pvm"));
    Value names = pv_tuple_new(4);
    PV_TUPLE_ITEMS(names)[0] = pv_str_cstr("builtins");
    PV_TUPLE_ITEMS(names)[1] = pv_str_cstr("gc");
    PV_TUPLE_ITEMS(names)[2] = pv_str_cstr("math");
    PV_TUPLE_ITEMS(names)[3] = pv_str_cstr("sys");
    set(d, "builtin_module_names", names);
    set(d, "modules", pv_sys_modules());
    set_fn(d, "exit", sys_exit);
    set_fn(d, "exc_info", sys_exc_info);
    set_fn(d, "exception", sys_exception);
    set_fn(d, "getrecursionlimit", sys_getrecursionlimit);
    set_fn(d, "setrecursionlimit", sys_setrecursionlimit);
    set_fn(d, "get_int_max_str_digits", sys_get_int_max_str_digits);
    set_fn(d, "set_int_max_str_digits", sys_set_int_max_str_digits);
    set_fn(d, "intern", sys_intern);
    set_fn(d, "set_asyncgen_hooks", pv_sys_set_asyncgen_hooks);
    set_fn(d, "get_asyncgen_hooks", pv_sys_get_asyncgen_hooks);
    pv_dict_set(pv_sys_modules(), pv_str_intern_cstr("sys"), sys_module);
    return sys_module;
}
