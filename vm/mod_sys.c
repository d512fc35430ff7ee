/* vm/mod_sys.c: the native `sys` module: argv, exit, the standard streams
 * (text and binary stream types over stdio), version facts, exc_info/exception,
 * the recursion limit and the int-string digit limit, sys.modules.
 * Not for importing (import.c) or the interpreter state itself (eval.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fileio.h"
#include "gen.h"
#include "modules.h"
#include "num.h"
#include "runtime.h"
#include "str.h"

/* ---- the standard streams over stdio ----
 * Text streams (TextIOWrapper as python3.11 shows them with
 * PYTHONIOENCODING=utf-8) and their .buffer (BufferedWriter/Reader), both
 * writing through the C FILE, so text, bytes, print()'s fast path and the
 * traceback printer (which all use stdio) stay in program order.  Files
 * opened by the program are fileio.c's. */
typedef struct PvStream {
    PvObject ob;
    FILE *fp;
    const char *name;   /* "<stdout>" */
    bool writable;
    bool closed;        /* close() was called (on the text stream: owner's) */
    bool line_buffering, line_buffering_set; /* set by reconfigure() */
    struct PvStream *owner; /* the text stream (itself, or its buffer's) */
    Value buffer;       /* the binary stream (a PvStream of bin_stream_type) */
} PvStream;

static PvType stream_type, bin_stream_type, bin_reader_type;
static PvStream *S(Value v) { return (PvStream *)v_obj(v); }
static bool closed(Value v) { return S(v)->owner->closed; }

static Value closed_error(void)
{
    pv_err_set_str(&pv_exc_ValueError, "I/O operation on closed file.");
    return V_NULL;
}

bool pv_sys_stream_closed(Value stream)
{
    return (v_is(stream, &stream_type) || v_is(stream, &bin_stream_type) ||
            v_is(stream, &bin_reader_type)) && closed(stream);
}

static Value stream_repr(Value v)
{
    PvStream *s = S(v);
    return pv_str_printf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s->name,
                         s->writable ? "w" : "r");
}

static Value bin_stream_repr(Value v)
{
    PvStream *s = S(v);
    return pv_str_printf("<_io.Buffered%s name='%s'>", s->writable ? "Writer" : "Reader", s->name);
}

static bool no_args(Value self, const char *fname, int argc, Value kwnames)
{
    const char *tname = v_is(self, &stream_type) ? "TextIOWrapper"
                        : S(self)->writable     ? "BufferedWriter"
                                                : "BufferedReader";
    if (kwnames != V_NULL && PV_TUPLE_LEN(kwnames) > 0) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes no keyword arguments", tname, fname);
        return false;
    }
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes no arguments (%d given)", tname, fname,
                      argc);
        return false;
    }
    return true;
}

static Value stream_write(Value self, int argc, const Value *argv, Value kwnames)
{
    PvStream *s = S(self);
    bool text = v_is(self, &stream_type);
    if (pv_no_kwargs("write", kwnames) < 0)
        return V_NULL;
    if (!text && !s->writable)
        return pv_unsupported("write");
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s.write() takes exactly one argument (%d given)",
                      text ? "TextIOWrapper" : "BufferedWriter", argc);
        return V_NULL;
    }
    const char *data;
    size_t n;
    int64_t count;
    if (text) {
        if (!v_is(argv[0], &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "write() argument must be str, not %s",
                          pv_type_name(argv[0]));
            return V_NULL;
        }
        count = pv_str_len(argv[0]);
        if (((PvStr *)v_obj(argv[0]))->ascii) {
            data = pv_str_utf8(argv[0], &n);
        } else {
            /* utf-8 with sys.stdout's errors (strict) or stderr's */
            Value errors = pv_str_cstr(s->fp == stderr ? "backslashreplace" : "strict");
            Value b = pv_str_encode(argv[0], V_NULL, errors);
            if (b == V_NULL)
                return V_NULL;
            data = (const char *)((PvBytes *)v_obj(b))->data;
            n = (size_t)((PvBytes *)v_obj(b))->len;
        }
    } else if (v_isinstance(argv[0], &pv_bytes_type)) {
        data = (const char *)((PvBytes *)v_obj(argv[0]))->data;
        count = ((PvBytes *)v_obj(argv[0]))->len;
        n = (size_t)count;
    } else if (v_isinstance(argv[0], &pv_bytearray_type)) {
        PvByteArray *b = (PvByteArray *)v_obj(argv[0]);
        data = b->data ? (const char *)b->data : "";
        count = b->len;
        n = (size_t)count;
    } else {
        pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    if (closed(self))
        return closed_error();
    if (!s->writable)
        return pv_unsupported("not writable");
    if (s->fp == stderr)
        fflush(stdout);
    fwrite(data, 1, n, s->fp);
    return pv_int_from_i64(count);
}

