/* compiler/ast.c: the AST constructors, sequences and pointer lists, all
 * expanded from ast.def and allocated in one Arena.  Not for validation or
 * grammar decisions (parse.c and parser.y make those).
 */
#include "ast.h"

#include <string.h>

#define AST_SET(q, t, n) f->n = n;
#define AST_SETPOS_0
#define AST_SETPOS_1                                                                     \
    node->lineno = lineno;                                                               \
    node->col_offset = col_offset;                                                       \
    node->end_lineno = end_lineno;                                                       \
    node->end_col_offset = end_col_offset;
#define AST_SETPOS_mod AST_SETPOS_0
#define AST_SETPOS_stmt AST_SETPOS_1
#define AST_SETPOS_expr AST_SETPOS_1
#define AST_SETPOS_excepthandler AST_SETPOS_1
#define AST_SETPOS_pattern AST_SETPOS_1
#define AST_SETPOS_type_ignore AST_SETPOS_0

#define AST_CTOR(s, c, ...)                                                              \
    s##_ty ast_##c(Arena *arena AST_FOR_EACH(AST_PARAM, __VA_ARGS__) AST_POSPARAMS_##s)  \
    {                                                                                    \
        s##_ty node = arena_alloc(arena, sizeof *node);                                  \
        node->kind = c##_kind;                                                           \
        struct c##_fields *f = &node->v.c;                                               \
        AST_FOR_EACH(AST_SET, __VA_ARGS__)                                               \
        AST_SETPOS_##s                                                                   \
        return node;                                                                     \
    }
#define AST_CTOR0(s, c)                                                                  \
    s##_ty ast_##c(Arena *arena AST_POSPARAMS_##s)                                       \
    {                                                                                    \
        s##_ty node = arena_alloc(arena, sizeof *node);                                  \
        node->kind = c##_kind;                                                           \
        AST_SETPOS_##s                                                                   \
        return node;                                                                     \
    }
#define AST_PRODUCT(p, a, ...)                                                           \
    p##_ty ast_##p(Arena *arena AST_FOR_EACH(AST_PARAM, __VA_ARGS__) AST_POSPARAMS_##a)  \
    {                                                                                    \
        p##_ty node = arena_alloc(arena, sizeof *node);                                  \
        p##_ty f = node;                                                                 \
        AST_FOR_EACH(AST_SET, __VA_ARGS__)                                               \
        AST_SETPOS_##a                                                                   \
        return node;                                                                     \
    }
#include "ast.def"

#define AST_SEQ_NEW_DEF(t)                                                               \
    asdl_##t##_seq *asdl_##t##_seq_new(Arena *arena, int n)                              \
    {                                                                                    \
        asdl_##t##_seq *s = arena_alloc(arena, sizeof *s + (size_t)n * sizeof(t##_ty));  \
        s->size = n;                                                                     \
        return s;                                                                        \
    }
AST_SEQ_NEW_DEF(identifier)
AST_SEQ_NEW_DEF(string)
AST_SEQ_NEW_DEF(constant)
AST_SEQ_NEW_DEF(int)
#define AST_SUM(s, a) AST_SEQ_NEW_DEF(s)
#define AST_PRODUCT(p, a, ...) AST_SEQ_NEW_DEF(p)
#define AST_ENUM(e) AST_SEQ_NEW_DEF(e)
#include "ast.def"

#define AST_SEQ_FROM_DEF(t)                                                              \
    asdl_##t##_seq *asdl_##t##_seq_from_list(Arena *arena, const AstList *l)             \
    {                                                                                    \
        int n = l ? l->n : 0;                                                            \
        asdl_##t##_seq *s = asdl_##t##_seq_new(arena, n);                                \
        for (int i = 0; i < n; i++)                                                      \
            s->elts[i] = (t##_ty)l->items[i];                                            \
        return s;                                                                        \
    }
AST_SEQ_FROM_DEF(identifier)
#define AST_SUM(s, a) AST_SEQ_FROM_DEF(s)
#define AST_PRODUCT(p, a, ...) AST_SEQ_FROM_DEF(p)
#include "ast.def"

AstList *ast_list_new(Arena *arena)
{
    return arena_alloc(arena, sizeof(AstList));
}

AstList *ast_list_append(Arena *arena, AstList *l, void *item)
{
    if (!l)
        l = ast_list_new(arena);
    if (l->n == l->cap) {
        /* Growth abandons the old array in the arena: lists are short-lived
         * and most hold a handful of items, so doubling keeps the waste
         * below the live size. */
        int cap = l->cap ? l->cap * 2 : 4;
        void **items = arena_alloc(arena, (size_t)cap * sizeof *items);
        if (l->n)
            memcpy(items, l->items, (size_t)l->n * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = item;
    return l;
}

AstList *ast_list1(Arena *arena, void *item)
{
    return ast_list_append(arena, NULL, item);
}
