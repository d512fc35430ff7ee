/* compiler/ast.h: Python 3.11's abstract syntax tree as C types, expanded from
 * ast.def: per sum a kind enum and a tagged struct (n->v.Name.id as in
 * CPython), per type a counted sequence, one arena constructor per node.
 * Not for the grammar or for semantics: parser.y builds these, later passes
 * read them.  Nodes are never freed one by one; the whole Arena goes at once.
 */
#ifndef PYC_AST_H
#define PYC_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "object.h"

/* Builtin ASDL types.  identifier and string are OBJ_STR objects (names are
 * interned-flagged), constant is any constant Obj tree (ast.Constant.value
 * and MatchSingleton), so the code generator can put them in co_consts. */
typedef Obj *identifier_ty;
typedef Obj *string_ty;
typedef Obj *constant_ty;
typedef int int_ty;

/* Calls M(q, type, name) for each (q, type, name) tuple argument (1..8). */
#define AST_FE_1(M, x) M x
#define AST_FE_2(M, x, ...) M x AST_FE_1(M, __VA_ARGS__)
#define AST_FE_3(M, x, ...) M x AST_FE_2(M, __VA_ARGS__)
#define AST_FE_4(M, x, ...) M x AST_FE_3(M, __VA_ARGS__)
#define AST_FE_5(M, x, ...) M x AST_FE_4(M, __VA_ARGS__)
#define AST_FE_6(M, x, ...) M x AST_FE_5(M, __VA_ARGS__)
#define AST_FE_7(M, x, ...) M x AST_FE_6(M, __VA_ARGS__)
#define AST_FE_8(M, x, ...) M x AST_FE_7(M, __VA_ARGS__)
#define AST_FE_PICK(_1, _2, _3, _4, _5, _6, _7, _8, N, ...) N
#define AST_FOR_EACH(M, ...)                                                              \
    AST_FE_PICK(__VA_ARGS__, AST_FE_8, AST_FE_7, AST_FE_6, AST_FE_5, AST_FE_4, AST_FE_3, \
                AST_FE_2, AST_FE_1, unused)(M, __VA_ARGS__)

/* The C type of a field: T_ty, or asdl_T_seq * for T*. */
#define AST_CTYPE_ONE(t) t##_ty
#define AST_CTYPE_OPT(t) t##_ty
#define AST_CTYPE_SEQ(t) asdl_##t##_seq *

/* ---- handles and enums ---- */
#define AST_SUM(s, a) typedef struct s##_s *s##_ty;
#define AST_PRODUCT(p, a, ...) typedef struct p##_s *p##_ty;
#define AST_ENUM(e) typedef enum {
#define AST_ENUM_VAL(e, v) v,
#define AST_END_ENUM(e) e##_count_ } e##_ty;
#include "ast.def"

#define AST_SUM(s, a) typedef enum {
#define AST_CTOR(s, c, ...) c##_kind,
#define AST_CTOR0(s, c) c##_kind,
#define AST_END_SUM(s, a) s##_kind_count_ } s##_kind;
#include "ast.def"

/* ---- sequences: size, then the elements ---- */
#define AST_SEQ_TYPE(t) typedef struct { int size; t##_ty elts[]; } asdl_##t##_seq;
AST_SEQ_TYPE(identifier)
AST_SEQ_TYPE(string)
AST_SEQ_TYPE(constant)
AST_SEQ_TYPE(int)
#define AST_SUM(s, a) AST_SEQ_TYPE(s)
#define AST_PRODUCT(p, a, ...) AST_SEQ_TYPE(p)
#define AST_ENUM(e) AST_SEQ_TYPE(e)
#include "ast.def"

#define SEQ_LEN(s) ((s) ? (s)->size : 0)
#define SEQ_GET(s, i) ((s)->elts[(i)])

/* ---- node structs ---- */
#define AST_ATTRS_0
#define AST_ATTRS_1 int lineno, col_offset, end_lineno, end_col_offset;
#define AST_FIELD(q, t, n) AST_CTYPE_##q(t) n;

