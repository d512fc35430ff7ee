/* compiler/codegen.h: the back end's entry point: source bytes -> Code.
 * Parses, folds constants (fold.c), builds the symbol table, generates code
 * for every scope (codegen*.c) and assembles it (assemble.c).  Writing the
 * .pyc container is the caller's business (main.c via common/pyc.h).
 */
#ifndef PYC_CODEGEN_H
#define PYC_CODEGEN_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "object.h"

typedef struct CompileOptions {
    int optimize;         /* 0, 1 (-O: no asserts, __debug__ false), 2 (-OO: no docstrings) */
    const char *filename; /* co_filename and the file named in error reports */
} CompileOptions;

/* Compiles LEN bytes of module source.  Returns the module's Code (in
 * arena), or NULL after printing the error to ERRF exactly as python3.11
 * reports an uncaught SyntaxError (or RecursionError...) of this file;
 * *status is then 1.  (The source line in the report is read from DATA.) */
Code *compile_module_source(Arena *arena, const char *data, size_t len,
                            const CompileOptions *opts, FILE *errf, int *status);

#endif
