/* vm/value.h: pvm's value representation and type objects.
 *
 * A Value is one machine word (uintptr_t):
 *   ...xxx1  a small int, the word shifted right by one (63 or 31 bits);
 *   ...xx00  a pointer to a heap object (PvObject header first), never NULL
 *            except V_NULL, which is not a Python value: it means "an
 *            exception is set" when returned, or "absent" (unbound local,
 *            missing default) when stored.
 * Why not NaN-boxing: pvm targets 32-bit boards too, where a word-sized Value
 * halves every stack slot and register move; floats are boxed, allocated by
 * the collector's bump allocator (docs/pvm.md has the measurements).
 *
 * Every heap object starts with PvObject { PvType *type; }.  Memory belongs to
 * the collector (gc.h): there is no reference counting anywhere in pvm.
 * Types are objects too (of type `type`), statically allocated for the
 * built-in ones.
 */
#ifndef PVM_VALUE_H
#define PVM_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t Value;
#define V_NULL ((Value)0)

typedef struct PvType PvType;
typedef struct PvObject {
    PvType *type;
} PvObject;

/* ---- small ints ---- */
#define PV_SMALL_MAX ((intptr_t)(INTPTR_MAX >> 1))
#define PV_SMALL_MIN ((intptr_t)(INTPTR_MIN >> 1))
static inline bool v_is_small(Value v) { return (v & 1) != 0; }
static inline intptr_t v_small(Value v) { return (intptr_t)v >> 1; }
static inline bool pv_fits_small(int64_t i) { return i >= PV_SMALL_MIN && i <= PV_SMALL_MAX; }
static inline Value v_from_small(intptr_t i) { return ((uintptr_t)i << 1) | 1; }

/* ---- heap objects ---- */
static inline PvObject *v_obj(Value v) { return (PvObject *)v; }
static inline Value v_from(const void *o) { return (Value)o; }

extern PvType pv_int_type;
static inline PvType *pv_type(Value v) { return v_is_small(v) ? &pv_int_type : v_obj(v)->type; }
static inline bool v_is(Value v, const PvType *t) { return !v_is_small(v) && v_obj(v)->type == t; }

/* ---- singletons (statically allocated objects) ---- */
extern PvObject pv_none, pv_true, pv_false, pv_notimplemented, pv_ellipsis;
#define V_NONE ((Value)&pv_none)
#define V_TRUE ((Value)&pv_true)
#define V_FALSE ((Value)&pv_false)
#define V_NOTIMPLEMENTED ((Value)&pv_notimplemented)
#define V_ELLIPSIS ((Value)&pv_ellipsis)
static inline Value v_bool(bool b) { return b ? V_TRUE : V_FALSE; }

/* ---- calling convention ----
 * A callable receives its positional arguments, then the keyword
 * arguments' values, in argv; kwnames is V_NULL or a tuple of str naming the
 * last PV_TUPLE_LEN(kwnames) entries of argv (CPython's vectorcall, which
 * 3.11's KW_NAMES + CALL produce directly).  Returns V_NULL with an
 * exception set on error. */
typedef Value (*PvCFunc)(Value self, int argc, const Value *argv, Value kwnames);

typedef struct PvMethodDef {
    const char *name;
    PvCFunc fn;       /* self is the instance (or the type, for PV_METH_CLASS) */
    int flags;
} PvMethodDef;
#define PV_METH_CLASS 0x1 /* classmethod / staticmethod-like: self is the type */

/* Binary and in-place operators use the NB_* numbering of BINARY_OP
 * (bytecode-spec/opcodes.def: 0 NB_ADD .. 12 NB_XOR; +13 in-place). */
enum {
    PV_NB_ADD, PV_NB_AND, PV_NB_FLOOR_DIVIDE, PV_NB_LSHIFT, PV_NB_MATRIX_MULTIPLY,
    PV_NB_MULTIPLY, PV_NB_REMAINDER, PV_NB_OR, PV_NB_POWER, PV_NB_RSHIFT,
    PV_NB_SUBTRACT, PV_NB_TRUE_DIVIDE, PV_NB_XOR, PV_NB_COUNT
};
/* Rich comparisons: COMPARE_OP's argument (Py_LT .. Py_GE). */
enum { PV_LT, PV_LE, PV_EQ, PV_NE, PV_GT, PV_GE };
/* Unary operators */
enum { PV_UNARY_NEG, PV_UNARY_POS, PV_UNARY_INVERT };

/* A type.  A NULL slot means "not supported"; the generic operations in
 * runtime.c raise CPython's TypeError for it.  Slots return V_NULL / -1 with
 * an exception set on error. */
struct PvType {
    PvObject ob;              /* type: pv_type_type */
    const char *name;         /* "int", "ZeroDivisionError" */
    PvType *base;             /* NULL only for object */
    size_t size;              /* instance size (0: variable, allocated by its constructor) */
    unsigned flags;           /* PV_TF_* */

