/* compiler/ast_dump.c: the text of Python 3.11's ast.dump(tree) and
 * ast.dump(tree, include_attributes=True), expanded from ast.def.  3.11 omits
 * a field only when it is None and optional; empty lists are printed.  Only
 * the single-line form (indent=None) is supported.
 */
#include "ast.h"

#include "bytebuf.h"
#include "repr.h"

typedef struct Dump {
    ByteBuf *b;
    bool attrs;
    int depth;     /* nodes (sums and products) being printed */
    bool too_deep; /* past AST_DUMP_MAX_DEPTH: the dump is abandoned */
} Dump;

/* Python 3.11's ast2obj (behind ast.parse) counts the same nodes and gives
 * up with "RecursionError: maximum recursion depth exceeded during ast
 * construction"; from `python3.11 -c "ast.parse(src)"` the deepest tree it
 * converts is 2991 nodes deep.  The limit also bounds the C recursion. */
#define AST_DUMP_MAX_DEPTH 2991
#define ENTER()                                        \
    do {                                               \
        if (d->too_deep || ++d->depth > AST_DUMP_MAX_DEPTH) { \
            d->too_deep = true;                        \
            return;                                    \
        }                                              \
    } while (0)
#define LEAVE() (d->depth--)

/* ---- builtins ---- */
static void dump_identifier(Dump *d, identifier_ty v) { repr_str(d->b, v); }
static void dump_string(Dump *d, string_ty v) { repr_str(d->b, v); }
static void dump_constant(Dump *d, constant_ty v) { repr_obj(d->b, v); }
static void dump_int(Dump *d, int_ty v) { bb_printf(d->b, "%d", v); }
static inline bool present_identifier(identifier_ty v) { return v != NULL; }
static inline bool present_string(string_ty v) { return v != NULL; }
static inline bool present_int(int_ty v) { (void)v; return true; }

/* ---- prototypes for the mutually recursive printers ---- */
#define AST_SUM(s, a)                                   \
    static void dump_##s(Dump *d, s##_ty n);           \
    static inline bool present_##s(s##_ty v) { return v != NULL; }
#define AST_PRODUCT(p, a, ...)                         \
    static void dump_##p(Dump *d, p##_ty n);           \
    static inline bool present_##p(p##_ty v) { return v != NULL; }
#include "ast.def"

/* ---- enums: "Load()" ---- */
#define AST_ENUM(e)                                    \
    static void dump_##e(Dump *d, e##_ty v)            \
    {                                                  \
        static const char *const names[] = {
#define AST_ENUM_VAL(e, v) #v "()",
#define AST_END_ENUM(e)                                \
        };                                             \
        bb_str(d->b, names[v]);                        \
    }
#include "ast.def"

/* ---- sequences: "[a, b]", None for absent entries (Dict.keys) ---- */
#define AST_SEQ_DUMP(t, NULLCHECK)                                \
    static inline void dump_seq_##t(Dump *d, asdl_##t##_seq *s)   \
    {                                                             \
        bb_byte(d->b, '[');                                       \
        for (int i = 0; i < SEQ_LEN(s); i++) {                    \
            if (i)                                                \
                bb_str(d->b, ", ");                               \
            if (NULLCHECK && !s->elts[i])                         \
                bb_str(d->b, "None");                             \
            else                                                  \
                dump_##t(d, s->elts[i]);                          \
        }                                                         \
        bb_byte(d->b, ']');                                       \
    }
AST_SEQ_DUMP(identifier, 1)
#define AST_SUM(s, a) AST_SEQ_DUMP(s, 1)
#define AST_PRODUCT(p, a, ...) AST_SEQ_DUMP(p, 1)
#define AST_ENUM(e) AST_SEQ_DUMP(e, 0)
#include "ast.def"

/* ---- fields and attributes ---- */
static void sep(Dump *d, bool *first, const char *name)
{
    if (!*first)
        bb_str(d->b, ", ");
    *first = false;
    bb_str(d->b, name);
    bb_byte(d->b, '=');
}

#define AST_DUMPF(q, t, n) AST_DUMPF_##q(t, n)
#define AST_DUMPF_ONE(t, n) sep(d, &first, #n); dump_##t(d, f->n);
#define AST_DUMPF_OPT(t, n)      \
    if (present_##t(f->n)) {     \
        sep(d, &first, #n);      \
        dump_##t(d, f->n);       \
    }
#define AST_DUMPF_SEQ(t, n) sep(d, &first, #n); dump_seq_##t(d, f->n);

static void dump_attrs(Dump *d, bool *first, int lineno, int col_offset, int end_lineno,
                       int end_col_offset)
{
    if (!d->attrs)
        return;
    sep(d, first, "lineno");
    dump_int(d, lineno);
    sep(d, first, "col_offset");
    dump_int(d, col_offset);
    sep(d, first, "end_lineno");
    dump_int(d, end_lineno);
    sep(d, first, "end_col_offset");
    dump_int(d, end_col_offset);
}
#define AST_DUMP_ATTRS_0
#define AST_DUMP_ATTRS_1 \
    dump_attrs(d, &first, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);

/* ---- sums and products ---- */
#define AST_SUM(s, a)                          \
    static void dump_##s(Dump *d, s##_ty n)    \
    {                                          \
        bool first = true;                     \
        ENTER();                               \
        switch (n->kind) {
#define AST_CTOR(s, c, ...)                           \
        case c##_kind: {                              \
            const struct c##_fields *f = &n->v.c;     \
            bb_str(d->b, #c "(");                     \
            AST_FOR_EACH(AST_DUMPF, __VA_ARGS__)      \
            break;                                    \
        }
#define AST_CTOR0(s, c)                \
        case c##_kind:                 \
            bb_str(d->b, #c "(");      \
            break;
#define AST_END_SUM(s, a)              \
        default:                       \
            bb_str(d->b, "?(");        \
            break;                     \
        }                              \
        AST_DUMP_ATTRS_##a             \
        (void)first;                   \
        bb_byte(d->b, ')');            \
        LEAVE();                       \
    }
#define AST_PRODUCT(p, a, ...)                     \
    static void dump_##p(Dump *d, p##_ty n)        \
    {                                              \
        bool first = true;                         \
        const struct p##_s *f = n;                 \
        ENTER();                                   \
        bb_str(d->b, #p "(");                      \
        AST_FOR_EACH(AST_DUMPF, __VA_ARGS__)       \
        AST_DUMP_ATTRS_##a                         \
        bb_byte(d->b, ')');                        \
        LEAVE();                                   \
    }
#include "ast.def"

bool ast_dump_mod(ByteBuf *b, mod_ty m, bool attributes)
{
    Dump d = {b, attributes, 0, false};
    dump_mod(&d, m);
    return !d.too_deep;
}

bool ast_dump_expr(ByteBuf *b, expr_ty e, bool attributes)
{
    Dump d = {b, attributes, 0, false};
    dump_expr(&d, e);
    return !d.too_deep;
}