static Value stream_writelines(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("writelines", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "writelines() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    Value it = pv_iter(argv[0]);
    if (it == V_NULL)
        return V_NULL;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : V_NONE;
        if (stream_write(self, 1, &x, V_NULL) == V_NULL)
            return V_NULL;
    }
}

static Value stream_flush(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!no_args(self, "flush", argc, kwnames))
        return V_NULL;
    if (closed(self))
        return closed_error();
    fflush(S(self)->fp);
    return V_NONE;
}

/* the C stream stays open (pvm still writes tracebacks and flushes at
 * exit through it); the Python-level stream refuses further use */
static Value stream_close(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!no_args(self, "close", argc, kwnames))
        return V_NULL;
    fflush(S(self)->fp);
    S(self)->owner->closed = true;
    return V_NONE;
}

static Value stream_reconfigure(Value self, int argc, const Value *argv, Value kwnames)
{
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering",
                                        "write_through"};
    Value a[5];
    if (argc - (kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames)) > 0) {
        pv_err_set_str(&pv_exc_TypeError, "reconfigure() takes no positional arguments");
        return V_NULL;
    }
    if (pv_parse_args("reconfigure", argc, argv, kwnames, "|$OOOOO", names, a) < 0)
        return V_NULL;
    /* pvm's streams are utf-8 only: other settings are accepted and kept
     * where they show (line_buffering) */
    if (a[3] && a[3] != V_NONE) {
        int t = pv_truth(a[3]);
        if (t < 0)
            return V_NULL;
        S(self)->line_buffering = t;
        S(self)->line_buffering_set = true;
    }
    return V_NONE;
}

/* bytes up to and including a newline (all of them when !line), at most
 * limit (< 0: any) */
static Value read_bytes(FILE *fp, bool line, int64_t limit)
{
    if (line && limit < 0) {
        static char *lbuf; /* getline's buffer, reused */
        static size_t lcap;
        ssize_t n = getline(&lbuf, &lcap, fp);
        return pv_bytes(n > 0 ? lbuf : "", n > 0 ? (size_t)n : 0);
    }
    char *acc = NULL;
    size_t len = 0, cap = 0;
    if (!line) {
        for (;;) {
            size_t want = limit < 0 ? 65536 : (size_t)limit - len;
            if (want == 0)
                break;
            if (len + want > cap) {
                cap = len + want;
                acc = realloc(acc, cap);
                if (!acc)
                    return pv_err_no_memory();
            }
            size_t got = fread(acc + len, 1, want, fp);
            len += got;
            if (got < want)
                break;
        }
        Value r = pv_bytes(acc ? acc : "", len);
        free(acc);
        return r;
    }
    int c;
    while ((int64_t)len < limit && (c = getc(fp)) != EOF) {
        if (len + 2 > cap) {
            cap = cap ? cap * 2 : 256;
            acc = pv_realloc(acc, cap);
        }
        acc[len++] = (char)c;
        if (c == '\n')
            break;
    }
    return pv_bytes(acc ? acc : "", len);
}

