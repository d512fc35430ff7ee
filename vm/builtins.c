/* vm/builtins.c: the builtins module of CPython 3.11 as far as the pvm core
 * goes: the constants, the built-in types and exception types by name, and
 * the built-in functions with CPython's argument handling and messages.
 * Class machinery (__build_class__, super, property...) and imports
 * belong to the data-model issue; eval/exec/compile cannot exist in pvm.
 */
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "fileio.h"
#include "gen.h"
#include "iter.h"
#include "modules.h"
#include "num.h"
#include "runtime.h"
#include "classes.h"
#include "str.h"

/* ------------------------------------------------------------------ */
/* argument parsing as Argument Clinic does it                          */

/* CPython's clinic functions report argument errors in their own words
 * ("'x' is an invalid keyword argument for pow()"), which differ from
 * pv_parse_args' PyArg_ParseTupleAndKeywords style; builtins must match
 * them byte for byte, so this follows _PyArg_UnpackKeywords. */
typedef struct Parser {
    const char *fname;
    const char *const *names; /* nparams entries; the first posonly may be NULL */
    int nparams, posonly, minpos, maxpos;
    bool varargs;             /* extra positionals are the caller's: no total check */
} Parser;

static int nkwargs(Value kwnames) { return kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames); }

/* index of `name` among kwnames, or -1 */
static int find_kw(Value kwnames, const char *name)
{
    for (int k = 0; k < nkwargs(kwnames); k++)
        if (pv_str_eq_cstr(PV_TUPLE_ITEMS(kwnames)[k], name))
            return k;
    return -1;
}

/* argv holds nargs positionals then the keyword values named by kwnames;
 * out receives nparams values, V_NULL where absent. */
