/* common/dis.h: the disassembler.  Prints what CPython 3.11's dis.dis()
 * prints for a code object and, recursively, its nested code objects.
 * Code-object addresses are the only thing that differ.
 */
#ifndef PYK_DIS_H
#define PYK_DIS_H

#include "bytebuf.h"
#include "object.h"

void dis_code(ByteBuf *out, const Obj *code);            /* one code object */
void dis_recursive(ByteBuf *out, const Obj *code);       /* dis.dis(code) */

#endif
