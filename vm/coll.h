/* vm/coll.h: helpers shared by the container files (tuple.c, list.c,
 * dict.c, set.c, range.c, iter.c) and not part of the public object API in
 * objects.h: the repr recursion guard, CPython's argument-count messages for
 * methods, and the cross-file pieces of dict/set/list iteration.
 */
#ifndef PVM_COLL_H
#define PVM_COLL_H

#include "runtime.h"

/* Py_ReprEnter / Py_ReprLeave: 1 if v's repr is already being built (the
 * caller prints "[...]" / "{...}"), 0 after registering it. */
int pv_repr_enter(Value v);
void pv_repr_leave(Value v);

/* CPython's argument-count errors (0 on success, -1 with TypeError):
 * "NAME expected at most 1 argument, got 2" (_PyArg_CheckPositional) */
int pv_check_positional(const char *name, int nargs, int min, int max);
/* "QUAL() takes no keyword arguments" */
int pv_check_no_kw(const char *qualname, Value kwnames);
/* METH_NOARGS / METH_O: "list.clear() takes no arguments (1 given)",
 * "list.append() takes exactly one argument (0 given)" */
int pv_check_noargs(const char *qualname, int argc, Value kwnames);
int pv_check_onearg(const char *qualname, int argc, Value kwnames);
static inline int pv_nkw(Value kwnames) { return kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames); }

/* raise KeyError(key) */
void pv_err_key(Value key);
/* raise type with a message built by snprintf */
void pv_err_printf(PvType *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* UTF-8 of repr(v) for messages; NULL with an exception */
const char *pv_repr_cstr(Value v);

/* CPython's tuple hash (xxHash-based) over n items */
int pv_hash_items(int64_t n, const Value *items, int64_t *out);

/* index conversion as _PyEval_SliceIndex: None leaves *out alone; huge ints
 * clamp to the int64 range; anything else: TypeError with `msg` */
int pv_slice_index(Value v, int64_t *out, const char *msg);
/* PySlice_AdjustIndices */
int64_t pv_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step);

/* index(x[, start[, stop]]) bounds as list.index / tuple.index clamp them
 * (argv[1], argv[2] when present) */
int pv_index_bounds(int argc, const Value *argv, int64_t n, int64_t *start, int64_t *stop);

/* list.reverse(), for the rsplit of str and bytes (which collect from the
 * right) */
void pv_list_reverse(Value list);

/* list/tuple iterators (list.c, tuple.c) and their reversed form */
Value pv_list_reversed(Value list);
/* dict.c: the reversed iterators of dicts and their views; V_NULL without
 * an exception when v is none of these */
Value pv_dict_reversed(Value v);
bool pv_is_dict_view(Value v);
/* range.c: reversed(range) */
Value pv_range_reversed(Value r);

/* set.c, for dict views' set operations */
int pv_set_discard_value(Value s, Value key);        /* -1, 0 not found, 1 */
int pv_set_difference_update(Value s, Value other);
int pv_set_symmetric_difference_update(Value s, Value other);
Value pv_set_intersection(Value s, Value other);

/* seq.c: what list and tuple share (self a list or a tuple; comparison's
 * operands of one of the two types, checked by the caller) */
Value pv_seq_repr(Value self);
Value pv_seq_richcompare(Value a, Value b, int op);
int pv_seq_contains(Value self, Value item);
/* self[key] for an int or a slice, with each type's messages */
Value pv_seq_getitem(Value self, Value key);
/* an int key as an index: false when key is no int; else *rc is -1 (an
 * IndexError for a huge one) or 0 */
bool pv_seq_index_key(Value key, int64_t *i, int *rc);
/* the index() and count() methods, with each type's messages */
Value pv_seq_index(Value self, int argc, const Value *argv, Value kwnames);
Value pv_seq_count(Value self, int argc, const Value *argv, Value kwnames);
/* a + b for a of the type: TypeError unless b is of it too */
Value pv_seq_concat(Value a, Value b);
/* seq * count or count * seq, seq of `type`: TypeError for a non-int count */
int pv_seq_mul_operands(Value a, Value b, PvType *type, Value *seq, Value *count);
/* count as a repetition of len items: 0 when nothing is left, MemoryError
 * past what can be allocated */
int pv_seq_repeat_count(Value count, int64_t len, int64_t *n);
/* n copies of items[0..len) into dst */
void pv_seq_fill_repeat(Value *dst, const Value *items, int64_t len, int64_t n);
/* list_iterator and tuple_iterator */
typedef struct PvSeqIter {
    PvObject ob;
    Value seq;     /* V_NULL once exhausted */
    int64_t index;
} PvSeqIter;
Value pv_seq_iter_next(Value self);

#endif
