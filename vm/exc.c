/* vm/exc.c: the built-in exception hierarchy of Python 3.11: the type
 * objects, construction (with each family's argument rules), str/repr,
 * attributes, with_traceback/add_note, and exception groups (split,
 * subgroup, derive and the except* helpers of exc.h).
 * Printing tracebacks is traceback.c's business.
 */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "exc.h"
#include "fileio.h"
#include "runtime.h"

/* ---- families: types sharing a layout and argument rules ---- */
enum family {
    FAM_BASE, FAM_STOPITER, FAM_SYSEXIT, FAM_IMPORT, FAM_ATTR, FAM_NAME, FAM_OS,
    FAM_SYNTAX, FAM_UNICODE, FAM_UDECODE, FAM_UENCODE, FAM_UTRANSLATE, FAM_GROUP,
    FAM_KEY
};

static Value exc_repr(Value self);
static Value exc_str(Value self);
static Value exc_getattr(Value self, Value name);
static int exc_setattr(Value self, Value name, Value val);
static Value exc_type_new(PvType *type, int argc, const Value *argv, Value kwnames);
static int exc_init(Value self, int argc, const Value *argv, Value kwnames);
static const PvMethodDef exc_methods[];
static const PvMethodDef group_methods[];

#define EXC_TYPE(Name, Base, Size, Methods)                                              \
    PvType pv_exc_##Name = {                                                             \
        .ob = {&pv_type_type}, .name = #Name, .base = Base, .size = sizeof(Size),         \
        .flags = PV_TF_BASETYPE | PV_TF_EXCEPTION, .repr = exc_repr, .str = exc_str,      \
        .getattr = exc_getattr, .setattr = exc_setattr, .new = exc_type_new,              \
        .init = exc_init, .methods = Methods,                                                              \
    };
#define SIMPLE(Name, Base) EXC_TYPE(Name, &pv_exc_##Base, PvException, exc_methods)

/* pv_exc_BaseException's base is object; everything else follows
 * Lib/test/exception_hierarchy.txt of 3.11. */
EXC_TYPE(BaseException, &pv_object_type, PvException, exc_methods)
EXC_TYPE(BaseExceptionGroup, &pv_exc_BaseException, PvExcGroup, group_methods)
SIMPLE(SystemExit, BaseException)
SIMPLE(KeyboardInterrupt, BaseException)
SIMPLE(GeneratorExit, BaseException)
SIMPLE(Exception, BaseException)
/* second base Exception: see pv_exc_subtype */
/* its second base, Exception, is in its MRO (type.c): PV_TF_MULTI_BASE */
PvType pv_exc_ExceptionGroup = {
    .ob = {&pv_type_type}, .name = "ExceptionGroup", .base = &pv_exc_BaseExceptionGroup,
    .size = sizeof(PvExcGroup),
    .flags = PV_TF_BASETYPE | PV_TF_EXCEPTION | PV_TF_MULTI_BASE, .repr = exc_repr,
    .str = exc_str, .getattr = exc_getattr, .setattr = exc_setattr, .new = exc_type_new,
    .init = exc_init, .methods = group_methods,
};
SIMPLE(StopIteration, Exception)
SIMPLE(StopAsyncIteration, Exception)
SIMPLE(ArithmeticError, Exception)
SIMPLE(FloatingPointError, ArithmeticError)
SIMPLE(OverflowError, ArithmeticError)
SIMPLE(ZeroDivisionError, ArithmeticError)
SIMPLE(AssertionError, Exception)
SIMPLE(AttributeError, Exception)
SIMPLE(BufferError, Exception)
SIMPLE(EOFError, Exception)
EXC_TYPE(ImportError, &pv_exc_Exception, PvExcImport, exc_methods)
EXC_TYPE(ModuleNotFoundError, &pv_exc_ImportError, PvExcImport, exc_methods)
SIMPLE(LookupError, Exception)
SIMPLE(IndexError, LookupError)
SIMPLE(KeyError, LookupError)
SIMPLE(MemoryError, Exception)
SIMPLE(NameError, Exception)
SIMPLE(UnboundLocalError, NameError)
#define OS_TYPE(Name, Base) EXC_TYPE(Name, &pv_exc_##Base, PvExcOS, exc_methods)
OS_TYPE(OSError, Exception)
OS_TYPE(BlockingIOError, OSError)
OS_TYPE(ChildProcessError, OSError)
OS_TYPE(ConnectionError, OSError)
OS_TYPE(BrokenPipeError, ConnectionError)
OS_TYPE(ConnectionAbortedError, ConnectionError)
OS_TYPE(ConnectionRefusedError, ConnectionError)
OS_TYPE(ConnectionResetError, ConnectionError)
OS_TYPE(FileExistsError, OSError)
OS_TYPE(FileNotFoundError, OSError)
OS_TYPE(InterruptedError, OSError)
OS_TYPE(IsADirectoryError, OSError)
OS_TYPE(NotADirectoryError, OSError)
OS_TYPE(PermissionError, OSError)
OS_TYPE(ProcessLookupError, OSError)
OS_TYPE(TimeoutError, OSError)
/* io.UnsupportedOperation (fileio.h): its second base, ValueError, is in
 * its MRO (type.c): PV_TF_MULTI_BASE */
PvType pv_exc_UnsupportedOperation = {
    .ob = {&pv_type_type}, .name = "io.UnsupportedOperation", .base = &pv_exc_OSError,
    .size = sizeof(PvExcOS), .flags = PV_TF_BASETYPE | PV_TF_EXCEPTION | PV_TF_MULTI_BASE,
    .repr = exc_repr,
    .str = exc_str, .getattr = exc_getattr, .setattr = exc_setattr, .new = exc_type_new,
    .methods = exc_methods,
};
SIMPLE(ReferenceError, Exception)
SIMPLE(RuntimeError, Exception)
SIMPLE(NotImplementedError, RuntimeError)
SIMPLE(RecursionError, RuntimeError)
EXC_TYPE(SyntaxError, &pv_exc_Exception, PvExcSyntax, exc_methods)
EXC_TYPE(IndentationError, &pv_exc_SyntaxError, PvExcSyntax, exc_methods)
EXC_TYPE(TabError, &pv_exc_IndentationError, PvExcSyntax, exc_methods)
SIMPLE(SystemError, Exception)
SIMPLE(TypeError, Exception)
SIMPLE(ValueError, Exception)
EXC_TYPE(UnicodeError, &pv_exc_ValueError, PvExcUnicode, exc_methods)
EXC_TYPE(UnicodeDecodeError, &pv_exc_UnicodeError, PvExcUnicode, exc_methods)
EXC_TYPE(UnicodeEncodeError, &pv_exc_UnicodeError, PvExcUnicode, exc_methods)
EXC_TYPE(UnicodeTranslateError, &pv_exc_UnicodeError, PvExcUnicode, exc_methods)
SIMPLE(Warning, Exception)
SIMPLE(DeprecationWarning, Warning)
SIMPLE(PendingDeprecationWarning, Warning)
SIMPLE(RuntimeWarning, Warning)
SIMPLE(SyntaxWarning, Warning)
SIMPLE(UserWarning, Warning)
SIMPLE(FutureWarning, Warning)
SIMPLE(ImportWarning, Warning)
SIMPLE(UnicodeWarning, Warning)
SIMPLE(BytesWarning, Warning)
SIMPLE(ResourceWarning, Warning)
SIMPLE(EncodingWarning, Warning)