    Value (*repr)(Value self);
    Value (*str)(Value self);             /* NULL: repr */
    int (*hash)(Value self, int64_t *out); /* NULL: unhashable */
    /* returns V_NOTIMPLEMENTED when the pair is not its business */
    Value (*richcompare)(Value a, Value b, int op);
    /* binary operator `op` (PV_NB_*, in-place forms pass op + 13); called
     * with self as either operand (a reflected call has self == b) and
     * returns V_NOTIMPLEMENTED when it does not apply */
    Value (*binop)(Value a, Value b, int op);
    Value (*unary)(Value self, int op);   /* PV_UNARY_* */
    int (*truth)(Value self);             /* NULL: len, else true */
    int64_t (*len)(Value self);           /* -1 with exception */
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value val); /* val V_NULL: delete */
    int (*contains)(Value self, Value item);          /* -1, 0, 1 */
    Value (*iter)(Value self);
    /* next item, or V_NULL: exhausted when no exception is set */
    Value (*next)(Value self);
    Value (*call)(Value self, int argc, const Value *argv, Value kwnames);
    /* attribute lookup beyond `methods` (instance fields); V_NULL without
     * an exception set means "not found here" */
    Value (*getattr)(Value self, Value name);
    int (*setattr)(Value self, Value name, Value val); /* val V_NULL: delete */
    /* type(...)(args): construct */
    Value (*new)(PvType *type, int argc, const Value *argv, Value kwnames);
    /* __init__ after new, called by type.__call__ for classes only (a
     * built-in type's new does the whole construction); -1 on error */
    int (*init)(Value self, int argc, const Value *argv, Value kwnames);
    /* descriptors (CPython's tp_descr_get / tp_descr_set): obj V_NULL when
     * looked up on a type; descr_set's val V_NULL deletes */
    Value (*descr_get)(Value self, Value obj, Value type);
    int (*descr_set)(Value self, Value obj, Value val);
    const PvMethodDef *methods;           /* NULL-terminated */
    Value dict;                           /* attributes as a dict (type.c fills
                                           * a built-in type's on first use) */
    /* ---- type.c: the class machinery (docs/pvm.md "Classes") ---- */
    Value mro, bases;                     /* tuples; V_NULL until type.c readies t */
    Value name_str, qualname;             /* str (heap types), else V_NULL */
    Value subclasses;                     /* list or V_NULL */
    uint64_t version;                     /* bumped when t's or an ancestor's dict changes */
    /* heap types: words allocated *before* each instance's header (the
     * instance dict, then __slots__ values), so that from the header on an
     * instance has exactly its built-in base's layout */
    int32_t extra_words;
    int32_t dict_word;                    /* dict at ((Value *)obj)[-dict_word]; 0: none */
};

/* flags */
#define PV_TF_BASETYPE 0x1     /* may be subclassed (pvm data-model issue) */
#define PV_TF_EXCEPTION 0x2    /* a BaseException type */
/* what `match` treats as a sequence / mapping pattern subject (CPython's
 * Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING); classes inherit them */
#define PV_TF_SEQUENCE 0x4
#define PV_TF_MAPPING 0x8
#define PV_TF_HEAPTYPE 0x10    /* made by a class statement or type(n, b, d) */
#define PV_TF_TYPE_SUBCLASS 0x20 /* a metaclass: its instances are types */
/* subclass checks search the MRO: classes, ExceptionGroup */
#define PV_TF_MULTI_BASE 0x40
/* a class (or an ancestor class) defines __getattribute__, __getattr__,
 * __setattr__, __delattr__: the slow paths of attribute access (slots.c) */
#define PV_TF_GETATTRIBUTE 0x80
#define PV_TF_GETATTR 0x100
#define PV_TF_SETATTR 0x200
#define PV_TF_DELATTR 0x400
#define PV_TF_WEAKREFS 0x800   /* instances have __weakref__ (classes; type) */
#define PV_TF_FINALIZE 0x1000  /* a class with __del__: instances get a finaliser */

extern PvType pv_type_type, pv_object_type;

/* issubclass.  Single-inheritance built-in types walk `base` (cheap, on
 * hot paths); classes and ExceptionGroup (BaseExceptionGroup, Exception)
 * search their MRO tuple (type.c). */
bool pv_heap_type_is_subtype(const PvType *t, const PvType *base);
static inline bool pv_type_is_subtype(const PvType *t, const PvType *base)
{
    if (t->flags & PV_TF_MULTI_BASE)
        return pv_heap_type_is_subtype(t, base);
    for (; t; t = t->base)
        if (t == base)
            return true;
    return false;
}
static inline bool v_isinstance(Value v, const PvType *t) { return pv_type_is_subtype(pv_type(v), t); }
/* v is a type object (an instance of type or of a metaclass) */
static inline bool pv_is_type(Value v)
{
    return !v_is_small(v) && (v_obj(v)->type == &pv_type_type ||
                              (v_obj(v)->type->flags & PV_TF_TYPE_SUBCLASS));
}

#endif
