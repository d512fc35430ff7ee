/* vm/objects.h: the layouts and constructors of pvm's built-in types, one
 * section per file that implements them.  Only what other files need is
 * here; a type's helpers stay static in its own file.
 * Conventions: constructors return V_NULL with an exception set only where
 * noted (allocation failure aborts: see gc.h); accessors assume the type was
 * checked (v_is / v_isinstance).
 */
#ifndef PVM_OBJECTS_H
#define PVM_OBJECTS_H

#include <gmp.h>
#include <stdio.h>

#include "value.h"

/* ---- int.c: int (small in the Value, else PvBigInt with GMP) and bool ---- */
typedef struct PvBigInt {
    PvObject ob;
    mpz_t z;         /* never fits a small int (canonical form) */
} PvBigInt;
extern PvType pv_bool_type;
Value pv_int_from_i64(int64_t i);
Value pv_int_from_mpz(const mpz_t z);          /* copies; normalises to small */
/* v an int (small, big or bool): to mpz (z initialised by the caller) */
void pv_int_to_mpz(Value v, mpz_t z);
/* int value in int64 range: true and *out, else false (no exception) */
bool pv_int_as_i64(Value v, int64_t *out);
/* __index__-style conversion of ints for indexing: raises
 * "'%s' object cannot be interpreted as an integer" / OverflowError
 * "cannot fit 'int' into an index-sized integer" like CPython */
int pv_index(Value v, int64_t *out);
Value pv_int_repr(Value v);                     /* str in base 10 */
/* int(str, base) parsing with CPython's rules and messages
 * ("invalid literal for int() with base 10: 'x'") */
Value pv_int_from_str(Value s, int base);
/* format(int, spec): the format mini-language for ints */
Value pv_int_format(Value v, Value spec);
/* CPython's hash of an int (modulo 2**61 - 1) */
int64_t pv_int_hash(Value v);

/* ---- float.c / complex.c ---- */
typedef struct PvFloat {
    PvObject ob;
    double d;
} PvFloat;
extern PvType pv_float_type;
Value pv_float(double d);
static inline double pv_float_val(Value v) { return ((PvFloat *)v_obj(v))->d; }
/* repr(float): shortest round-trip, byte-identical to CPython */
Value pv_float_repr(double d);
Value pv_float_format(Value v, Value spec);
int64_t pv_float_hash(double d);
/* int or float (or bool) operand to double; false if neither (no exception) */
bool pv_number_as_double(Value v, double *out);

typedef struct PvComplex {
    PvObject ob;
    double re, im;
} PvComplex;
extern PvType pv_complex_type;
Value pv_complex(double re, double im);

/* ---- str.c: str with PEP 393 storage (1, 2 or 4 bytes per code point, so
 * indexing is O(1)); hash cached ---- */
typedef struct PvStr {
    PvObject ob;
    int64_t len;       /* code points */
    int64_t hash;      /* -1: not computed yet */
    uint8_t kind;      /* 1, 2, 4 */
    bool ascii;
    bool interned;
    uint8_t pad_[5];   /* keeps data 8-aligned for 2- and 4-byte kinds */
    char data[];       /* len * kind bytes, then a NUL code unit */
} PvStr;
extern PvType pv_str_type;
Value pv_str_from_utf8(const char *s, size_t n);   /* surrogatepass UTF-8 */
Value pv_str_cstr(const char *s);                 /* ASCII / UTF-8 C string */
Value pv_str_intern(Value s);                     /* the one interned copy */
Value pv_str_intern_cstr(const char *s);
Value pv_str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline int64_t pv_str_len(Value s) { return ((PvStr *)v_obj(s))->len; }
uint32_t pv_str_char(Value s, int64_t i);
/* UTF-8 of s in collector memory, NUL-terminated; *n its length
 * (surrogates are encoded as 3 bytes: "surrogatepass") */