static int unpack(const Parser *p, int nargs, const Value *argv, Value kwnames, Value *out)
{
    int nkw = nkwargs(kwnames);
    for (int i = 0; i < p->nparams; i++)
        out[i] = V_NULL;
    if (!p->varargs && nargs + nkw > p->nparams) {
        pv_err_format(&pv_exc_TypeError, "%s() takes at most %d %sargument%s (%d given)",
                      p->fname, p->nparams, nargs == 0 ? "keyword " : "",
                      p->nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > p->maxpos) {
        if (p->maxpos == 0)
            pv_err_format(&pv_exc_TypeError, "%s() takes no positional arguments", p->fname);
        else
            pv_err_format(&pv_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                          p->fname, p->minpos < p->maxpos ? "at most" : "exactly", p->maxpos,
                          p->maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    int minposonly = p->posonly < p->minpos ? p->posonly : p->minpos;
    if (nargs < minposonly) {
        pv_err_format(&pv_exc_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                      p->fname, minposonly < p->maxpos ? "at least" : "exactly", minposonly,
                      minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++)
        out[i] = argv[i];
    int used = 0;
    for (int i = nargs > p->posonly ? nargs : p->posonly; i < p->nparams; i++) {
        int k = find_kw(kwnames, p->names[i]);
        if (k >= 0) {
            out[i] = argv[nargs + k];
            used++;
        } else if (i < p->minpos) {
            pv_err_format(&pv_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                          p->fname, p->names[i], i + 1);
            return -1;
        }
    }
    if (used == nkw)
        return 0;
    for (int i = p->posonly; i < nargs; i++)
        if (find_kw(kwnames, p->names[i]) >= 0) {
            pv_err_format(&pv_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)", p->fname,
                          p->names[i], i + 1);
            return -1;
        }
    for (int k = 0; k < nkw; k++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[k];
        bool known = false;
        for (int i = p->posonly; i < p->nparams && !known; i++)
            known = pv_str_eq_cstr(name, p->names[i]);
        if (!known) {
            pv_err_format(&pv_exc_TypeError, "'%S' is an invalid keyword argument for %s()",
                          name, p->fname);
            return -1;
        }
    }
    return 0;
}

/* METH_O: "len() takes exactly one argument (2 given)" */
static bool one_arg(const char *fname, int argc, Value kwnames)
{
    if (pv_no_kwargs(fname, kwnames) < 0)
        return false;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s() takes exactly one argument (%d given)", fname,
                      argc);
        return false;
    }
    return true;
}

/* METH_NOARGS: "globals() takes no arguments (1 given)" */
static bool no_args(const char *fname, int argc, Value kwnames)
{
    if (pv_no_kwargs(fname, kwnames) < 0)
        return false;
    if (argc != 0) {
        pv_err_format(&pv_exc_TypeError, "%s() takes no arguments (%d given)", fname, argc);
        return false;
    }
    return true;
}

/* _PyArg_CheckPositional after a no-keywords check:
 * "divmod expected 2 arguments, got 1" */
static bool positional(const char *fname, int argc, Value kwnames, int min, int max)
{
    if (pv_no_kwargs(fname, kwnames) < 0)
        return false;
    if (argc < min || argc > max) {
        int n = argc < min ? min : max;
        pv_err_format(&pv_exc_TypeError, "%s expected %s%d argument%s, got %d", fname,
                      min == max ? "" : argc < min ? "at least " : "at most ", n,
                      n == 1 ? "" : "s", argc);
        return false;
    }
    return true;
}

static bool is_str(Value v) { return v_isinstance(v, &pv_str_type); }
static bool is_type(Value v) { return v_isinstance(v, &pv_type_type); }

/* 1 int (or bool), 2 float, 3 complex, 0 anything else */
static int num_kind(Value v)
{
    if (pv_is_int(v))
        return 1;
    if (v_isinstance(v, &pv_float_type))
        return 2;
    if (v_isinstance(v, &pv_complex_type))
        return 3;
    return 0;
}

/* bools as the plain ints the numeric helpers expect */
static Value as_plain_int(Value v)
{
    if (v == V_TRUE)
        return v_from_small(1);
    if (v == V_FALSE)
        return v_from_small(0);
    return v;
}

static Value not_an_integer(Value v)
{
    pv_err_format(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  pv_type_name(v));
    return V_NULL;
}

static bool check_attr_name(Value name)
{
    if (is_str(name))
        return true;
    pv_err_format(&pv_exc_TypeError, "attribute name must be string, not '%s'",
                  pv_type_name(name));
    return false;
}

/* ------------------------------------------------------------------ */
/* print and input                                                      */

/* Writes str(v) to the C stdout (file V_NULL) or through file.write, as
 * PyFile_WriteObject does: the write method is looked up first. */
static int write_obj(Value file, Value v)
{
    if (file != V_NULL && v_is(file, &pv_textio_type)) {
        Value s = pv_str(v);
        return s == V_NULL ? -1 : pv_textio_write(file, s);
    }
    if (file != V_NULL) {
        Value w = pv_getattr_cstr(file, "write");
        if (w == V_NULL)
            return -1;
        Value s = pv_str(v);
        if (s == V_NULL)
            return -1;
        return pv_call1(w, s) == V_NULL ? -1 : 0;
    }
    if (v_is_small(v)) {
        /* print(i) is the hottest path of many programs: no allocation */
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%" PRIdPTR, v_small(v));
        fwrite(buf, 1, (size_t)n, stdout);
        return 0;
    }
    Value s = pv_str(v);
    if (s == V_NULL)
        return -1;
    PvStr *ps = (PvStr *)v_obj(s);
    if (ps->ascii) {
        fwrite(ps->data, 1, (size_t)ps->len, stdout);
    } else {
        /* strict utf-8, as sys.stdout: lone surrogates raise */
        Value b = pv_str_encode(s, V_NULL, V_NULL);
        if (b == V_NULL)
            return -1;
        fwrite(((PvBytes *)v_obj(b))->data, 1, (size_t)((PvBytes *)v_obj(b))->len, stdout);
    }
    return 0;
}

static int write_cstr(Value file, const char *s)
{
    if (file == V_NULL) {
        fputs(s, stdout);
        return 0;
    }
    return write_obj(file, pv_str_cstr(s));
}

/* sys.stdout as print() sees it: *file V_NULL means the C stdout (sys not
 * imported, or sys.stdout still the stream over it, which writes there
 * anyway); false when print has nothing to do (sys.stdout is None) or
 * failed */
static bool print_target(Value *file)
{
    *file = V_NULL;
    Value sys = pv_dict_get_str(pv_sys_modules(), pv_str_intern_cstr("sys"));
    if (sys == V_NULL || !v_is(sys, &pv_module_type))
        return true;
    Value d = ((PvModule *)v_obj(sys))->dict;
    Value out = pv_dict_get_str(d, pv_str_intern_cstr("stdout"));
    if (out == V_NULL) {
        pv_err_set_str(&pv_exc_RuntimeError, "lost sys.stdout");
        return false;
    }
    if (out == V_NONE)
        return false;
    if (out != pv_dict_get_str(d, pv_str_intern_cstr("__stdout__")) || pv_sys_stream_closed(out))
        *file = out;
    return true;
}

static const char *const print_names[] = {"sep", "end", "file", "flush"};
static const Parser print_parser = {"print", print_names, 4, 0, 0, 0, true};

static Value bi_print(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    int nargs = argc - nkwargs(kwnames);
    Value kw[4] = {V_NULL, V_NULL, V_NULL, V_NULL};
    if (kwnames != V_NULL && unpack(&print_parser, 0, argv + nargs, kwnames, kw) < 0)
        return V_NULL;
    Value sep = kw[0], end = kw[1], file = kw[2], flush = kw[3];
    if ((file == V_NULL || file == V_NONE) && !print_target(&file))
        return pv_err_occurred() ? V_NULL : V_NONE;
    if (sep == V_NONE)
        sep = V_NULL;
    else if (sep != V_NULL && !is_str(sep)) {
        pv_err_format(&pv_exc_TypeError, "sep must be None or a string, not %s",
                      pv_type_name(sep));
        return V_NULL;
    }
    if (end == V_NONE)
        end = V_NULL;
    else if (end != V_NULL && !is_str(end)) {
        pv_err_format(&pv_exc_TypeError, "end must be None or a string, not %s",
                      pv_type_name(end));
        return V_NULL;
    }
    for (int i = 0; i < nargs; i++) {
        if (i > 0 && (sep == V_NULL ? write_cstr(file, " ") : write_obj(file, sep)) < 0)
            return V_NULL;
        if (write_obj(file, argv[i]) < 0)
            return V_NULL;
    }
    if ((end == V_NULL ? write_cstr(file, "\n") : write_obj(file, end)) < 0)
        return V_NULL;
    if (flush != V_NULL) {
        int t = pv_truth(flush);
        if (t < 0)
            return V_NULL;
        if (t) {
            if (file == V_NULL) {
                fflush(stdout);
            } else {
                Value f = pv_getattr_cstr(file, "flush");
                if (f == V_NULL || pv_call0(f) == V_NULL)
                    return V_NULL;
            }
        }
    }
    return V_NONE;
}

/* exit() and quit() close sys.stdin before raising SystemExit, so a
 * program that catches it reads no more input */
static bool stdin_closed;

/* sys.<name>, V_NULL when sys was never imported; *real tells whether it
 * is still sys.__<name>__ (the C stream, which pvm reads and writes
 * directly) */
static Value sys_stream(const char *name, const char *orig, bool *real)
{
    *real = true;
    Value sys = pv_dict_get_str(pv_sys_modules(), pv_str_intern_cstr("sys"));
    if (sys == V_NULL || !v_is(sys, &pv_module_type))
        return V_NULL;
    Value d = ((PvModule *)v_obj(sys))->dict;
    Value v = pv_dict_get_str(d, pv_str_intern_cstr(name));
    *real = v != V_NULL && v == pv_dict_get_str(d, pv_str_intern_cstr(orig));
    return v == V_NULL ? V_NONE : v;
}

static void call_flush(Value file)
{
    Value f = pv_getattr_cstr(file, "flush");
    if (f == V_NULL || pv_call0(f) == V_NULL)
        pv_err_clear();
}

/* input() on a replaced sys.stdin: its readline(), as PyFile_GetLine */
static Value input_readline(Value fin)
{
    Value m = pv_getattr_cstr(fin, "readline");
    Value line = m == V_NULL ? V_NULL : pv_call0(m);
    if (line == V_NULL)
        return V_NULL;
    bool str = v_isinstance(line, &pv_str_type);
    if (!str && !v_isinstance(line, &pv_bytes_type)) {
        pv_err_set_str(&pv_exc_TypeError, "object.readline() returned non-string");
        return V_NULL;
    }
    int64_t n = pv_len(line);
    if (n == 0) {
        pv_err_set_str(&pv_exc_EOFError, "EOF when reading a line");
        return V_NULL;
    }
    bool nl = str ? pv_str_char(line, n - 1) == '\n' : ((PvBytes *)v_obj(line))->data[n - 1] == '\n';
    if (!nl)
        return line;
    Value stop = pv_int_from_i64(n - 1);
    return pv_getitem(line, pv_slice_new(V_NONE, stop, V_NONE));
}

static Value bi_input(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("input", argc, kwnames, 0, 1))
        return V_NULL;
    bool real_in, real_out, real_err;
    Value fin = sys_stream("stdin", "__stdin__", &real_in);
    Value fout = sys_stream("stdout", "__stdout__", &real_out);
    Value ferr = sys_stream("stderr", "__stderr__", &real_err);
    if (fin == V_NONE) {
        pv_err_set_str(&pv_exc_RuntimeError, "input(): lost sys.stdin");
        return V_NULL;
    }
    if (fout == V_NONE) {
        pv_err_set_str(&pv_exc_RuntimeError, "input(): lost sys.stdout");
        return V_NULL;
    }
    if (!real_err && ferr != V_NONE)
        call_flush(ferr);
    fflush(stderr);
    if (argc == 1 && write_obj(real_out ? V_NULL : fout, argv[0]) < 0)
        return V_NULL;
    if (real_out)
        fflush(stdout);
    else
        call_flush(fout);
    if (!real_in)
        return input_readline(fin);
    if (fin != V_NULL && pv_sys_stream_closed(fin))
        stdin_closed = true;
    if (stdin_closed) {
        pv_err_set_str(&pv_exc_ValueError, "I/O operation on closed file.");
        return V_NULL;
    }
    size_t n = 0, cap = 128;
    char *buf = pv_alloc_atomic(cap);
    int c;
    while ((c = getchar()) != EOF) {
        if (n + 1 >= cap) {
            cap *= 2;
            buf = pv_realloc(buf, cap);
        }
        buf[n++] = (char)c;
        if (c == '\n')
            break;
    }
    if (n == 0) {
        pv_err_set_str(&pv_exc_EOFError, "EOF when reading a line");
        return V_NULL;
    }
    if (buf[n - 1] == '\n')
        n--;
    return pv_str_from_utf8(buf, n);
}