/* The nearest family root among t's bases. */
static enum family family_of(const PvType *t)
{
    for (; t; t = t->base) {
        if (t == &pv_exc_StopIteration) return FAM_STOPITER;
        if (t == &pv_exc_SystemExit) return FAM_SYSEXIT;
        if (t == &pv_exc_ImportError) return FAM_IMPORT;
        if (t == &pv_exc_AttributeError) return FAM_ATTR;
        if (t == &pv_exc_NameError) return FAM_NAME;
        if (t == &pv_exc_OSError) return FAM_OS;
        if (t == &pv_exc_SyntaxError) return FAM_SYNTAX;
        if (t == &pv_exc_UnicodeDecodeError) return FAM_UDECODE;
        if (t == &pv_exc_UnicodeEncodeError) return FAM_UENCODE;
        if (t == &pv_exc_UnicodeTranslateError) return FAM_UTRANSLATE;
        if (t == &pv_exc_UnicodeError) return FAM_UNICODE;
        if (t == &pv_exc_BaseExceptionGroup) return FAM_GROUP;
        if (t == &pv_exc_KeyError) return FAM_KEY;
    }
    return FAM_BASE;
}

/* ---- subclass checks ---- */
bool pv_exc_subtype(const PvType *t, const PvType *base)
{
    /* ExceptionGroup's second base, Exception, is in its MRO */
    return pv_type_is_subtype(t, base);
}

bool pv_exc_is_type(Value v)
{
    return pv_is_type(v) &&
           pv_type_is_subtype((const PvType *)v_obj(v), &pv_exc_BaseException);
}

bool pv_exc_is_instance(Value v) { return v_isinstance(v, &pv_exc_BaseException); }

bool pv_exc_given_matches(Value exc, Value match_type)
{
    if (v_is(match_type, &pv_tuple_type)) {
        for (int64_t i = 0; i < PV_TUPLE_LEN(match_type); i++)
            if (pv_exc_given_matches(exc, PV_TUPLE_ITEMS(match_type)[i]))
                return true;
        return false;
    }
    if (!pv_exc_is_type(match_type))
        return false;
    const PvType *t = pv_exc_is_type(exc) ? (const PvType *)v_obj(exc) : pv_type(exc);
    return pv_exc_subtype(t, (const PvType *)v_obj(match_type));
}

/* ---- small helpers ---- */
static PvException *X(Value v) { return (PvException *)v_obj(v); }