const char *pv_str_utf8(Value s, size_t *n);
bool pv_str_eq(Value a, Value b);
bool pv_str_eq_cstr(Value a, const char *s);
Value pv_str_concat(Value a, Value b);
/* repr(str) as CPython writes it (quotes, escapes, printable check) */
Value pv_str_repr(Value s);
/* str % args and str.format(*args, **kwargs) */
Value pv_str_mod(Value fmt, Value args);
/* builds a str from pieces: code units of the narrowest kind that holds
 * what arrived so far (latin-1 bytes until a wider char comes), in a small
 * inline array first; never copy a PvStrBuf by value */
typedef struct PvStrBuf {
    uint8_t *data;     /* len code units of `kind` bytes; cap of room */
    int64_t len, cap;
    uint32_t maxchar;  /* kind == the kind maxchar needs */
    uint8_t kind;
    uint8_t inline_[96];
} PvStrBuf;
void pv_sb_init(PvStrBuf *b);
void pv_sb_char(PvStrBuf *b, uint32_t c);
void pv_sb_ascii(PvStrBuf *b, const char *s);
void pv_sb_str(PvStrBuf *b, Value s);
Value pv_sb_finish(PvStrBuf *b);

/* ---- bytes.c: bytes and bytearray ---- */
typedef struct PvBytes {
    PvObject ob;
    int64_t len;
    int64_t hash;
    uint8_t data[];    /* len bytes then NUL */
} PvBytes;
typedef struct PvByteArray {
    PvObject ob;
    int64_t len, cap;
    uint8_t *data;
} PvByteArray;
extern PvType pv_bytes_type, pv_bytearray_type;
Value pv_bytes(const void *data, size_t n);
Value pv_bytes_repr(const uint8_t *data, int64_t n, char prefix_b_or_0);

/* ---- tuple.c, list.c ---- */
typedef struct PvTuple {
    PvObject ob;
    int64_t len;
    int64_t hash;      /* -1 not computed */
    Value items[];
} PvTuple;
typedef struct PvList {
    PvObject ob;
    int64_t len, cap;
    Value *items;
} PvList;
extern PvType pv_tuple_type, pv_list_type;
Value pv_tuple_new(int64_t n);                    /* items V_NONE-filled */
Value pv_tuple_from(int64_t n, const Value *items);
#define PV_TUPLE_LEN(t) (((PvTuple *)v_obj(t))->len)
#define PV_TUPLE_ITEMS(t) (((PvTuple *)v_obj(t))->items)
Value pv_list_new(int64_t n);                     /* length n, V_NONE-filled */
Value pv_list_from(int64_t n, const Value *items);
void pv_list_append(Value list, Value item);
int pv_list_extend(Value list, Value iterable);
Value pv_list_sort(Value list, Value key, bool reverse); /* V_NULL on error, else None */
#define PV_LIST_LEN(l) (((PvList *)v_obj(l))->len)
#define PV_LIST_ITEMS(l) (((PvList *)v_obj(l))->items)
/* any iterable to a new list / tuple */
Value pv_sequence_list(Value iterable);
Value pv_sequence_tuple(Value iterable);

/* ---- dict.c: insertion-ordered compact table (CPython's layout and
 * probing, so iteration order matches) ---- */
typedef struct PvDictEntry {
    int64_t hash;
    Value key, value;  /* key V_NULL: deleted */
} PvDictEntry;
typedef struct PvDict {
    PvObject ob;
    int64_t used;          /* live entries */
    int64_t nentries;      /* entries[] used, including deleted */
    int64_t size;          /* index table size (power of 2) */
    int64_t *index;        /* -1 empty, -2 dummy, else entry number */
    PvDictEntry *entries;  /* capacity: usable(size) */
    uint64_t version;      /* bumped on every change (global caches) */
} PvDict;
extern PvType pv_dict_type;
Value pv_dict_new(void);
/* lookups: V_NULL and no exception when missing; V_NULL with an exception
 * when hashing or comparing raised */
