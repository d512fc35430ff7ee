/* vm/exc.h: what exc.c exports beyond objects.h: the instance layouts of
 * the exception families with extra fields, exception matching (with the
 * ExceptionGroup special case) and the except* helpers eval.c calls.
 *
 * ExceptionGroup has two bases (BaseExceptionGroup, Exception): its MRO
 * tuple holds both (type.c, PV_TF_MULTI_BASE), so pv_type_is_subtype and
 * pv_exc_subtype agree.
 */
#ifndef PVM_EXC_H
#define PVM_EXC_H

#include "objects.h"

/* OSError and its subclasses */
typedef struct PvExcOS {
    PvException e;
    Value myerrno, strerror, filename, filename2; /* V_NULL: absent (reads None) */
    int64_t written;                              /* BlockingIOError; -1 absent */
} PvExcOS;

/* SyntaxError, IndentationError, TabError */
typedef struct PvExcSyntax {
    PvException e;
    Value msg, filename, lineno, offset, text, end_lineno, end_offset,
        print_file_and_line;
} PvExcSyntax;

/* ImportError, ModuleNotFoundError (name is e.name) */
typedef struct PvExcImport {
    PvException e;
    Value msg, path;
} PvExcImport;

/* UnicodeError and its subclasses */
typedef struct PvExcUnicode {
    PvException e;
    Value encoding, object, start, end, reason;
} PvExcUnicode;

/* BaseExceptionGroup, ExceptionGroup */
typedef struct PvExcGroup {
    PvException e;
    Value msg;       /* str */
    Value excs;      /* non-empty tuple of exception instances */
} PvExcGroup;

/* issubclass for exception types, with ExceptionGroup < Exception */
bool pv_exc_subtype(const PvType *t, const PvType *base);
static inline bool pv_exc_isinstance(Value v, const PvType *t) { return pv_exc_subtype(pv_type(v), t); }
/* v is an exception type (a PvType with BaseException among its bases) */
bool pv_exc_is_type(Value v);
/* v is an exception instance */
bool pv_exc_is_instance(Value v);
/* PyErr_GivenExceptionMatches: exc (instance) against an exception type or
 * a tuple (nested tuples allowed) of them; no exception raised */
bool pv_exc_given_matches(Value exc, Value match_type);

/* Constructs as calling the type with positional args would (OSError
 * picks its subclass by errno; the group types validate): V_NULL with an
 * exception for bad arguments (UnicodeError family, groups, SyntaxError). */
Value pv_exc_new_checked(PvType *type, Value args);

/* CHECK_EG_MATCH (CPython's exception_group_match): *match and *rest get
 * None or an exception (group); -1 with an exception set on error. */
int pv_exc_group_match(Value exc_value, Value match_type, Value *match, Value *rest);
/* PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar): orig is the
 * caught exception, excs_list a list of the exceptions raised or re-raised
 * by the except* clauses (None entries allowed); None or the exception to
 * raise; V_NULL with an exception set on error. */
Value pv_exc_prep_reraise_star(Value orig, Value excs_list);

/* NameError(msg) with .name set, raised by a lookup in the frame whose
 * globals are `globals` (a dict, kept where the printer's "Did you mean"
 * suggestion looks): eval.c should raise its NameErrors through this.
 * Sets the exception and returns V_NULL. */
Value pv_exc_name_error(Value msg, Value name, Value globals);
/* AttributeError(msg) with .name and .obj set (python3.11 suggests from
 * dir(obj) when printing it); sets the exception, returns V_NULL */
Value pv_exc_attribute_error(Value msg, Value obj, Value name);

/* str(exc) for printing: CPython's rules per type */
Value pv_exc_str(Value exc);

#endif