static Value raisef(PvType *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static Value raisef(PvType *type, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    pv_err_set_str(type, buf);
    return V_NULL;
}

static Value or_none(Value v) { return v ? v : V_NONE; }

static Value tuple1(Value a) { return pv_tuple_from(1, &a); }

static bool is_str(Value v) { return v_isinstance(v, &pv_str_type); }

static bool is_int(Value v) { return v_is_small(v) || v_isinstance(v, &pv_int_type); }

/* ---- construction ---- */
static PvException *alloc_exc(PvType *type, Value args)
{
    size_t size = type->size ? type->size : sizeof(PvException);
    PvException *e = (PvException *)pv_new_object(type, size);
    e->args = args;
    e->traceback = e->context = e->cause = V_NONE;
    e->notes = e->dict = V_NULL;
    e->value = e->name = e->obj = V_NONE;
    return e;
}

/* errno -> OSError subclass, as CPython's errnomap */
static PvType *os_subtype(int64_t err)
{
    switch (err) {
#ifdef EAGAIN
    case EAGAIN: return &pv_exc_BlockingIOError;
#endif
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &pv_exc_BlockingIOError;
#endif
#ifdef EALREADY
    case EALREADY: return &pv_exc_BlockingIOError;
#endif
#ifdef EINPROGRESS
    case EINPROGRESS: return &pv_exc_BlockingIOError;
#endif
    case ECHILD: return &pv_exc_ChildProcessError;
    case EPIPE: return &pv_exc_BrokenPipeError;
#ifdef ESHUTDOWN
    case ESHUTDOWN: return &pv_exc_BrokenPipeError;
#endif
#ifdef ECONNABORTED
    case ECONNABORTED: return &pv_exc_ConnectionAbortedError;
#endif
#ifdef ECONNREFUSED
    case ECONNREFUSED: return &pv_exc_ConnectionRefusedError;
#endif
#ifdef ECONNRESET
    case ECONNRESET: return &pv_exc_ConnectionResetError;
#endif
    case EEXIST: return &pv_exc_FileExistsError;
    case ENOENT: return &pv_exc_FileNotFoundError;
    case EISDIR: return &pv_exc_IsADirectoryError;
    case ENOTDIR: return &pv_exc_NotADirectoryError;
    case EINTR: return &pv_exc_InterruptedError;
    case EACCES: return &pv_exc_PermissionError;
    case EPERM: return &pv_exc_PermissionError;
    case ESRCH: return &pv_exc_ProcessLookupError;
#ifdef ETIMEDOUT
    case ETIMEDOUT: return &pv_exc_TimeoutError;
#endif
    default: return NULL;
    }
}

static Value new_os(PvType *type, Value args)
{
    int64_t n = PV_TUPLE_LEN(args);
    const Value *a = PV_TUPLE_ITEMS(args);
    Value myerrno = V_NULL, strerror = V_NULL, filename = V_NULL, filename2 = V_NULL;
    if (n >= 2 && n <= 5) {
        myerrno = a[0];
        strerror = a[1];
        if (n >= 3) filename = a[2];
        if (n >= 5) filename2 = a[4];
        int64_t err;
        if (type == &pv_exc_OSError && is_int(myerrno) && pv_int_as_i64(myerrno, &err)) {
            PvType *sub = os_subtype(err);
            if (sub)
                type = sub;
        }
    }
    PvExcOS *o = (PvExcOS *)alloc_exc(type, args);
    o->written = -1;
    if (filename && filename != V_NONE) {
        double d;
        if (type == &pv_exc_BlockingIOError && pv_number_as_double(filename, &d)) {
            int64_t w;
            if (pv_index(filename, &w) < 0) {
                /* PyNumber_AsSsize_t(filename, ValueError) */
                return V_NULL;
            }
            o->written = w;
        } else {
            o->filename = filename;
            if (filename2 && filename2 != V_NONE)
                o->filename2 = filename2;
            o->e.args = pv_tuple_from(2, a);
        }
    }
    o->myerrno = myerrno;
    o->strerror = strerror;
    return v_from(o);
}

/* "UOnnU"-style argument checks shared by the Unicode errors */
static bool want_str(Value v, int pos)
{
    if (is_str(v))
        return true;
    raisef(&pv_exc_TypeError, "argument %d must be str, not %s", pos, pv_type_name(v));
    return false;
}

static Value new_unicode(PvType *type, enum family fam, Value args)
{
    int64_t n = PV_TUPLE_LEN(args);
    const Value *a = PV_TUPLE_ITEMS(args);
    PvExcUnicode *u = (PvExcUnicode *)alloc_exc(type, args);
    if (fam == FAM_UNICODE)
        return v_from(u);
    int want = fam == FAM_UTRANSLATE ? 4 : 5;
    if (n != want)
        return raisef(&pv_exc_TypeError, "function takes exactly %d arguments (%lld given)", want,
                      (long long)n);
    int i = 0;
    if (fam != FAM_UTRANSLATE) {
        if (!want_str(a[0], 1))
            return V_NULL;
        u->encoding = a[i++];
    }
    Value obj = a[i];
    if (fam == FAM_UDECODE) {
        if (v_is(obj, &pv_bytearray_type)) {
            PvByteArray *ba = (PvByteArray *)v_obj(obj);
            obj = pv_bytes(ba->data, (size_t)ba->len);
        } else if (!v_isinstance(obj, &pv_bytes_type)) {
            return raisef(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                          pv_type_name(obj));
        }
    } else if (!want_str(obj, i + 1)) {
        return V_NULL;
    }
    u->object = obj;
    i++;
    int64_t tmp;
    if (pv_index(a[i], &tmp) < 0 || pv_index(a[i + 1], &tmp) < 0)
        return V_NULL;
    u->start = a[i];
    u->end = a[i + 1];
    if (!want_str(a[i + 2], i + 3))
        return V_NULL;
    u->reason = a[i + 2];
    return v_from(u);
}

static Value new_syntax(PvType *type, Value args)
{
    int64_t n = PV_TUPLE_LEN(args);
    PvExcSyntax *s = (PvExcSyntax *)alloc_exc(type, args);
    if (n >= 1)
        s->msg = PV_TUPLE_ITEMS(args)[0];
    if (n == 2) {
        Value info = pv_sequence_tuple(PV_TUPLE_ITEMS(args)[1]);
        if (!info)
            return V_NULL;
        int64_t m = PV_TUPLE_LEN(info);
        if (m < 4)
            return raisef(&pv_exc_TypeError, "function takes at least 4 arguments (%lld given)",
                          (long long)m);
        if (m > 6)
            return raisef(&pv_exc_TypeError, "function takes at most 6 arguments (%lld given)",
                          (long long)m);
        const Value *f = PV_TUPLE_ITEMS(info);
        s->filename = f[0];
        s->lineno = f[1];
        s->offset = f[2];
        s->text = f[3];
        if (m >= 5) s->end_lineno = f[4];
        if (m >= 6) s->end_offset = f[5];
        if (m == 5)
            return raisef(&pv_exc_TypeError,
                          "end_offset must be provided when end_lineno is provided");
    }
    return v_from(s);
}

static Value new_group(PvType *type, Value args)
{
    int64_t n = PV_TUPLE_LEN(args);
    if (n != 2)
        return raisef(&pv_exc_TypeError,
                      "BaseExceptionGroup.__new__() takes exactly 2 arguments (%lld given)",
                      (long long)n);
    Value msg = PV_TUPLE_ITEMS(args)[0], seq = PV_TUPLE_ITEMS(args)[1];
    if (!is_str(msg))
        return raisef(&pv_exc_TypeError,
                      "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                      pv_type_name(msg));
    /* PySequence_Check: has __getitem__ and is not a dict */
    PvType *st = pv_type(seq);
    if (!st->getitem || pv_type_is_subtype(st, &pv_dict_type))
        return raisef(&pv_exc_TypeError, "second argument (exceptions) must be a sequence");
    Value excs = pv_sequence_tuple(seq);
    if (!excs)
        return V_NULL;
    int64_t m = PV_TUPLE_LEN(excs);
    if (m == 0)
        return raisef(&pv_exc_ValueError,
                      "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (int64_t i = 0; i < m; i++) {
        Value e = PV_TUPLE_ITEMS(excs)[i];
        if (!pv_exc_is_instance(e))
            return raisef(&pv_exc_ValueError,
                          "Item %lld of second argument (exceptions) is not an exception",
                          (long long)i);
        if (!pv_exc_isinstance(e, &pv_exc_Exception))
            nested_base = true;
    }
    if (type == &pv_exc_BaseExceptionGroup) {
        if (!nested_base)
            type = &pv_exc_ExceptionGroup;
    } else if (type == &pv_exc_ExceptionGroup) {
        if (nested_base)
            return raisef(&pv_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && !pv_exc_subtype(type, &pv_exc_Exception)) {
        /* a user subclass of BaseExceptionGroup only: allowed */
    } else if (nested_base) {
        return raisef(&pv_exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    PvExcGroup *g = (PvExcGroup *)alloc_exc(type, args);
    g->msg = msg;
    g->excs = excs;
    return v_from(g);
}

Value pv_exc_new_checked(PvType *type, Value args)
{
    PvException *e;
    int64_t n = PV_TUPLE_LEN(args);
    switch (family_of(type)) {
    case FAM_OS: return new_os(type, args);
    case FAM_SYNTAX: return new_syntax(type, args);
    case FAM_GROUP: return new_group(type, args);
    case FAM_UNICODE: return new_unicode(type, FAM_UNICODE, args);
    case FAM_UDECODE: return new_unicode(type, FAM_UDECODE, args);
    case FAM_UENCODE: return new_unicode(type, FAM_UENCODE, args);
    case FAM_UTRANSLATE: return new_unicode(type, FAM_UTRANSLATE, args);
    case FAM_STOPITER:
        e = alloc_exc(type, args);
        e->value = n ? PV_TUPLE_ITEMS(args)[0] : V_NONE;
        return v_from(e);
    case FAM_SYSEXIT:
        e = alloc_exc(type, args);
        e->value = n == 0 ? V_NONE : n == 1 ? PV_TUPLE_ITEMS(args)[0] : args;
        return v_from(e);
    case FAM_IMPORT: {
        PvExcImport *im = (PvExcImport *)alloc_exc(type, args);
        im->msg = n == 1 ? PV_TUPLE_ITEMS(args)[0] : V_NULL;
        im->e.name = V_NULL;
        return v_from(im);
    }
    case FAM_NAME:
        e = alloc_exc(type, args);
        e->obj = V_NULL; /* the frame's globals, for suggestions (not an attribute) */
        return v_from(e);
    default:
        return v_from(alloc_exc(type, args));
    }
}

Value pv_exc_new(PvType *type, Value args)
{
    if (!args)
        args = pv_tuple_new(0);
    return pv_exc_new_checked(type, args);
}

/* Keyword arguments: only ImportError (name, path), AttributeError (name,
 * obj) and NameError (name) take any. */
static Value exc_type_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    int nkw = kwnames ? (int)PV_TUPLE_LEN(kwnames) : 0;
    int npos = argc - nkw;
    enum family fam = family_of(type);
    if ((type->flags & PV_TF_HEAPTYPE) && nkw) {
        /* a class's keyword arguments are its __init__'s business
         * (BaseException.__init__ refuses them, as in CPython) */
        argc = npos;
        nkw = 0;
        kwnames = V_NULL;
    }
    const char *allowed[3] = {NULL, NULL, NULL};
    const char *owner = NULL;
    if (fam == FAM_IMPORT) {
        allowed[0] = "name", allowed[1] = "path", owner = "ImportError";
    } else if (fam == FAM_ATTR) {
        allowed[0] = "name", allowed[1] = "obj", owner = "AttributeError";
    } else if (fam == FAM_NAME) {
        allowed[0] = "name", owner = "NameError";
    }
    Value kwval[2] = {V_NULL, V_NULL};
    for (int i = 0; i < nkw; i++) {
        Value k = PV_TUPLE_ITEMS(kwnames)[i];
        if (!owner)
            return raisef(&pv_exc_TypeError, "%s() takes no keyword arguments", type->name);
        int j = 0;
        while (j < 2 && !(allowed[j] && pv_str_eq_cstr(k, allowed[j])))
            j++;
        if (j == 2) {
            size_t len;
            const char *ks = pv_str_utf8(k, &len);
            return raisef(&pv_exc_TypeError, "'%s' is an invalid keyword argument for %s()", ks,
                          owner);
        }
        kwval[j] = argv[npos + i];
    }
    Value exc = pv_exc_new_checked(type, pv_tuple_from(npos, argv));
    if (!exc)
        return V_NULL;
    PvException *e = X(exc);
    if (fam == FAM_IMPORT) {
        e->name = kwval[0];
        ((PvExcImport *)e)->path = kwval[1];
    } else if (fam == FAM_ATTR) {
        e->name = or_none(kwval[0]);
        e->obj = or_none(kwval[1]);
    } else if (fam == FAM_NAME) {
        e->name = or_none(kwval[0]);
    }
    return exc;
}

/* BaseException.__init__: called after new for classes (a subclass's
 * super().__init__(...)); sets args again */
static int exc_init(Value self, int argc, const Value *argv, Value kwnames)
{
    int nkw = kwnames ? (int)PV_TUPLE_LEN(kwnames) : 0;
    enum family fam = family_of(pv_type(self));
    if (nkw && fam != FAM_IMPORT && fam != FAM_ATTR && fam != FAM_NAME) {
        raisef(&pv_exc_TypeError, "%s() takes no keyword arguments", pv_type(self)->name);
        return -1;
    }
    X(self)->args = pv_tuple_from(argc - nkw, argv);
    return 0;
}

/* ---- repr and str ---- */
static Value exc_repr(Value self)
{
    Value args = X(self)->args;
    const char *name = pv_type(self)->name;
    if (PV_TUPLE_LEN(args) == 1) {
        Value r = pv_repr(PV_TUPLE_ITEMS(args)[0]);
        if (!r)
            return V_NULL;
        size_t n;
        const char *s = pv_str_utf8(r, &n);
        Value head = pv_str_printf("%s(", name);
        return pv_str_concat(pv_str_concat(head, pv_str_from_utf8(s, n)), pv_str_cstr(")"));
    }
    Value r = pv_repr(args);
    if (!r)
        return V_NULL;
    return pv_str_concat(pv_str_cstr(name), r);
}

static Value base_str(Value self)
{
    Value args = X(self)->args;
    int64_t n = PV_TUPLE_LEN(args);
    if (n == 0)
        return pv_str_cstr("");
    if (n == 1)
        return pv_str(PV_TUPLE_ITEMS(args)[0]);
    return pv_str(args);
}

/* the part after the last '/' (SyntaxError's str shows a basename) */
static Value basename_of(Value path)
{
    int64_t n = pv_str_len(path), i = n;
    while (i > 0 && pv_str_char(path, i - 1) != '/')
        i--;
    if (i == 0)
        return path;
    PvStrBuf b;
    pv_sb_init(&b);
    for (; i < n; i++)
        pv_sb_char(&b, pv_str_char(path, i));
    return pv_sb_finish(&b);
}

static Value syntax_str(PvExcSyntax *s)
{
    Value filename = s->filename && is_str(s->filename) ? basename_of(s->filename) : V_NULL;
    bool have_lineno = s->lineno && (v_is_small(s->lineno) || v_is(s->lineno, &pv_int_type));
    Value msg = pv_str(or_none(s->msg));
    if (!msg)
        return V_NULL;
    if (!filename && !have_lineno)
        return msg;
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_str(&b, msg);
    pv_sb_ascii(&b, " (");
    if (filename)
        pv_sb_str(&b, filename);
    if (have_lineno) {
        if (filename)
            pv_sb_ascii(&b, ", ");
        pv_sb_ascii(&b, "line ");
        pv_sb_str(&b, pv_int_repr(s->lineno));
    }
    pv_sb_char(&b, ')');
    return pv_sb_finish(&b);
}

static Value os_str(Value self)
{
    PvExcOS *o = (PvExcOS *)v_obj(self);
    Value en = o->myerrno ? o->myerrno : V_NONE, se = o->strerror ? o->strerror : V_NONE;
    if (o->filename || (o->myerrno && o->strerror)) {
        Value s1 = pv_str(en), s2 = pv_str(se);
        if (!s1 || !s2)
            return V_NULL;
        PvStrBuf b;
        pv_sb_init(&b);
        pv_sb_ascii(&b, "[Errno ");
        pv_sb_str(&b, s1);
        pv_sb_ascii(&b, "] ");
        pv_sb_str(&b, s2);
        if (o->filename) {
            Value r = pv_repr(o->filename);
            if (!r)
                return V_NULL;
            pv_sb_ascii(&b, ": ");
            pv_sb_str(&b, r);
            if (o->filename2) {
                Value r2 = pv_repr(o->filename2);
                if (!r2)
                    return V_NULL;
                pv_sb_ascii(&b, " -> ");
                pv_sb_str(&b, r2);
            }
        }
        return pv_sb_finish(&b);
    }
    return base_str(self);
}

static Value unicode_str(Value self, enum family fam)
{
    PvExcUnicode *u = (PvExcUnicode *)v_obj(self);
    if (!u->object)
        return pv_str_cstr("");
    int64_t start, end;
    if (pv_index(u->start, &start) < 0 || pv_index(u->end, &end) < 0)
        return V_NULL;
    Value reason = pv_str(u->reason), enc = fam == FAM_UTRANSLATE ? V_NULL : pv_str(u->encoding);
    if (!reason || (fam != FAM_UTRANSLATE && !enc))
        return V_NULL;
    int64_t len = fam == FAM_UDECODE ? ((PvBytes *)v_obj(u->object))->len : pv_str_len(u->object);
    PvStrBuf b;
    pv_sb_init(&b);
    if (enc) {
        pv_sb_char(&b, '\'');
        pv_sb_str(&b, enc);
        pv_sb_ascii(&b, "' codec can't ");
    } else {
        pv_sb_ascii(&b, "can't ");
    }
    const char *verb = fam == FAM_UDECODE ? "decode" : fam == FAM_UENCODE ? "encode" : "translate";
    char buf[96];
    if (start >= 0 && start < len && end == start + 1) {
        if (fam == FAM_UDECODE) {
            snprintf(buf, sizeof buf, "%s byte 0x%02x in position %lld: ", verb,
                     ((PvBytes *)v_obj(u->object))->data[start], (long long)start);
        } else {
            uint32_t c = pv_str_char(u->object, start);
            const char *fmt = c <= 0xff     ? "%s character '\\x%02x' in position %lld: "
                              : c <= 0xffff ? "%s character '\\u%04x' in position %lld: "
                                            : "%s character '\\U%08x' in position %lld: ";
            snprintf(buf, sizeof buf, fmt, verb, (unsigned)c, (long long)start);
        }
    } else {
        snprintf(buf, sizeof buf, "%s %s in position %lld-%lld: ", verb,
                 fam == FAM_UDECODE ? "bytes" : "characters", (long long)start,
                 (long long)(end - 1));
    }
    pv_sb_ascii(&b, buf);
    pv_sb_str(&b, reason);
    return pv_sb_finish(&b);
}

static Value group_str(Value self)
{
    PvExcGroup *g = (PvExcGroup *)v_obj(self);
    int64_t n = PV_TUPLE_LEN(g->excs);
    Value s = pv_str(g->msg);
    if (!s)
        return V_NULL;
    return pv_str_concat(s, pv_str_printf(" (%lld sub-exception%s)", (long long)n,
                                          n > 1 ? "s" : ""));
}

static Value exc_str(Value self)
{
    PvException *e = X(self);
    switch (family_of(pv_type(self))) {
    case FAM_KEY:
        if (PV_TUPLE_LEN(e->args) == 1)
            return pv_repr(PV_TUPLE_ITEMS(e->args)[0]);
        return base_str(self);
    case FAM_IMPORT: {
        Value msg = ((PvExcImport *)e)->msg;
        if (msg && v_is(msg, &pv_str_type))
            return msg;
        return base_str(self);
    }
    case FAM_OS: return os_str(self);
    case FAM_SYNTAX: return syntax_str((PvExcSyntax *)e);
    case FAM_UDECODE: return unicode_str(self, FAM_UDECODE);
    case FAM_UENCODE: return unicode_str(self, FAM_UENCODE);
    case FAM_UTRANSLATE: return unicode_str(self, FAM_UTRANSLATE);
    case FAM_GROUP: return group_str(self);
    default: return base_str(self);
    }
}

Value pv_exc_str(Value exc)
{
    PvType *t = pv_type(exc);
    if (t->str)
        return t->str(exc);
    return pv_str(exc);
}

/* ---- attributes ---- */
typedef struct Member {
    const char *name;
    size_t offset;
    bool readonly;
} Member;

#define M(n, type, field) {n, offsetof(type, field), false}
static const Member stopiter_members[] = {M("value", PvException, value), {NULL, 0, 0}};
static const Member sysexit_members[] = {M("code", PvException, value), {NULL, 0, 0}};
static const Member import_members[] = {M("msg", PvExcImport, msg), M("name", PvException, name),
                                        M("path", PvExcImport, path), {NULL, 0, 0}};
static const Member attr_members[] = {M("name", PvException, name), M("obj", PvException, obj),
                                      {NULL, 0, 0}};
static const Member name_members[] = {M("name", PvException, name), {NULL, 0, 0}};
static const Member os_members[] = {M("errno", PvExcOS, myerrno), M("strerror", PvExcOS, strerror),
                                    M("filename", PvExcOS, filename),
                                    M("filename2", PvExcOS, filename2), {NULL, 0, 0}};
static const Member syntax_members[] = {
    M("msg", PvExcSyntax, msg), M("filename", PvExcSyntax, filename),
    M("lineno", PvExcSyntax, lineno), M("offset", PvExcSyntax, offset),
    M("text", PvExcSyntax, text), M("end_lineno", PvExcSyntax, end_lineno),
    M("end_offset", PvExcSyntax, end_offset),
    M("print_file_and_line", PvExcSyntax, print_file_and_line), {NULL, 0, 0}};
static const Member unicode_members[] = {
    M("encoding", PvExcUnicode, encoding), M("object", PvExcUnicode, object),
    M("start", PvExcUnicode, start), M("end", PvExcUnicode, end),
    M("reason", PvExcUnicode, reason), {NULL, 0, 0}};
static const Member group_members[] = {{"message", offsetof(PvExcGroup, msg), true},
                                       {"exceptions", offsetof(PvExcGroup, excs), true},
                                       {NULL, 0, 0}};
#undef M

static const Member *members_of(enum family fam)
{
    switch (fam) {
    case FAM_STOPITER: return stopiter_members;
    case FAM_SYSEXIT: return sysexit_members;
    case FAM_IMPORT: return import_members;
    case FAM_ATTR: return attr_members;
    case FAM_NAME: return name_members;
    case FAM_OS: return os_members;
    case FAM_SYNTAX: return syntax_members;
    case FAM_UNICODE:
    case FAM_UDECODE:
    case FAM_UENCODE:
    case FAM_UTRANSLATE: return unicode_members;
    case FAM_GROUP: return group_members;
    default: return NULL;
    }
}

static const Member *find_member(Value self, Value name)
{
    const Member *m = members_of(family_of(pv_type(self)));
    for (; m && m->name; m++)
        if (pv_str_eq_cstr(name, m->name))
            return m;
    return NULL;
}

static Value *member_slot(Value self, const Member *m)
{
    return (Value *)((char *)v_obj(self) + m->offset);
}

static Value get_dict(PvException *e)
{
    if (!e->dict)
        e->dict = pv_dict_new();
    return e->dict;
}

static Value exc_getattr(Value self, Value name)
{
    PvException *e = X(self);
    if (pv_str_eq_cstr(name, "args"))
        return e->args;
    if (pv_str_eq_cstr(name, "__traceback__"))
        return e->traceback;
    if (pv_str_eq_cstr(name, "__context__"))
        return e->context;
    if (pv_str_eq_cstr(name, "__cause__"))
        return e->cause;
    if (pv_str_eq_cstr(name, "__suppress_context__"))
        return v_bool(e->suppress_context);
    if (pv_str_eq_cstr(name, "__notes__"))
        return e->notes; /* V_NULL: not found */
    if (pv_str_eq_cstr(name, "__dict__"))
        return get_dict(e);
    const Member *m = find_member(self, name);
    if (m)
        return or_none(*member_slot(self, m));
    if (family_of(pv_type(self)) == FAM_OS && pv_str_eq_cstr(name, "characters_written")) {
        int64_t w = ((PvExcOS *)e)->written;
        if (w < 0) {
            pv_err_set_str(&pv_exc_AttributeError, "characters_written");
            return V_NULL;
        }
        return pv_int_from_i64(w);
    }
    if (e->dict) {
        Value v = pv_dict_get(e->dict, name);
        if (v || pv_err_occurred())
            return v;
    }
    return V_NULL;
}

static bool check_exc_or_none(Value v, const char *what)
{
    if (v == V_NONE || pv_exc_is_instance(v))
        return true;
    raisef(&pv_exc_TypeError, "exception %s must be None or derive from BaseException", what);
    return false;
}

static int set_traceback(PvException *e, Value val)
{
    if (val != V_NONE && !v_is(val, &pv_traceback_type)) {
        pv_err_set_str(&pv_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    e->traceback = val;
    return 0;
}

static int no_delete(const char *what)
{
    raisef(&pv_exc_TypeError, "%s may not be deleted", what);
    return -1;
}

static int exc_setattr(Value self, Value name, Value val)
{
    PvException *e = X(self);
    if (pv_str_eq_cstr(name, "args")) {
        if (!val)
            return no_delete("args");
        Value t = pv_sequence_tuple(val);
        if (!t)
            return -1;
        e->args = t;
        return 0;
    }
    if (pv_str_eq_cstr(name, "__traceback__"))
        return val ? set_traceback(e, val) : no_delete("__traceback__");
    if (pv_str_eq_cstr(name, "__cause__")) {
        if (!val)
            return no_delete("__cause__");
        if (!check_exc_or_none(val, "cause"))
            return -1;
        e->cause = val;
        e->suppress_context = true;
        return 0;
    }
    if (pv_str_eq_cstr(name, "__context__")) {
        if (!val)
            return no_delete("__context__");
        if (!check_exc_or_none(val, "context"))
            return -1;
        e->context = val;
        return 0;
    }
    if (pv_str_eq_cstr(name, "__suppress_context__")) {
        if (!val) {
            pv_err_set_str(&pv_exc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        if (val != V_TRUE && val != V_FALSE) {
            pv_err_set_str(&pv_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        e->suppress_context = val == V_TRUE;
        return 0;
    }
    if (pv_str_eq_cstr(name, "__notes__")) {
        if (!val && !e->notes)
            goto missing;
        e->notes = val;
        return 0;
    }
    if (pv_str_eq_cstr(name, "__dict__")) {
        if (!val || !v_isinstance(val, &pv_dict_type)) {
            pv_err_set_str(&pv_exc_TypeError, "__dict__ must be set to a dictionary");
            return -1;
        }
        e->dict = val;
        return 0;
    }
    const Member *m = find_member(self, name);
    if (m) {
        if (m->readonly) {
            pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
            return -1;
        }
        *member_slot(self, m) = val;
        return 0;
    }
    if (family_of(pv_type(self)) == FAM_OS && pv_str_eq_cstr(name, "characters_written")) {
        PvExcOS *o = (PvExcOS *)e;
        if (!val) {
            if (o->written < 0) {
                pv_err_set_str(&pv_exc_AttributeError, "characters_written");
                return -1;
            }
            o->written = -1;
            return 0;
        }
        int64_t w;
        if (pv_index(val, &w) < 0)
            return -1;
        o->written = w;
        return 0;
    }
    if (val)
        return pv_dict_set(get_dict(e), name, val);
    if (e->dict) {
        Value old = pv_dict_get(e->dict, name);
        if (old)
            return pv_dict_del(e->dict, name);
        if (pv_err_occurred())
            return -1;
    }
missing:;
    size_t n;
    const char *s = pv_str_utf8(name, &n);
    raisef(&pv_exc_AttributeError, "'%s' object has no attribute '%s'", pv_type(self)->name, s);
    return -1;
}

/* ---- methods ---- */
static bool one_arg(const char *fname, int argc, Value kwnames)
{
    if (kwnames && PV_TUPLE_LEN(kwnames) > 0) {
        raisef(&pv_exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (argc != 1) {
        raisef(&pv_exc_TypeError, "%s() takes exactly one argument (%d given)", fname, argc);
        return false;
    }
    return true;
}

static Value m_with_traceback(Value self, int argc, const Value *argv, Value kwnames)
{
    if (!one_arg("BaseException.with_traceback", argc, kwnames))
        return V_NULL;
    if (set_traceback(X(self), argv[0]) < 0)
        return V_NULL;
    return self;
}

static Value m_add_note(Value self, int argc, const Value *argv, Value kwnames)
{
    if (!one_arg("BaseException.add_note", argc, kwnames))
        return V_NULL;
    Value note = argv[0];
    if (!is_str(note))
        return raisef(&pv_exc_TypeError, "note must be a str, not '%s'", pv_type_name(note));
    PvException *e = X(self);
    if (!e->notes)
        e->notes = pv_list_new(0);
    if (!v_isinstance(e->notes, &pv_list_type))
        return raisef(&pv_exc_TypeError, "Cannot add note: __notes__ is not a list");
    pv_list_append(e->notes, note);
    return V_NONE;
}

static const PvMethodDef exc_methods[] = {
    {"with_traceback", m_with_traceback, 0},
    {"add_note", m_add_note, 0},
    {NULL, NULL, 0},
};

/* ---- exception groups ---- */
static bool is_group(Value v) { return v_isinstance(v, &pv_exc_BaseExceptionGroup); }

static Value create_group(const char *msg, Value excs)
{
    Value args[2] = {pv_str_cstr(msg), excs};
    return pv_exc_new_checked(&pv_exc_BaseExceptionGroup, pv_tuple_from(2, args));
}

static Value m_derive(Value self, int argc, const Value *argv, Value kwnames)
{
    if (kwnames && PV_TUPLE_LEN(kwnames) > 0)
        return raisef(&pv_exc_TypeError, "BaseExceptionGroup.derive() takes no keyword arguments");
    /* the count message of PyArg_ParseTuple, which derive uses */
    if (argc != 1)
        return raisef(&pv_exc_TypeError, "function takes exactly 1 argument (%d given)", argc);
    Value args[2] = {((PvExcGroup *)v_obj(self))->msg, argv[0]};
    return pv_exc_new_checked(&pv_exc_BaseExceptionGroup, pv_tuple_from(2, args));
}

enum match_kind { MATCH_BY_TYPE, MATCH_BY_PREDICATE, MATCH_INSTANCE_IDS };

static int matcher_kind(Value v, enum match_kind *kind)
{
    if (pv_type(v)->call && !pv_is_type(v)) {
        *kind = MATCH_BY_PREDICATE;
        return 0;
    }
    if (pv_exc_is_type(v)) {
        *kind = MATCH_BY_TYPE;
        return 0;
    }
    if (v_is(v, &pv_tuple_type)) {
        for (int64_t i = 0; i < PV_TUPLE_LEN(v); i++)
            if (!pv_exc_is_type(PV_TUPLE_ITEMS(v)[i]))
                goto bad;
        *kind = MATCH_BY_TYPE;
        return 0;
    }
bad:
    pv_err_set_str(&pv_exc_TypeError,
                   "expected a function, exception type or tuple of exception types");
    return -1;
}

/* matcher for MATCH_INSTANCE_IDS: a list of leaf exceptions, compared by
 * identity (CPython keeps a set of ids) */
static bool list_has(Value list, Value v)
{
    for (int64_t i = 0; i < PV_LIST_LEN(list); i++)
        if (PV_LIST_ITEMS(list)[i] == v)
            return true;
    return false;
}

static int split_check(Value exc, enum match_kind kind, Value matcher)
{
    switch (kind) {
    case MATCH_BY_TYPE: return pv_exc_given_matches(exc, matcher);
    case MATCH_BY_PREDICATE: {
        Value r = pv_call1(matcher, exc);
        if (!r)
            return -1;
        return pv_truth(r);
    }
    default: return list_has(matcher, exc);
    }
}

/* orig.derive(excs) with orig's traceback, context, cause and a copy of
 * its notes (CPython's exceptiongroup_subset); *out None-less: V_NULL for
 * an empty excs */
static int group_subset(Value orig, Value excs, Value *out)
{
    *out = V_NULL;
    if (PV_LIST_LEN(excs) == 0)
        return 0;
    Value eg;
    PvType *ot = pv_type(orig);
    if (ot == &pv_exc_BaseExceptionGroup || ot == &pv_exc_ExceptionGroup) {
        eg = m_derive(orig, 1, &excs, V_NULL);
    } else {
        Value derive = pv_getattr_cstr(orig, "derive");
        eg = derive ? pv_call1(derive, excs) : V_NULL;
    }
    if (!eg)
        return -1;
    if (!is_group(eg)) {
        pv_err_set_str(&pv_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    PvException *o = X(orig), *n = X(eg);
    n->traceback = o->traceback;
    n->context = o->context;
    n->cause = o->cause;
    if (o->cause != V_NONE)
        n->suppress_context = true;
    if (o->notes) {
        PvType *nt = pv_type(o->notes);
        if (nt->getitem && !pv_type_is_subtype(nt, &pv_dict_type)) {
            Value copy = pv_sequence_list(o->notes);
            if (!copy)
                return -1;
            n->notes = copy;
        }
    }
    *out = eg;
    return 0;
}

/* CPython's exceptiongroup_split_recursive; an empty match or rest is
 * V_NULL */
static int split_rec(Value exc, enum match_kind kind, Value matcher, bool construct_rest,
                     Value *match, Value *rest)
{
    *match = *rest = V_NULL;
    int is_match = split_check(exc, kind, matcher);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = exc;
        return 0;
    }
    if (!is_group(exc)) {
        if (construct_rest)
            *rest = exc;
        return 0;
    }
    Value excs = ((PvExcGroup *)v_obj(exc))->excs;
    Value match_list = pv_list_new(0), rest_list = construct_rest ? pv_list_new(0) : V_NULL;
    for (int64_t i = 0; i < PV_TUPLE_LEN(excs); i++) {
        Value m, r;
        if (pv_enter_recursive_call(" in exceptiongroup_split_recursive") < 0)
            return -1;
        int rc = split_rec(PV_TUPLE_ITEMS(excs)[i], kind, matcher, construct_rest, &m, &r);
        pv_leave_recursive_call();
        if (rc < 0)
            return -1;
        if (m)
            pv_list_append(match_list, m);
        if (r)
            pv_list_append(rest_list, r);
    }
    if (group_subset(exc, match_list, match) < 0)
        return -1;
    if (construct_rest && group_subset(exc, rest_list, rest) < 0)
        return -1;
    return 0;
}

static bool unpack_one(const char *fname, int argc, Value kwnames)
{
    if (kwnames && PV_TUPLE_LEN(kwnames) > 0) {
        raisef(&pv_exc_TypeError, "BaseExceptionGroup.%s() takes no keyword arguments", fname);
        return false;
    }
    if (argc != 1) {
        raisef(&pv_exc_TypeError, "%s expected 1 argument, got %d", fname, argc);
        return false;
    }
    return true;
}

static Value m_split(Value self, int argc, const Value *argv, Value kwnames)
{
    enum match_kind kind;
    if (!unpack_one("split", argc, kwnames) || matcher_kind(argv[0], &kind) < 0)
        return V_NULL;
    Value m, r;
    if (split_rec(self, kind, argv[0], true, &m, &r) < 0)
        return V_NULL;
    Value pair[2] = {or_none(m), or_none(r)};
    return pv_tuple_from(2, pair);
}

static Value m_subgroup(Value self, int argc, const Value *argv, Value kwnames)
{
    enum match_kind kind;
    if (!unpack_one("subgroup", argc, kwnames) || matcher_kind(argv[0], &kind) < 0)
        return V_NULL;
    Value m, r;
    if (split_rec(self, kind, argv[0], false, &m, &r) < 0)
        return V_NULL;
    return or_none(m);
}

static const PvMethodDef group_methods[] = {
    {"with_traceback", m_with_traceback, 0},
    {"add_note", m_add_note, 0},
    {"derive", m_derive, 0},
    {"split", m_split, 0},
    {"subgroup", m_subgroup, 0},
    {NULL, NULL, 0},
};

int pv_exc_group_match(Value exc_value, Value match_type, Value *match, Value *rest)
{
    *match = *rest = V_NONE;
    if (exc_value == V_NONE)
        return 0;
    if (pv_exc_given_matches(exc_value, match_type)) {
        if (is_group(exc_value)) {
            *match = exc_value;
        } else {
            Value wrapped = create_group("", tuple1(exc_value));
            if (!wrapped)
                return -1;
            *match = wrapped;
        }
        return 0;
    }
    if (is_group(exc_value)) {
        Value pair;
        if (pv_type(exc_value) == &pv_exc_BaseExceptionGroup ||
            pv_type(exc_value) == &pv_exc_ExceptionGroup) {
            pair = m_split(exc_value, 1, &match_type, V_NULL);
        } else {
            Value split = pv_getattr_cstr(exc_value, "split");
            pair = split ? pv_call1(split, match_type) : V_NULL;
        }
        if (!pair)
            return -1;
        if (!v_is(pair, &pv_tuple_type) || PV_TUPLE_LEN(pair) != 2) {
            pv_err_set_str(&pv_exc_TypeError, "split must return a 2-tuple");
            return -1;
        }
        *match = PV_TUPLE_ITEMS(pair)[0];
        *rest = PV_TUPLE_ITEMS(pair)[1];
    }
    return 0;
}

static int collect_leaves(Value exc, Value list)
{
    if (exc == V_NONE)
        return 0;
    if (!is_group(exc)) {
        pv_list_append(list, exc);
        return 0;
    }
    Value excs = ((PvExcGroup *)v_obj(exc))->excs;
    for (int64_t i = 0; i < PV_TUPLE_LEN(excs); i++) {
        if (pv_enter_recursive_call(" in collect_exception_group_leaf_ids") < 0)
            return -1;
        int rc = collect_leaves(PV_TUPLE_ITEMS(excs)[i], list);
        pv_leave_recursive_call();
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* the part of eg whose leaves are those of the exceptions in keep */
static Value group_projection(Value eg, Value keep)
{
    Value leaves = pv_list_new(0);
    for (int64_t i = 0; i < PV_LIST_LEN(keep); i++)
        if (collect_leaves(PV_LIST_ITEMS(keep)[i], leaves) < 0)
            return V_NULL;
    Value m, r;
    if (split_rec(eg, MATCH_INSTANCE_IDS, leaves, false, &m, &r) < 0)
        return V_NULL;
    return or_none(m);
}

static bool same_metadata(Value a, Value b)
{
    PvException *x = X(a), *y = X(b);
    return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

Value pv_exc_prep_reraise_star(Value orig, Value excs)
{
    int64_t n = PV_LIST_LEN(excs);
    if (n == 0)
        return V_NONE;
    if (!is_group(orig)) {
        /* a naked exception was caught and wrapped: at most one clause ran */
        return PV_LIST_ITEMS(excs)[0];
    }
    Value raised = pv_list_new(0), reraised = pv_list_new(0);
    for (int64_t i = 0; i < n; i++) {
        Value e = PV_LIST_ITEMS(excs)[i];
        if (e == V_NONE)
            continue;
        pv_list_append(same_metadata(e, orig) ? reraised : raised, e);
    }
    Value reraised_eg = group_projection(orig, reraised);
    if (!reraised_eg)
        return V_NULL;
    if (PV_LIST_LEN(raised) == 0)
        return reraised_eg;
    if (reraised_eg != V_NONE)
        pv_list_append(raised, reraised_eg);
    /* 3.11 wraps even a single raised exception (3.12 stopped doing so) */
    return create_group("", raised);
}

/* ---- helpers for the interpreter's errors ---- */
Value pv_exc_name_error(Value msg, Value name, Value globals)
{
    Value exc = pv_exc_new(&pv_exc_NameError, tuple1(msg));
    X(exc)->name = name;
    X(exc)->obj = globals;
    pv_err_set(exc);
    return V_NULL;
}

Value pv_exc_attribute_error(Value msg, Value obj, Value name)
{
    Value exc = pv_exc_new(&pv_exc_AttributeError, tuple1(msg));
    X(exc)->name = name;
    X(exc)->obj = obj;
    pv_err_set(exc);
    return V_NULL;
}