Value pv_dict_get(Value d, Value key);
Value pv_dict_get_str(Value d, Value key);       /* key an (interned) str: fast path */
int pv_dict_set(Value d, Value key, Value val);
int pv_dict_del(Value d, Value key);             /* KeyError if missing */
/* iteration: *pos starts at 0; false at the end */
bool pv_dict_next(Value d, int64_t *pos, Value *key, Value *val);
int pv_dict_update(Value d, Value other);        /* DICT_UPDATE / DICT_MERGE base */

/* ---- set.c: set and frozenset (CPython's table, so ints iterate in its order) ---- */
typedef struct PvSetEntry {
    int64_t hash;
    Value key;         /* V_NULL empty; pv_set_dummy deleted */
} PvSetEntry;
typedef struct PvSet {
    PvObject ob;
    int64_t fill, used, mask;
    PvSetEntry *table;
    int64_t hash;      /* frozenset: cached, -1 */
    int64_t finger;
} PvSet;
extern PvType pv_set_type, pv_frozenset_type;
Value pv_set_new(PvType *type);                  /* empty set or frozenset */
int pv_set_add(Value s, Value key);
int pv_set_update(Value s, Value iterable);
int pv_set_contains(Value s, Value key);
bool pv_set_next(Value s, int64_t *pos, Value *key);

/* ---- range.c, slice.c ---- */
extern PvType pv_range_type, pv_slice_type;
typedef struct PvSlice {
    PvObject ob;
    Value start, stop, step;
} PvSlice;
Value pv_slice_new(Value start, Value stop, Value step);
/* PySlice_Unpack + AdjustIndices: -1 with an exception */
int pv_slice_indices(Value slice, int64_t length, int64_t *start, int64_t *stop,
                     int64_t *step, int64_t *slicelen);
Value pv_range_new(Value start, Value stop, Value step);

/* ---- func.c: code, function, builtin function, bound method, cell, module ---- */
typedef struct PvCode {
    PvObject ob;
    uint16_t *code;          /* code units, quickened in place */
    int32_t ncode;
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t stacksize, flags, firstlineno;
    int32_t nlocalsplus, nlocals, ncellvars, nfreevars;
    Value consts;            /* tuple */
    Value names;             /* tuple of interned str */
    Value localsplusnames;   /* tuple of interned str */
    uint8_t *localspluskinds;
    Value filename, name, qualname;
    const uint8_t *linetable;
    int32_t nlinetable;
    const uint8_t *exctable;
    int32_t nexctable;
    /* eval.c's inline caches too big for the CACHE units (LOAD_GLOBAL's
     * value and dict versions): allocated on first use, NULL before */
    struct PvGlobalCache *gcache;
    /* co_exceptiontable decoded by eval.c at the first unwind through it */
    struct ExcEntry *exc_entries;
    int32_t nexc_entries;
} PvCode;
extern PvType pv_code_type;

typedef struct PvFunction {
    PvObject ob;
    PvCode *code;
    Value globals;           /* dict */
    Value builtins;          /* dict */
    Value name, qualname, module, doc;
    Value defaults;          /* tuple or V_NULL */
    Value kwdefaults;        /* dict or V_NULL */
    Value closure;           /* tuple of cells or V_NULL */
    Value annotations;       /* dict or tuple or V_NULL */
    Value dict;              /* V_NULL until an attribute is set */
} PvFunction;
extern PvType pv_function_type;

typedef struct PvBuiltin {
    PvObject ob;
    const char *name;
    PvCFunc fn;
    Value self;              /* bound instance / module, or V_NULL */
    const char *owner;       /* type name for repr ("list"), or NULL */
    PvType *objclass;        /* a method descriptor's type (checks self), or NULL */
    bool classmeth;          /* binds to the type (PV_METH_CLASS) */
} PvBuiltin;
extern PvType pv_builtin_type;
Value pv_builtin_new(const char *name, PvCFunc fn, Value self, const char *owner);

typedef struct PvMethod {
    PvObject ob;
    Value func, self;
} PvMethod;
extern PvType pv_method_type;
Value pv_method_new(Value func, Value self);

