/* common/object.h: the immutable value tree that a .pyc holds, as both the
 * compiler (building constants and code objects) and the runtime loader
 * (before conversion to live values) see it.  This is not the runtime's
 * object model: pvm turns these into its own values after verification.
 *
 * Invariants:
 *  - A graph is acyclic (the reader refuses back-references to objects that
 *    are still being read) and lives in one Arena.
 *  - Ints are canonical: a value that fits in int64 is OBJ_INT with big == NULL;
 *    only larger magnitudes use 15-bit digits (marshal's native base), with no
 *    leading zero digit.
 *  - Str data is UTF-8 in CPython's "surrogatepass" form (lone surrogates are
 *    encoded as 3-byte sequences), NUL-terminated for convenience; `nchars`
 *    counts code points.
 *  - Sharing is meaningful: the writer emits an object reached twice once,
 *    with a back-reference, the way CPython's marshal does.
 */
#ifndef PYK_OBJECT_H
#define PYK_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum {
    OBJ_NONE,
    OBJ_FALSE,
    OBJ_TRUE,
    OBJ_STOPITER,  /* the StopIteration type (marshal 'S') */
    OBJ_ELLIPSIS,
    OBJ_INT,
    OBJ_FLOAT,
    OBJ_COMPLEX,
    OBJ_BYTES,
    OBJ_STR,
    OBJ_TUPLE,
    OBJ_LIST,
    OBJ_DICT,      /* items holds 2*n entries: key0, value0, key1, value1, ... */
    OBJ_SET,
    OBJ_FROZENSET,
    OBJ_CODE,
} ObjKind;

/* OBJ_STR flags */
#define OBJ_STR_ASCII    0x01  /* every code point < 128 */
#define OBJ_STR_INTERNED 0x02  /* CPython interned it (names, identifiers) */

typedef struct Obj Obj;
typedef struct Code Code;

typedef struct {
    int sign;            /* -1, 0, 1 (big ints only; small uses `value`) */
    uint32_t ndigits;    /* 15-bit digits, least significant first */
    uint16_t *digits;
} BigDigits;

struct Obj {
    uint8_t kind;        /* ObjKind */
    uint8_t flags;
    union {
        struct {
            int64_t value;   /* when big == NULL */
            BigDigits *big;  /* magnitude beyond int64 */
        } i;
        double f;
        struct { double re, im; } c;
        struct {             /* OBJ_BYTES and OBJ_STR */
            size_t len;      /* bytes */
            size_t nchars;   /* code points (str only) */
            uint8_t *data;   /* NUL-terminated */
        } s;
        struct {             /* tuple, list, set, frozenset, dict */
            size_t n;        /* elements (dict: pairs) */
            Obj **items;
        } seq;
        Code *code;
    } u;
};

/* Code object fields in marshal order (bytecode-spec/code-object.md). */
struct Code {
    int32_t argcount;
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t stacksize;
    int32_t flags;
    Obj *code;             /* bytes: 16-bit code units, little-endian */
    Obj *consts;           /* tuple */
    Obj *names;            /* tuple of str */
    Obj *localsplusnames;  /* tuple of str */
    Obj *localspluskinds;  /* bytes, one CO_FAST_* byte per localsplus name */
    Obj *filename;         /* str */
    Obj *name;             /* str */
    Obj *qualname;         /* str */
    int32_t firstlineno;
    Obj *linetable;        /* bytes: 3.11 location table */
    Obj *exceptiontable;   /* bytes: 3.11 exception table */
};

/* co_flags bits */
#define CO_OPTIMIZED          0x0001
#define CO_NEWLOCALS          0x0002
#define CO_VARARGS            0x0004
#define CO_VARKEYWORDS        0x0008
#define CO_NESTED             0x0010
#define CO_GENERATOR          0x0020
#define CO_NOFREE             0x0040
#define CO_COROUTINE          0x0080
#define CO_ITERABLE_COROUTINE 0x0100
#define CO_ASYNC_GENERATOR    0x0200

/* co_localspluskinds bits */
#define CO_FAST_LOCAL 0x20
#define CO_FAST_CELL  0x40
#define CO_FAST_FREE  0x80

/* Constructors: all allocate in `a`. */
Obj *obj_new(Arena *a, ObjKind kind);
Obj *obj_singleton(Arena *a, ObjKind kind);  /* None, False, True, StopIteration, Ellipsis */
Obj *obj_int(Arena *a, int64_t v);
/* From little-endian 15-bit digits and a sign; normalises to small form. */
Obj *obj_int_digits(Arena *a, int sign, const uint16_t *digits, size_t n);
Obj *obj_float(Arena *a, double v);
Obj *obj_complex(Arena *a, double re, double im);
Obj *obj_bytes(Arena *a, const void *data, size_t len);
/* `utf8` must be valid (surrogatepass) UTF-8; sets ASCII flag and nchars. */
Obj *obj_str(Arena *a, const char *utf8, size_t len, bool interned);
Obj *obj_str_cstr(Arena *a, const char *s, bool interned);
/* Sequence kinds: n items, all NULL; fill u.seq.items[i] (dict: 2*n). */
Obj *obj_seq(Arena *a, ObjKind kind, size_t n);
Obj *obj_code(Arena *a);  /* Code fields zeroed */

/* Validate UTF-8 as CPython's decoder with errors="surrogatepass" would,
 * counting code points into *nchars.  Returns false on invalid input. */
bool utf8_check(const uint8_t *s, size_t len, size_t *nchars);
/* Decode one code point at s (validated input); returns bytes consumed. */
size_t utf8_decode(const uint8_t *s, uint32_t *cp);
/* Encode cp (<= 0x10FFFF, surrogates allowed); returns bytes written (<= 4). */
size_t utf8_encode(uint32_t cp, uint8_t out[4]);

/* Whether cp lies in one of n sorted, disjoint [first, last] ranges (the
 * generated Unicode property tables of common/ and compiler/). */
bool code_point_in_ranges(const uint32_t (*ranges)[2], size_t n, uint32_t cp);

/* Exact structural equality as CPython's code-object comparison needs it:
 * same kind, ints equal, floats compared by bit pattern (so 0.0 != -0.0 and
 * nan == nan of the same bits), str flags ignored except content. */
bool obj_equal(const Obj *a, const Obj *b);

static inline const char *obj_cstr(const Obj *o) { return (const char *)o->u.s.data; }
static inline bool obj_is_str(const Obj *o) { return o && o->kind == OBJ_STR; }

#endif
