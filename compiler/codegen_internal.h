/* compiler/codegen_internal.h: what the code generator's files share.
 *
 * The code generator mirrors CPython 3.11's Python/compile.c (the part
 * before the assembler): same instruction sequences, same source locations,
 * same constant and name order, so that python3.11's own output is the
 * oracle for ours (tests/compiler/).  Split by concern:
 *   codegen.c        units and scopes, names, constants, expressions, simple
 *                    statements, loops, functions, classes, lambdas,
 *                    comprehensions, imports, annotations, errors
 *   codegen_flow.c   try/except/else/finally, except*, with / async with,
 *                    return / break / continue and the frame-block
 *                    unwinding they need
 *   codegen_match.c  the match statement and every pattern kind
 *   fold.c           AST constant folding (CPython's ast_opt.c)
 *   unparse.c        annotations as strings (CPython's ast_unparse.c)
 * Errors do not return: cg_error() records a SyntaxError and longjmps to
 * the unit's top; everything lives in the arena or in the Asm list freed
 * there.
 */
#ifndef PYC_CODEGEN_INTERNAL_H
#define PYC_CODEGEN_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "assemble.h"
#include "ast.h"
#include "object.h"
#include "symtable.h"

/* CPython's limits */
#define CG_MAXBLOCKS 20        /* statically nested blocks (CO_MAXBLOCKS) */
#define CG_STACK_USE_GUIDELINE 30
#define CG_MAX_NEST 3000       /* recursion depth of the visitors before
                                  "RecursionError: maximum recursion depth
                                  exceeded during compilation" */

/* Frame blocks: what return/break/continue must unwind (compile.c's
 * fblocktype, same names and meaning). */
typedef enum {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
} FBlockType;

typedef struct FBlock {
    FBlockType type;
    int block;   /* label */
    int exit;    /* label or -1 */
    void *datum; /* FB_FINALLY_TRY: asdl_stmt_seq * (the finally body);
                    FB_HANDLER_CLEANUP: identifier_ty (the `as` name) or NULL;
                    FB_WITH/FB_ASYNC_WITH: stmt_ty (the with statement) */
} FBlock;

/* Kinds of code units (compile.c's COMPILER_SCOPE_*). */
typedef enum {
    CG_SCOPE_MODULE,
    CG_SCOPE_CLASS,
    CG_SCOPE_FUNCTION,
    CG_SCOPE_ASYNC_FUNCTION,
    CG_SCOPE_LAMBDA,
    CG_SCOPE_COMPREHENSION,
} CgScopeKind;

/* An insertion-ordered set of Obj keys (names or constants) -> index. */
typedef struct CgTable {
    Obj **items;
    int n, cap;
    int *hash;     /* open addressing over items, -1 empty */
    int hashcap;
} CgTable;

int cg_table_index(Arena *arena, CgTable *t, Obj *key); /* adds if missing */
int cg_table_find(const CgTable *t, const Obj *key);    /* -1 if missing */

typedef struct CgUnit {
    StEntry *ste;
    CgScopeKind scope_kind;
    Asm *as;
    Obj *name, *qualname;
    CgTable consts, names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    AsmLoc loc;                 /* location given to emitted instructions */
    Obj *private_name;          /* class name for mangling (u_private) */
    bool block_returns;         /* the current block ends with RETURN_VALUE */
    FBlock fblocks[CG_MAXBLOCKS];
    int nfblocks;
    struct CgUnit *prev;
} CgUnit;

typedef struct Compiler {
    Arena *arena;
    SymTable *st;
    CgUnit *u;
    Obj *filename;
    int optimize;               /* 0, 1, 2 */
    bool future_annotations;
    bool interactive;
    int nestlevel;              /* unit nesting (compile.c's c_nestlevel) */
    int depth;                  /* visitor recursion, see CG_MAX_NEST */
    FILE *warnf;                /* SyntaxWarnings go here (NULL: none) */
    StError err;                /* the error that stopped compilation */
    jmp_buf fail;
} Compiler;

/* ---- errors (never return) ---- */
/* A SyntaxError at a node's position: lineno, 0-based col_offset,
 * end_lineno, 0-based end_col_offset (as the AST stores them; converted to
 * CPython's 1-based offsets here). */