/* ------------------------------------------------------------------ */
/* conversions and object inspection                                    */

static Value bi_len(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("len", argc, kwnames))
        return V_NULL;
    int64_t n = pv_len(argv[0]);
    return n < 0 ? V_NULL : pv_int_from_i64(n);
}

static Value bi_repr(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("repr", argc, kwnames) ? pv_repr(argv[0]) : V_NULL;
}

static Value bi_ascii(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("ascii", argc, kwnames) ? pv_ascii(argv[0]) : V_NULL;
}

static Value bi_hash(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("hash", argc, kwnames))
        return V_NULL;
    int64_t h;
    return pv_hash(argv[0], &h) < 0 ? V_NULL : pv_int_from_i64(h);
}

static Value bi_id(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("id", argc, kwnames))
        return V_NULL;
    /* the Value word: an address for heap objects, unique for small ints;
     * unsigned like CPython's ids */
    uint64_t u = (uint64_t)argv[0];
    if (u <= (uint64_t)INT64_MAX)
        return pv_int_from_i64((int64_t)u);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof u, 0, 0, &u);
    Value r = pv_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static bool is_callable(Value v)
{
    for (PvType *k = pv_type(v); k; k = k->base)
        if (k->call)
            return true;
    return false;
}

static Value bi_callable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return one_arg("callable", argc, kwnames) ? v_bool(is_callable(argv[0])) : V_NULL;
}

static Value bi_format(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("format", argc, kwnames, 1, 2))
        return V_NULL;
    Value spec = argc > 1 ? argv[1] : pv_str_cstr("");
    if (!is_str(spec)) {
        pv_err_format(&pv_exc_TypeError, "format() argument 2 must be str, not %s",
                      pv_type_name(spec));
        return V_NULL;
    }
    return pv_format(argv[0], spec);
}

static Value bi_ord(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("ord", argc, kwnames))
        return V_NULL;
    Value v = argv[0];
    int64_t n;
    if (is_str(v)) {
        n = pv_str_len(v);
        if (n == 1)
            return v_from_small((intptr_t)pv_str_char(v, 0));
    } else if (v_isinstance(v, &pv_bytes_type)) {
        n = ((PvBytes *)v_obj(v))->len;
        if (n == 1)
            return v_from_small(((PvBytes *)v_obj(v))->data[0]);
    } else if (v_isinstance(v, &pv_bytearray_type)) {
        n = ((PvByteArray *)v_obj(v))->len;
        if (n == 1)
            return v_from_small(((PvByteArray *)v_obj(v))->data[0]);
    } else {
        pv_err_format(&pv_exc_TypeError, "ord() expected string of length 1, but %s found",
                      pv_type_name(v));
        return V_NULL;
    }
    pv_err_format(&pv_exc_TypeError,
                  "ord() expected a character, but string of length %lld found", (long long)n);
    return V_NULL;
}

