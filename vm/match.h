/* vm/match.h: the helpers of match.c that eval.c calls for MATCH_CLASS and
 * MATCH_KEYS.  Both return V_NONE when the pattern does not match, a tuple
 * of the values its sub-patterns go on with when it does, and V_NULL with
 * an exception set on error (CPython 3.11's messages).
 */
#ifndef PVM_MATCH_H
#define PVM_MATCH_H

#include "value.h"

/* case type(p1, ..., p<nargs>, k1=..., ...): kwnames the tuple of the
 * keyword sub-patterns' names; the attributes in that order */
Value pv_match_class(Value subject, Value type, int nargs, Value kwnames);
/* case {k1: ..., k2: ...}: keys a tuple; the values in that order */
Value pv_match_keys(Value map, Value keys);

#endif