_Noreturn void cg_error_at(Compiler *c, int lineno, int col, int end_lineno, int end_col,
                           const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Same with an exception type other than SyntaxError (e.g. "RecursionError"). */
_Noreturn void cg_error_type(Compiler *c, const char *type, int lineno, int col,
                             int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* At the current location c->u->loc (compile.c's compiler_error). */
_Noreturn void cg_error(Compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define CG_ERROR_NODE(c, n, ...) \
    cg_error_at((c), (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)
/* The repr of a str as CPython's %R shows it ('name'). */
const char *cg_repr_str(Compiler *c, const Obj *s);

/* ---- locations (compile.c's SET_LOC / UNSET_LOC) ---- */
#define CG_SET_LOC(c, n)                                                          \
    ((c)->u->loc = (AsmLoc){(n)->lineno, (n)->end_lineno, (n)->col_offset,        \
                            (n)->end_col_offset})
#define CG_UNSET_LOC(c) ((c)->u->loc = ASM_NO_LOC)

/* ---- emitting into the current unit, at c->u->loc ---- */
void cg_emit(Compiler *c, int op, int oparg);              /* ADDOP / ADDOP_I */
void cg_emit_jump(Compiler *c, int op, int label);         /* ADDOP_JUMP (also SETUP_*) */
void cg_emit_noline(Compiler *c, int op, int oparg);       /* ADDOP_NOLINE */
void cg_emit_jump_noline(Compiler *c, int op, int label);  /* ADDOP_JUMP_NOLINE */
int cg_new_label(Compiler *c);                             /* compiler_new_block */
void cg_use_label(Compiler *c, int label);                 /* compiler_use_next_block */
void cg_emit_nop(Compiler *c);                             /* compiler_nop */
/* LOAD_CONST of o (ADDOP_LOAD_CONST); cg_add_const returns the index. */
int cg_add_const(Compiler *c, Obj *o);
void cg_load_const(Compiler *c, Obj *o);
void cg_load_none(Compiler *c);
/* An op whose argument indexes co_names: ADDOP_NAME (mangled with the
 * enclosing class's private name) and ADDOP_N without mangling. */
void cg_emit_name(Compiler *c, int op, Obj *name);
void cg_emit_name_nomangle(Compiler *c, int op, Obj *name);
/* COMPARE_OP / IS_OP / CONTAINS_OP for an AST cmpop (compiler_addcompare). */
void cg_emit_compare(Compiler *c, cmpop_ty op);
/* Shared singletons / small constructors in the compiler's arena. */
Obj *cg_none(Compiler *c);
Obj *cg_str(Compiler *c, const char *s); /* interned str */

/* ---- names and variables ---- */
Obj *cg_mangle(Compiler *c, Obj *name);
/* Load / store / delete variable `name` (compiler_nameop). */
void cg_nameop(Compiler *c, Obj *name, expr_context_ty ctx);
/* "cannot assign to __debug__" / "cannot delete __debug__" check
 * (compiler's forbidden_name); errors at the current location. */
void cg_check_forbidden(Compiler *c, Obj *name, expr_context_ty ctx);

/* ---- visitors (codegen.c) ---- */
void cg_visit_expr(Compiler *c, expr_ty e);
void cg_visit_stmt(Compiler *c, stmt_ty s);
void cg_visit_stmts(Compiler *c, asdl_stmt_seq *body);
/* Jump to `label` if the truth of e equals cond (compiler_jump_if). */
void cg_jump_if(Compiler *c, expr_ty e, int label, bool cond);
/* SEND / YIELD_VALUE / RESUME loop of `await` and `yield from`
 * (compiler_add_yield_from; await selects RESUME 3 instead of 2). */
void cg_add_yield_from(Compiler *c, bool await);
/* BINARY_OP for an AST operator, plain or in-place (addop_binary). */
void cg_emit_binop(Compiler *c, operator_ty op, bool inplace);

/* ---- frame blocks ---- */
void cg_push_fblock(Compiler *c, FBlockType t, int block, int exit, void *datum);
void cg_pop_fblock(Compiler *c, FBlockType t, int block);

/* ---- codegen_flow.c ---- */
void cg_try(Compiler *c, stmt_ty s);        /* Try */
void cg_try_star(Compiler *c, stmt_ty s);   /* TryStar */
void cg_with(Compiler *c, stmt_ty s, int pos);
void cg_async_with(Compiler *c, stmt_ty s, int pos);
void cg_return(Compiler *c, stmt_ty s);
void cg_break(Compiler *c);
void cg_continue(Compiler *c);
/* compiler_unwind_fblock / compiler_unwind_fblock_stack: emit what leaving
 * the block needs; `loop` receives the innermost loop when stopping there
 * (NULL to unwind everything). */
void cg_unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos);
void cg_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);
/* compiler_call_exit_with_nones, used by with and async-with cleanup */
void cg_call_exit_with_nones(Compiler *c);
/* POP_EXCEPT + RERAISE 1 cleanup block (used by several handlers) */
void cg_pop_except_and_reraise(Compiler *c);

/* ---- codegen_match.c ---- */
void cg_match(Compiler *c, stmt_ty s);

/* ---- fold.c: CPython 3.11's _PyAST_Optimize over the module ---- */
void fold_module(Arena *arena, mod_ty mod, int optimize);

/* ---- unparse.c: CPython 3.11's _PyAST_ExprAsUnicode (annotations under
 * `from __future__ import annotations`); NULL when the expression holds an
 * int longer than str() may convert (4300 digits, a ValueError) ---- */
Obj *unparse_expr(Arena *arena, expr_ty e);

#endif
