/* compiler/symtable.h: CPython 3.11's symbol table pass (Python/symtable.c)
 * over our AST: one entry (scope) per module, class, function, lambda and
 * comprehension, each with its symbols in CPython's insertion order, their
 * DEF_* flags and resolved scope, the parameter names, and the cellvars and
 * freevars the code generator puts in the code object.  Also the
 * `from __future__` scan (future.c) the table depends on, and name mangling
 * (_Py_Mangle) for the code generator to reuse.
 * Not for compiler-stage errors ('yield' outside function, 'return' in an
 * async generator, late __future__ imports...): those belong to codegen.
 */
#ifndef PYC_SYMTABLE_H
#define PYC_SYMTABLE_H

#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "ast.h"
#include "object.h"

/* Symbol flags, CPython's values (Include/internal/pycore_symtable.h). */
#define DEF_GLOBAL 1          /* global statement */
#define DEF_LOCAL 2           /* assignment in code block */
#define DEF_PARAM (2 << 1)    /* formal parameter */
#define DEF_NONLOCAL (2 << 2) /* nonlocal statement */
#define USE (2 << 3)          /* name is used */
#define DEF_FREE (2 << 4)     /* name used but not defined in nested block */
#define DEF_FREE_CLASS (2 << 5) /* free variable from a class's method */
#define DEF_IMPORT (2 << 6)   /* assignment occurred via import */
#define DEF_ANNOT (2 << 7)    /* this name is annotated */
#define DEF_COMP_ITER (2 << 8) /* a comprehension iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Resolved scope of a symbol; `flags | scope << ST_SCOPE_OFFSET` is the
 * value python3.11's _symtable shows in `symbols`. */
#define ST_SCOPE_OFFSET 11
typedef enum {
    SCOPE_NONE = 0,
    SCOPE_LOCAL = 1,
    SCOPE_GLOBAL_EXPLICIT = 2,
    SCOPE_GLOBAL_IMPLICIT = 3,
    SCOPE_FREE = 4,
    SCOPE_CELL = 5,
} StScope;

/* Block types, CPython's numbering (_symtable.TYPE_*). */
/* ST_ANNOTATION: with `from __future__ import annotations`, annotations
 * are visited in such a block only to raise CPython's errors; it is never
 * a child of anything and is not analyzed (as in 3.11). */
typedef enum { ST_FUNCTION = 0, ST_CLASS = 1, ST_MODULE = 2, ST_ANNOTATION = 3 } StBlockType;

/* Which comprehension a function block is (CPython's _Py_comprehension_ty). */
typedef enum {
    ST_NO_COMP = 0,
    ST_LISTCOMP = 1,
    ST_DICTCOMP = 2,
    ST_SETCOMP = 3,
    ST_GENEXP = 4,
} StCompKind;

typedef struct StSymbol {
    Obj *name;      /* mangled name (OBJ_STR) */
    int flags;      /* DEF_* / USE */
    StScope scope;  /* after analysis */
} StSymbol;

typedef struct StDirective StDirective; /* where a global/nonlocal was declared */

typedef struct StEntry {
    StBlockType type;
    Obj *name;            /* "top", function/class name, "lambda", "listcomp",
                             "setcomp", "dictcomp", "genexpr" */
    const void *key;      /* the AST node: mod_ty, stmt_ty (def/class), expr_ty */
    int lineno, col_offset, end_lineno, end_col_offset;
    Obj *private_name;    /* class name in effect for mangling, or NULL */
    struct StEntry *parent;

    StSymbol *symbols;    /* in CPython's dict insertion order */
    int nsymbols, symcap;
    int *index;           /* open-addressing hash of symbols, -1 empty */
    int indexcap;

    Obj **varnames;       /* parameters: posonly, args, kwonly, *args, **kwargs
                             (comprehensions: ".0") */
    int nvarnames, varcap;
    Obj **cellvars;       /* sorted; a class needing __class__ has just it */
    int ncellvars;
    Obj **freevars;       /* sorted (FREE scope or DEF_FREE_CLASS) */
    int nfreevars;

    struct StEntry **children; /* in source order */
    int nchildren, childcap;

    StDirective *directives;
    int ndirectives, dircap;

    /* CPython's per-scope flags */
    bool nested;              /* inside a function (ste_nested) */
    bool free;                /* has free variables (ste_free) */
    bool child_free;          /* a child block has free variables */
    bool generator;           /* yield / generator expression */
    bool coroutine;           /* async def, await, async comprehension */
    StCompKind comprehension;
    bool varargs, varkeywords;
    bool returns_value;       /* `return value` seen */
    bool needs_class_closure; /* class: methods use __class__ / super() */
    /* pass-internal */
    bool comp_iter_target;
    int comp_iter_expr;
} StEntry;

typedef struct StError {
    bool set;
    const char *type;     /* "SyntaxError" */
    char msg[512];
    int lineno, offset, end_lineno, end_offset; /* 1-based offsets as CPython */
} StError;

typedef struct SymTable {
    Arena *arena;
    StEntry *top;
    bool future_annotations;  /* from __future__ import annotations */
    bool future_barry;        /* barry_as_FLUFL */
    int future_lineno;        /* line of the last __future__ import, 0 none */
    /* node -> entry */
    StEntry **map;
    int nmap, mapcap;
} SymTable;

/* Builds the table of a Module (also Interactive/Expression) AST.  Returns
 * NULL and fills *err (CPython's message and location) on a SyntaxError. */
SymTable *symtable_build(Arena *arena, mod_ty mod, StError *err);

/* The entry made for an AST node (the mod_ty, a FunctionDef/AsyncFunctionDef
 * /ClassDef stmt_ty, a Lambda/ListComp/SetComp/DictComp/GeneratorExp
 * expr_ty), or NULL. */
StEntry *symtable_lookup(const SymTable *st, const void *node);

/* The symbol `name` (already mangled) of a scope, or NULL. */
const StSymbol *ste_symbol(const StEntry *ste, const char *name, size_t len);
/* Its resolved scope, SCOPE_NONE if the name is not in the table. */
StScope ste_scope(const StEntry *ste, const Obj *name);

/* _Py_Mangle: `name` as seen inside class `private_name` (NULL: none).
 * Returns `name` itself when no mangling applies, else a new str in arena. */
Obj *py_mangle(Arena *arena, const Obj *private_name, Obj *name);

/* Prints err as python3.11 prints the uncaught SyntaxError for file
 * `path` (reads the source line from the file). */
void symtable_print_error(FILE *f, const char *path, const StError *err);

/* `pyc --symtable FILE.py`: parse, build, print the table's dump (the
 * format tests/frontend/check_symtable.py reads).  On a symtable error
 * prints "error TYPE LINENO OFFSET END_LINENO END_OFFSET MSG" on `out`
 * and the report on stderr; returns 0, 1 (syntax error) or 2. */
int fe_dump_symtable(const char *path, FILE *out);

#endif