typedef struct PvCell {
    PvObject ob;
    Value ref;               /* V_NULL: empty */
} PvCell;
extern PvType pv_cell_type;
Value pv_cell_new(Value v);

typedef struct PvModule {
    PvObject ob;
    Value name;
    Value dict;
} PvModule;
extern PvType pv_module_type;
Value pv_module_new(Value name);
/* its __spec__._initializing: its code is still running (circular imports) */
bool pv_module_initializing(Value module);

/* ---- genericalias.c: list[int] and int | str ---- */
extern PvType pv_genericalias_type, pv_union_type;
/* types.GenericAlias(origin, args): args a tuple, or one argument */
Value pv_genericalias_new(Value origin, Value args);
/* a | b for types, aliases, unions and None: the union (or the one member
 * left after flattening and removing duplicates), else V_NOTIMPLEMENTED */
Value pv_union_or(Value a, Value b);
Value pv_union_args(Value u);                    /* its members: a tuple */
/* installs __class_getitem__ on list, dict, tuple, ... (at start-up) */
void pv_genericalias_init(void);

/* ---- exc.c: the 3.11 built-in exception hierarchy ---- */
typedef struct PvException {
    PvObject ob;
    Value args;              /* tuple */
    Value traceback;         /* PvTraceback or V_NONE */
    Value context, cause;    /* V_NONE when absent */
    bool suppress_context;
    Value notes;             /* list or V_NULL */
    Value dict;              /* extra attributes, V_NULL */
    Value value;             /* StopIteration.value, SystemExit.code, KeyError... */
    Value name, obj;         /* NameError.name, AttributeError.name/obj */
} PvException;
/* every built-in exception type, pv_exc_<Name> */
#define PV_EXCEPTIONS(X)                                                                   \
    X(BaseException) X(BaseExceptionGroup) X(SystemExit) X(KeyboardInterrupt)             \
    X(GeneratorExit) X(Exception) X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) \
    X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) X(AssertionError)          \
    X(AttributeError) X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError)     \
    X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(NameError)                  \
    X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError)               \
    X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError)                       \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError)                  \
    X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError)   \
    X(PermissionError) X(ProcessLookupError) X(TimeoutError) X(ReferenceError)            \
    X(RuntimeError) X(NotImplementedError) X(RecursionError) X(SyntaxError)               \
    X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError)             \
    X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError)                           \
    X(UnicodeTranslateError) X(Warning) X(DeprecationWarning)                             \
    X(PendingDeprecationWarning) X(RuntimeWarning) X(SyntaxWarning) X(UserWarning)        \
    X(FutureWarning) X(ImportWarning) X(UnicodeWarning) X(BytesWarning)                   \
    X(ResourceWarning) X(EncodingWarning) X(ExceptionGroup)
#define PV_DECLARE_EXC(n) extern PvType pv_exc_##n;
PV_EXCEPTIONS(PV_DECLARE_EXC)
#undef PV_DECLARE_EXC
/* a new instance of an exception type with these args (tuple); V_NULL
 * with an exception set only for bad arguments to the Unicode-error,
 * SyntaxError and group types, never for (msg,) */
Value pv_exc_new(PvType *type, Value args);

/* ---- traceback.c ---- */
typedef struct PvTraceback {
    PvObject ob;
    Value next;              /* PvTraceback or V_NONE */
    PvCode *code;
    int32_t lasti;           /* code-unit offset of the failing instruction */
    int32_t lineno;          /* INT32_MIN until traceback.c decodes it */
} PvTraceback;
extern PvType pv_traceback_type;
Value pv_traceback_new(Value next, PvCode *code, int lasti);
/* its line number (decoded from the location table when first asked) */
int pv_traceback_lineno(const PvTraceback *tb);
/* Prints exc (with its chain) exactly as python3.11 prints an uncaught
 * exception to stderr. */
void pv_print_exception(FILE *f, Value exc);

/* ---- iterators (iter.c) ---- */
/* iterator over a sequence with __getitem__ and len: list/tuple/str/... */
Value pv_seq_iter_new(Value seq);

#endif