static Value bi_chr(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("chr", argc, kwnames))
        return V_NULL;
    Value v = as_plain_int(argv[0]);
    if (!pv_is_int(v))
        return not_an_integer(v);
    int64_t i;
    if (!pv_int_as_i64(v, &i) || i > INT_MAX || i < INT_MIN) {
        pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C int");
        return V_NULL;
    }
    if (i < 0 || i > 0x10ffff) {
        pv_err_set_str(&pv_exc_ValueError, "chr() arg not in range(0x110000)");
        return V_NULL;
    }
    /* UTF-8 (surrogates too: pv_str_from_utf8 is surrogatepass) */
    uint32_t c = (uint32_t)i;
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xc0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xe0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        u[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        u[0] = (char)(0xf0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        u[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    return pv_str_from_utf8(u, n);
}

static Value int_to_base(const char *fname, int argc, const Value *argv, Value kwnames, int base)
{
    if (!one_arg(fname, argc, kwnames))
        return V_NULL;
    Value v = pv_index_value(argv[0]);
    if (v == V_NULL)
        return V_NULL;
    return pv_int_to_base(as_plain_int(v), base, true);
}

static Value bi_bin(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return int_to_base("bin", argc, argv, kwnames, 2);
}

static Value bi_oct(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return int_to_base("oct", argc, argv, kwnames, 8);
}

static Value bi_hex(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return int_to_base("hex", argc, argv, kwnames, 16);
}

/* ------------------------------------------------------------------ */
/* arithmetic                                                           */

/* the dunder of a class instance a built-in function defers to: V_NULL
 * without an exception when v is not a class instance or lacks it */
static Value class_special(Value v, Value name, int argc, const Value *argv)
{
    if (v_is_small(v) || !(pv_type(v)->flags & PV_TF_HEAPTYPE))
        return V_NULL;
    return pv_call_special(v, name, argc, argv);
}

/* divmod(a, b) / pow(a, b, m) for class instances: a's method, then b's
 * reflected one (never for three-argument pow, as in CPython); V_NULL
 * without an exception: both declined */
static Value class_binary(Value a, Value b, Value fwd, Value rev, Value m)
{
    Value args[2] = {b, m};
    Value r = class_special(a, fwd, m == V_NULL ? 1 : 2, args);
    if (r != V_NULL && r != V_NOTIMPLEMENTED)
        return r;
    if (pv_err_occurred() || m != V_NULL || pv_type(a) == pv_type(b))
        return V_NULL;
    r = class_special(b, rev, 1, &a);
    return r == V_NOTIMPLEMENTED ? V_NULL : r;
}

static Value bi_abs(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!one_arg("abs", argc, kwnames))
        return V_NULL;
    Value v = as_plain_int(argv[0]);
    if (v_is_small(v)) {
        intptr_t i = v_small(v);
        return i >= 0 ? v : pv_int_from_i64(-(int64_t)i);
    }
    if (pv_is_int(v)) {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(v, z);
        mpz_abs(z, z);
        Value r = pv_int_from_mpz(z);
        mpz_clear(z);
        return r;
    }
    if (v_isinstance(v, &pv_float_type))
        return pv_float(fabs(pv_float_val(v)));
    if (v_isinstance(v, &pv_complex_type)) {
        PvComplex *c = (PvComplex *)v_obj(v);
        double r = hypot(c->re, c->im);
        if (isinf(r) && isfinite(c->re) && isfinite(c->im)) {
            pv_err_set_str(&pv_exc_OverflowError, "absolute value too large");
            return V_NULL;
        }
        return pv_float(r);
    }
    Value r = class_special(v, ID(__abs__), 0, NULL);
    if (r != V_NULL || pv_err_occurred())
        return r;
    pv_err_format(&pv_exc_TypeError, "bad operand type for abs(): '%s'", pv_type_name(v));
    return V_NULL;
}

static Value bi_divmod(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("divmod", argc, kwnames, 2, 2))
        return V_NULL;
    Value a = argv[0], b = argv[1];
    int ka = num_kind(a), kb = num_kind(b);
    if (ka == 1 && kb == 1)
        return pv_int_divmod(as_plain_int(a), as_plain_int(b));
    if (ka && kb && ka <= 2 && kb <= 2)
        return pv_float_divmod(a, b);
    Value r = class_binary(a, b, ID(__divmod__), ID(__rdivmod__), V_NULL);
    if (r != V_NULL || pv_err_occurred())
        return r;
    pv_err_format(&pv_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  pv_type_name(a), pv_type_name(b));
    return V_NULL;
}

static const char *const pow_names[] = {"base", "exp", "mod"};
static const Parser pow_parser = {"pow", pow_names, 3, 0, 2, 3, false};

/* pow(a, b, m) with m not None when not all three are ints: CPython tries
 * the distinct power slots of the operands' types in turn; int's declines,
 * float's refuses any modulus before looking at its operands, complex's
 * converts both operands first and then refuses the modulus. */
