/* vm/runtime.h: what every part of pvm uses: memory (the collector),
 * raising and inspecting exceptions, and the generic operations of the
 * object protocol (repr, hash, compare, arithmetic, attributes, calls,
 * iteration) that dispatch on type slots (runtime.c).  The interpreter loop
 * lives in eval.c; the built-in types in their own files (objects.h).
 *
 * Error convention (CPython's): a function that fails sets the current
 * exception (pv_err_*) and returns V_NULL, -1 or false as documented; the
 * caller either handles it or returns its own failure value.
 */
#ifndef PVM_RUNTIME_H
#define PVM_RUNTIME_H

#include <stdarg.h>
#include <stdio.h>

#include "objects.h"
#include "value.h"

/* ---- memory (gc.c; Boehm-Demers-Weiser collector, docs/pvm.md) ----
 * All objects come from here and are freed by the tracing collector; the
 * collector scans the C stack conservatively, so Values held in C locals are
 * safe.  Out of memory aborts with a message (MemoryError for huge requests
 * is raised by the types before allocating). */
void pv_gc_init(void);
void *pv_alloc(size_t n);             /* zeroed; may hold Values */
void *pv_alloc_atomic(size_t n);      /* not scanned: bytes, code units, ... */
void *pv_alloc_atomic_raw(size_t n);  /* same, not zeroed: the caller writes it all */
void *pv_realloc(void *p, size_t n);
PvObject *pv_new_object(PvType *type, size_t size); /* pv_alloc + type */
/* subtype.c: an instance of `type` (a class derived from an immutable
 * built-in) with the value of `exact` (V_NULL passes through) */
Value pv_subtype_instance(PvType *type, Value exact);
/* v itself, or a copy as its built-in base when v is an instance of a class
 * derived from an immutable built-in (int(MyInt(3)) is a plain int) */
Value pv_exact_builtin(Value v);
/* finalize.c: a libgc finaliser calling o's __del__ (gc.c, for classes
 * with PV_TF_FINALIZE); gc.collect(): collect, run pending finalisers and
 * weak reference callbacks; at exit: __del__ of every live object */
void pv_finalizer_register(PvObject *o);
void pv_gc_collect_full(void);
void pv_finalize_init(void);           /* gc.c, after GC_INIT */
void pv_gc_safe_point(void);           /* run what automatic collections queued */
void pv_frames_clear_dead(void);       /* eval.c, for pv_gc_collect_full */
void pv_finalize_at_exit(void);
/* mod_weakref.c: weak reference callbacks of dead referents (after a
 * collection); the __weakref__ attribute of obj (None if none) */
void pv_weakref_sweep(void);
Value pv_weakref_first(Value obj);
bool pv_class_weakrefable(PvType *t); /* instances of class t have __weakref__ */
void pv_gc_collect(void);
size_t pv_gc_heap_size(void);

/* ---- exceptions ---- */
/* the exception being raised (an exception instance), V_NULL if none */
Value pv_err_occurred(void);
void pv_err_set(Value exc);                          /* instance */
void pv_err_set_str(PvType *type, const char *msg);
/* printf-style message; %S inserts str(value), %R repr(value), %T the type
 * name of a value (each takes a Value argument) */
void pv_err_format(PvType *type, const char *fmt, ...);
void pv_err_vformat(PvType *type, const char *fmt, va_list ap);
Value pv_err_fetch(void);                            /* take it, clear */
void pv_err_clear(void);
bool pv_err_matches(PvType *type);                   /* current is instance of */
/* raise MemoryError / the usual TypeErrors */
Value pv_err_no_memory(void);
/* "unsupported operand type(s) for +: 'int' and 'str'" */
Value pv_err_binop(Value a, Value b, int op);

/* ---- the object protocol (runtime.c) ---- */
Value pv_repr(Value v);                     /* str */
Value pv_str(Value v);                      /* str */
Value pv_ascii(Value v);
int pv_hash(Value v, int64_t *out);         /* TypeError "unhashable type: 'list'" */
int pv_truth(Value v);                      /* -1, 0, 1 */
Value pv_richcompare(Value a, Value b, int op);
int pv_richcompare_bool(Value a, Value b, int op); /* identity shortcut for EQ/NE */
Value pv_binop(Value a, Value b, int op);   /* PV_NB_* (+13 in place) with reflection */
Value pv_unary(Value v, int op);
Value pv_not(Value v);
int64_t pv_len(Value v);                    /* -1 with TypeError "object of type 'X' has no len()" */
Value pv_getitem(Value obj, Value key);
int pv_setitem(Value obj, Value key, Value val);
int pv_delitem(Value obj, Value key);
int pv_contains(Value container, Value item);
Value pv_iter(Value v);                     /* "'int' object is not iterable" */
/* next item; V_NULL at the end (no exception) or on error (exception set) */
Value pv_next(Value it);
/* the type's next slot itself: may also end with StopIteration set (a
 * generator returning a value), which next() must keep */