static Value stream_read_common(Value self, int argc, const Value *argv, Value kwnames, bool line)
{
    PvStream *s = S(self);
    bool text = v_is(self, &stream_type);
    const char *fname = line ? "readline" : "read";
    if (pv_no_kwargs(fname, kwnames) < 0)
        return V_NULL;
    if (argc > 1) {
        pv_err_format(&pv_exc_TypeError, "%s expected at most 1 argument, got %d", fname, argc);
        return V_NULL;
    }
    if (closed(self)) {
        if (text)
            return closed_error();
        pv_err_set_str(&pv_exc_ValueError, line ? "readline of closed file" : "read of closed file");
        return V_NULL;
    }
    if (s->writable)
        return pv_unsupported(text ? "not readable" : "read");
    int64_t limit = -1;
    if (argc == 1 && argv[0] != V_NONE && pv_index(argv[0], &limit) < 0)
        return V_NULL;
    if (text && limit >= 0 && !line) {
        /* characters, not bytes: read whole utf-8 sequences */
        PvStrBuf b;
        pv_sb_init(&b);
        for (int64_t i = 0; i < limit; i++) {
            Value one = read_bytes(s->fp, false, 1);
            int64_t n = ((PvBytes *)v_obj(one))->len;
            if (n == 0)
                break;
            uint8_t lead = ((PvBytes *)v_obj(one))->data[0];
            int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
            Value rest = read_bytes(s->fp, false, more);
            Value all = pv_binop(one, rest, PV_NB_ADD);
            Value str = all == V_NULL ? V_NULL
                                      : pv_str_decode(((PvBytes *)v_obj(all))->data,
                                                      ((PvBytes *)v_obj(all))->len, V_NULL, V_NULL);
            if (str == V_NULL)
                return V_NULL;
            pv_sb_str(&b, str);
        }
        return pv_sb_finish(&b);
    }
    Value bytes = read_bytes(s->fp, line, text ? -1 : limit);
    if (!text)
        return bytes;
    return pv_str_decode(((PvBytes *)v_obj(bytes))->data, ((PvBytes *)v_obj(bytes))->len,
                         V_NULL, V_NULL);
}

static Value stream_read(Value self, int argc, const Value *argv, Value kwnames)
{
    return stream_read_common(self, argc, argv, kwnames, false);
}

static Value stream_readline(Value self, int argc, const Value *argv, Value kwnames)
{
    return stream_read_common(self, argc, argv, kwnames, true);
}

static Value stream_readlines(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!no_args(self, "readlines", argc, kwnames))
        return V_NULL;
    Value list = pv_list_new(0);
    for (;;) {
        Value line = stream_read_common(self, 0, NULL, V_NULL, true);
        if (line == V_NULL)
            return V_NULL;
        if (pv_len(line) == 0)
            return list;
        pv_list_append(list, line);
    }
}

static Value stream_readable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return no_args(self, "readable", argc, kwnames) ? v_bool(!S(self)->writable) : V_NULL;
}

static Value stream_writable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return no_args(self, "writable", argc, kwnames) ? v_bool(S(self)->writable) : V_NULL;
}

static Value stream_fileno(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return no_args(self, "fileno", argc, kwnames) ? pv_int_from_i64(fileno(S(self)->fp)) : V_NULL;
}

static Value stream_isatty(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return no_args(self, "isatty", argc, kwnames) ? v_bool(isatty(fileno(S(self)->fp))) : V_NULL;
}

static bool fp_seekable(FILE *fp) { return lseek(fileno(fp), 0, SEEK_CUR) >= 0; }

static Value stream_seekable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return no_args(self, "seekable", argc, kwnames) ? v_bool(fp_seekable(S(self)->fp)) : V_NULL;
}

/* pipes and terminals cannot seek; a redirected file could, which pvm
 * does not follow (the stdio position is not the text layer's) */
static Value stream_seek_tell(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argc;
    (void)argv;
    (void)kwnames;
    return pv_unsupported("underlying stream is not seekable");
}

static Value stream_iter(Value self) { return self; }

static Value stream_next(Value self)
{
    Value line = stream_read_common(self, 0, NULL, V_NULL, true);
    if (line == V_NULL || pv_len(line) == 0)
        return V_NULL;
    return line;
}

