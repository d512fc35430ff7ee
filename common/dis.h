/* common/dis.h: the disassembler.  Prints what CPython 3.11's dis.dis()
 * prints for a code object and, recursively, its nested code objects.
 * Code-object addresses are the only thing that differ.
 */
#ifndef PYK_DIS_H
#define PYK_DIS_H

#include <stdio.h>

#include "bytebuf.h"
#include "object.h"

void dis_code(ByteBuf *out, const Obj *code);            /* one code object */
void dis_recursive(ByteBuf *out, const Obj *code);       /* dis.dis(code) */

/* `pvm --dis` / `pyc --dis`: load the .pyc at `path` and print its
 * disassembly to `out`.  Errors go to stderr as "PROG: PATH: reason".
 * Returns a process exit status (0, or 1 on any error). */
int dis_pyc_file(const char *prog, const char *path, FILE *out);

#endif