static Value pow3_mixed(Value a, Value b, Value m)
{
    int ka = num_kind(a), kb = num_kind(b), km = num_kind(m);
    int order[3] = {ka, kb != ka ? kb : 0, km != ka && km != kb ? km : 0};
    for (int i = 0; i < 3; i++) {
        if (order[i] == 2) {
            pv_err_set_str(&pv_exc_TypeError,
                           "pow() 3rd argument not allowed unless all arguments are integers");
            return V_NULL;
        }
        if (order[i] == 3 && ka && kb) {
            pv_err_set_str(&pv_exc_ValueError, "complex modulo");
            return V_NULL;
        }
    }
    pv_err_format(&pv_exc_TypeError,
                  "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  pv_type_name(a), pv_type_name(b), pv_type_name(m));
    return V_NULL;
}

static Value bi_pow(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    Value a[3];
    if (unpack(&pow_parser, argc - nkwargs(kwnames), argv, kwnames, a) < 0)
        return V_NULL;
    if (a[2] == V_NULL || a[2] == V_NONE)
        return pv_binop(a[0], a[1], PV_NB_POWER);
    if (pv_is_int(a[0]) && pv_is_int(a[1]) && pv_is_int(a[2]))
        return pv_int_pow3(as_plain_int(a[0]), as_plain_int(a[1]), as_plain_int(a[2]));
    Value r = class_binary(a[0], a[1], ID(__pow__), ID(__rpow__), a[2]);
    if (r != V_NULL || pv_err_occurred())
        return r;
    return pow3_mixed(a[0], a[1], a[2]);
}

static const char *const round_names[] = {"number", "ndigits"};
static const Parser round_parser = {"round", round_names, 2, 0, 1, 2, false};

static Value bi_round(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    Value a[2];
    if (unpack(&round_parser, argc - nkwargs(kwnames), argv, kwnames, a) < 0)
        return V_NULL;
    bool is_int = pv_is_int(a[0]);
    if (is_int || v_isinstance(a[0], &pv_float_type)) {
        /* int.__round__ and float.__round__ both take ndigits through
         * __index__, once the number's type is known to round */
        Value nd = a[1] == V_NONE ? V_NULL : a[1];
        if (nd != V_NULL && !pv_is_int(nd))
            return not_an_integer(nd);
        nd = nd == V_NULL ? V_NULL : as_plain_int(nd);
        return is_int ? pv_int_round(as_plain_int(a[0]), nd) : pv_float_round(a[0], nd);
    }
    /* ndigits None is no ndigits: __round__() */
    Value r = class_special(a[0], ID(__round__), a[1] == V_NULL || a[1] == V_NONE ? 0 : 1, &a[1]);
    if (r != V_NULL || pv_err_occurred())
        return r;
    pv_err_format(&pv_exc_TypeError, "type %s doesn't define __round__ method",
                  pv_type_name(a[0]));
    return V_NULL;
}

static const char *const sum_names[] = {"iterable", "start"};
static const Parser sum_parser = {"sum", sum_names, 2, 1, 1, 2, false};

static Value bi_sum(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    Value a[2];
    if (unpack(&sum_parser, argc - nkwargs(kwnames), argv, kwnames, a) < 0)
        return V_NULL;
    Value it = pv_iter(a[0]);
    if (it == V_NULL)
        return V_NULL;
    Value result = a[1] == V_NULL ? v_from_small(0) : a[1];
    if (is_str(result)) {
        pv_err_set_str(&pv_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return V_NULL;
    }
    if (v_isinstance(result, &pv_bytes_type)) {
        pv_err_set_str(&pv_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return V_NULL;
    }
    if (v_isinstance(result, &pv_bytearray_type)) {
        pv_err_set_str(&pv_exc_TypeError,
                       "sum() can't sum bytearray [use b''.join(seq) instead]");
        return V_NULL;
    }
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : result;
        /* CPython's fast paths add small ints and floats without
         * intermediate objects; the results are the same as +'s */
        if (v_is_small(result) && v_is_small(x)) {
            intptr_t r = v_small(result) + v_small(x); /* cannot overflow: 62/30-bit operands */
            result = pv_fits_small(r) ? v_from_small(r) : pv_int_from_i64(r);
        } else if (v_is(result, &pv_float_type) && v_is(x, &pv_float_type)) {
            result = pv_float(pv_float_val(result) + pv_float_val(x));
        } else {
            result = pv_binop(result, x, PV_NB_ADD);
            if (result == V_NULL)
                return V_NULL;
        }
    }
}

/* ------------------------------------------------------------------ */
/* iteration                                                            */

static const char *const minmax_names[] = {"key", "default"};

static Value min_max(int argc, const Value *argv, Value kwnames, int op)
{
    const char *name = op == PV_LT ? "min" : "max";
    int nargs = argc - nkwargs(kwnames);
    if (nargs == 0) {
        pv_err_format(&pv_exc_TypeError, "%s expected at least 1 argument, got 0", name);
        return V_NULL;
    }
    Value kw[2] = {V_NULL, V_NULL};
    Parser p = {name, minmax_names, 2, 0, 0, 0, false};
    if (kwnames != V_NULL && unpack(&p, 0, argv + nargs, kwnames, kw) < 0)
        return V_NULL;
    Value key = kw[0] == V_NONE ? V_NULL : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt != V_NULL) {
        pv_err_format(&pv_exc_TypeError,
                      "Cannot specify a default for %s() with multiple positional arguments",
                      name);
        return V_NULL;
    }
    Value it = V_NULL;
    if (nargs == 1 && (it = pv_iter(argv[0])) == V_NULL)
        return V_NULL;
    Value best = V_NULL, bestval = V_NULL;
    for (int i = 0;; i++) {
        Value item;
        if (it != V_NULL) {
            item = pv_next(it);
            if (item == V_NULL) {
                if (pv_err_occurred())
                    return V_NULL;
                break;
            }
        } else {
            if (i >= nargs)
                break;
            item = argv[i];
        }
        Value val = item;
        if (key != V_NULL && (val = pv_call1(key, item)) == V_NULL)
            return V_NULL;
        if (best == V_NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int c = pv_richcompare_bool(val, bestval, op);
        if (c < 0)
            return V_NULL;
        if (c) {
            best = item;
            bestval = val;
        }
    }
    if (best != V_NULL)
        return best;
    if (dflt != V_NULL)
        return dflt;
    pv_err_format(&pv_exc_ValueError, "%s() arg is an empty sequence", name);
    return V_NULL;
}

static Value bi_min(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return min_max(argc, argv, kwnames, PV_LT);
}

static Value bi_max(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return min_max(argc, argv, kwnames, PV_GT);
}

static const char *const sort_names[] = {"key", "reverse"};
static const Parser sort_parser = {"sort", sort_names, 2, 0, 0, 0, false};

static Value bi_sorted(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    int nargs = argc - nkwargs(kwnames);
    if (nargs != 1) {
        pv_err_format(&pv_exc_TypeError, "sorted expected 1 argument, got %d", nargs);
        return V_NULL;
    }
    Value list = pv_sequence_list(argv[0]);
    if (list == V_NULL)
        return V_NULL;
    /* the keywords are list.sort's, with its messages */
    Value kw[2] = {V_NULL, V_NULL};
    if (kwnames != V_NULL && unpack(&sort_parser, 0, argv + 1, kwnames, kw) < 0)
        return V_NULL;
    bool reverse = false;
    if (kw[1] != V_NULL) {
        Value r = kw[1];
        if (!pv_is_int(r))
            return not_an_integer(r);
        int64_t i;
        if (!pv_int_as_i64(as_plain_int(r), &i) || i > INT_MAX || i < INT_MIN) {
            pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C int");
            return V_NULL;
        }
        reverse = i != 0;
    }
    Value key = kw[0] == V_NONE ? V_NULL : kw[0];
    if (pv_list_sort(list, key, reverse) == V_NULL)
        return V_NULL;
    return list;
}

static Value bi_iter(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("iter", argc, kwnames, 1, 2))
        return V_NULL;
    if (argc == 1)
        return pv_iter(argv[0]);
    if (!is_callable(argv[0])) {
        pv_err_set_str(&pv_exc_TypeError, "iter(v, w): v must be callable");
        return V_NULL;
    }
    return pv_callable_iter_new(argv[0], argv[1]);
}

static Value bi_next(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("next", argc, kwnames, 1, 2))
        return V_NULL;
    /* a generator's return value rides on its StopIteration */
    Value r = pv_next_slot(argv[0]);
    if (r != V_NULL)
        return r;
    if (pv_err_occurred()) {
        if (argc < 2 || !pv_err_matches(&pv_exc_StopIteration))
            return V_NULL;
        pv_err_clear();
        return argv[1];
    }
    if (argc == 2)
        return argv[1];
    pv_err_set(pv_exc_new(&pv_exc_StopIteration, pv_tuple_new(0)));
    return V_NULL;
}

static Value any_all(const char *fname, int argc, const Value *argv, Value kwnames, bool any)
{
    if (!one_arg(fname, argc, kwnames))
        return V_NULL;
    Value it = pv_iter(argv[0]);
    if (it == V_NULL)
        return V_NULL;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : v_bool(!any);
        int t = pv_truth(x);
        if (t < 0)
            return V_NULL;
        if (t == any)
            return v_bool(any);
    }
}

