/* common/repr.h: Python's repr() of .pyc constants, byte-identical to
 * CPython 3.11 (str, bytes, int of any size, float shortest round-trip,
 * complex, tuple, list, dict, set, frozenset, code objects).  Used by the
 * disassembler; pvm's runtime has its own object reprs.
 */
#ifndef PYK_REPR_H
#define PYK_REPR_H

#include "bytebuf.h"
#include "object.h"

void repr_obj(ByteBuf *b, const Obj *o);
void repr_float(ByteBuf *b, double v);      /* repr(float) */
void repr_str(ByteBuf *b, const Obj *s);     /* repr(str), quotes as CPython picks */
void repr_int(ByteBuf *b, const Obj *i);     /* decimal, any size */

/* str.isprintable() of one code point (Unicode 14, as CPython 3.11). */
bool unicode_isprintable(uint32_t cp);

#endif