static Value stream_getattr(Value self, Value name)
{
    PvStream *s = S(self);
    bool text = v_is(self, &stream_type);
    if (pv_str_eq_cstr(name, "name"))
        return pv_str_cstr(s->name);
    if (pv_str_eq_cstr(name, "mode"))
        return pv_str_cstr(text ? (s->writable ? "w" : "r") : (s->writable ? "wb" : "rb"));
    if (pv_str_eq_cstr(name, "closed"))
        return v_bool(closed(self));
    if (!text)
        return V_NULL;
    if (pv_str_eq_cstr(name, "encoding"))
        return pv_str_cstr("utf-8");
    if (pv_str_eq_cstr(name, "errors"))
        return pv_str_cstr(s->fp == stderr ? "backslashreplace" : "strict");
    if (pv_str_eq_cstr(name, "line_buffering"))
        return v_bool(s->line_buffering_set ? s->line_buffering
                                            : s->fp == stderr || (s->fp == stdout && isatty(fileno(stdout))));
    if (pv_str_eq_cstr(name, "newlines"))
        return V_NONE;
    if (pv_str_eq_cstr(name, "buffer"))
        return s->buffer;
    return V_NULL;
}

static const PvMethodDef stream_methods[] = {
    {"write", stream_write, 0},         {"writelines", stream_writelines, 0},
    {"flush", stream_flush, 0},         {"readline", stream_readline, 0},
    {"read", stream_read, 0},           {"readlines", stream_readlines, 0},
    {"readable", stream_readable, 0},   {"writable", stream_writable, 0},
    {"fileno", stream_fileno, 0},       {"isatty", stream_isatty, 0},
    {"seekable", stream_seekable, 0},   {"seek", stream_seek_tell, 0},
    {"tell", stream_seek_tell, 0},      {"close", stream_close, 0},
    {"reconfigure", stream_reconfigure, 0}, {NULL, NULL, 0},
};

static PvType stream_type = {.ob = {&pv_type_type}, .name = "_io.TextIOWrapper",
                             .base = &pv_object_type, .repr = stream_repr,
                             .iter = stream_iter, .next = stream_next,
                             .getattr = stream_getattr, .methods = stream_methods};
static PvType bin_stream_type = {.ob = {&pv_type_type}, .name = "_io.BufferedWriter",
                                 .base = &pv_object_type, .repr = bin_stream_repr,
                                 .iter = stream_iter, .next = stream_next,
                                 .getattr = stream_getattr, .methods = stream_methods};
static PvType bin_reader_type = {.ob = {&pv_type_type}, .name = "_io.BufferedReader",
                                 .base = &pv_object_type, .repr = bin_stream_repr,
                                 .iter = stream_iter, .next = stream_next,
                                 .getattr = stream_getattr, .methods = stream_methods};

static Value new_stream(FILE *fp, const char *name, bool writable)
{
    PvStream *s = (PvStream *)pv_new_object(&stream_type, sizeof(PvStream));
    s->fp = fp;
    s->name = name;
    s->writable = writable;
    s->owner = s;
    PvStream *b = (PvStream *)pv_new_object(&bin_stream_type, sizeof(PvStream));
    *b = *s;
    b->ob.type = writable ? &bin_stream_type : &bin_reader_type;
    s->buffer = v_from(b);
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

static Value sys_module, sys_modules, sys_argv = V_NULL, sys_path = V_NULL;

void pv_sys_set_argv(Value argv_list) { sys_argv = argv_list; }
void pv_sys_set_path(Value path_list) { sys_path = path_list; }

/* sys.path as the program left it (it may rebind the attribute) */
Value pv_sys_path(void)
{
    if (sys_module != V_NULL) {
        Value p = pv_dict_get_str(((PvModule *)v_obj(sys_module))->dict, pv_str_intern_cstr("path"));
        if (p != V_NULL)
            return p;
    }
    return sys_path;
}

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
    set(d, "path", sys_path != V_NULL ? sys_path : pv_list_new(0));
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