static Value bi_any(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return any_all("any", argc, argv, kwnames, true);
}

static Value bi_all(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    return any_all("all", argc, argv, kwnames, false);
}

/* ------------------------------------------------------------------ */
/* isinstance, issubclass                                               */

/* classinfo: a type or a (nested) tuple of them, checked lazily left to
 * right as CPython does; 1, 0 or -1 */
/* a metaclass's (or any classinfo's type's) __instancecheck__ /
 * __subclasscheck__: -1, 0, 1, or 2 when there is none */
static int check_hook(Value cls, Value name, Value arg)
{
    if (v_is_small(cls) || pv_type(cls) == &pv_type_type)
        return 2;
    Value m = pv_type_lookup(pv_type(cls), name);
    if (m == V_NULL)
        return 2;
    Value bound = pv_descr_get(m, cls, v_from(pv_type(cls)));
    Value r = bound == V_NULL ? V_NULL : pv_call1(bound, arg);
    return r == V_NULL ? -1 : pv_truth(r);
}

/* v.__bases__ when it is a tuple, else V_NULL (with an exception only
 * when looking it up raised something other than AttributeError) */
static Value abstract_bases(Value v)
{
    Value b = pv_getattr(v, pv_str_intern_cstr("__bases__"));
    if (b == V_NULL) {
        if (pv_err_matches(&pv_exc_AttributeError))
            pv_err_clear();
        return V_NULL;
    }
    return v_is(b, &pv_tuple_type) ? b : V_NULL;
}

/* CPython's abstract_issubclass: walks __bases__, so that an object posing
 * as a class (list[int] answers list's __bases__) may be tested */