/* Internal (not part of Python's AST) per-sum extras. */
#define AST_EXTRA_mod
#define AST_EXTRA_stmt
#define AST_EXTRA_expr                                                                   \
    unsigned char parens; /* how many pairs of parentheses enclosed it in the source */
#define AST_EXTRA_excepthandler
#define AST_EXTRA_pattern
#define AST_EXTRA_type_ignore

#define AST_CTOR(s, c, ...) struct c##_fields { AST_FOR_EACH(AST_FIELD, __VA_ARGS__) };
#include "ast.def"

#define AST_SUM(s, a) struct s##_s { s##_kind kind; AST_ATTRS_##a AST_EXTRA_##s union {
#define AST_CTOR(s, c, ...) struct c##_fields c;
#define AST_END_SUM(s, a) } v; };
#define AST_PRODUCT(p, a, ...) struct p##_s { AST_FOR_EACH(AST_FIELD, __VA_ARGS__) AST_ATTRS_##a };
#include "ast.def"

/* ---- constructors: ast_Name(arena, fields..., positions) ---- */
#define AST_PARAM(q, t, n) , AST_CTYPE_##q(t) n
#define AST_POSPARAMS_0
#define AST_POSPARAMS_1 , int lineno, int col_offset, int end_lineno, int end_col_offset
#define AST_CTOR(s, c, ...) \
    s##_ty ast_##c(Arena *arena AST_FOR_EACH(AST_PARAM, __VA_ARGS__) AST_POSPARAMS_##s);
#define AST_CTOR0(s, c) s##_ty ast_##c(Arena *arena AST_POSPARAMS_##s);
#define AST_PRODUCT(p, a, ...) \
    p##_ty ast_##p(Arena *arena AST_FOR_EACH(AST_PARAM, __VA_ARGS__) AST_POSPARAMS_##a);
/* which sums carry positions, spelled per sum for the constructor macros */
#define AST_POSPARAMS_mod AST_POSPARAMS_0
#define AST_POSPARAMS_stmt AST_POSPARAMS_1
#define AST_POSPARAMS_expr AST_POSPARAMS_1
#define AST_POSPARAMS_excepthandler AST_POSPARAMS_1
#define AST_POSPARAMS_pattern AST_POSPARAMS_1
#define AST_POSPARAMS_type_ignore AST_POSPARAMS_0
#include "ast.def"

/* ---- sequences ---- */
/* A new sequence of n elements (zeroed); for every type T. */
#define AST_SEQ_NEW(t) asdl_##t##_seq *asdl_##t##_seq_new(Arena *arena, int n);
AST_SEQ_NEW(identifier)
AST_SEQ_NEW(string)
AST_SEQ_NEW(constant)
AST_SEQ_NEW(int)
#define AST_SUM(s, a) AST_SEQ_NEW(s)
#define AST_PRODUCT(p, a, ...) AST_SEQ_NEW(p)
#define AST_ENUM(e) AST_SEQ_NEW(e)
#include "ast.def"

/* A growable list of pointers used while parsing; turned into a typed
 * sequence with asdl_T_seq_from_list when complete.  Arena-allocated. */
typedef struct AstList {
    void **items;
    int n, cap;
} AstList;

AstList *ast_list_new(Arena *arena);
AstList *ast_list1(Arena *arena, void *item);
AstList *ast_list_append(Arena *arena, AstList *l, void *item);  /* l may be NULL */

#define AST_SEQ_FROM(t) asdl_##t##_seq *asdl_##t##_seq_from_list(Arena *arena, const AstList *l);
AST_SEQ_FROM(identifier)
#define AST_SUM(s, a) AST_SEQ_FROM(s)
#define AST_PRODUCT(p, a, ...) AST_SEQ_FROM(p)
#include "ast.def"

/* ---- ast_dump.c ---- */
struct ByteBuf;
/* Appends exactly ast.dump(node[, include_attributes=True]) of a module.
 * False (and a partial dump) when the tree is deeper than python3.11's
 * ast.parse converts: its "RecursionError: maximum recursion depth exceeded
 * during ast construction". */
bool ast_dump_mod(struct ByteBuf *b, mod_ty m, bool attributes);
bool ast_dump_expr(struct ByteBuf *b, expr_ty e, bool attributes);

#endif