Value pv_next_slot(Value it);
Value pv_getattr(Value obj, Value name);    /* AttributeError like CPython */
Value pv_getattr_cstr(Value obj, const char *name);
int pv_setattr(Value obj, Value name, Value val);
/* For LOAD_METHOD: *self_out is set when the result is an unbound function
 * to be called with obj first (no bound-method allocation). */
Value pv_getmethod(Value obj, Value name, bool *unbound);
/* Special-method lookup as the interpreter does it (CPython's
 * _PyObject_LookupSpecial): on the type only, never the instance.  Same
 * contract as pv_getmethod; V_NULL without an exception when absent. */
Value pv_lookup_special(Value obj, Value name, bool *unbound);
Value pv_call(Value f, int argc, const Value *argv, Value kwnames);
Value pv_call0(Value f);
Value pv_call1(Value f, Value a);
/* f(*args, **kwargs): args a tuple, kwargs a dict or V_NULL */
Value pv_call_ex(Value f, Value args, Value kwargs);
const char *pv_type_name(Value v);
/* "mod.f()" as CPython names a callable in call errors (func.c) */
Value pv_function_str(Value f);
/* operator.index(v): an int, or a class's __index__ result (slots.c);
 * TypeError "'X' object cannot be interpreted as an integer" */
Value pv_index_value(Value v);
/* a class instance's __int__/__float__/__complex__...: V_NULL without an
 * exception when v is not a class instance or lacks `name`; TypeError
 * "C.__int__ returned non-int (type str)" when the result is not a `want` */
Value pv_number_special(Value v, Value name, PvType *want, const char *what);
/* format(v, spec) as the built-in format() and f-strings do */
Value pv_format(Value v, Value spec);

/* C recursion that follows the data (repr of nested containers, splitting
 * nested exception groups) counts against the recursion limit, as CPython's
 * Py_EnterRecursiveCall: -1 with RecursionError "maximum recursion depth
 * exceeded<where>" when too deep; every 0 must be paired with a leave. */
int pv_enter_recursive_call(const char *where);
void pv_leave_recursive_call(void);

/* ---- argument parsing for C functions ----
 * pv_parse_args(fname, argc, argv, kwnames, "spec", names, &out...):
 * spec gives per parameter 'O' (required) or '|' (the rest are optional,
 * left as V_NULL), '$' (the rest keyword-only); names the parameter names
 * (NULL entries: positional-only).  Raises CPython's TypeErrors
 * ("f() takes at most 2 arguments (3 given)", "f() got an unexpected keyword
 * argument 'x'", ...). */
int pv_parse_args(const char *fname, int argc, const Value *argv, Value kwnames,
                  const char *spec, const char *const *names, Value *out);
/* no keyword arguments allowed: "f() takes no keyword arguments" */
int pv_no_kwargs(const char *fname, Value kwnames);

/* ---- the interpreter (eval.c) ---- */
typedef struct PvThread PvThread;
/* Runs a module code object with `globals` as its namespace; V_NULL with
 * the exception set if it raised. */
Value pv_run_module(PvCode *code, Value globals);
/* The globals dict of the running Python frame (V_NULL outside any). */
Value pv_current_globals(void);
/* the exception being handled (sys.exception()), V_NULL if none */
Value pv_handled_exception(void);
/* sys.getrecursionlimit() */
extern int pv_recursion_limit;
/* locals() of the running Python frame */
Value pv_current_locals(void);
/* Calls a Python function (PvFunction) from C. */
Value pv_function_call(Value func, int argc, const Value *argv, Value kwnames);

/* ---- builtins.c ---- */
Value pv_builtins_module(void);             /* the builtins dict */
void pv_builtins_init(Value argv_list);

/* ---- interned names used across files ---- */
extern Value pv_s___name__, pv_s___doc__, pv_s___module__, pv_s___qualname__,
    pv_s___build_class__, pv_s___main__, pv_s___builtins__, pv_s___file__;
void pv_runtime_init(void);

#endif