static int abstract_issubclass(Value derived, Value cls)
{
    for (;;) {
        if (derived == cls)
            return 1;
        if (is_type(derived) && is_type(cls))
            return pv_type_is_subtype((PvType *)v_obj(derived), (PvType *)v_obj(cls));
        Value bases = abstract_bases(derived);
        if (bases == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        int64_t n = PV_TUPLE_LEN(bases);
        if (n == 0)
            return 0;
        if (n == 1) {
            derived = PV_TUPLE_ITEMS(bases)[0];
            continue;
        }
        if (pv_enter_recursive_call(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (int64_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(PV_TUPLE_ITEMS(bases)[i], cls);
        pv_leave_recursive_call();
        return r;
    }
}

static int isinstance_of(Value obj, Value cls, int depth)
{
    if (pv_type(cls) == &pv_type_type || v_from(pv_type(obj)) == cls)
        return v_isinstance(obj, (PvType *)v_obj(cls));
    if (v_is(cls, &pv_union_type))
        cls = pv_union_args(cls); /* int | str checks as (int, str) */
    if (v_is(cls, &pv_tuple_type)) {
        if (depth > 1000) {
            pv_err_set_str(&pv_exc_RecursionError,
                           "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        for (int64_t i = 0; i < PV_TUPLE_LEN(cls); i++) {
            int r = isinstance_of(obj, PV_TUPLE_ITEMS(cls)[i], depth + 1);
            if (r != 0)
                return r;
        }
        return 0;
    }
    int h = check_hook(cls, ID(__instancecheck__), obj);
    if (h != 2)
        return h;
    if (is_type(cls))
        return v_isinstance(obj, (PvType *)v_obj(cls));
    if (abstract_bases(cls) != V_NULL) {
        /* a class-like object: obj.__class__ tested against it by __bases__ */
        Value icls = pv_getattr(obj, ID(__class__));
        if (icls == V_NULL) {
            if (!pv_err_matches(&pv_exc_AttributeError))
                return -1;
            pv_err_clear();
            return 0;
        }
        return abstract_issubclass(icls, cls);
    }
    if (!pv_err_occurred())
        pv_err_set_str(&pv_exc_TypeError,
                       "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static int issubclass_of(Value derived, Value cls, int depth)
{
    if (v_is(cls, &pv_union_type))
        cls = pv_union_args(cls);
    if (v_is(cls, &pv_tuple_type)) {
        if (depth > 1000) {
            pv_err_set_str(&pv_exc_RecursionError,
                           "maximum recursion depth exceeded in __subclasscheck__");
            return -1;
        }
        for (int64_t i = 0; i < PV_TUPLE_LEN(cls); i++) {
            int r = issubclass_of(derived, PV_TUPLE_ITEMS(cls)[i], depth + 1);
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (!v_is_small(cls) && pv_type(cls) != &pv_type_type) {
        int h = check_hook(cls, ID(__subclasscheck__), derived);
        if (h != 2)
            return h;
    }
    if (!is_type(derived)) {
        Value bases = abstract_bases(derived);
        if (bases != V_NULL && (is_type(cls) || abstract_bases(cls) != V_NULL))
            return abstract_issubclass(derived, cls);
        if (!pv_err_occurred())
            pv_err_set_str(&pv_exc_TypeError, bases == V_NULL
                                                  ? "issubclass() arg 1 must be a class"
                                                  : "issubclass() arg 2 must be a class, a "
                                                    "tuple of classes, or a union");
        return -1;
    }
    if (!is_type(cls)) {
        pv_err_set_str(&pv_exc_TypeError,
                       "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return pv_type_is_subtype((PvType *)v_obj(derived), (PvType *)v_obj(cls));
}

static Value bi_isinstance(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("isinstance", argc, kwnames, 2, 2))
        return V_NULL;
    int r = isinstance_of(argv[0], argv[1], 0);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value bi_issubclass(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("issubclass", argc, kwnames, 2, 2))
        return V_NULL;
    int r = issubclass_of(argv[0], argv[1], 0);
    return r < 0 ? V_NULL : v_bool(r);
}

/* ------------------------------------------------------------------ */
/* attributes and namespaces                                            */

static Value bi_getattr(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("getattr", argc, kwnames, 2, 3) || !check_attr_name(argv[1]))
        return V_NULL;
    Value r = pv_getattr(argv[0], argv[1]);
    if (r == V_NULL && argc == 3 && pv_err_matches(&pv_exc_AttributeError)) {
        pv_err_clear();
        return argv[2];
    }
    return r;
}

static Value bi_hasattr(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("hasattr", argc, kwnames, 2, 2) || !check_attr_name(argv[1]))
        return V_NULL;
    if (pv_getattr(argv[0], argv[1]) != V_NULL)
        return V_TRUE;
    if (!pv_err_matches(&pv_exc_AttributeError))
        return V_NULL;
    pv_err_clear();
    return V_FALSE;
}

static Value bi_setattr(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("setattr", argc, kwnames, 3, 3) || !check_attr_name(argv[1]))
        return V_NULL;
    return pv_setattr(argv[0], argv[1], argv[2]) < 0 ? V_NULL : V_NONE;
}

static Value bi_delattr(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("delattr", argc, kwnames, 2, 2) || !check_attr_name(argv[1]))
        return V_NULL;
    return pv_setattr(argv[0], argv[1], V_NULL) < 0 ? V_NULL : V_NONE;
}

static Value bi_globals(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argv;
    return no_args("globals", argc, kwnames) ? pv_current_globals() : V_NULL;
}

static Value bi_locals(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    (void)argv;
    return no_args("locals", argc, kwnames) ? pv_current_locals() : V_NULL;
}

/* obj.__dict__ (a module's namespace), or V_NULL without an exception
 * when it has none */
static Value instance_dict(Value obj)
{
    if (v_is(obj, &pv_module_type))
        return ((PvModule *)v_obj(obj))->dict;
    Value d = pv_getattr_cstr(obj, "__dict__");
    if (d == V_NULL && pv_err_matches(&pv_exc_AttributeError))
        pv_err_clear();
    return d;
}

static Value bi_vars(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("vars", argc, kwnames, 0, 1))
        return V_NULL;
    if (argc == 0)
        return pv_current_locals();
    Value d = instance_dict(argv[0]);
    if (d == V_NULL && !pv_err_occurred())
        pv_err_set_str(&pv_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static int add_keys(Value names, Value dict)
{
    if (!v_isinstance(dict, &pv_dict_type))
        return 0;
    int64_t pos = 0;
    Value k, v;
    while (pv_dict_next(dict, &pos, &k, &v))
        if (pv_dict_set(names, k, V_NONE) < 0)
            return -1;
    return 0;
}

/* the names along t's MRO (each type's dict holds its methods) */
static int add_type_names(Value names, PvType *t)
{
    pv_type_ready(t);
    for (int64_t i = 0; i < PV_TUPLE_LEN(t->mro); i++) {
        PvType *k = (PvType *)v_obj(PV_TUPLE_ITEMS(t->mro)[i]);
        pv_type_ready(k);
        if (add_keys(names, k->dict) < 0)
            return -1;
    }
    return 0;
}

/* dir(): the sorted names of the local scope, a module's namespace, or
 * (basic until the data model lands) a type's methods and an instance's
 * __dict__ */
static Value bi_dir(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (!positional("dir", argc, kwnames, 0, 1))
        return V_NULL;
    if (argc == 1 && !v_is_small(argv[0]) && (pv_type(argv[0])->flags & PV_TF_HEAPTYPE)) {
        /* a class's __dir__ decides, the result sorted */
        Value m = pv_type_lookup(pv_type(argv[0]), ID(__dir__));
        if (m != V_NULL) {
            Value r = pv_call_special(argv[0], ID(__dir__), 0, NULL);
            Value list = r == V_NULL ? V_NULL : pv_sequence_list(r);
            if (list == V_NULL || pv_list_sort(list, V_NULL, false) == V_NULL)
                return V_NULL;
            return list;
        }
    }
    Value names = pv_dict_new();
    if (argc == 0) {
        Value loc = pv_current_locals();
        if (loc == V_NULL || add_keys(names, loc) < 0)
            return V_NULL;
    } else if (v_is(argv[0], &pv_module_type)) {
        /* module.__dir__: the module's own __dir__() (PEP 562) or its names */
        Value d = ((PvModule *)v_obj(argv[0]))->dict;
        Value hook = pv_dict_get_str(d, pv_str_intern_cstr("__dir__"));
        if (hook != V_NULL) {
            Value r = pv_call0(hook);
            Value list = r == V_NULL ? V_NULL : pv_sequence_list(r);
            if (list == V_NULL || pv_list_sort(list, V_NULL, false) == V_NULL)
                return V_NULL;
            return list;
        }
        if (add_keys(names, d) < 0)
            return V_NULL;
    } else if (is_type(argv[0])) {
        if (add_type_names(names, (PvType *)v_obj(argv[0])) < 0)
            return V_NULL;
    } else {
        Value d = instance_dict(argv[0]);
        if (d == V_NULL && pv_err_occurred())
            return V_NULL;
        if ((d != V_NULL && add_keys(names, d) < 0) ||
            add_type_names(names, pv_type(argv[0])) < 0)
            return V_NULL;
    }
    Value list = pv_sequence_list(names);
    if (list == V_NULL || pv_list_sort(list, V_NULL, false) == V_NULL)
        return V_NULL;
    return list;
}

/* ------------------------------------------------------------------ */
/* what pvm cannot do, imports, exit                                    */

static Value no_source(const char *fname)
{
    pv_err_format(&pv_exc_NotImplementedError,
                  "%s() is not available: pvm runs precompiled bytecode only (compile with pyc)",
                  fname);
    return V_NULL;
}

static Value bi_eval(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    return no_source("eval");
}

static Value bi_exec(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    return no_source("exec");
}

static Value bi_compile(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    return no_source("compile");
}

static const char *const import_names[] = {"name", "globals", "locals", "fromlist", "level"};
static const Parser import_parser = {"__import__", import_names, 5, 0, 1, 5, false};

static Value bi_import(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    Value a[5];
    if (unpack(&import_parser, argc - nkwargs(kwnames), argv, kwnames, a) < 0)
        return V_NULL;
    Value name = a[0];
    int64_t level = 0;
    if (a[4] != V_NULL && pv_index(a[4], &level) < 0)
        return V_NULL;
    if (!is_str(name)) {
        pv_err_set_str(&pv_exc_TypeError, "module name must be a string");
        return V_NULL;
    }
    if (level < 0) {
        pv_err_set_str(&pv_exc_ValueError, "level must be >= 0");
        return V_NULL;
    }
    if (level > INT32_MAX) {
        pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C int");
        return V_NULL;
    }
    if (level == 0 && pv_str_len(name) == 0) {
        pv_err_set_str(&pv_exc_ValueError, "Empty module name");
        return V_NULL;
    }
    return pv_import(name, a[1], a[3] == V_NULL ? V_NONE : a[3], (int)level);
}

/* exit and quit are site.Quitter instances in CPython: their repr is the
 * hint, calling one raises SystemExit(code). */
typedef struct Quitter {
    PvObject ob;
    const char *name;
} Quitter;

static Value quitter_repr(Value self)
{
    return pv_str_printf("Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)v_obj(self))->name);
}

static Value quitter_call(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    int nkw = nkwargs(kwnames), nargs = argc - nkw;
    if (nargs > 1) {
        pv_err_format(&pv_exc_TypeError,
                      "Quitter.__call__() takes from 1 to 2 positional arguments but %d were "
                      "given",
                      nargs + 1);
        return V_NULL;
    }
    Value code = nargs ? argv[0] : V_NONE;
    for (int k = 0; k < nkw; k++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[k];
        if (!pv_str_eq_cstr(name, "code")) {
            pv_err_format(&pv_exc_TypeError,
                          "Quitter.__call__() got an unexpected keyword argument '%S'", name);
            return V_NULL;
        }
        if (nargs) {
            pv_err_set_str(&pv_exc_TypeError,
                           "Quitter.__call__() got multiple values for argument 'code'");
            return V_NULL;
        }
        code = argv[nargs + k];
    }
    stdin_closed = true;
    Value exc = pv_call(v_from(&pv_exc_SystemExit), 1, &code, V_NULL);
    if (exc != V_NULL)
        pv_err_set(exc);
    return V_NULL;
}

static PvType quitter_type = {.ob = {&pv_type_type}, .name = "Quitter",
                              .base = &pv_object_type, .size = sizeof(Quitter),
                              .repr = quitter_repr, .call = quitter_call};

static Quitter exit_obj = {{&quitter_type}, "exit"};
static Quitter quit_obj = {{&quitter_type}, "quit"};

/* ------------------------------------------------------------------ */
/* the module                                                           */

static const struct {
    const char *name;
    PvCFunc fn;
} functions[] = {
    {"__import__", bi_import}, {"abs", bi_abs},
    {"__build_class__", pv_bi_build_class},
    {"all", bi_all},           {"any", bi_any},
    {"ascii", bi_ascii},       {"bin", bi_bin},
    {"callable", bi_callable}, {"chr", bi_chr},
    {"compile", bi_compile},   {"delattr", bi_delattr},
    {"dir", bi_dir},           {"divmod", bi_divmod},
    {"eval", bi_eval},         {"exec", bi_exec},
    {"format", bi_format},     {"getattr", bi_getattr},
    {"globals", bi_globals},   {"hasattr", bi_hasattr},
    {"hash", bi_hash},         {"hex", bi_hex},
    {"id", bi_id},             {"input", bi_input},
    {"isinstance", bi_isinstance}, {"issubclass", bi_issubclass},
    {"aiter", pv_builtin_aiter},   {"anext", pv_builtin_anext},
    {"iter", bi_iter},         {"len", bi_len},
    {"locals", bi_locals},     {"max", bi_max},
    {"min", bi_min},           {"next", bi_next},
    {"oct", bi_oct},           {"open", pv_builtin_open}, {"ord", bi_ord},
    {"pow", bi_pow},           {"print", bi_print},
    {"repr", bi_repr},         {"round", bi_round},
    {"setattr", bi_setattr},   {"sorted", bi_sorted},
    {"sum", bi_sum},           {"vars", bi_vars},
};

static PvType *const types[] = {
    &pv_object_type, &pv_type_type, &pv_int_type, &pv_bool_type, &pv_float_type,
    &pv_complex_type, &pv_str_type, &pv_bytes_type, &pv_bytearray_type, &pv_tuple_type,
    &pv_list_type, &pv_dict_type, &pv_set_type, &pv_frozenset_type, &pv_range_type,
    &pv_slice_type, &pv_enumerate_type, &pv_zip_type, &pv_map_type, &pv_filter_type,
    &pv_reversed_type, &pv_property_type, &pv_classmethod_type, &pv_staticmethod_type,
    &pv_super_type,
#define PV_EXC_ENTRY(n) &pv_exc_##n,
    PV_EXCEPTIONS(PV_EXC_ENTRY)
#undef PV_EXC_ENTRY
};

static Value builtins_dict = V_NULL;

Value pv_builtins_module(void)
{
    if (builtins_dict == V_NULL)
        builtins_dict = pv_dict_new();
    return builtins_dict;
}

/* `import builtins`: a module object over the very dict every frame's
 * builtins lookups read, so builtins.x = 1 makes x visible everywhere */
Value pv_mod_builtins_init(void)
{
    static Value module = V_NULL;
    if (module == V_NULL) {
        module = pv_module_new(pv_str_intern_cstr("builtins"));
        ((PvModule *)v_obj(module))->dict = pv_builtins_module();
    }
    return module;
}

static void set_entry(Value d, const char *name, Value v)
{
    pv_dict_set(d, pv_str_intern_cstr(name), v);
}

void pv_builtins_init(Value argv_list)
{
    (void)argv_list; /* sys.argv is the sys module's */
    Value d = pv_builtins_module();
    set_entry(d, "__name__", pv_str_intern_cstr("builtins"));
    set_entry(d, "None", V_NONE);
    set_entry(d, "Ellipsis", V_ELLIPSIS);
    set_entry(d, "NotImplemented", V_NOTIMPLEMENTED);
    set_entry(d, "False", V_FALSE);
    set_entry(d, "True", V_TRUE);
    set_entry(d, "__debug__", V_TRUE);
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        set_entry(d, types[i]->name, v_from(types[i]));
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        set_entry(d, functions[i].name,
                  pv_builtin_new(functions[i].name, functions[i].fn, V_NULL, NULL));
    set_entry(d, "__doc__",
              pv_str_cstr("Built-in functions, exceptions, and other objects.\n\nNoteworthy: "
                          "None is the `nil' object; Ellipsis represents `...' in slices."));
    /* the pre-3.3 names of OSError */
    set_entry(d, "EnvironmentError", v_from(&pv_exc_OSError));
    set_entry(d, "IOError", v_from(&pv_exc_OSError));
    set_entry(d, "exit", v_from(&exit_obj));
    set_entry(d, "quit", v_from(&quit_obj));
    pv_genericalias_init();
}
