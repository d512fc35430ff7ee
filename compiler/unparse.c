/* compiler/unparse.c: an expression back to source text, exactly as CPython
 * 3.11's Python/ast_unparse.c writes it; under `from __future__ import
 * annotations` that text is the annotation's value.  Not a general
 * unparser (Lib/ast.py's unparse parenthesises and quotes differently) and
 * not for statements: annotations are expressions.
 */
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "bytebuf.h"
#include "codegen_internal.h"
#include "repr.h"

/* Binding strength, loosest first.  A node is parenthesised when the
 * context asks for a tighter level than its own (CPython's PR_* order). */
enum {
    PR_TUPLE,
    PR_TEST,   /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR, /* unary + - ~ */
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

/* python3.11 refuses to write an int of more decimal digits than this
 * (sys.get_int_max_str_digits(), CVE-2020-10735), so an annotation with a
 * huge (hex) literal is a ValueError at compile time. */
#define INT_MAX_STR_DIGITS 4300

typedef struct {
    Arena *arena;  /* for the temporary str objects repr_str needs */
    ByteBuf *b;
    bool int_too_long;
} Unparser;

static void expr(Unparser *u, expr_ty e, int level);
static void fstring_element(Unparser *u, expr_ty e, bool in_format_spec);

static void put(Unparser *u, const char *s) { bb_str(u->b, s); }

static void put_obj(Unparser *u, const Obj *s) { bb_put(u->b, s->u.s.data, s->u.s.len); }

static void open_if(Unparser *u, bool cond) { if (cond) bb_byte(u->b, '('); }
static void close_if(Unparser *u, bool cond) { if (cond) bb_byte(u->b, ')'); }

/* An infinite float (a literal too large, 1e400) must read back as a
 * number, so CPython writes "inf" as 1e309, one past the largest exponent. */
static void put_replacing_inf(Unparser *u, const ByteBuf *t)
{
    char big[16];
    snprintf(big, sizeof big, "1e%d", DBL_MAX_10_EXP + 1);
    for (size_t i = 0; i < t->len;) {
        if (i + 3 <= t->len && memcmp(t->data + i, "inf", 3) == 0) {
            put(u, big);
            i += 3;
        } else {
            bb_byte(u->b, t->data[i++]);
        }
    }
}

/* Whether python3.11 would write this int in decimal.  A bit length past
 * 14300 settles it without the (quadratic) conversion. */
static bool int_fits_str_limit(const Obj *o)
{
    const BigDigits *big = o->u.i.big;
    if (!big)
        return true;
    /* 2**14300 > 10**4304: beyond that many bits, too long for sure. */
    if ((size_t)big->ndigits * 15 > 14300 + 15)
        return false;
    ByteBuf t;
    bb_init(&t);
    repr_int(&t, o);
    size_t ndigits = t.len - (t.len && t.data[0] == '-');
    bb_free(&t);
    return ndigits <= INT_MAX_STR_DIGITS;
}

static void constant(Unparser *u, const Obj *o)
{
    if (o->kind == OBJ_INT && !int_fits_str_limit(o)) {
        u->int_too_long = true;
        return;
    }
    if (o->kind == OBJ_TUPLE) {
        /* Only folded trees hold tuple constants; items are unparsed like
         * constants (so infinities inside are replaced too). */
        bb_byte(u->b, '(');
        for (size_t i = 0; i < o->u.seq.n; i++) {
            if (i > 0)
                put(u, ", ");
            constant(u, o->u.seq.items[i]);
        }
        if (o->u.seq.n == 1)
            bb_byte(u->b, ',');
        bb_byte(u->b, ')');
        return;
    }
    if ((o->kind == OBJ_FLOAT && isinf(o->u.f)) || o->kind == OBJ_COMPLEX) {
        ByteBuf t;
        bb_init(&t);
        repr_obj(&t, o);
        put_replacing_inf(u, &t);
        bb_free(&t);
        return;
    }
    repr_obj(u->b, o);
}

static void boolop(Unparser *u, expr_ty e, int level)
{
    bool is_and = e->v.BoolOp.op == And;
    int pr = is_and ? PR_AND : PR_OR;
    open_if(u, level > pr);
    for (int i = 0; i < SEQ_LEN(e->v.BoolOp.values); i++) {
        if (i > 0)
            put(u, is_and ? " and " : " or ");
        expr(u, SEQ_GET(e->v.BoolOp.values, i), pr + 1);
    }
    close_if(u, level > pr);
}

static void binop(Unparser *u, expr_ty e, int level)
{
    static const struct { const char *text; int pr; } ops[] = {
        [Add] = {" + ", PR_ARITH},      [Sub] = {" - ", PR_ARITH},
        [Mult] = {" * ", PR_TERM},      [MatMult] = {" @ ", PR_TERM},
        [Div] = {" / ", PR_TERM},       [Mod] = {" % ", PR_TERM},
        [Pow] = {" ** ", PR_POWER},     [LShift] = {" << ", PR_SHIFT},
        [RShift] = {" >> ", PR_SHIFT},  [BitOr] = {" | ", PR_BOR},
        [BitXor] = {" ^ ", PR_BXOR},    [BitAnd] = {" & ", PR_BAND},
        [FloorDiv] = {" // ", PR_TERM},
    };
    int pr = ops[e->v.BinOp.op].pr;
    /* ** binds right to left: its left operand needs the tighter level. */
    int right_assoc = e->v.BinOp.op == Pow;
    open_if(u, level > pr);
    expr(u, e->v.BinOp.left, pr + right_assoc);
    put(u, ops[e->v.BinOp.op].text);
    expr(u, e->v.BinOp.right, pr + !right_assoc);
    close_if(u, level > pr);
}

static void unaryop(Unparser *u, expr_ty e, int level)
{
    static const struct { const char *text; int pr; } ops[] = {
        [Invert] = {"~", PR_FACTOR}, [Not] = {"not ", PR_NOT},
        [UAdd] = {"+", PR_FACTOR},   [USub] = {"-", PR_FACTOR},
    };
    int pr = ops[e->v.UnaryOp.op].pr;
    open_if(u, level > pr);
    put(u, ops[e->v.UnaryOp.op].text);
    expr(u, e->v.UnaryOp.operand, pr);
    close_if(u, level > pr);
}

static void arg(Unparser *u, arg_ty a)
{
    put_obj(u, a->arg);
    if (a->annotation) {
        put(u, ": ");
        expr(u, a->annotation, PR_TEST);
    }
}

static void comma(Unparser *u, bool *first)
{
    if (!*first)
        put(u, ", ");
    *first = false;
}

static void arguments(Unparser *u, arguments_ty args)
{
    bool first = true;
    int nposonly = SEQ_LEN(args->posonlyargs), nargs = SEQ_LEN(args->args);
    int ndefaults = SEQ_LEN(args->defaults);
    /* The defaults belong to the last positional parameters, counting the
     * positional-only ones. */
    for (int i = 0; i < nposonly + nargs; i++) {
        comma(u, &first);
        arg(u, i < nposonly ? SEQ_GET(args->posonlyargs, i) : SEQ_GET(args->args, i - nposonly));
        int d = i - (nposonly + nargs) + ndefaults;
        if (d >= 0) {
            put(u, "=");
            expr(u, SEQ_GET(args->defaults, d), PR_TEST);
        }
        if (nposonly && i + 1 == nposonly)
            put(u, ", /");
    }
    int nkwonly = SEQ_LEN(args->kwonlyargs);
    if (args->vararg || nkwonly) {
        comma(u, &first);
        put(u, "*");
        if (args->vararg)
            arg(u, args->vararg);
    }
    int nkwdefaults = SEQ_LEN(args->kw_defaults);
    for (int i = 0; i < nkwonly; i++) {
        comma(u, &first);
        arg(u, SEQ_GET(args->kwonlyargs, i));
        int d = i - nkwonly + nkwdefaults;
        expr_ty dflt = d >= 0 ? SEQ_GET(args->kw_defaults, d) : NULL;
        if (dflt) {
            put(u, "=");
            expr(u, dflt, PR_TEST);
        }
    }
    if (args->kwarg) {
        comma(u, &first);
        put(u, "**");
        arg(u, args->kwarg);
    }
}

static void lambda(Unparser *u, expr_ty e, int level)
{
    arguments_ty args = e->v.Lambda.args;
    open_if(u, level > PR_TEST);
    /* No space before ":" or "*" when there is no positional parameter. */
    put(u, SEQ_LEN(args->args) + SEQ_LEN(args->posonlyargs) ? "lambda " : "lambda");
    arguments(u, args);
    put(u, ": ");
    expr(u, e->v.Lambda.body, PR_TEST);
    close_if(u, level > PR_TEST);
}

static void ifexp(Unparser *u, expr_ty e, int level)
{
    open_if(u, level > PR_TEST);
    expr(u, e->v.IfExp.body, PR_TEST + 1);
    put(u, " if ");
    expr(u, e->v.IfExp.test, PR_TEST + 1);
    put(u, " else ");
    expr(u, e->v.IfExp.orelse, PR_TEST);
    close_if(u, level > PR_TEST);
}

static void elements(Unparser *u, asdl_expr_seq *elts)
{
    for (int i = 0; i < SEQ_LEN(elts); i++) {
        if (i > 0)
            put(u, ", ");
        expr(u, SEQ_GET(elts, i), PR_TEST);
    }
}

static void dict(Unparser *u, expr_ty e)
{
    put(u, "{");
    for (int i = 0; i < SEQ_LEN(e->v.Dict.values); i++) {
        if (i > 0)
            put(u, ", ");
        expr_ty key = SEQ_GET(e->v.Dict.keys, i);
        if (key) {
            expr(u, key, PR_TEST);
            put(u, ": ");
            expr(u, SEQ_GET(e->v.Dict.values, i), PR_TEST);
        } else {
            put(u, "**");
            expr(u, SEQ_GET(e->v.Dict.values, i), PR_EXPR);
        }
    }
    put(u, "}");
}

static void tuple(Unparser *u, expr_ty e, int level)
{
    int n = SEQ_LEN(e->v.Tuple.elts);
    if (n == 0) {
        put(u, "()");
        return;
    }
    open_if(u, level > PR_TUPLE);
    elements(u, e->v.Tuple.elts);
    if (n == 1)
        put(u, ",");
    close_if(u, level > PR_TUPLE);
}

static void comprehensions(Unparser *u, asdl_comprehension_seq *gens)
{
    for (int i = 0; i < SEQ_LEN(gens); i++) {
        comprehension_ty g = SEQ_GET(gens, i);
        put(u, g->is_async ? " async for " : " for ");
        expr(u, g->target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->iter, PR_TEST + 1);
        for (int j = 0; j < SEQ_LEN(g->ifs); j++) {
            put(u, " if ");
            expr(u, SEQ_GET(g->ifs, j), PR_TEST + 1);
        }
    }
}

static void genexp(Unparser *u, expr_ty e)
{
    put(u, "(");
    expr(u, e->v.GeneratorExp.elt, PR_TEST);
    comprehensions(u, e->v.GeneratorExp.generators);
    put(u, ")");
}

static void compare(Unparser *u, expr_ty e, int level)
{
    static const char *const ops[] = {
        [Eq] = " == ", [NotEq] = " != ", [Lt] = " < ",  [LtE] = " <= ",
        [Gt] = " > ",  [GtE] = " >= ",   [Is] = " is ", [IsNot] = " is not ",
        [In] = " in ", [NotIn] = " not in ",
    };
    open_if(u, level > PR_CMP);
    expr(u, e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < SEQ_LEN(e->v.Compare.comparators); i++) {
        put(u, ops[SEQ_GET(e->v.Compare.ops, i)]);
        expr(u, SEQ_GET(e->v.Compare.comparators, i), PR_CMP + 1);
    }
    close_if(u, level > PR_CMP);
}

static void call(Unparser *u, expr_ty e)
{
    asdl_expr_seq *args = e->v.Call.args;
    asdl_keyword_seq *kws = e->v.Call.keywords;
    expr(u, e->v.Call.func, PR_ATOM);
    /* f(x for x in y): the generator's own parentheses are the call's. */
    if (SEQ_LEN(args) == 1 && SEQ_LEN(kws) == 0 && SEQ_GET(args, 0)->kind == GeneratorExp_kind) {
        genexp(u, SEQ_GET(args, 0));
        return;
    }
    put(u, "(");
    bool first = true;
    for (int i = 0; i < SEQ_LEN(args); i++) {
        comma(u, &first);
        expr(u, SEQ_GET(args, i), PR_TEST);
    }
    for (int i = 0; i < SEQ_LEN(kws); i++) {
        keyword_ty kw = SEQ_GET(kws, i);
        comma(u, &first);
        if (kw->arg) {
            put_obj(u, kw->arg);
            put(u, "=");
        } else {
            put(u, "**");
        }
        expr(u, kw->value, PR_TEST);
    }
    put(u, ")");
}

/* ---- f-strings ----
 * The pieces are written unquoted into one body, which is then quoted as a
 * whole by str's repr (so the quote character is repr's choice).  A format
 * spec is part of its enclosing body and is not quoted again. */

static void fstring_text(Unparser *u, const Obj *s)
{
    for (size_t i = 0; i < s->u.s.len; i++) {
        uint8_t c = s->u.s.data[i];
        bb_byte(u->b, c);
        if (c == '{' || c == '}')
            bb_byte(u->b, c);
    }
}

static void joinedstr(Unparser *u, expr_ty e, bool in_format_spec)
{
    ByteBuf body, *outer = u->b;
    bb_init(&body);
    u->b = &body;
    for (int i = 0; i < SEQ_LEN(e->v.JoinedStr.values); i++)
        fstring_element(u, SEQ_GET(e->v.JoinedStr.values, i), in_format_spec);
    u->b = outer;
    if (in_format_spec) {
        bb_put(outer, body.data, body.len);
    } else {
        bb_byte(outer, 'f');
        repr_str(outer, obj_str(u->arena, (const char *)body.data, body.len, false));
    }
    bb_free(&body);
}

static void formattedvalue(Unparser *u, expr_ty e)
{
    ByteBuf value, *outer = u->b;
    bb_init(&value);
    u->b = &value;
    /* Tighter than the grammar needs so that a lambda's ":" is enclosed. */
    expr(u, e->v.FormattedValue.value, PR_TEST + 1);
    u->b = outer;
    /* "{{" would be an escaped brace: keep a set or dict display apart. */
    put(u, value.len > 0 && value.data[0] == '{' ? "{ " : "{");
    bb_put(outer, value.data, value.len);
    bb_free(&value);
    switch (e->v.FormattedValue.conversion) {
    case 'a': put(u, "!a"); break;
    case 'r': put(u, "!r"); break;
    case 's': put(u, "!s"); break;
    default: break;
    }
    if (e->v.FormattedValue.format_spec) {
        put(u, ":");
        fstring_element(u, e->v.FormattedValue.format_spec, true);
    }
    put(u, "}");
}

static void fstring_element(Unparser *u, expr_ty e, bool in_format_spec)
{
    switch (e->kind) {
    case Constant_kind:
        fstring_text(u, e->v.Constant.value);
        return;
    case JoinedStr_kind:
        joinedstr(u, e, in_format_spec);
        return;
    case FormattedValue_kind:
        formattedvalue(u, e);
        return;
    default:
        /* The parser puts nothing else in an f-string. */
        assert(!"unexpected node in an f-string");
        return;
    }
}

static void attribute(Unparser *u, expr_ty e)
{
    expr_ty v = e->v.Attribute.value;
    expr(u, v, PR_ATOM);
    /* "1.real" would lex as a float; bools are not ints here. */
    put(u, v->kind == Constant_kind && v->v.Constant.value->kind == OBJ_INT ? " ." : ".");
    put_obj(u, e->v.Attribute.attr);
}

static void slice(Unparser *u, expr_ty e)
{
    if (e->v.Slice.lower)
        expr(u, e->v.Slice.lower, PR_TEST);
    put(u, ":");
    if (e->v.Slice.upper)
        expr(u, e->v.Slice.upper, PR_TEST);
    if (e->v.Slice.step) {
        put(u, ":");
        expr(u, e->v.Slice.step, PR_TEST);
    }
}

static void subscript(Unparser *u, expr_ty e)
{
    /* A tuple index is written bare, a[1, 2]; python3.11 does so even when
     * an item is starred (a[*b,]), which later versions parenthesise. */
    expr(u, e->v.Subscript.value, PR_ATOM);
    put(u, "[");
    expr(u, e->v.Subscript.slice, PR_TUPLE);
    put(u, "]");
}

static void expr(Unparser *u, expr_ty e, int level)
{
    switch (e->kind) {
    case BoolOp_kind:
        boolop(u, e, level);
        return;
    case BinOp_kind:
        binop(u, e, level);
        return;
    case UnaryOp_kind:
        unaryop(u, e, level);
        return;
    case Lambda_kind:
        lambda(u, e, level);
        return;
    case IfExp_kind:
        ifexp(u, e, level);
        return;
    case Dict_kind:
        dict(u, e);
        return;
    case Set_kind:
        put(u, "{");
        elements(u, e->v.Set.elts);
        put(u, "}");
        return;
    case GeneratorExp_kind:
        genexp(u, e);
        return;
    case ListComp_kind:
        put(u, "[");
        expr(u, e->v.ListComp.elt, PR_TEST);
        comprehensions(u, e->v.ListComp.generators);
        put(u, "]");
        return;
    case SetComp_kind:
        put(u, "{");
        expr(u, e->v.SetComp.elt, PR_TEST);
        comprehensions(u, e->v.SetComp.generators);
        put(u, "}");
        return;
    case DictComp_kind:
        put(u, "{");
        expr(u, e->v.DictComp.key, PR_TEST);
        put(u, ": ");
        expr(u, e->v.DictComp.value, PR_TEST);
        comprehensions(u, e->v.DictComp.generators);
        put(u, "}");
        return;
    case Yield_kind:
        /* Always parenthesised, whatever the context. */
        if (!e->v.Yield.value) {
            put(u, "(yield)");
            return;
        }
        put(u, "(yield ");
        expr(u, e->v.Yield.value, PR_TEST);
        put(u, ")");
        return;
    case YieldFrom_kind:
        put(u, "(yield from ");
        expr(u, e->v.YieldFrom.value, PR_TEST);
        put(u, ")");
        return;
    case Await_kind:
        open_if(u, level > PR_AWAIT);
        put(u, "await ");
        expr(u, e->v.Await.value, PR_ATOM);
        close_if(u, level > PR_AWAIT);
        return;
    case Compare_kind:
        compare(u, e, level);
        return;
    case Call_kind:
        call(u, e);
        return;
    case Constant_kind:
        if (e->v.Constant.value->kind == OBJ_ELLIPSIS) {
            put(u, "...");
            return;
        }
        if (e->v.Constant.kind)
            put_obj(u, e->v.Constant.kind); /* the u of u'...' */
        constant(u, e->v.Constant.value);
        return;
    case JoinedStr_kind:
        joinedstr(u, e, false);
        return;
    case FormattedValue_kind:
        formattedvalue(u, e);
        return;
    case Attribute_kind:
        attribute(u, e);
        return;
    case Subscript_kind:
        subscript(u, e);
        return;
    case Starred_kind:
        put(u, "*");
        expr(u, e->v.Starred.value, PR_EXPR);
        return;
    case Slice_kind:
        slice(u, e);
        return;
    case Name_kind:
        put_obj(u, e->v.Name.id);
        return;
    case List_kind:
        put(u, "[");
        elements(u, e->v.List.elts);
        put(u, "]");
        return;
    case Tuple_kind:
        tuple(u, e, level);
        return;
    case NamedExpr_kind:
        open_if(u, level > PR_TUPLE);
        expr(u, e->v.NamedExpr.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->v.NamedExpr.value, PR_ATOM);
        close_if(u, level > PR_TUPLE);
        return;
    case expr_kind_count_:
        break;
    }
    assert(!"unknown expression kind");
}

/* NULL when an int literal in E is too long to write in decimal: the
 * caller reports python3.11's "ValueError: Exceeds the limit (4300 digits)
 * for integer string conversion; use sys.set_int_max_str_digits() to
 * increase the limit". */
Obj *unparse_expr(Arena *arena, expr_ty e)
{
    ByteBuf b;
    bb_init(&b);
    Unparser u = {arena, &b, false};
    /* An annotation stands where a test is expected (no bare tuples). */
    expr(&u, e, PR_TEST);
    Obj *s = u.int_too_long ? NULL : obj_str(arena, b.len ? (const char *)b.data : "", b.len, false);
    bb_free(&b);
    return s;
}
