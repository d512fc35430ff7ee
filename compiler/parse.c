/* compiler/parse.c: the parser driver and the work behind parser.y's actions:
 * feeding tokens to bison, number and string values (f-strings parsed by
 * calling the parser again on each field), target and argument checks with
 * CPython 3.11's messages, and printing a SyntaxError the way python3.11
 * does.  Not for the grammar itself (parser.y) or for tokenizing.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "bytebuf.h"
#include "frontend.h"
#include "parser.h"
#include "strings.h"
#include "tokenizer.h"

int pyp_parse(Parser *p);
static bool directly_in_call(Parser *p, const Token *t);
static bool call_arg_error_at_end(Parser *p);

/* -------------------------------------------------------------- errors */

/* The text of line `lineno` of the file (or of an f-string field). */
static const char *line_text(Parser *p, int lineno, size_t *len)
{
    if (p->mode == MODE_FSTRING) {
        int want = lineno - p->line_base + 1;
        const char *s = p->sub_src, *end = p->sub_src + p->sub_len;
        for (int l = 1; l < want && s < end; l++) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            s = nl ? nl + 1 : end;
        }
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        *len = (size_t)((nl ? nl : end) - s);
        return s;
    }
    while (p->parent)
        p = p->parent;
    return p->tok ? tokenizer_line(p->tok, lineno, len) : NULL;
}

/* Count of code points in the first `nbytes` bytes of s (an incomplete
 * sequence counts one, as decoding with errors="replace" does). */
static long chars_in(const char *s, size_t len, size_t nbytes)
{
    if (nbytes > len)
        nbytes = len;
    long n = 0;
    for (size_t i = 0; i < nbytes;) {
        unsigned char c = (unsigned char)s[i];
        i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        n++;
    }
    return n;
}

/* SyntaxError.offset for byte column `col` (0-based) of line `lineno`:
 * CPython converts to characters only when the source declares an
 * encoding; inside an f-string field it subtracts the field's start column
 * on every line (3.11 does). */
static int cpy_offset(Parser *p, int lineno, int col)
{
    if (p->mode == MODE_FSTRING)
        return col - p->col_base + 1;
    Parser *root = p;
    while (root->parent)
        root = root->parent;
    if (!root->encoding_declared)
        return col + 1;
    if (root->has_bom && lineno == 1) {
        /* CPython converts on the line as the file has it, with the BOM */
        size_t len;
        const char *s = line_text(p, lineno, &len);
        if (!s || col < 2)
            return col + 1;
        return (int)chars_in(s, len, (size_t)(col - 2)) + 1;
    }

    size_t len;
    const char *s = line_text(p, lineno, &len);
    if (!s)
        return col + 1;
    /* the line CPython converts with includes its newline */
    if ((size_t)col > len + 1)
        col = (int)len + 1;
    return (int)((size_t)col > len ? chars_in(s, len, len) + (col - (long)len) : chars_in(s, len, (size_t)col)) + 1;
}

static void set_text(Parser *p, SynErr *e)
{
    if (p->mode == MODE_FSTRING)
        e->text = line_text(p, e->lineno, &e->text_len);
}

static void set_error_v(Parser *p, const char *type, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, va_list ap)
{
    SynErr *e = p->err;
    if (e->set)
        return;
    e->set = true;
    e->from_tokenizer = false;
    e->type = type;
    int n = 0;
    if (p->mode == MODE_FSTRING)
        n = snprintf(e->msg, sizeof e->msg, "f-string: ");
    vsnprintf(e->msg + n, sizeof e->msg - (size_t)n, fmt, ap);
    e->lineno = lineno;
    e->offset = cpy_offset(p, lineno, col);
    e->end_lineno = end_lineno;
    e->end_offset = end_col < 0 ? -1 : cpy_offset(p, lineno, end_col);
    set_text(p, e);
}

static void err_range(Parser *p, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void err_range(Parser *p, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, "SyntaxError", lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
}

#define ERR_LOC(p, l, ...) err_range(p, (l).first_line, (l).first_column, (l).last_line, (l).last_column, __VA_ARGS__)
#define ERR_NODE(p, n, ...) err_range(p, (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)

/* An error located at token t, as CPython places errors at its tokens:
 * INDENT, DEDENT and ENDMARKER have no column of their own there. */
static void err_tok(Parser *p, const Token *t, const char *type, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void err_tok(Parser *p, const Token *t, const char *type, const char *fmt, ...)
{
    SynErr *e = p->err;
    if (e->set)
        return;
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, type, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, fmt, ap);
    va_end(ap);
    bool at_end = t->kind == T_ENDMARKER ||
                  (t->kind == T_DEDENT && t->col_offset == 0 && t->lineno > 1 &&
                   !line_text(p, t->lineno, &(size_t){0}));
    if (t->kind == T_INDENT || (t->kind == T_DEDENT && !at_end)) {
        size_t len, i = 0;
        const char *s = line_text(p, t->lineno, &len);
        while (s && i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
            i++;
        e->offset = (int)i;
        e->end_offset = -1;
    }
    if (t->kind == T_NEWLINE && p->mode == MODE_FILE && t > p->toks && t < p->toks + p->ntoks) {
        /* CPython's NEWLINE after a comment spans the comment */
        const Token *prev = t - 1;
        size_t len;
        const char *line = line_text(p, t->lineno, &len);
        int from = prev->end_lineno == t->lineno ? prev->end_col_offset : 0;
        for (int c = from; line && c < t->col_offset && (size_t)c < len; c++) {
            if (line[c] == '#') {
                e->offset = cpy_offset(p, t->lineno, c);
                e->end_offset = cpy_offset(p, t->lineno, t->col_offset);
                break;
            }
            if (line[c] != ' ' && line[c] != '\t' && line[c] != '\f' && line[c] != '\\')
                break;
        }
    }
    if (at_end && p->mode == MODE_FILE) {
        /* at the end of the input CPython's cursor is after the last line */
        int line = t->lineno > 1 && t->col_offset == 0 ? t->lineno - 1 : t->lineno;
        size_t len = 0;
        const char *s = line_text(p, line, &len);
        e->lineno = e->end_lineno = line;
        e->offset = s ? (int)len + 1 : 0;
        if (s && p->encoding_declared)
            e->offset = (int)chars_in(s, len, len) + 1;
        e->end_offset = -1;
    }
}

/* A SyntaxError at token t where 3.11 uses the token's own columns
 * (RAISE_SYNTAX_ERROR_KNOWN_LOCATION, forced tokens, the generic error):
 * the end of the input has none there, which gives offsets 0. */
static void err_tok_known(Parser *p, const Token *t, const char *msg)
{
    if (p->err->set)
        return;
    err_tok(p, t, "SyntaxError", "%s", msg);
    bool at_end = t->kind == T_ENDMARKER ||
                  (t->kind == T_DEDENT && t->col_offset == 0 && t->lineno > 1 &&
                   !line_text(p, t->lineno, &(size_t){0}));
    if (at_end && p->mode == MODE_FILE) {
        p->err->offset = 0;
        p->err->end_offset = 0;
    }
}

static void err_from_tok(Parser *p, const TokError *te)
{
    SynErr *e = p->err;
    if (e->set)
        return;
    e->set = true;
    e->from_tokenizer = true;
    e->type = te->type ? te->type : "SyntaxError";
    snprintf(e->msg, sizeof e->msg, "%s", te->msg);
    e->lineno = te->lineno;
    e->offset = te->offset;
    e->end_lineno = te->end_lineno;
    e->end_offset = te->end_offset;
    if (p->mode == MODE_FSTRING) {
        e->lineno += p->line_base - 1;
        if (e->end_lineno > 0)
            e->end_lineno += p->line_base - 1;
        set_text(p, e);
    }
}

void pyp_error(Loc *lloc, Parser *p, const char *msg)
{
    (void)lloc;
    if (msg && !strcmp(msg, "memory exhausted"))
        p->stack_exhausted = true; /* YYMAXDEPTH: see parse_source */
    p->err_index = p->replay ? p->ireplay - 1 : p->ntoks - 1;
}

/* -------------------------------------------------------------- the lexer */

static int bison_token(TokKind k)
{
    switch (k) {
#define CLS(id) case T_##id: return TK_##id;
#define TOK(id, text) case T_##id: return TK_##id;
#define KW(id, text) case T_##id: return TK_##id;
#include "tokens.def"
#undef CLS
#undef TOK
#undef KW
    default:
        return TK_PYP_UNDEF;
    }
}

static void record_token(Parser *p, const Token *t)
{
    if (p->ntoks == p->captoks) {
        int cap = p->captoks ? p->captoks * 2 : 1024;
        Token *n = arena_alloc(p->arena, (size_t)cap * sizeof *n);
        if (p->ntoks)
            memcpy(n, p->toks, (size_t)p->ntoks * sizeof *n);
        p->toks = n;
        p->captoks = cap;
    }
    p->toks[p->ntoks++] = *t;
}

/* The next token from the tokenizer, positions mapped into the file. */
static bool next_token(Parser *p, Token *t, TokError *te)
{
    for (;;) {
        if (!tokenizer_next(p->tok, t, te))
            return false;
        if (t->kind != T_TYPE_COMMENT)
            break;
    }
    if (p->mode == MODE_FSTRING) {
        /* 3.11 shifts columns only on the field's first line */
        if (t->lineno == 1)
            t->col_offset += p->col_base;
        if (t->end_lineno == 1)
            t->end_col_offset += p->col_base;
        t->lineno += p->line_base - 1;
        t->end_lineno += p->line_base - 1;
    }
    return true;
}

int pyp_lex(PYP_STYPE *lval, Loc *lloc, Parser *p)
{
    if (!p->started) {
        p->started = true;
        lloc->first_line = lloc->last_line = p->line_base;
        lloc->first_column = lloc->last_column = p->col_base;
        p->prev_line = p->line_base;
        p->prev_col = p->col_base;
        return p->mode == MODE_FILE ? TK_START_FILE
             : p->mode == MODE_FSTRING ? TK_START_FSTRING : p->start_token;
    }
    if (p->at_end)
        return TK_YYEOF; /* bison wants its own end after ENDMARKER */
    Token t;
    if (p->replay) {
        if (p->ireplay < p->nreplay) {
            t = p->replay[p->ireplay++];
        } else {
            /* a probe ends with a made-up ENDMARKER */
            memset(&t, 0, sizeof t);
            t.kind = T_ENDMARKER;
            t.lineno = t.end_lineno = p->prev_line;
            t.col_offset = t.end_col_offset = p->prev_col;
            p->ireplay++;
        }
    } else {
        TokError te;
        if (!next_token(p, &t, &te)) {
            /* 3.11 fails at a walrus after a non-name in a call's arguments
             * without reading on into this error */
            if (p->ntoks >= 2 && (p->toks[p->ntoks - 1].kind == T_COLONEQUAL ||
                                  p->toks[p->ntoks - 1].kind == T_EQUAL) &&
                directly_in_call(p, &p->toks[p->ntoks - 1])) {
                p->tok_failed = true;
                p->tok_err = te;
                p->err_index = p->ntoks - 1;
                if (call_arg_error_at_end(p))
                    return TK_PYP_error;
                p->tok_failed = false;
            }
            err_from_tok(p, &te);
            if (te.resumable) {
                /* CPython's parser stops at the stray character: a parser
                 * error, which later tokenizer errors can replace */
                p->err->from_tokenizer = false;
                p->err_index = p->ntoks;
                Token stray = {T_COUNT, p->last.start, 0, te.lineno, te.col_offset,
                               te.end_lineno, te.end_col_offset};
                record_token(p, &stray);
            } else {
                p->tok_failed = true;
                p->tok_err = te;
            }
            return TK_PYP_error;
        }
        record_token(p, &t);
    }
    p->last = t;
    p->at_end = t.kind == T_ENDMARKER;
    lval->tok.s = t.start;
    lval->tok.len = (int)t.len;
    lloc->first_line = t.lineno;
    lloc->first_column = t.col_offset;
    switch (t.kind) {
    case T_NEWLINE:
    case T_INDENT:
    case T_DEDENT:
    case T_ENDMARKER:
        /* CPython ends nodes at the last token that is not one of these */
        lloc->last_line = p->prev_line;
        lloc->last_column = p->prev_col;
        break;
    default:
        lloc->last_line = p->prev_line = t.end_lineno;
        lloc->last_column = p->prev_col = t.end_col_offset;
        break;
    }
    if (t.kind == T_NOTEQUAL && t.len == 2 && t.start[0] == '<')
        return TK_PYP_UNDEF; /* "<>": only with barry_as_FLUFL */
    if (t.kind == T_NAME) {
        if (t.len == 5 && !memcmp(t.start, "match", 5))
            return TK_SOFT_MATCH;
        if (t.len == 4 && !memcmp(t.start, "case", 4))
            return TK_SOFT_CASE;
        if (t.len == 1 && t.start[0] == '_')
            return TK_SOFT_UNDERSCORE;
    }
    return bison_token(t.kind);
}

/* The first recorded token at or after (line, col): where CPython's
 * "last token read" is after a rule that ends at (line, col). */
/* The parser whose token array a token belongs to: probe parsers replay
 * their parent's tokens and own none. */
static Parser *token_owner(Parser *p)
{
    while (p->mode == MODE_PROBE && p->parent)
        p = p->parent;
    return p;
}

static const Token *token_at_or_after(Parser *p, int line, int col)
{
    p = token_owner(p);
    for (int i = 0; i < p->ntoks; i++) {
        const Token *t = &p->toks[i];
        if (t->lineno > line || (t->lineno == line && t->col_offset >= col))
            return t;
    }
    return p->ntoks ? &p->toks[p->ntoks - 1] : &p->last;
}

/* ---------------------------------------------------------- small values */

identifier_ty p_ident(Parser *p, TokVal t)
{
    for (int i = 0; i < t.len; i++) {
        if ((unsigned char)t.s[i] >= 0x80) {
            /* PEP 3131: non-ASCII identifiers are NFKC-normalised */
            Token tok = {T_NAME, t.s, (size_t)t.len, 0, 0, 0, 0};
            size_t len;
            const char *s = tokenizer_identifier(p->arena, &tok, &len);
            return obj_str(p->arena, s, len, true);
        }
    }
    return obj_str(p->arena, t.s, (size_t)t.len, true);
}

expr_ty p_name(Parser *p, TokVal t, Loc l)
{
    return ast_Name(p->arena, p_ident(p, t), Load, POS(l));
}

expr_ty p_const(Parser *p, ObjKind k, Loc l)
{
    return ast_Constant(p->arena, obj_singleton(p->arena, k), NULL, POS(l));
}

identifier_ty p_dotted(Parser *p, identifier_ty a, identifier_ty b)
{
    size_t la = a->u.s.len, lb = b->u.s.len;
    char *s = arena_alloc(p->arena, la + lb + 2);
    memcpy(s, a->u.s.data, la);
    s[la] = '.';
    memcpy(s + la + 1, b->u.s.data, lb);
    return obj_str(p->arena, s, la + lb + 1, true);
}

/* An integer literal's digits in `base` to an Obj (any size). */
static Obj *int_from_digits(Arena *a, const char *s, size_t n, int base)
{
    uint64_t small = 0;
    size_t i = 0;
    for (; i < n; i++) {
        int d = s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10;
        if (small > (UINT64_C(1) << 62) / (unsigned)base)
            break;
        small = small * (unsigned)base + (unsigned)d;
    }
    if (i == n && small <= INT64_MAX)
        return obj_int(a, (int64_t)small);
    /* Big: 15-bit digits, least significant first. */
    size_t cap = n * 4 / 15 + 2, nd = 0;
    uint16_t *dig = calloc(cap, sizeof *dig);
    if (!dig) {
        fprintf(stderr, "fatal: out of memory\n");
        abort();
    }
    for (i = 0; i < n; i++) {
        uint32_t carry = (uint32_t)(s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
        for (size_t k = 0; k < nd; k++) {
            uint32_t v = (uint32_t)dig[k] * (uint32_t)base + carry;
            dig[k] = (uint16_t)(v & 0x7fff);
            carry = v >> 15;
        }
        while (carry) {
            dig[nd++] = (uint16_t)(carry & 0x7fff);
            carry >>= 15;
        }
    }
    Obj *o = obj_int_digits(a, 1, dig, nd);
    free(dig);
    return o;
}

expr_ty p_number(Parser *p, TokVal t, Loc l)
{
    char stackbuf[128];
    char *buf = (size_t)t.len < sizeof stackbuf ? stackbuf : arena_alloc(p->arena, (size_t)t.len + 1);
    size_t n = 0;
    for (int i = 0; i < t.len; i++)
        if (t.s[i] != '_')
            buf[n++] = t.s[i];
    buf[n] = '\0';
    Obj *v;
    if (n > 0 && (buf[n - 1] == 'j' || buf[n - 1] == 'J')) {
        buf[n - 1] = '\0';
        v = obj_complex(p->arena, 0.0, strtod(buf, NULL));
    } else if (n > 1 && buf[0] == '0' && strchr("xXoObB", buf[1])) {
        int base = (buf[1] | 0x20) == 'x' ? 16 : (buf[1] | 0x20) == 'o' ? 8 : 2;
        v = int_from_digits(p->arena, buf + 2, n - 2, base);
    } else if (strpbrk(buf, ".eE")) {
        v = obj_float(p->arena, strtod(buf, NULL));
    } else {
        size_t skip = 0;
        while (skip + 1 < n && buf[skip] == '0')
            skip++;
        if (n - skip > 4300) {
            ERR_LOC(p, l,
                    "Exceeds the limit (4300 digits) for integer string conversion: value has %zu "
                    "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                    "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    n);
            return NULL;
        }
        v = int_from_digits(p->arena, buf + skip, n - skip, 10);
    }
    return ast_Constant(p->arena, v, NULL, POS(l));
}

/* ------------------------------------------------------ expression helpers */

/* CPython's names for expressions in error messages (_PyPegen_get_expr_name). */
static const char *expr_name(expr_ty e)
{
    switch (e->kind) {
    case Attribute_kind: return "attribute";
    case Subscript_kind: return "subscript";
    case Starred_kind: return "starred";
    case Name_kind: return "name";
    case List_kind: return "list";
    case Tuple_kind: return "tuple";
    case Lambda_kind: return "lambda";
    case Call_kind: return "function call";
    case BoolOp_kind:
    case BinOp_kind:
    case UnaryOp_kind: return "expression";
    case GeneratorExp_kind: return "generator expression";
    case Yield_kind:
    case YieldFrom_kind: return "yield expression";
    case Await_kind: return "await expression";
    case ListComp_kind: return "list comprehension";
    case SetComp_kind: return "set comprehension";
    case DictComp_kind: return "dict comprehension";
    case Dict_kind: return "dict literal";
    case Set_kind: return "set display";
    case JoinedStr_kind:
    case FormattedValue_kind: return "f-string expression";
    case Constant_kind:
        switch (e->v.Constant.value->kind) {
        case OBJ_NONE: return "None";
        case OBJ_FALSE: return "False";
        case OBJ_TRUE: return "True";
        case OBJ_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case Compare_kind: return "comparison";
    case IfExp_kind: return "conditional expression";
    case NamedExpr_kind: return "named expression";
    default: return "expression";
    }
}

expr_ty p_seq_or_tuple(Parser *p, AstList *items, bool comma, Loc l)
{
    if (items->n == 1 && !comma)
        return items->items[0];
    return ast_Tuple(p->arena, asdl_expr_seq_from_list(p->arena, items), Load, POS(l));
}

expr_ty p_group(Parser *p, expr_ty e, Loc l)
{
    (void)l;
    if (e->kind == Starred_kind && e->parens == 0) {
        ERR_NODE(p, e, "cannot use starred expression here");
        return NULL;
    }
    if (e->parens < 255)
        e->parens++;
    return e;
}

expr_ty p_starred(Parser *p, expr_ty e, Loc l)
{
    return ast_Starred(p->arena, e, Load, POS(l));
}

expr_ty p_named(Parser *p, expr_ty target, expr_ty value, Loc l)
{
    if (target->kind != Name_kind || target->parens) {
        const Token *op = token_at_or_after(p, target->end_lineno, target->end_col_offset);
        /* a call's arguments have no invalid_named_expression in 3.11 */
        if (directly_in_call(p, op))
            err_tok(p, op, "SyntaxError", "invalid syntax");
        else
            ERR_NODE(p, target, "cannot use assignment expressions with %s", expr_name(target));
        return NULL;
    }
    target->v.Name.ctx = Store;
    return ast_NamedExpr(p->arena, target, value, POS(l));
}

expr_ty p_boolop(Parser *p, boolop_ty op, AstList *values, Loc l)
{
    return ast_BoolOp(p->arena, op, asdl_expr_seq_from_list(p->arena, values), POS(l));
}

/* pairs: operator (boxed as a pointer), operand, operator, operand... */
expr_ty p_compare(Parser *p, expr_ty left, AstList *pairs, Loc l)
{
    int n = pairs->n / 2;
    asdl_cmpop_seq *ops = asdl_cmpop_seq_new(p->arena, n);
    asdl_expr_seq *cmps = asdl_expr_seq_new(p->arena, n);
    for (int i = 0; i < n; i++) {
        ops->elts[i] = (cmpop_ty)(intptr_t)pairs->items[2 * i];
        cmps->elts[i] = pairs->items[2 * i + 1];
    }
    return ast_Compare(p->arena, left, ops, cmps, POS(l));
}

CallArg *p_carg(Parser *p, CallArgKind kind, expr_ty value, keyword_ty kw, Loc l)
{
    CallArg *a = arena_alloc(p->arena, sizeof *a);
    a->kind = kind;
    a->value = value;
    a->kw = kw;
    a->loc = l;
    return a;
}

keyword_ty p_keyword(Parser *p, expr_ty name, expr_ty value, Loc l, Loc eq)
{
    if (name->kind == Name_kind && !name->parens)
        return ast_keyword(p->arena, name->v.Name.id, value, POS(l));
    if (name->kind == Constant_kind && !name->parens &&
        (name->v.Constant.value->kind == OBJ_TRUE || name->v.Constant.value->kind == OBJ_FALSE ||
         name->v.Constant.value->kind == OBJ_NONE)) {
        err_range(p, name->lineno, name->col_offset, eq.last_line, eq.last_column,
                  "cannot assign to %s", expr_name(name));
        return NULL;
    }
    err_range(p, name->lineno, name->col_offset, eq.last_line, eq.last_column,
              "expression cannot contain assignment, perhaps you meant \"==\"?");
    return NULL;
}

/* Sorts call arguments into positional and keywords with 3.11's checks. */
static bool sort_call_args(Parser *p, AstList *args, Loc l, asdl_expr_seq **pos,
                           asdl_keyword_seq **kws)
{
    int n = args ? args->n : 0, npos = 0, nkw = 0, nreal = 0;
    bool trailing_comma = false;
    for (int i = 0; i < n; i++) {
        CallArg *a = args->items[i];
        if (a->kind == CARG_COMMA) {
            trailing_comma = true;
            continue;
        }
        nreal++;
        if (a->kind == CARG_KW || a->kind == CARG_DSTAR)
            nkw++;
        else
            npos++;
    }
    bool seen_kw = false, seen_dstar = false;
    Loc first = {0, 0, 0, 0};
    for (int i = 0; i < n; i++) {
        CallArg *a = args->items[i];
        if (a->kind == CARG_COMMA)
            continue;
        if (i == 0)
            first = a->loc;
        if (a->kind == CARG_GENEXP && (nreal > 1 || trailing_comma)) {
            ERR_LOC(p, a->loc, "Generator expression must be parenthesized");
            return false;
        }
    }
    for (int i = 0; i < n; i++) {
        CallArg *a = args->items[i];
        switch (a->kind) {
        case CARG_POS:
        case CARG_GENEXP:
            if (seen_dstar) {
                err_range(p, l.last_line, l.last_column - 1, l.last_line, l.last_column,
                          "positional argument follows keyword argument unpacking");
                return false;
            }
            if (seen_kw) {
                err_range(p, l.last_line, l.last_column - 1, l.last_line, l.last_column,
                          "positional argument follows keyword argument");
                return false;
            }
            break;
        case CARG_STAR:
            if (seen_dstar) {
                CallArg *prev = args->items[i - 1];
                err_range(p, first.first_line, first.first_column, prev->loc.last_line,
                          prev->loc.last_column,
                          "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            break;
        case CARG_KW:
            seen_kw = true;
            break;
        case CARG_DSTAR:
            seen_dstar = true;
            break;
        case CARG_COMMA:
            break;
        }
    }
    *pos = asdl_expr_seq_new(p->arena, npos);
    *kws = asdl_keyword_seq_new(p->arena, nkw);
    int ip = 0, ik = 0;
    for (int i = 0; i < n; i++) {
        CallArg *a = args->items[i];
        if (a->kind == CARG_KW || a->kind == CARG_DSTAR)
            (*kws)->elts[ik++] = a->kw;
        else if (a->kind != CARG_COMMA)
            (*pos)->elts[ip++] = a->value;
    }
    return true;
}

expr_ty p_call(Parser *p, expr_ty func, AstList *args, Loc l)
{
    asdl_expr_seq *pos;
    asdl_keyword_seq *kws;
    if (!sort_call_args(p, args, l, &pos, &kws))
        return NULL;
    /* f(x for x in y): the generator takes the call's parentheses */
    if (pos->size == 1 && kws->size == 0 && args && ((CallArg *)args->items[0])->kind == CARG_GENEXP) {
        expr_ty g = pos->elts[0];
        g->lineno = func->end_lineno;
        g->col_offset = func->end_col_offset;
        g->end_lineno = l.last_line;
        g->end_col_offset = l.last_column;
    }
    return ast_Call(p->arena, func, pos, kws, POS(l));
}

ParamItem *p_param(Parser *p, ParamKind kind, arg_ty a, expr_ty dflt, Loc l)
{
    ParamItem *it = arena_alloc(p->arena, sizeof *it);
    it->kind = kind;
    it->arg = a;
    it->dflt = dflt;
    it->loc = l;
    return it;
}

/* Sorts a parameter list into `arguments`, with 3.11's messages. */
arguments_ty p_arguments(Parser *p, AstList *params, bool lambda)
{
    if (params && params->n > 0) {
        /* bison may reduce the list before seeing a bad token after it: then
         * the syntax error there comes first */
        ParamItem *last = params->items[params->n - 1];
        const Token *t = token_at_or_after(p, last->loc.last_line, last->loc.last_column);
        const Parser *q = p; /* the parser whose tokens t is among */
        while (q->mode == MODE_PROBE && q->parent)
            q = q->parent;
        if (t->kind == T_COMMA && q->ntoks > 0 && t + 1 < q->toks + q->ntoks)
            t++;
        if (t->kind != (lambda ? T_COLON : T_RPAR))
            return ast_arguments(p->arena, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    }
    AstList *posonly = NULL, *args = NULL, *kwonly = NULL, *kwdefaults = NULL, *defaults = NULL;
    arg_ty vararg = NULL, kwarg = NULL;
    bool seen_slash = false, seen_star = false, seen_default = false;
    int n = params ? params->n : 0;
    Arena *a = p->arena;
    for (int i = 0; i < n; i++) {
        ParamItem *it = params->items[i];
        if (kwarg) {
            if (it->arg)
                ERR_NODE(p, it->arg, "arguments cannot follow var-keyword argument");
            else
                ERR_LOC(p, it->loc, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (it->kind) {
        case PARAM_SLASH:
            if (seen_slash) {
                ERR_LOC(p, it->loc, "/ may appear only once");
                return NULL;
            }
            if (seen_star) {
                ERR_LOC(p, it->loc, "/ must be ahead of *");
                return NULL;
            }
            if (!args || args->n == 0) {
                /* 3.11 words it only for "/," */
                bool comma = token_at_or_after(p, it->loc.last_line, it->loc.last_column)->kind ==
                             T_COMMA;
                ERR_LOC(p, it->loc, comma ? "at least one argument must precede /" : "invalid syntax");
                return NULL;
            }
            seen_slash = true;
            posonly = args;
            args = NULL;
            break;
        case PARAM_PLAIN:
            if (seen_star) {
                kwonly = ast_list_append(a, kwonly, it->arg);
                kwdefaults = ast_list_append(a, kwdefaults, it->dflt);
            } else {
                if (it->dflt) {
                    seen_default = true;
                    defaults = ast_list_append(a, defaults, it->dflt);
                } else if (seen_default) {
                    ERR_LOC(p, it->loc, "non-default argument follows default argument");
                    return NULL;
                }
                args = ast_list_append(a, args, it->arg);
            }
            break;
        case PARAM_STAR:
            if (seen_star) {
                err_range(p, it->loc.first_line, it->loc.first_column, it->loc.first_line,
                          it->loc.first_column + 1, "* argument may appear only once");
                return NULL;
            }
            seen_star = true;
            vararg = it->arg;
            if (!it->arg) {
                /* a bare '*' needs keyword-only parameters after it; 3.11
                 * words "*)", "*,)" and "*, **" (':' for a lambda) and
                 * places it at the '*' (a lambda: at the last token read) */
                ParamItem *next = i + 1 < n ? params->items[i + 1] : NULL;
                if (!next || next->kind == PARAM_DSTAR) {
                    TokKind close = lambda ? T_COLON : T_RPAR;
                    const Token *t = token_at_or_after(p, it->loc.last_line, it->loc.last_column);
                    const Parser *owner = token_owner(p);
                    if (t->kind == T_COMMA && t + 1 < owner->toks + owner->ntoks &&
                        (t[1].kind == close || t[1].kind == T_DOUBLESTAR))
                        t++;
                    else if (t->kind != close) {
                        err_tok(p, t, "SyntaxError", "invalid syntax");
                        return NULL;
                    }
                    if (lambda)
                        err_tok(p, t, "SyntaxError", "named arguments must follow bare *");
                    else
                        ERR_LOC(p, it->loc, "named arguments must follow bare *");
                    return NULL;
                }
            }
            break;
        case PARAM_DSTAR:
            kwarg = it->arg;
            break;
        }
    }
    return ast_arguments(a, asdl_arg_seq_from_list(a, posonly), asdl_arg_seq_from_list(a, args),
                         vararg, asdl_arg_seq_from_list(a, kwonly),
                         asdl_expr_seq_from_list(a, kwdefaults), kwarg,
                         asdl_expr_seq_from_list(a, defaults));
}

expr_ty p_slice(Parser *p, expr_ty lower, expr_ty upper, expr_ty step, Loc l)
{
    return ast_Slice(p->arena, lower, upper, step, POS(l));
}

expr_ty p_subscript(Parser *p, expr_ty value, AstList *items, bool comma, Loc il, Loc l)
{
    expr_ty slice;
    if (items->n == 1 && !comma && ((expr_ty)items->items[0])->kind != Starred_kind)
        slice = items->items[0];
    else
        slice = ast_Tuple(p->arena, asdl_expr_seq_from_list(p->arena, items), Load, POS(il));
    return ast_Subscript(p->arena, value, slice, Load, POS(l));
}

MapItem *p_mapitem(Parser *p, expr_ty key, expr_ty value, Loc l)
{
    MapItem *m = arena_alloc(p->arena, sizeof *m);
    m->key = key;
    m->value = value;
    m->loc = l;
    return m;
}

expr_ty p_dict(Parser *p, AstList *items, Loc l)
{
    int n = items ? items->n : 0;
    asdl_expr_seq *keys = asdl_expr_seq_new(p->arena, n);
    asdl_expr_seq *values = asdl_expr_seq_new(p->arena, n);
    for (int i = 0; i < n; i++) {
        MapItem *m = items->items[i];
        keys->elts[i] = m->key;
        values->elts[i] = m->value;
    }
    return ast_Dict(p->arena, keys, values, POS(l));
}

comprehension_ty p_comp(Parser *p, expr_ty target, expr_ty iter, AstList *ifs, int is_async)
{
    return ast_comprehension(p->arena, target, iter, asdl_expr_seq_from_list(p->arena, ifs),
                             is_async);
}

expr_ty p_comp_expr(Parser *p, expr_kind kind, expr_ty elt, expr_ty value, AstList *gens, Loc l)
{
    asdl_comprehension_seq *g = asdl_comprehension_seq_from_list(p->arena, gens);
    switch (kind) {
    case ListComp_kind: return ast_ListComp(p->arena, elt, g, POS(l));
    case SetComp_kind: return ast_SetComp(p->arena, elt, g, POS(l));
    case DictComp_kind: return ast_DictComp(p->arena, elt, value, g, POS(l));
    default: return ast_GeneratorExp(p->arena, elt, g, POS(l));
    }
}

/* ------------------------------------------------------------- targets */

/* The first sub-expression that cannot be a target (_PyPegen_get_invalid_target). */
static expr_ty invalid_target(expr_ty e, expr_context_ty ctx)
{
    switch (e->kind) {
    case Name_kind:
    case Attribute_kind:
    case Subscript_kind:
        return NULL;
    case Starred_kind:
        if (ctx == Del)
            return e;
        return invalid_target(e->v.Starred.value, ctx);
    case List_kind:
    case Tuple_kind: {
        asdl_expr_seq *elts = e->kind == List_kind ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < SEQ_LEN(elts); i++) {
            expr_ty bad = invalid_target(elts->elts[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    }
    default:
        return e;
    }
}

static void set_ctx(expr_ty e, expr_context_ty ctx)
{
    switch (e->kind) {
    case Name_kind: e->v.Name.ctx = ctx; break;
    case Attribute_kind: e->v.Attribute.ctx = ctx; break;
    case Subscript_kind: e->v.Subscript.ctx = ctx; break;
    case Starred_kind:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case List_kind:
        e->v.List.ctx = ctx;
        for (int i = 0; i < SEQ_LEN(e->v.List.elts); i++)
            set_ctx(e->v.List.elts->elts[i], ctx);
        break;
    case Tuple_kind:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < SEQ_LEN(e->v.Tuple.elts); i++)
            set_ctx(e->v.Tuple.elts->elts[i], ctx);
        break;
    default:
        break;
    }
}

bool p_target(Parser *p, expr_ty e, expr_context_ty ctx)
{
    expr_ty bad = invalid_target(e, ctx);
    if (bad) {
        ERR_NODE(p, bad, ctx == Del ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
        return false;
    }
    set_ctx(e, ctx);
    return true;
}

/* ---------------------------------------------------------- statements */

stmt_ty p_expr_stmt(Parser *p, expr_ty e, Loc l)
{
    return ast_Expr(p->arena, e, POS(l));
}

/* The bitwise_or a value starts with (3.11 matches one after the '='), or
 * NULL when it cannot start with one. */
static expr_ty leading_bitwise_or(expr_ty e)
{
    if (e->parens)
        return e;
    switch (e->kind) {
    case Tuple_kind:
        return SEQ_LEN(e->v.Tuple.elts) ? leading_bitwise_or(e->v.Tuple.elts->elts[0]) : NULL;
    case Compare_kind:
        return leading_bitwise_or(e->v.Compare.left);
    case BoolOp_kind:
        return leading_bitwise_or(e->v.BoolOp.values->elts[0]);
    case IfExp_kind:
        return leading_bitwise_or(e->v.IfExp.body);
    case UnaryOp_kind:
        return e->v.UnaryOp.op == Not ? NULL : e;
    case Lambda_kind:
    case Yield_kind:
    case YieldFrom_kind:
    case Starred_kind:
    case NamedExpr_kind:
        return NULL;
    default:
        return e;
    }
}

/* Whether e is spelled starting with a list, tuple or generator display or
 * True/None/False (3.11's !(list|tuple|genexp|'True'|'None'|'False')). */
static bool starts_with_display(expr_ty e)
{
    for (;;) {
        if (e->kind == List_kind || e->kind == GeneratorExp_kind ||
            (e->kind == Tuple_kind && e->parens == 0 && SEQ_LEN(e->v.Tuple.elts) == 0))
            return true;
        if (e->kind == Tuple_kind && e->parens)
            return true;
        if (e->kind == Constant_kind && !e->parens &&
            (e->v.Constant.value->kind == OBJ_NONE || e->v.Constant.value->kind == OBJ_TRUE ||
             e->v.Constant.value->kind == OBJ_FALSE))
            return true;
        if (e->parens)
            return false;
        switch (e->kind) {
        case BinOp_kind: e = e->v.BinOp.left; break;
        case Attribute_kind: e = e->v.Attribute.value; break;
        case Subscript_kind: e = e->v.Subscript.value; break;
        case Call_kind: e = e->v.Call.func; break;
        case Compare_kind: e = e->v.Compare.left; break;
        default: return false;
        }
    }
}

/* With an invalid target, 3.11 first parses the first target's elements as
 * named expressions: the last one, followed by "= b" where b is an operand
 * not followed by another '=', words the error as a possible comparison
 * (invalid_named_expression).  `next` is what follows the first '=': the
 * value, or the second target; `more` tells it is a target. */
static bool assign_hint(Parser *p, expr_ty t, expr_ty next, bool more)
{
    expr_ty last = t;
    if (t->kind == Tuple_kind && !t->parens && SEQ_LEN(t->v.Tuple.elts) > 0)
        last = t->v.Tuple.elts->elts[SEQ_LEN(t->v.Tuple.elts) - 1];
    expr_ty b = leading_bitwise_or(next);
    if (!b || (more && b == next) || last->kind == Starred_kind)
        return false;
    if (last->kind == Name_kind && !last->parens) {
        err_range(p, last->lineno, last->col_offset, b->end_lineno, b->end_col_offset,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    switch (last->kind) {
    case Compare_kind:
    case BoolOp_kind:
    case IfExp_kind:
    case Lambda_kind:
    case NamedExpr_kind:
    case Yield_kind:
    case YieldFrom_kind:
        if (!last->parens)
            return false;
        break;
    case UnaryOp_kind:
        if (last->v.UnaryOp.op == Not && !last->parens)
            return false;
        break;
    default:
        break;
    }
    if (starts_with_display(last))
        return false;
    ERR_NODE(p, last, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             expr_name(last));
    return true;
}

stmt_ty p_assign(Parser *p, AstList *targets, expr_ty value, Loc l)
{
    for (int i = 0; i < targets->n; i++) {
        expr_ty t = targets->items[i];
        if (t->kind == Yield_kind || t->kind == YieldFrom_kind) {
            ERR_NODE(p, t, "assignment to yield expression not possible");
            return NULL;
        }
        expr_ty bad = invalid_target(t, Store);
        if (bad) {
            bool more = targets->n > 1;
            if (!assign_hint(p, targets->items[0], more ? targets->items[1] : value, more))
                ERR_NODE(p, bad, "cannot assign to %s", expr_name(bad));
            return NULL;
        }
        set_ctx(t, Store);
    }
    return ast_Assign(p->arena, asdl_expr_seq_from_list(p->arena, targets), value, NULL, POS(l));
}

stmt_ty p_augassign(Parser *p, expr_ty target, operator_ty op, expr_ty value, Loc l)
{
    if (target->kind != Name_kind && target->kind != Attribute_kind &&
        target->kind != Subscript_kind) {
        ERR_NODE(p, target, "'%s' is an illegal expression for augmented assignment",
                 expr_name(target));
        return NULL;
    }
    set_ctx(target, Store);
    return ast_AugAssign(p->arena, target, op, value, POS(l));
}

stmt_ty p_annassign(Parser *p, expr_ty target, expr_ty ann, expr_ty value, Loc l)
{
    switch (target->kind) {
    case Name_kind:
    case Attribute_kind:
    case Subscript_kind:
        break;
    case Tuple_kind:
        if (!target->parens && SEQ_LEN(target->v.Tuple.elts) > 0) {
            ERR_NODE(p, target->v.Tuple.elts->elts[0],
                     "only single target (not tuple) can be annotated");
            return NULL;
        }
        /* fall through */
    case List_kind:
        ERR_NODE(p, target, "only single target (not %s) can be annotated", expr_name(target));
        return NULL;
    default:
        ERR_NODE(p, target, "illegal target for annotation");
        return NULL;
    }
    int simple = target->kind == Name_kind && !target->parens;
    set_ctx(target, Store);
    return ast_AnnAssign(p->arena, target, ann, value, simple, POS(l));
}

stmt_ty p_delete(Parser *p, AstList *targets, Loc l)
{
    for (int i = 0; i < targets->n; i++)
        if (!p_target(p, targets->items[i], Del))
            return NULL;
    return ast_Delete(p->arena, asdl_expr_seq_from_list(p->arena, targets), POS(l));
}

stmt_ty p_funcdef(Parser *p, bool is_async, TokVal name, arguments_ty args, expr_ty returns,
                  AstList *body, Loc l)
{
    asdl_stmt_seq *b = asdl_stmt_seq_from_list(p->arena, body);
    asdl_expr_seq *decos = asdl_expr_seq_new(p->arena, 0);
    if (is_async)
        return ast_AsyncFunctionDef(p->arena, p_ident(p, name), args, b, decos, returns, NULL, POS(l));
    return ast_FunctionDef(p->arena, p_ident(p, name), args, b, decos, returns, NULL, POS(l));
}

stmt_ty p_classdef(Parser *p, TokVal name, AstList *args, AstList *body, Loc l)
{
    asdl_expr_seq *bases;
    asdl_keyword_seq *kws;
    Loc al = l;
    for (int i = 0; args && i < args->n; i++) {
        CallArg *a = args->items[i];
        if (a->kind == CARG_GENEXP) {
            expr_ty elt = a->value->v.GeneratorExp.elt;
            err_tok(p, token_at_or_after(p, elt->end_lineno, elt->end_col_offset), "SyntaxError",
                    "invalid syntax");
            return NULL;
        }
    }
    if (!sort_call_args(p, args, al, &bases, &kws))
        return NULL;
    return ast_ClassDef(p->arena, p_ident(p, name), bases, kws,
                        asdl_stmt_seq_from_list(p->arena, body), asdl_expr_seq_new(p->arena, 0),
                        POS(l));
}

stmt_ty p_decorated(Parser *p, AstList *decorators, stmt_ty def)
{
    asdl_expr_seq *d = asdl_expr_seq_from_list(p->arena, decorators);
    switch (def->kind) {
    case FunctionDef_kind: def->v.FunctionDef.decorator_list = d; break;
    case AsyncFunctionDef_kind: def->v.AsyncFunctionDef.decorator_list = d; break;
    case ClassDef_kind: def->v.ClassDef.decorator_list = d; break;
    default: break;
    }
    return def;
}

stmt_ty p_import_from(Parser *p, int level, identifier_ty module, AstList *names, Loc l)
{
    return ast_ImportFrom(p->arena, module, asdl_alias_seq_from_list(p->arena, names), level,
                          POS(l));
}

alias_ty p_alias_star(Parser *p, Loc l)
{
    return ast_alias(p->arena, obj_str(p->arena, "*", 1, true), NULL, POS(l));
}

Handler *p_handler(Parser *p, bool star, expr_ty type, const TokVal *name, AstList *body, Loc l)
{
    Handler *h = arena_alloc(p->arena, sizeof *h);
    h->star = star;
    /* 'except' or 'except*': where 3.11 reports mixing the two */
    h->loc = l;
    h->loc.last_line = l.first_line;
    h->loc.last_column = l.first_column + 6;
    if (star) {
        const Token *t = token_at_or_after(p, l.first_line, l.first_column + 6);
        h->loc.last_line = t->end_lineno;
        h->loc.last_column = t->end_col_offset;
    }
    h->h = ast_ExceptHandler(p->arena, type, name ? p_ident(p, *name) : NULL,
                             asdl_stmt_seq_from_list(p->arena, body), POS(l));
    return h;
}

stmt_ty p_try(Parser *p, AstList *body, AstList *handlers, AstList *orelse, AstList *finalbody,
              Loc l)
{
    int n = handlers ? handlers->n : 0;
    bool star = n > 0 && ((Handler *)handlers->items[0])->star;
    asdl_excepthandler_seq *hs = asdl_excepthandler_seq_new(p->arena, n);
    for (int i = 0; i < n; i++) {
        Handler *h = handlers->items[i];
        if (h->star != star) {
            ERR_LOC(p, h->loc, "cannot have both 'except' and 'except*' on the same 'try'");
            return NULL;
        }
        hs->elts[i] = h->h;
    }
    asdl_stmt_seq *b = asdl_stmt_seq_from_list(p->arena, body);
    asdl_stmt_seq *o = asdl_stmt_seq_from_list(p->arena, orelse);
    asdl_stmt_seq *f = asdl_stmt_seq_from_list(p->arena, finalbody);
    if (star)
        return ast_TryStar(p->arena, b, hs, o, f, POS(l));
    return ast_Try(p->arena, b, hs, o, f, POS(l));
}

withitem_ty p_withitem(Parser *p, expr_ty e, expr_ty target)
{
    if (target && !p_target(p, target, Store))
        return NULL;
    return ast_withitem(p->arena, e, target);
}

stmt_ty p_with(Parser *p, bool is_async, AstList *items, AstList *body, Loc l)
{
    asdl_withitem_seq *w = asdl_withitem_seq_from_list(p->arena, items);
    asdl_stmt_seq *b = asdl_stmt_seq_from_list(p->arena, body);
    if (is_async)
        return ast_AsyncWith(p->arena, w, b, NULL, POS(l));
    return ast_With(p->arena, w, b, NULL, POS(l));
}

/* ----------------------------------------------------------------- match */

stmt_ty p_match(Parser *p, expr_ty subject, AstList *cases, Loc l)
{
    if (subject->kind == Starred_kind && !subject->parens) {
        err_tok(p, token_at_or_after(p, subject->end_lineno, subject->end_col_offset),
                "SyntaxError", "invalid syntax");
        return NULL;
    }
    return ast_Match(p->arena, subject, asdl_match_case_seq_from_list(p->arena, cases), POS(l));
}

match_case_ty p_case(Parser *p, pattern_ty pat, expr_ty guard, AstList *body)
{
    return ast_match_case(p->arena, pat, guard, asdl_stmt_seq_from_list(p->arena, body));
}

pattern_ty p_pat_seq_or_item(Parser *p, AstList *items, bool comma, Loc l)
{
    if (items->n == 1 && !comma) {
        pattern_ty only = items->items[0];
        if (only->kind == MatchStar_kind) {
            err_tok(p, token_at_or_after(p, only->end_lineno, only->end_col_offset),
                    "SyntaxError", "invalid syntax");
            return NULL;
        }
        return only;
    }
    return p_pat_seq(p, items, l);
}

pattern_ty p_pat_seq(Parser *p, AstList *items, Loc l)
{
    return ast_MatchSequence(p->arena, asdl_pattern_seq_from_list(p->arena, items), POS(l));
}

static bool is_real_number(expr_ty e)
{
    if (e->kind == UnaryOp_kind && e->v.UnaryOp.op == USub)
        e = e->v.UnaryOp.operand;
    return e->kind == Constant_kind &&
           (e->v.Constant.value->kind == OBJ_INT || e->v.Constant.value->kind == OBJ_FLOAT);
}

expr_ty p_complex(Parser *p, expr_ty real, operator_ty op, expr_ty imag, Loc l)
{
    if (!imag)
        return NULL;
    if (!is_real_number(real)) {
        ERR_NODE(p, real, "real number required in complex literal");
        return NULL;
    }
    if (imag->v.Constant.value->kind != OBJ_COMPLEX) {
        ERR_NODE(p, imag, "imaginary number required in complex literal");
        return NULL;
    }
    return ast_BinOp(p->arena, real, op, imag, POS(l));
}

expr_ty p_neg_number(Parser *p, expr_ty num, Loc l)
{
    if (!num)
        return NULL;
    return ast_UnaryOp(p->arena, USub, num, POS(l));
}

pattern_ty p_pat_capture(Parser *p, TokVal name, Loc l)
{
    return ast_MatchAs(p->arena, NULL, p_ident(p, name), POS(l));
}

pattern_ty p_pat_as(Parser *p, pattern_ty pat, TokVal name, Loc l)
{
    return ast_MatchAs(p->arena, pat, p_ident(p, name), POS(l));
}

pattern_ty p_pat_or(Parser *p, AstList *alts, Loc l)
{
    if (alts->n == 1)
        return alts->items[0];
    return ast_MatchOr(p->arena, asdl_pattern_seq_from_list(p->arena, alts), POS(l));
}

pattern_ty p_pat_star(Parser *p, const TokVal *name, Loc l)
{
    return ast_MatchStar(p->arena, name ? p_ident(p, *name) : NULL, POS(l));
}

pattern_ty p_pat_mapping(Parser *p, AstList *items, const TokVal *rest, Loc l)
{
    int n = items ? items->n : 0;
    asdl_expr_seq *keys = asdl_expr_seq_new(p->arena, n);
    asdl_pattern_seq *pats = asdl_pattern_seq_new(p->arena, n);
    for (int i = 0; i < n; i++) {
        MapItem *m = items->items[i];
        keys->elts[i] = m->key;
        pats->elts[i] = m->pat;
    }
    return ast_MatchMapping(p->arena, keys, pats, rest ? p_ident(p, *rest) : NULL, POS(l));
}

PatArg *p_patarg(Parser *p, const TokVal *name, pattern_ty pat, Loc l)
{
    PatArg *a = arena_alloc(p->arena, sizeof *a);
    a->name = name ? p_ident(p, *name) : NULL;
    a->pat = pat;
    a->loc = l;
    return a;
}

pattern_ty p_pat_class(Parser *p, expr_ty cls, AstList *args, Loc l)
{
    int n = args ? args->n : 0, npos = 0;
    for (int i = 0; i < n; i++) {
        PatArg *a = args->items[i];
        if (!a->name) {
            if (npos != i) {
                ERR_LOC(p, a->loc, "positional patterns follow keyword patterns");
                return NULL;
            }
            npos++;
        }
    }
    asdl_pattern_seq *pos = asdl_pattern_seq_new(p->arena, npos);
    asdl_identifier_seq *kn = asdl_identifier_seq_new(p->arena, n - npos);
    asdl_pattern_seq *kp = asdl_pattern_seq_new(p->arena, n - npos);
    for (int i = 0; i < n; i++) {
        PatArg *a = args->items[i];
        if (i < npos) {
            pos->elts[i] = a->pat;
        } else {
            kn->elts[i - npos] = a->name;
            kp->elts[i - npos] = a->pat;
        }
    }
    return ast_MatchClass(p->arena, cls, pos, kn, kp, POS(l));
}

/* ---------------------------------------------------------------- results */

mod_ty p_module(Parser *p, AstList *body)
{
    p->mod = ast_Module(p->arena, asdl_stmt_seq_from_list(p->arena, body),
                        asdl_type_ignore_seq_new(p->arena, 0));
    return p->mod;
}

void p_fstring_result(Parser *p, expr_ty e)
{
    p->fexpr = e;
}

/* ---------------------------------------------------------------- strings */

static expr_ty parse_fstring_field(Parser *p, const FStrPart *part);

/* Literal text collected between replacement fields. */
typedef struct StrAccum {
    ByteBuf buf;
    bool has;
} StrAccum;

static void accum_flush(Parser *p, StrAccum *acc, AstList *values, Loc l)
{
    if (acc->has && acc->buf.len > 0) {
        Obj *s = obj_str(p->arena, (const char *)acc->buf.data, acc->buf.len, false);
        ast_list_append(p->arena, values, ast_Constant(p->arena, s, NULL, POS(l)));
    }
    acc->buf.len = 0;
    acc->has = false;
}

/* Appends the nodes of f-string parts to `values`.  3.11 gives every part
 * the position of the whole (concatenated) string `l`, except that a format
 * spec and the text at its end get the position of their own string token
 * `tl`. */
static bool fstring_parts(Parser *p, FStrPart *parts, size_t n, StrAccum *acc, AstList *values,
                          Loc l, Loc tl)
{
    for (size_t i = 0; i < n; i++) {
        FStrPart *fp = &parts[i];
        if (!fp->is_field) {
            bb_put(&acc->buf, fp->text, fp->text_len);
            acc->has = true;
            continue;
        }
        if (fp->debug) {
            bb_put(&acc->buf, fp->debug, fp->debug_len);
            acc->has = true;
        }
        accum_flush(p, acc, values, l);
        expr_ty value = parse_fstring_field(p, fp);
        if (!value)
            return false;
        int conversion = fp->conversion; /* {x=} already has 'r' */
        expr_ty spec = NULL;
        if (fp->has_spec) {
            AstList *sv = ast_list_new(p->arena);
            StrAccum sacc = {{0}, false};
            /* in a spec, 3.11 gives the text after the last field the
             * token's position, everything else the whole string's */
            bool ok = fstring_parts(p, fp->spec, fp->nspec, &sacc, sv, l, tl);
            if (ok)
                accum_flush(p, &sacc, sv, tl);
            bb_free(&sacc.buf);
            if (!ok)
                return false;
            spec = ast_JoinedStr(p->arena, asdl_expr_seq_from_list(p->arena, sv), POS(tl));
        }
        ast_list_append(p->arena, values,
                        ast_FormattedValue(p->arena, value, conversion, spec, POS(l)));
    }
    return true;
}

/* 3.11 raises string errors from the parser action, located at the last
 * token read: the one after the strings. */
static void string_error(Parser *p, Loc l, const char *msg)
{
    err_tok(p, token_at_or_after(p, l.last_line, l.last_column), "SyntaxError", "%s", msg);
}

expr_ty p_strings(Parser *p, AstList *toks, Loc l)
{
    int n = toks->n;
    StrLiteral *lits = arena_alloc(p->arena, sizeof *lits * (size_t)n);
    bool any_bytes = false, any_str = false, any_f = false;
    for (int i = 0; i < n; i++) {
        StrTok *st = toks->items[i];
        Token t = {T_STRING, st->text.s, (size_t)st->text.len, st->loc.first_line,
                   st->loc.first_column, st->loc.last_line, st->loc.last_column};
        TokError te;
        if (!str_decode(p->arena, &t, &lits[i], &te)) {
            string_error(p, l, te.msg);
            return NULL;
        }
        if (lits[i].is_bytes)
            any_bytes = true;
        else
            any_str = true;
        if (lits[i].is_fstring)
            any_f = true;
    }
    if (any_bytes && any_str) {
        string_error(p, l, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    if (!any_f) {
        size_t total = 0;
        for (int i = 0; i < n; i++)
            total += lits[i].len;
        Obj *v;
        if (n == 1) {
            v = any_bytes ? obj_bytes(p->arena, lits[0].value, lits[0].len)
                          : obj_str(p->arena, lits[0].value, lits[0].len, false);
        } else {
            char *buf = arena_alloc(p->arena, total + 1);
            size_t off = 0;
            for (int i = 0; i < n; i++) {
                memcpy(buf + off, lits[i].value, lits[i].len);
                off += lits[i].len;
            }
            v = any_bytes ? obj_bytes(p->arena, buf, total) : obj_str(p->arena, buf, total, false);
        }
        string_ty kind = NULL;
        StrTok *first = toks->items[0];
        if (first->text.len > 0 && first->text.s[0] == 'u')
            kind = obj_str(p->arena, "u", 1, true);
        return ast_Constant(p->arena, v, kind, POS(l));
    }
    AstList *values = ast_list_new(p->arena);
    StrAccum acc = {{0}, false};
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        if (!lits[i].is_fstring) {
            bb_put(&acc.buf, lits[i].value, lits[i].len);
            acc.has = true;
            continue;
        }
        FStrPart *parts;
        size_t nparts;
        TokError te;
        bool split_ok = fstr_split(p->arena, &lits[i], &parts, &nparts, &te);
        /* the fields before a split error compile first (3.11 compiles each
         * as soon as it finds its end) */
        ok = fstring_parts(p, parts, nparts, &acc, values, l, ((StrTok *)toks->items[i])->loc);
        if (ok && !split_ok) {
            string_error(p, l, te.msg);
            ok = false;
        }
    }
    if (ok)
        accum_flush(p, &acc, values, l);
    bb_free(&acc.buf);
    if (!ok)
        return NULL;
    return ast_JoinedStr(p->arena, asdl_expr_seq_from_list(p->arena, values), POS(l));
}

/* Parses one replacement field as 3.11 does: the text "(expr)" in
 * expression mode, positions shifted so that expr[0] lands where it is in
 * the file. */
static void diagnose(Parser *p);

static expr_ty parse_fstring_field(Parser *p, const FStrPart *part)
{
    char *src = arena_alloc(p->arena, part->expr_len + 3);
    src[0] = '(';
    memcpy(src + 1, part->expr, part->expr_len);
    src[part->expr_len + 1] = ')';
    src[part->expr_len + 2] = '\0';
    Parser sub = {0};
    sub.arena = p->arena;
    sub.mode = MODE_FSTRING;
    sub.line_base = part->expr_lineno;
    sub.col_base = part->expr_col - 1;
    sub.sub_src = src;
    sub.sub_len = part->expr_len + 2;
    sub.parent = p;
    sub.err = p->err;
    sub.err_index = -1;
    TokError te;
    sub.tok = tokenizer_new(p->arena, src, part->expr_len + 2, &te);
    if (!sub.tok) {
        err_from_tok(&sub, &te);
        p->err->from_tokenizer = false;
        return NULL;
    }
    int rc = pyp_parse(&sub);
    if (sub.stack_exhausted)
        p->stack_exhausted = true; /* reported by parse_source */
    else if ((rc != 0 || !sub.fexpr) && !p->err->set)
        diagnose(&sub);
    tokenizer_free(sub.tok);
    if (rc != 0 || !sub.fexpr) {
        p->err->from_tokenizer = false;
        return NULL;
    }
    return sub.fexpr;
}

/* ---------------------------------------------------------- diagnosis */

/* After bison stops at a token, CPython 3.11 reparses with its invalid_*
 * rules for a better message.  These emulate the common ones on the
 * recorded tokens, asking the grammar itself ("probes") whether a token
 * range is an expression.  Anything not recognised is "invalid syntax" at
 * the token where bison stopped, which is where CPython's first pass stops. */

#define TOKS (p->toks)

static bool is_kind(const Parser *p, int i, TokKind k)
{
    return i >= 0 && i < p->ntoks && TOKS[i].kind == k;
}

static bool name_is(const Parser *p, int i, const char *s)
{
    return is_kind(p, i, T_NAME) && TOKS[i].len == strlen(s) && !memcmp(TOKS[i].start, s, TOKS[i].len);
}

/* 3.11's SOFT_KEYWORD lookahead compares only the token's length of each
 * soft keyword, so any prefix of "match", "case" or "_" counts. */
static bool is_soft_keyword(const Parser *p, int i)
{
    if (!is_kind(p, i, T_NAME))
        return false;
    static const char *const kws[] = {"match", "case", "_"};
    for (int j = 0; j < 3; j++)
        if (TOKS[i].len <= strlen(kws[j]) && !memcmp(kws[j], TOKS[i].start, TOKS[i].len))
            return true;
    return false;
}

static bool starts_expr(TokKind k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_AWAIT:
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool ends_expr(TokKind k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_RPAR: case T_RSQB: case T_RBRACE:
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool is_open(TokKind k) { return k == T_LPAR || k == T_LSQB || k == T_LBRACE; }
static bool is_close(TokKind k) { return k == T_RPAR || k == T_RSQB || k == T_RBRACE; }

/* First token of the logical line holding token i. */
static int line_start(const Parser *p, int i)
{
    while (i > 0) {
        TokKind k = TOKS[i - 1].kind;
        if (k == T_NEWLINE || k == T_INDENT || k == T_DEDENT)
            break;
        i--;
    }
    return i;
}

/* Bracket depth just before token i, counted from the line start h. */
static int depth_at(const Parser *p, int h, int i)
{
    int d = 0;
    for (int j = h; j < i; j++) {
        if (is_open(TOKS[j].kind))
            d++;
        else if (is_close(TOKS[j].kind) && d > 0)
            d--;
    }
    return d;
}

/* The innermost unclosed bracket before token i (from h), or -1. */
static int open_bracket(const Parser *p, int h, int i)
{
    int d = 0;
    for (int j = i - 1; j >= h; j--) {
        if (is_close(TOKS[j].kind))
            d++;
        else if (is_open(TOKS[j].kind)) {
            if (d == 0)
                return j;
            d--;
        }
    }
    return -1;
}

/* Reads the rest of the logical line into p->toks (CPython's second pass
 * looks ahead that far); a tokenizer error is kept for later. */
static void fetch_line(Parser *p)
{
    if (p->mode == MODE_PROBE || p->at_end || p->tok_failed)
        return;
    if (p->ntoks > 0) {
        TokKind k = TOKS[p->ntoks - 1].kind;
        if (k == T_NEWLINE || k == T_ENDMARKER)
            return;
    }
    for (int n = 0; n < 10000; n++) {
        Token t;
        if (!next_token(p, &t, &p->tok_err)) {
            p->tok_failed = true;
            return;
        }
        record_token(p, &t);
        if (t.kind == T_NEWLINE || t.kind == T_ENDMARKER)
            return;
    }
}

/* Parses tokens [from, to) as the given start symbol. */
static expr_ty probe(Parser *p, int start_token, int from, int to, int *fail_at)
{
    if (from >= to || to > p->ntoks)
        return NULL;
    Parser sub = {0};
    SynErr err = {0};
    sub.arena = p->arena;
    sub.mode = MODE_PROBE;
    sub.start_token = start_token;
    sub.err = &err;
    sub.replay = TOKS + from;
    sub.nreplay = to - from;
    sub.err_index = -1;
    sub.line_base = TOKS[from].lineno;
    sub.col_base = TOKS[from].col_offset;
    sub.parent = p;
    int rc = pyp_parse(&sub);
    if (rc == 0 && !err.set && sub.fexpr)
        return sub.fexpr;
    if (fail_at)
        *fail_at = sub.err_index >= 0 ? from + sub.err_index : to;
    return NULL;
}

/* The longest tokens[from, end) with end <= limit that parse as the start
 * symbol, as PEG's greedy match finds it; returns end or -1.  *ran_out
 * (if given) tells that the parse wanted more tokens than there are. */
static int probe_longest_x(Parser *p, int start_token, int from, int limit, expr_ty *out,
                           bool *ran_out)
{
    int fail = limit;
    expr_ty e = probe(p, start_token, from, limit, &fail);
    if (e) {
        /* PEG looks at the next token: past the end is the tokenizer's error */
        if (limit >= p->ntoks && p->tok_failed)
            err_from_tok(p, &p->tok_err);
        *out = e;
        return limit;
    }
    /* wanting more tokens than the file has: CPython reads on into the
     * tokenizer's error */
    bool out_of_tokens = fail >= limit && limit >= p->ntoks;
    if (ran_out)
        *ran_out = out_of_tokens;
    if (out_of_tokens && p->tok_failed)
        err_from_tok(p, &p->tok_err);
    if (fail > limit)
        fail = limit;
    for (int end = fail, tries = 0; end > from && tries < 64; end--, tries++) {
        e = probe(p, start_token, from, end, NULL);
        if (e) {
            *out = e;
            return end;
        }
    }
    return -1;
}

static int probe_longest(Parser *p, int start_token, int from, int limit, expr_ty *out)
{
    return probe_longest_x(p, start_token, from, limit, out, NULL);
}

/* Token t is inside a call's parentheses, not nested in other brackets. */
static bool directly_in_call(Parser *p, const Token *t)
{
    while (p->mode == MODE_PROBE && p->parent)
        p = p->parent;
    if (t < p->toks || t >= p->toks + p->ntoks)
        return false;
    int k = (int)(t - p->toks);
    int h = line_start(p, k);
    int ob = open_bracket(p, h, k);
    return ob > h && TOKS[ob].kind == T_LPAR && ends_expr(TOKS[ob - 1].kind) &&
           TOKS[ob - 1].kind != T_NONE && TOKS[ob - 1].kind != T_TRUE &&
           TOKS[ob - 1].kind != T_FALSE && !(ob >= 2 && TOKS[ob - 2].kind == T_DEF);
}

/* End of the tokens available on the error's logical line. */
static int line_limit(const Parser *p, int k)
{
    int i = k;
    while (i < p->ntoks && TOKS[i].kind != T_NEWLINE && TOKS[i].kind != T_ENDMARKER)
        i++;
    return i;
}

/* Where an expression ending just before token k starts: after the
 * nearest delimiter at the same bracket depth. */
static int expr_start_before(const Parser *p, int h, int k)
{
    int d = 0, i = k - 1;
    /* the soft keyword of a match or case statement */
    if ((name_is(p, h, "match") || name_is(p, h, "case")) && h + 1 < k &&
        starts_expr(TOKS[h + 1].kind) && TOKS[h + 1].kind != T_LPAR && TOKS[h + 1].kind != T_LSQB)
        h++;
    for (; i >= h; i--) {
        TokKind t = TOKS[i].kind;
        if (is_close(t)) {
            d++;
            continue;
        }
        if (is_open(t)) {
            if (d == 0)
                break;
            d--;
            continue;
        }
        if (d > 0)
            continue;
        switch (t) {
        case T_COMMA: case T_COLON: case T_EQUAL: case T_COLONEQUAL: case T_SEMI: case T_RARROW:
        case T_PLUSEQUAL: case T_MINEQUAL: case T_STAREQUAL: case T_SLASHEQUAL:
        case T_PERCENTEQUAL: case T_AMPEREQUAL: case T_VBAREQUAL: case T_CIRCUMFLEXEQUAL:
        case T_LEFTSHIFTEQUAL: case T_RIGHTSHIFTEQUAL: case T_DOUBLESTAREQUAL:
        case T_DOUBLESLASHEQUAL: case T_ATEQUAL:
        case T_IF: case T_ELSE: case T_FOR: case T_IN: case T_RETURN: case T_YIELD: case T_FROM:
        case T_IMPORT: case T_AS: case T_ASSERT: case T_DEL: case T_RAISE: case T_GLOBAL:
        case T_NONLOCAL: case T_LAMBDA: case T_WHILE: case T_ELIF: case T_WITH: case T_EXCEPT:
        case T_AT: case T_NEWLINE: case T_INDENT: case T_DEDENT:
            return i + 1;
        case T_STAR: case T_DOUBLESTAR:
            /* unary star: part of a starred item, not of the expression */
            if (i == h || !ends_expr(TOKS[i - 1].kind))
                return i + 1;
            break;
        default:
            break;
        }
    }
    return i + 1;
}

static const char *header_name(const Parser *p, int h, int *line)
{
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    *line = TOKS[i].lineno;
    switch (TOKS[i].kind) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_WITH: return "'with' statement";
    case T_TRY: return "'try' statement";
    case T_EXCEPT: return is_kind(p, i + 1, T_STAR) ? "'except*' statement" : "'except' statement";
    case T_FINALLY: return "'finally' statement";
    case T_CLASS: return "class definition";
    case T_DEF: return "function definition";
    default:
        if (name_is(p, i, "match"))
            return "'match' statement";
        if (name_is(p, i, "case"))
            return "'case' statement";
        return NULL;
    }
}

/* Error over tokens [a, b] inclusive. */
static void err_toks(Parser *p, int a, int b, const char *msg)
{
    err_range(p, TOKS[a].lineno, TOKS[a].col_offset, TOKS[b].end_lineno, TOKS[b].end_col_offset,
              "%s", msg);
}

/* RAISE_SYNTAX_ERROR_STARTING_FROM: from token a to the end of the last
 * token CPython had read (used as a 1-based offset as it is). */
static void err_from_to_current(Parser *p, int a, int last, const char *msg)
{
    err_range(p, TOKS[a].lineno, TOKS[a].col_offset, TOKS[last].end_lineno,
              TOKS[last].end_col_offset - 1, "%s", msg);
}

static bool diag_indentation(Parser *p, int h, int k)
{
    const Token *T = &TOKS[k];
    if (T->kind == T_INDENT) {
        err_tok(p, T, "IndentationError", "unexpected indent");
        p->err->from_tokenizer = true; /* 3.11 does not look further for these */
        return true;
    }
    if (k >= 2 && TOKS[k - 1].kind == T_NEWLINE && TOKS[k - 2].kind == T_COLON) {
        int line;
        h = line_start(p, k - 2);
        const char *what = header_name(p, h, &line);
        if (what)
            err_tok(p, T, "IndentationError", "expected an indented block after %s on line %d",
                    what, line);
        else
            err_tok(p, T, "IndentationError", "expected an indented block");
        return true;
    }
    return false;
}

/* "expected ':'": forced after try/else/finally and a def's parameters,
 * and before the NEWLINE of other compound statement headers. */
static bool diag_expected_colon(Parser *p, int h, int k)
{
    const Token *T = &TOKS[k];
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    TokKind kw = TOKS[i].kind;
    if ((kw == T_TRY || kw == T_ELSE || kw == T_FINALLY) && k == i + 1 && T->kind != T_COLON) {
        err_tok_known(p, T, "expected ':'");
        return true;
    }
    if (kw == T_DEF) {
        if (k == i + 2 && T->kind != T_LPAR) {
            err_tok_known(p, T, "expected '('");
            return true;
        }
        /* the ')' closing the parameters */
        int r = -1, d = 0;
        for (int j = i + 2; j < p->ntoks && j <= k; j++) {
            if (is_open(TOKS[j].kind))
                d++;
            else if (is_close(TOKS[j].kind) && --d == 0) {
                r = j;
                break;
            }
        }
        if (r < 0 || k <= r)
            return false;
        int at = r + 1;
        if (is_kind(p, at, T_RARROW)) {
            expr_ty e;
            int end = probe_longest(p, TK_START_PROBE_EXPRESSION, at + 1, line_limit(p, at + 1), &e);
            if (end > 0)
                at = end;
        }
        if (at < p->ntoks && TOKS[at].kind != T_COLON) {
            err_tok_known(p, &TOKS[at], "expected ':'");
            return true;
        }
        return false;
    }
    if (T->kind != T_NEWLINE || k == 0)
        return false;
    TokKind before = TOKS[k - 1].kind;
    bool ok = false;
    switch (kw) {
    case T_IF: case T_ELIF: case T_WHILE: case T_WITH:
        ok = ends_expr(before);
        break;
    case T_FOR:
        for (int j = i; j < k; j++)
            if (TOKS[j].kind == T_IN && depth_at(p, h, j) == 0)
                ok = ends_expr(before);
        break;
    case T_CLASS:
        ok = before == T_NAME || before == T_RPAR;
        break;
    case T_EXCEPT:
        ok = before == T_EXCEPT || ends_expr(before);
        break;
    case T_NAME:
        ok = (name_is(p, i, "match") || name_is(p, i, "case")) && k > i + 1 &&
             (ends_expr(before) || before == T_COMMA);
        break;
    default:
        break;
    }
    if (ok)
        err_tok(p, T, "SyntaxError", "expected ':'");
    return ok;
}

static bool names_not_expressions(const Parser *p, int h, int k);
static bool comma_at(Parser *p, int h, int s, int k);
static bool named_eq_at(Parser *p, int h, int k);

/* invalid_legacy_expression: NAME !'(' star_expressions.  3.11 parses the
 * star_expressions after any name that starts an expression and only then
 * checks for print and exec. */
static bool diag_legacy_print(Parser *p, int h, int k)
{
    if (k < 1 || TOKS[k - 1].kind != T_NAME || TOKS[k].kind == T_LPAR ||
        !starts_expr(TOKS[k].kind) || expr_start_before(p, h, k) != k - 1 ||
        names_not_expressions(p, h, k) ||
        (k >= 2 && (TOKS[k - 2].kind == T_IF || TOKS[k - 2].kind == T_IN)))
        return false;
    expr_ty b;
    int fail = -1;
    if (!probe(p, TK_START_PROBE_STAR_EXPRESSIONS, k, line_limit(p, k), &fail) && fail > k &&
        fail < p->ntoks) {
        /* inside it, invalid_named_expression reads "NAME = operand" and
         * the token after, and invalid_expression looks for a comma */
        if (TOKS[fail].kind == T_EQUAL && open_bracket(p, k, fail) >= k) {
            named_eq_at(p, h, fail);
        } else if (open_bracket(p, k, fail) >= k) {
            comma_at(p, h, expr_start_before(p, k, fail), fail);
        }
        if (p->err->set)
            return true;
    }
    int end = probe_longest(p, TK_START_PROBE_STAR_EXPRESSIONS, k, line_limit(p, k), &b);
    if (p->err->set)
        return true; /* ran into the tokenizer's error */
    if (end < 0 || !(name_is(p, k - 1, "print") || name_is(p, k - 1, "exec")))
        return false;
    int n = (int)TOKS[k - 1].len;
    err_range(p, TOKS[k - 1].lineno, TOKS[k - 1].col_offset, b->end_lineno, b->end_col_offset,
              "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", n,
              TOKS[k - 1].start, n, TOKS[k - 1].start);
    return true;
}

/* Where names are not expressions: import lists, parameters, globals. */
static bool names_not_expressions(const Parser *p, int h, int k)
{
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    switch (TOKS[i].kind) {
    case T_IMPORT: case T_FROM: case T_GLOBAL: case T_NONLOCAL:
        return true;
    case T_DEF:
        if (open_bracket(p, h, k) != i + 2)
            return false; /* not directly in its parameters */
        /* a default or an annotation is an expression */
        for (int j = k - 1; j > i + 2; j--) {
            if (depth_at(p, i + 3, j) != 0)
                continue;
            if (TOKS[j].kind == T_COMMA)
                return true;
            if (TOKS[j].kind == T_EQUAL || TOKS[j].kind == T_COLON)
                return false;
        }
        return true;
    default:
        break;
    }
    /* lambda parameters: a 'lambda' at this level and no ':' after it */
    int d = 0;
    bool in_default = false;
    for (int j = k - 1; j >= h; j--) {
        TokKind t = TOKS[j].kind;
        if (is_close(t))
            d++;
        else if (is_open(t)) {
            if (d-- == 0)
                return false;
        } else if (d == 0 && t == T_COLON)
            return false;
        else if (d == 0 && t == T_EQUAL && !in_default)
            in_default = true;
        else if (d == 0 && t == T_COMMA && !in_default)
            in_default = false;
        else if (d == 0 && t == T_LAMBDA)
            return !in_default;
    }
    return false;
}

static void note_furthest(Parser *p, int i)
{
    if (i > p->furthest)
        p->furthest = i;
}

/* invalid_expression at the expression starting at token s: a=disjunction
 * (the longest) followed directly by b=expression, inside brackets:
 * "Perhaps you forgot a comma?" */
static bool comma_at(Parser *p, int h, int s, int k)
{
    if (s >= k || (is_kind(p, s, T_NAME) && is_kind(p, s + 1, T_STRING)) || is_soft_keyword(p, s))
        return false;
    /* a ternary's condition and comprehension clauses are disjunctions,
     * where 3.11 tries no invalid_expression */
    if (s > 0 && (TOKS[s - 1].kind == T_IF || TOKS[s - 1].kind == T_IN))
        return false;
    expr_ty a;
    int mid = probe_longest(p, TK_START_PROBE_DISJUNCTION, s, k, &a);
    if (mid < 0 || !starts_expr(TOKS[mid].kind) || !ends_expr(TOKS[mid - 1].kind))
        return false;
    if (a->kind == Name_kind && (!strcmp(obj_cstr(a->v.Name.id), "print") ||
                                 !strcmp(obj_cstr(a->v.Name.id), "exec")))
        return false;
    expr_ty b;
    int end = probe_longest(p, TK_START_PROBE_EXPRESSION, mid, line_limit(p, mid), &b);
    if (p->err->set)
        return true; /* ran into the tokenizer's error */
    /* the bracket level after b's last token */
    if (end < 0 || depth_at(p, h, end) == 0)
        return false;
    note_furthest(p, end);
    err_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
              "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

static bool diag_missing_comma(Parser *p, int h, int k)
{
    if (k < 1 || names_not_expressions(p, h, k))
        return false;
    if (comma_at(p, h, expr_start_before(p, h, k), k))
        return true;
    /* invalid_legacy_expression parses an expression after a name, and
     * that expression tries this rule first */
    if (TOKS[k - 1].kind == T_NAME && TOKS[k].kind != T_LPAR && starts_expr(TOKS[k].kind) &&
        expr_start_before(p, h, k) == k - 1 &&
        !(k >= 2 && (TOKS[k - 2].kind == T_IF || TOKS[k - 2].kind == T_IN)) &&
        comma_at(p, h, k, line_limit(p, k)))
        return true;
    /* the enclosing expressions, inside out */
    for (int ob = open_bracket(p, h, k); ob > h; ob = open_bracket(p, h, ob))
        if (comma_at(p, h, expr_start_before(p, h, ob), k))
            return true;
    return false;
}

static int stmt_start(const Parser *p, int h, int k);

/* A walrus at the start of a statement after something that is not a
 * name (a name is only "invalid syntax"). */
static bool diag_statement_walrus(Parser *p, int h, int k)
{
    if (TOKS[k].kind != T_COLONEQUAL || depth_at(p, h, k) != 0)
        return false;
    h = stmt_start(p, h, k);
    if (h >= k || !starts_expr(TOKS[h].kind) || TOKS[h].kind == T_LAMBDA)
        return false;
    for (int j = h; j < k; j++)
        if (depth_at(p, h, j) == 0 && (TOKS[j].kind == T_EQUAL || TOKS[j].kind == T_COLON))
            return false;
    int s = expr_start_before(p, h, k);
    if (s >= k || (k == s + 1 && TOKS[s].kind == T_NAME))
        return false;
    expr_ty a = probe(p, TK_START_PROBE_EXPRESSION, s, k, NULL), b;
    if (!a || probe_longest(p, TK_START_PROBE_EXPRESSION, k + 1, line_limit(p, k + 1), &b) < 0)
        return false;
    ERR_NODE(p, a, "cannot use assignment expressions with %s", expr_name(a));
    return true;
}

/* '=' where a named expression was being parsed (3.11's
 * invalid_named_expression). */
static bool named_eq_at(Parser *p, int h, int k);

static bool diag_assign_in_expression(Parser *p, int h, int k)
{
    if (TOKS[k].kind != T_EQUAL)
        return false;
    int ob = open_bracket(p, h, k);
    if (ob >= 0) {
        /* a call's arguments take keywords: not a named expression */
        if (TOKS[ob].kind == T_LPAR && ob > h && ends_expr(TOKS[ob - 1].kind) &&
            TOKS[ob - 1].kind != T_NONE && TOKS[ob - 1].kind != T_TRUE &&
            TOKS[ob - 1].kind != T_FALSE)
            return false;
    } else {
        int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
        TokKind kw = TOKS[i].kind;
        if (!(kw == T_IF || kw == T_ELIF || kw == T_WHILE || kw == T_AT || name_is(p, i, "match")))
            return false;
    }
    return named_eq_at(p, h, k);
}

/* invalid_named_expression at the '=' token k: "a = b" not followed by
 * '=' or ':='. */
static bool named_eq_at(Parser *p, int h, int k)
{
    int s = expr_start_before(p, h, k);
    if (s >= k)
        return false;
    expr_ty a = probe(p, TK_START_PROBE_BITWISE_OR, s, k, NULL);
    if (!a)
        return false;
    expr_ty b;
    int end = probe_longest(p, TK_START_PROBE_BITWISE_OR, k + 1, line_limit(p, k + 1), &b);
    if (end < 0 || is_kind(p, end, T_EQUAL) || is_kind(p, end, T_COLONEQUAL))
        return false;
    note_furthest(p, end);
    if (k == s + 1 && TOKS[s].kind == T_NAME) {
        err_range(p, TOKS[s].lineno, TOKS[s].col_offset, b->end_lineno, b->end_col_offset,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    TokKind first = TOKS[s].kind;
    if (first == T_LSQB || first == T_TRUE || first == T_NONE || first == T_FALSE ||
        (first == T_LPAR && (a->kind == Tuple_kind || a->kind == GeneratorExp_kind)))
        return false;
    err_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
              "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(a));
    return true;
}

/* Start of the simple statement holding token k: after a ';' or after
 * the ':' of a compound statement's header on the same line. */
static int stmt_start(const Parser *p, int h, int k)
{
    int s = h;
    bool compound;
    switch (TOKS[h].kind) {
    case T_IF: case T_ELIF: case T_ELSE: case T_WHILE: case T_FOR: case T_WITH: case T_TRY:
    case T_EXCEPT: case T_FINALLY: case T_CLASS: case T_DEF: case T_ASYNC:
        compound = true;
        break;
    default:
        compound = false;
        break;
    }
    int lambdas = 0;
    for (int j = h; j < k; j++) {
        if (depth_at(p, h, j) != 0)
            continue;
        if (TOKS[j].kind == T_SEMI)
            s = j + 1;
        else if (TOKS[j].kind == T_LAMBDA)
            lambdas++;
        else if (TOKS[j].kind == T_COLON && compound) {
            if (lambdas > 0) {
                lambdas--;
            } else {
                s = j + 1;
                compound = false;
            }
        }
    }
    return s;
}

/* A simple statement "t1 = t2 = ..." that fails after an invalid target
 * (3.11's invalid_assignment: (star_targets '=')* a=star_expressions '='). */
static bool diag_assignment(Parser *p, int h, int k)
{
    h = stmt_start(p, h, k);
    if (h >= k)
        return false;
    switch (TOKS[h].kind) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_AWAIT:
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS: case T_STAR:
        break;
    default:
        return false;
    }
    int start = h, nchunk = 0, limit = line_limit(p, k);
    for (int j = h; j < limit; j++) {
        if (TOKS[j].kind != T_EQUAL || depth_at(p, h, j) != 0)
            continue;
        if (j > k && nchunk > 0)
            break;
        expr_ty t = probe(p, TK_START_PROBE_STAR_EXPRESSIONS, start, j, NULL);
        if (!t && nchunk == 0 && !names_not_expressions(p, h, j)) {
            /* 3.11 reads the first target as runs of named expressions
             * (separated by commas or nothing): the one ending at '=' gets
             * the hint even if the whole is no tuple */
            expr_ty last = NULL, b;
            for (int pos = h; pos < j;) {
                int end = probe_longest(p, TK_START_PROBE_NAMED, pos, j, &last);
                if (end < 0 || (pos == h && end < j && TOKS[end].kind != T_COMMA)) {
                    /* the first element must be followed by a comma */
                    last = NULL;
                    break;
                }
                if (end == j)
                    break;
                last = NULL;
                pos = TOKS[end].kind == T_COMMA ? end + 1 : end;
            }
            int end = probe_longest(p, TK_START_PROBE_BITWISE_OR, j + 1, line_limit(p, j + 1), &b);
            if (last && end > 0 && !is_kind(p, end, T_EQUAL) && !is_kind(p, end, T_COLONEQUAL) &&
                assign_hint(p, last, b, false))
                return true;
        }
        if (!t)
            return false;
        expr_ty bad = invalid_target(t, Store);
        if (bad) {
            if (nchunk == 0) {
                expr_ty b;
                int end = probe_longest(p, TK_START_PROBE_BITWISE_OR, j + 1, line_limit(p, j + 1), &b);
                if (end > 0 && !is_kind(p, end, T_EQUAL) && !is_kind(p, end, T_COLONEQUAL) &&
                    assign_hint(p, t, b, false))
                    return true;
            }
            ERR_NODE(p, bad, "cannot assign to %s", expr_name(bad));
            return true;
        }
        start = j + 1;
        nchunk++;
    }
    return false;
}

/* def f(a=): invalid_default */
static bool diag_default(Parser *p, int h, int k)
{
    if (k < 2 || TOKS[k - 1].kind != T_EQUAL || (TOKS[k].kind != T_RPAR && TOKS[k].kind != T_COMMA))
        return false;
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    if (!(TOKS[i].kind == T_DEF && open_bracket(p, h, k) == i + 2) && !names_not_expressions(p, h, k))
        return false;
    err_tok(p, &TOKS[k - 1], "SyntaxError", "expected default value expression");
    return true;
}

/* def f((a, b)), lambda (a): parenthesised parameters */
static bool diag_paren_params(Parser *p, int h, int k)
{
    if (TOKS[k].kind != T_LPAR || k < 1)
        return false;
    bool lambda = false;
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    if (TOKS[k - 1].kind == T_LAMBDA) {
        lambda = true;
    } else if (TOKS[i].kind == T_DEF && (k == i + 3 || TOKS[k - 1].kind == T_COMMA) &&
               open_bracket(p, h, k) == i + 2) {
        lambda = false;
    } else {
        int j = k - 1;
        while (j > h && (TOKS[j].kind == T_NAME || TOKS[j].kind == T_COMMA))
            j--;
        if (TOKS[j].kind != T_LAMBDA || TOKS[k - 1].kind != T_COMMA)
            return false;
        lambda = true;
    }
    int j = k + 1;
    if (!is_kind(p, j, T_NAME))
        return false;
    while (is_kind(p, j, T_NAME) && is_kind(p, j + 1, T_COMMA) && is_kind(p, j + 2, T_NAME))
        j += 2;
    j++;
    if (is_kind(p, j, T_COMMA))
        j++;
    if (!is_kind(p, j, T_RPAR))
        return false;
    err_toks(p, k, j, lambda ? "Lambda expression parameters cannot be parenthesized"
                             : "Function parameters cannot be parenthesized");
    return true;
}

static bool diag_del(Parser *p, int h, int k)
{
    h = stmt_start(p, h, k);
    if (TOKS[h].kind != T_DEL || k <= h + 1)
        return false;
    expr_ty t;
    int end = probe_longest(p, TK_START_PROBE_STAR_TARGETS, h + 1, k, &t);
    if (end < 0 || end >= k || invalid_target(t, Del))
        return false;
    TokKind next = TOKS[end].kind;
    /* a primary goes on after '.', '(' and '[' */
    if (next == T_COMMA || next == T_SEMI || next == T_NEWLINE || next == T_DOT ||
        next == T_LPAR || next == T_LSQB)
        return false;
    err_tok(p, &TOKS[end], "SyntaxError", "invalid syntax");
    return true;
}

static bool diag_statement_forms(Parser *p, int h, int k)
{
    const Token *T = &TOKS[k];
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    TokKind kw = TOKS[i].kind;
    /* x = yield = 1 */
    if (T->kind == T_EQUAL) {
        int y = -1;
        for (int j = h; j < k; j++) {
            if (depth_at(p, h, j) != 0)
                continue;
            if (TOKS[j].kind == T_EQUAL)
                y = -1;
            else if (TOKS[j].kind == T_YIELD && y < 0)
                y = j;
        }
        if (y >= 0) {
            err_toks(p, y, k - 1, "assignment to yield expression not possible");
            return true;
        }
        /* def f(*a=1), lambda **k=1: */
        if (k >= 2 && TOKS[k - 1].kind == T_NAME &&
            (TOKS[k - 2].kind == T_STAR || TOKS[k - 2].kind == T_DOUBLESTAR) &&
            names_not_expressions(p, h, k)) {
            err_tok(p, T, "SyntaxError", TOKS[k - 2].kind == T_STAR
                        ? "var-positional argument cannot have default value"
                        : "var-keyword argument cannot have default value");
            return true;
        }
    }
    /* from a import b, */
    if (kw == T_FROM && T->kind == T_NEWLINE && is_kind(p, k - 1, T_COMMA) &&
        depth_at(p, h, k) == 0) {
        err_tok(p, T, "SyntaxError", "trailing comma not allowed without surrounding parentheses");
        return true;
    }
    if (kw == T_EXCEPT) {
        bool star = is_kind(p, i + 1, T_STAR);
        int e0 = i + 1 + star;
        if (star && k == e0 && (T->kind == T_COLON || T->kind == T_NEWLINE)) {
            err_tok(p, T, "SyntaxError", "expected one or more exception types");
            return true;
        }
        if (T->kind == T_COMMA && depth_at(p, h, k) == 0) {
            /* except E, F[ as e]: */
            int colon = k;
            while (colon < p->ntoks && TOKS[colon].kind != T_COLON &&
                   TOKS[colon].kind != T_NEWLINE)
                colon++;
            int types_end = colon;
            if (colon >= k + 3 && TOKS[colon - 2].kind == T_AS && TOKS[colon - 1].kind == T_NAME)
                types_end = colon - 2;
            if (is_kind(p, colon, T_COLON) && probe(p, TK_START_PROBE_STAR_EXPRESSIONS, k + 1,
                                                    types_end, NULL)) {
                err_from_to_current(p, e0, colon, "multiple exception types must be parenthesized");
                return true;
            }
        }
    }
    /* case x as _ */
    if (name_is(p, i, "case") && k >= 1 && TOKS[k - 1].kind == T_AS && name_is(p, k, "_")) {
        err_tok(p, T, "SyntaxError", "cannot use '_' as a target");
        return true;
    }
    return false;
}

static bool diag_brackets(Parser *p, int h, int k)
{
    const Token *T = &TOKS[k];
    int ob = open_bracket(p, h, k);
    if (ob < 0)
        return false;
    /* (**a) */
    if (TOKS[ob].kind == T_LPAR && k == ob + 2 && TOKS[ob + 1].kind == T_DOUBLESTAR &&
        !(ob > h && ends_expr(TOKS[ob - 1].kind))) {
        err_toks(p, ob + 1, ob + 1, "cannot use double starred expression here");
        return true;
    }
    if (T->kind == T_FOR || T->kind == T_ASYNC) {
        /* {**a for ...} */
        if (TOKS[ob].kind == T_LBRACE && TOKS[ob + 1].kind == T_DOUBLESTAR) {
            err_toks(p, ob + 1, ob + 1, "dict unpacking cannot be used in dict comprehension");
            return true;
        }
        int s = expr_start_before(p, h, k);
        if (s >= 1 && TOKS[s - 1].kind == T_STAR && (s - 1 == ob + 1 || is_kind(p, s - 2, T_COMMA))) {
            err_toks(p, s - 1, k - 1, "iterable unpacking cannot be used in comprehension");
            return true;
        }
        /* [a, b for ...] */
        bool has_in = false;
        for (int j = k + 1, d = 0; j < p->ntoks && d >= 0 && !has_in; j++) {
            if (is_open(TOKS[j].kind))
                d++;
            else if (is_close(TOKS[j].kind))
                d--;
            else if (d == 0 && TOKS[j].kind == T_IN)
                has_in = true;
        }
        if ((TOKS[ob].kind == T_LSQB || TOKS[ob].kind == T_LBRACE) && s > ob + 1 &&
            TOKS[s - 1].kind == T_COMMA && has_in) {
            expr_ty first;
            int e1 = probe_longest(p, TK_START_PROBE_NAMED, ob + 1, k, &first);
            if (e1 > 0 && is_kind(p, e1, T_COMMA)) {
                err_range(p, TOKS[ob + 1].lineno, TOKS[ob + 1].col_offset, TOKS[k - 1].end_lineno,
                          TOKS[k - 1].end_col_offset,
                          "did you forget parentheses around the comprehension target?");
                return true;
            }
        }
    }
    /* {k: v, key-without-colon}: the innermost dict, through call parentheses */
    for (int db = ob; db >= h; db = open_bracket(p, h, db)) {
        if (TOKS[db].kind == T_LBRACE) {
            int item = db + 1;
            bool kv = false;
            for (int j = db + 1; j < k; j++) {
                if (depth_at(p, db + 1, j) != 0)
                    continue;
                if (TOKS[j].kind == T_COMMA)
                    item = j + 1;
                else if ((TOKS[j].kind == T_COLON || TOKS[j].kind == T_DOUBLESTAR) && item < j + 1)
                    kv = kv || j >= db + 1;
            }
            /* a previous item was "k: v" or "**m" */
            bool prev_kv = false;
            for (int j = db + 1; j < item; j++)
                if (depth_at(p, db + 1, j) == 0 &&
                    (TOKS[j].kind == T_COLON || TOKS[j].kind == T_DOUBLESTAR))
                    prev_kv = true;
            (void)kv;
            for (int j = db + 1; j < k; j++)
                if (TOKS[j].kind == T_FOR && depth_at(p, db + 1, j) == 0)
                    prev_kv = false;
            if (prev_kv && item < k && TOKS[item].kind != T_DOUBLESTAR) {
                expr_ty key;
                int end = probe_longest(p, TK_START_PROBE_EXPRESSION, item, line_limit(p, item), &key);
                if (end > 0 && !is_kind(p, end, T_COLON)) {
                    err_range(p, key->lineno, key->end_col_offset - 1, key->end_lineno, -1,
                              "':' expected after dictionary key");
                    return true;
                }
            }
            break;
        }
        if (!(TOKS[db].kind == T_LPAR && db > h && ends_expr(TOKS[db - 1].kind)))
            break;
    }
    if (TOKS[ob].kind == T_LBRACE) {
        /* {a: *b} and {a:} */
        if (k >= 1 && TOKS[k - 1].kind == T_COLON && T->kind == T_STAR) {
            expr_ty b;
            int end = probe_longest(p, TK_START_PROBE_BITWISE_OR, k + 1, line_limit(p, k + 1), &b);
            if (end > 0) {
                err_range(p, T->lineno, T->col_offset, b->end_lineno, b->end_col_offset,
                          "cannot use a starred expression in a dictionary value");
                return true;
            }
        }
        if (k >= 1 && TOKS[k - 1].kind == T_COLON && (T->kind == T_RBRACE || T->kind == T_COMMA)) {
            err_toks(p, k - 1, k - 1, "expression expected after dictionary key and ':'");
            return true;
        }
    }
    return false;
}

/* a if b <not else>: any ternary 'if' before the error whose condition
 * (the longest disjunction) is not followed by 'else' (3.11 also takes ':') */
static bool diag_if_without_else(Parser *p, int h, int k)
{
    int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
    if (name_is(p, i, "case"))
        return false;
    for (int j = h + 1; j < k; j++) {
        if (TOKS[j].kind != T_IF || !ends_expr(TOKS[j - 1].kind))
            continue;
        /* not a comprehension's 'if' */
        bool comp = false;
        int d = 0;
        for (int q = j - 1; q >= h; q--) {
            TokKind t = TOKS[q].kind;
            if (is_close(t))
                d++;
            else if (is_open(t)) {
                if (d-- == 0)
                    break;
            } else if (d == 0 && t == T_FOR) {
                comp = true;
                break;
            } else if (d == 0 && (t == T_COMMA || t == T_EQUAL || t == T_COLON))
                break;
        }
        if (comp)
            continue;
        int s = expr_start_before(p, h, j);
        if (s >= j)
            continue;
        expr_ty a = probe(p, TK_START_PROBE_DISJUNCTION, s, j, NULL), b;
        if (!a)
            continue;
        int end = probe_longest(p, TK_START_PROBE_DISJUNCTION, j + 1, line_limit(p, j + 1), &b);
        if (end < 0 || is_kind(p, end, T_ELSE) || is_kind(p, end, T_COLON))
            continue;
        err_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                  "expected 'else' after 'if' expression");
        return true;
    }
    return false;
}

/* invalid_for_target: 'for' followed by something that is not a target
 * list; `for x.y() in z` names the call (a Compare with 'in' first names
 * its left operand). */
static expr_ty invalid_for_target(expr_ty e)
{
    if (e->kind == Compare_kind && !e->parens) {
        if (e->v.Compare.ops->elts[0] == In)
            return invalid_target(e->v.Compare.left, Store);
        return e;
    }
    return invalid_target(e, Store);
}

static bool diag_for_target(Parser *p, int h, int k)
{
    for (int j = k; j >= h; j--) {
        if (TOKS[j].kind != T_FOR)
            continue;
        /* a for statement, or a comprehension's 'for' after its element */
        int i = is_kind(p, h, T_ASYNC) ? h + 1 : h;
        bool comp = j > h && depth_at(p, h, j) > 0 &&
                    (ends_expr(TOKS[j - 1].kind) || TOKS[j - 1].kind == T_ASYNC);
        if (j != i && !comp)
            return false;
        /* the error is in its target list: no 'in' at its level before k */
        int d = 0;
        for (int q = j + 1; q < k; q++) {
            if (is_open(TOKS[q].kind))
                d++;
            else if (is_close(TOKS[q].kind) && --d < 0)
                return false;
            else if (d == 0 && TOKS[q].kind == T_IN)
                return false;
        }
        expr_ty t;
        if (probe_longest(p, TK_START_PROBE_STAR_EXPRESSIONS, j + 1, line_limit(p, j + 1), &t) < 0)
            return false;
        expr_ty bad = invalid_for_target(t);
        if (!bad)
            return false;
        ERR_NODE(p, bad, "cannot assign to %s", expr_name(bad));
        return true;
    }
    return false;
}

/* Errors of a call's argument list that 3.11 finds with invalid_arguments
 * and invalid_kwarg before failing. */
static bool diag_call_args(Parser *p, int h, int k)
{
    int ob = open_bracket(p, h, k);
    if (ob < 0 || !directly_in_call(p, &TOKS[k]))
        return false;
    /* f(a.b := 1): the walrus takes only a name there */
    for (int j = k - 1; j > ob; j--) {
        if (TOKS[j].kind == T_COLONEQUAL && depth_at(p, ob + 1, j) == 0) {
            if (!(TOKS[j - 1].kind == T_NAME &&
                  ((TOKS[j - 2].kind == T_LPAR && j - 2 == ob) || TOKS[j - 2].kind == T_COMMA))) {
                err_tok(p, &TOKS[j], "SyntaxError", "invalid syntax");
                return true;
            }
            break;
        }
    }
    /* a generator after other arguments: 3.11's first pass stops at its
     * 'for' (only a sole argument can be one) */
    int argstart = ob + 1;
    for (int j = k - 1; j > ob; j--)
        if (TOKS[j].kind == T_COMMA && depth_at(p, ob + 1, j) == 0) {
            argstart = j + 1;
            break;
        }
    if (argstart > ob + 1) {
        for (int j = argstart + 1; j <= k && j < p->ntoks; j++)
            if ((TOKS[j].kind == T_FOR || TOKS[j].kind == T_ASYNC) && depth_at(p, argstart, j) == 0) {
                err_tok(p, &TOKS[j], "SyntaxError", "invalid syntax");
                return true;
            }
    }
    /* invalid_kwarg: an expression other than a name before '=' */
    for (int j = argstart; j < k; j++) {
        if (TOKS[j].kind != T_EQUAL || depth_at(p, argstart, j) != 0)
            continue;
        if (j == argstart + 1 && TOKS[argstart].kind == T_NAME)
            break;
        if (j == argstart + 1 && (TOKS[argstart].kind == T_TRUE ||
                                  TOKS[argstart].kind == T_FALSE || TOKS[argstart].kind == T_NONE)) {
            err_range(p, TOKS[argstart].lineno, TOKS[argstart].col_offset, TOKS[j].end_lineno,
                      TOKS[j].end_col_offset, "cannot assign to %.*s", (int)TOKS[argstart].len,
                      TOKS[argstart].start);
            return true;
        }
        expr_ty e = probe(p, TK_START_PROBE_EXPRESSION, argstart, j, NULL);
        if (!e)
            break;
        err_range(p, e->lineno, e->col_offset, TOKS[j].end_lineno, TOKS[j].end_col_offset,
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
        return true;
    }
    /* f(a, *<not an expression>): "args ',' '*'" */
    if (k >= ob + 3 && TOKS[k - 1].kind == T_STAR && TOKS[k - 2].kind == T_COMMA &&
        depth_at(p, ob + 1, k - 2) == 0) {
        err_range(p, TOKS[ob + 1].lineno, TOKS[ob + 1].col_offset, TOKS[k - 3].end_lineno,
                  TOKS[k - 3].end_col_offset,
                  "iterable argument unpacking follows keyword argument unpacking");
        return true;
    }
    return false;
}

/* The input ended (in a tokenizer error) right after a call argument's
 * '=' or ':=': 3.11 words errors about what came before without reading on. */
static bool call_arg_error_at_end(Parser *p)
{
    int j = p->ntoks - 1, h = line_start(p, j);
    int ob = open_bracket(p, h, j), argstart = ob + 1;
    for (int q = j - 1; q > ob; q--)
        if (TOKS[q].kind == T_COMMA && depth_at(p, ob + 1, q) == 0) {
            argstart = q + 1;
            break;
        }
    if (j == argstart + 1 && TOKS[argstart].kind == T_NAME)
        return false;
    if (TOKS[j].kind == T_COLONEQUAL) {
        err_tok(p, &TOKS[j], "SyntaxError", "invalid syntax");
        return true;
    }
    if (j == argstart + 1 && (TOKS[argstart].kind == T_TRUE || TOKS[argstart].kind == T_FALSE ||
                              TOKS[argstart].kind == T_NONE)) {
        err_range(p, TOKS[argstart].lineno, TOKS[argstart].col_offset, TOKS[j].end_lineno,
                  TOKS[j].end_col_offset, "cannot assign to %.*s", (int)TOKS[argstart].len,
                  TOKS[argstart].start);
        return true;
    }
    expr_ty e = probe(p, TK_START_PROBE_EXPRESSION, argstart, j, NULL);
    if (!e)
        return false;
    err_range(p, e->lineno, e->col_offset, TOKS[j].end_lineno, TOKS[j].end_col_offset,
              "expression cannot contain assignment, perhaps you meant \"==\"?");
    return true;
}

/* x: int after a target that cannot be annotated: 3.11's first pass stops
 * at the ':' unless the annotation parses (then invalid_assignment words it). */
static bool diag_annotation(Parser *p, int h, int k)
{
    h = stmt_start(p, h, k);
    if (h >= k)
        return false;
    switch (TOKS[h].kind) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_AWAIT:
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS: case T_STAR:
        break;
    default:
        return false;
    }
    int colon = -1;
    for (int j = h; j < k; j++) {
        if (depth_at(p, h, j) != 0)
            continue;
        if (TOKS[j].kind == T_LAMBDA || TOKS[j].kind == T_EQUAL)
            return false;
        if (TOKS[j].kind == T_COLON) {
            colon = j;
            break;
        }
    }
    if (colon <= h)
        return false;
    expr_ty t = probe(p, TK_START_PROBE_STAR_EXPRESSIONS, h, colon, NULL);
    if (!t || t->kind == Name_kind || t->kind == Attribute_kind || t->kind == Subscript_kind)
        return false;
    expr_ty ann;
    if (probe_longest(p, TK_START_PROBE_EXPRESSION, colon + 1, line_limit(p, colon + 1), &ann) > 0) {
        p_annassign(p, t, ann, NULL, (Loc){0, 0, 0, 0});
        return p->err->set;
    }
    err_tok(p, &TOKS[colon], "SyntaxError", "invalid syntax");
    return true;
}

/* a.b := <anything that fails>: 3.11 stops at the ':=' (a name target
 * goes on into the value) */
static bool diag_walrus_target(Parser *p, int h, int k)
{
    for (int j = k - 1; j > h; j--) {
        TokKind t = TOKS[j].kind;
        if (is_open(t) || is_close(t) || t == T_COMMA || t == T_COLON || t == T_EQUAL)
            return false;
        if (t != T_COLONEQUAL)
            continue;
        int s = expr_start_before(p, h, j);
        if (j == s + 1 && TOKS[s].kind == T_NAME)
            return false;
        err_tok(p, &TOKS[j], "SyntaxError", "invalid syntax");
        return true;
    }
    return false;
}

/* Longest stretch of a logical line before the error token that diagnose()
 * examines (its checks are quadratic in it). */
#define DIAGNOSE_MAX_TOKENS 20000

static void diagnose(Parser *p)
{
    int k = p->err_index;
    if (k < 0 || k >= p->ntoks) {
        err_tok(p, &p->last, p->last.kind == T_INDENT ? "IndentationError" : "SyntaxError",
                p->last.kind == T_INDENT ? "unexpected indent" : "invalid syntax");
        return;
    }
    fetch_line(p);
    const Token *T = &TOKS[k];
    int h = line_start(p, k);
    if (k - h > DIAGNOSE_MAX_TOKENS) {
        /* the heuristics below rescan the line per token: on a line this
         * long they would take minutes, so only CPython's first-pass error */
        err_tok(p, T, "SyntaxError", "invalid syntax");
        return;
    }
    /* the try block ended where except or finally must follow */
    if (p->expect_except_finally) {
        const Token *t = T;
        /* the DEDENTs closing the block are CPython's whitespace */
        while (t->kind == T_DEDENT && t + 1 < TOKS + p->ntoks)
            t++;
        err_tok(p, t, "SyntaxError", "expected 'except' or 'finally' block");
        return;
    }

    /* roughly in the order 3.11's second pass meets its invalid_* rules:
     * statement forms first, then expressions inside out */
    static bool (*const rules[])(Parser *, int, int) = {
        diag_indentation, diag_expected_colon, diag_walrus_target, diag_assignment,
        diag_del, diag_annotation, diag_for_target, diag_call_args, diag_statement_forms,
        diag_paren_params, diag_default, diag_brackets, diag_assign_in_expression,
        diag_missing_comma, diag_legacy_print, diag_if_without_else, diag_statement_walrus,
    };
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (rules[i](p, h, k) || p->err->set)
            return;
    if (T->kind == T_DEDENT) {
        err_tok(p, T, "IndentationError", "unexpected unindent");
        p->err->from_tokenizer = true; /* 3.11 does not look further for these */
    } else {
        err_tok_known(p, T, "invalid syntax");
    }
}

/* ---------------------------------------------------------------- driver */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ByteBuf b;
    bb_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        bb_put(&b, chunk, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        bb_free(&b);
        return NULL;
    }
    bb_cstr(&b);
    *len = b.len;
    return (char *)b.data;
}

/* After a parser error CPython tokenizes the rest of the file; some
 * tokenizer errors found there replace the parser's (the tokenizer says
 * which).  Stray characters are parser errors there: tokenizing goes on. */
static void check_rest_of_file(Parser *p)
{
    SynErr *e = p->err;
    if (e->from_tokenizer)
        return;
    TokError te;
    bool failed = p->tok_failed && !p->tok_err.resumable;
    if (failed) {
        te = p->tok_err;
    } else if (!p->at_end) {
        Token t;
        for (int n = 0; n < 100000000; n++) {
            if (!tokenizer_next(p->tok, &t, &te)) {
                if (te.resumable)
                    continue;
                failed = true;
                break;
            }
            if (t.kind == T_ENDMARKER)
                break;
        }
    }
    if (!failed)
        return;
    /* an unclosed bracket wins when it opened before the line of the
     * furthest token the parser read */
    int far = p->err_index > p->furthest ? p->err_index : p->furthest;
    int last_line = far >= 0 && far < p->ntoks ? p->toks[far].lineno : e->lineno;
    bool replace = te.after_parser_error == TOKERR_REPLACES ||
                   (te.after_parser_error == TOKERR_REPLACES_IF_LATER && te.lineno < last_line);
    if (replace) {
        e->set = false;
        err_from_tok(p, &te);
    }
}

/* A coding declaration or BOM makes CPython count columns in characters. */
static bool declares_encoding(const char *data, size_t len)
{
    if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
        return true;
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < len; line++) {
        size_t end = pos;
        while (end < len && data[end] != '\n' && data[end] != '\r')
            end++;
        size_t i = pos;
        while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f'))
            i++;
        if (i < end && data[i] == '#') {
            for (size_t j = i; j + 6 <= end; j++)
                if (!memcmp(data + j, "coding", 6) && j + 6 < end &&
                    (data[j + 6] == ':' || data[j + 6] == '='))
                    return true;
        } else if (i < end) {
            return false; /* code on line 1 ends the search */
        }
        pos = end + 1;
        if (end < len && data[end] == '\r' && end + 1 < len && data[end + 1] == '\n')
            pos++;
    }
    return false;
}

/* ------------------------------------------------- CPython's MAXSTACK */

/* CPython 3.11's PEG parser gives up with a bare MemoryError when its rule
 * recursion passes MAXSTACK (6000 levels).  pyc's LR parser has no such
 * limit, so it is emulated on the tree: a node's level is its parent's plus
 * what the PEG parser spends descending that edge, measured with
 * python3.11 (a statement's expression starts at level 32; each operand of
 * a unary operator or the `else` of a conditional costs 1; the right side
 * of `**` and a lambda's body 2; a call's arguments about 24, a subscript 25
 * and a bracketed display 29; each enclosing block 6; left-recursive chains
 * such as a+b+c, a.b.c or a()() nothing).  Exact for chains of unary
 * operators, `not`, `**`, lambdas and conditionals at statement level;
 * elsewhere within a few dozen levels of CPython's limit.
 * The walk is recursive but never deeper than NEST_MAX_DEPTH nodes: deeper
 * trees only come from left-recursive chains, which CPython parses and
 * then rejects with a RecursionError (ast_dump.c; the compiler's passes). */
#define CPY_MAXSTACK 6000
#define NEST_BASE 32
#define NEST_MAX_DEPTH 10000

typedef struct Nest {
    int depth;   /* nodes on the walk's C stack */
    bool over;   /* a node reached CPY_MAXSTACK */
    int lineno;  /* where */
} Nest;

static int nest_edge(const char *sum, int kind, const void *node, const char *field)
{
    if (!strcmp(sum, "stmt")) {
        if (!strcmp(field, "body") || !strcmp(field, "orelse") || !strcmp(field, "finalbody") ||
            !strcmp(field, "handlers") || !strcmp(field, "cases"))
            return 6;
        return 0;
    }
    if (strcmp(sum, "expr") != 0)
        return 0;
    switch ((expr_kind)kind) {
    case UnaryOp_kind:
        return 1;
    case IfExp_kind:
        return !strcmp(field, "orelse") ? 1 : 0;
    case Lambda_kind:
        return !strcmp(field, "body") ? 2 : 0;
    case BinOp_kind:
        return ((const struct expr_s *)node)->v.BinOp.op == Pow && !strcmp(field, "right") ? 2 : 0;
    case Call_kind:
        return !strcmp(field, "func") ? 0 : 24;
    case Subscript_kind:
        return !strcmp(field, "slice") ? 25 : 0;
    case List_kind:
    case Set_kind:
    case Dict_kind:
    case ListComp_kind:
    case SetComp_kind:
    case DictComp_kind:
        return 29;
    default:
        return 0;
    }
}

static void nest_identifier(Nest *c, identifier_ty v, int level) { (void)c; (void)v; (void)level; }
static void nest_string(Nest *c, string_ty v, int level) { (void)c; (void)v; (void)level; }
static void nest_constant(Nest *c, constant_ty v, int level) { (void)c; (void)v; (void)level; }
static void nest_int(Nest *c, int_ty v, int level) { (void)c; (void)v; (void)level; }
#define AST_SUM(s, a) static void nest_##s(Nest *c, s##_ty n, int level);
#define AST_PRODUCT(p, a, ...) static void nest_##p(Nest *c, p##_ty n, int level);
#define AST_ENUM(e) \
    static void nest_##e(Nest *c, e##_ty v, int level) { (void)c; (void)v; (void)level; }
#include "ast.def"

#define AST_NESTF(q, t, n) AST_NESTF_##q(t, n)
#define AST_NESTF_ONE(t, n) nest_##t(c, f->n, level + EDGE(#n));
#define AST_NESTF_OPT(t, n) \
    if (f->n)               \
        nest_##t(c, f->n, level + EDGE(#n));
#define AST_NESTF_SEQ(t, n)                           \
    for (int i = 0; !c->over && i < SEQ_LEN(f->n); i++) \
        if (f->n->elts[i])                            \
            nest_##t(c, f->n->elts[i], level + EDGE(#n));
#define NEST_LINE_0
#define NEST_LINE_1 c->lineno = n->lineno;
#define NEST_ENTER(a)                                          \
    if (c->over || c->depth >= NEST_MAX_DEPTH)                 \
        return;                                                \
    if (level >= CPY_MAXSTACK) {                               \
        c->over = true;                                        \
        NEST_LINE_##a                                          \
        return;                                                \
    }                                                          \
    c->depth++;
#define AST_SUM(s, a)                                  \
    static void nest_##s(Nest *c, s##_ty n, int level) \
    {                                                  \
        NEST_ENTER(a)                                  \
        const char *sum = #s;                          \
        int kind = (int)n->kind;                       \
        switch (n->kind) {
#define AST_CTOR(s, k, ...)                                         \
        case k##_kind: {                                            \
            const struct k##_fields *f = &n->v.k;                   \
            AST_FOR_EACH(AST_NESTF, __VA_ARGS__)                    \
            break;                                                  \
        }
#define AST_CTOR0(s, k) \
        case k##_kind:  \
            break;
#define AST_END_SUM(s, a) \
        default:          \
            break;        \
        }                 \
        c->depth--;       \
    }
#define AST_PRODUCT(p, a, ...)                         \
    static void nest_##p(Nest *c, p##_ty n, int level) \
    {                                                  \
        NEST_ENTER(a)                                  \
        const char *sum = "";                          \
        int kind = 0;                                  \
        const struct p##_s *f = n;                     \
        AST_FOR_EACH(AST_NESTF, __VA_ARGS__)           \
        c->depth--;                                    \
    }
#define EDGE(field) nest_edge(sum, kind, n, field)
#include "ast.def"
#undef EDGE

/* Sets *lineno and returns true when CPython's parser would give up. */
static bool too_deep_for_cpython(mod_ty m, int *lineno)
{
    Nest c = {0, false, 0};
    nest_mod(&c, m, NEST_BASE);
    *lineno = c.lineno;
    return c.over;
}

/* What pyc reports for CPython's bare MemoryError, see print_syntax_error. */
static void set_memory_error(SynErr *err, int lineno)
{
    err->set = true;
    err->type = "MemoryError";
    snprintf(err->msg, sizeof err->msg, "source too deeply nested to parse");
    err->lineno = lineno;
    err->text = NULL;
}

typedef struct ParseResult {
    mod_ty mod;
    Tokenizer *tok;
} ParseResult;

static bool parse_source(Arena *arena, const char *data, size_t len, SynErr *err, ParseResult *res)
{
    TokError te;
    memset(res, 0, sizeof *res);
    Parser p = {0};
    p.arena = arena;
    p.mode = MODE_FILE;
    p.line_base = 1;
    p.col_base = 0;
    p.err = err;
    p.err_index = -1;
    p.furthest = -1;
    p.encoding_declared = declares_encoding(data, len);
    p.has_bom = len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3);

    p.tok = tokenizer_new(arena, data, len, &te);
    if (!p.tok) {
        err_from_tok(&p, &te);
        return false;
    }
    res->tok = p.tok;
    int rc = pyp_parse(&p);
    if (p.stack_exhausted) {
        /* only nesting far past CPython's MAXSTACK gets here; diagnose()
         * would take quadratic time on it */
        err->set = false;
        set_memory_error(err, p.ntoks > 0 ? p.toks[p.ntoks - 1].lineno : 1);
        return false;
    }
    if (rc != 0 || !p.mod) {
        if (!err->set)
            diagnose(&p);
        check_rest_of_file(&p);
        if (p.has_bom && err->lineno == 1 && !err->text) {
            /* CPython shows the first line as the file has it */
            size_t n;
            const char *line = tokenizer_line(p.tok, 1, &n);
            if (line) {
                char *t = arena_alloc(arena, n + 3);
                memcpy(t, "\xef\xbb\xbf", 3);
                memcpy(t + 3, line, n);
                err->text = t;
                err->text_len = n + 3;
            }
        }
        return false;
    }
    int lineno;
    if (too_deep_for_cpython(p.mod, &lineno)) {
        set_memory_error(err, lineno);
        return false;
    }
    res->mod = p.mod;
    return true;
}

/* Writes s with invalid UTF-8 replaced by U+FFFD (errors="replace"). */
static void put_replacing(FILE *f, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t start, end;
        const char *reason;
        if (utf8_validate(s + i, n - i, &start, &end, &reason)) {
            fwrite(s + i, 1, n - i, f);
            return;
        }
        fwrite(s + i, 1, start, f);
        fputs("\xef\xbf\xbd", f);
        i += end > start ? end : start + 1;
    }
}

/* Prints the error as python3.11 prints an uncaught SyntaxError
 * (pythonrun.c: print_exception_file_and_line, print_error_text). */
static void print_syntax_error(FILE *f, const char *path, Tokenizer *tok, const SynErr *e)
{
    if (e->lineno < 0 && !strcmp(e->type, "ValueError")) {
        fprintf(f, "%s: %s\n", e->type, e->msg);
        return;
    }
    if (!strcmp(e->type, "MemoryError")) {
        /* python3.11 prints only "MemoryError" (its parser's MAXSTACK): the
         * same type, with the reason and place added */
        fprintf(f, "MemoryError: %s (%s, line %d)\n", e->msg, path, e->lineno);
        return;
    }
    fprintf(f, "  File \"%s\", line %d\n", path, e->lineno);
    size_t linelen = 0;
    const char *line = e->text;
    if (line)
        linelen = e->text_len;
    else if (tok && e->lineno > 0)
        line = tokenizer_line(tok, e->lineno, &linelen);
    if (line) {
        long offset = e->offset, end_offset = e->end_offset;
        long line_size = (long)linelen + 1; /* CPython's text keeps its newline */
        if (e->end_lineno > e->lineno)
            end_offset = line_size;
        if (end_offset > line_size + 1)
            end_offset = line_size + 1;
        long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
        if (strcmp(e->type, "SyntaxError") != 0)
            carets = 1; /* only SyntaxError itself shows a range */
        /* strip leading blanks, moving the offset with them */
        offset--;
        size_t i = 0;
        while (i < linelen && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) {
            i++;
            offset--;
        }
        long len = (long)(linelen - i);
        if (offset > len)
            offset = len;
        fputs("    ", f);
        put_replacing(f, line + i, linelen - i);
        fputc('\n', f);
        if (offset >= 0) {
            fputs("    ", f);
            for (long k = 0; k < offset; k++)
                fputc(' ', f);
            for (long k = 0; k < carets; k++)
                fputc('^', f);
            fputc('\n', f);
        }
    }
    fprintf(f, "%s: %s\n", e->type, e->msg);
}

int fe_dump_ast_mem(const char *path, const char *data, size_t len, bool positions,
                    ByteBuf *out, FILE *errf)
{
    Arena arena;
    arena_init(&arena);
    SynErr err = {0};
    ParseResult res;
    int rc = 0;
    if (parse_source(&arena, data, len, &err, &res)) {
        size_t start = out->len;
        if (ast_dump_mod(out, res.mod, positions)) {
            bb_byte(out, '\n');
        } else {
            out->len = start;
            if (errf)
                fputs("RecursionError: maximum recursion depth exceeded during ast construction\n",
                      errf);
            rc = 1;
        }
    } else {
        if (errf)
            print_syntax_error(errf, path, res.tok, &err);
        rc = 1;
    }
    if (res.tok)
        tokenizer_free(res.tok);
    arena_free(&arena);
    return rc;
}

int fe_dump_ast(const char *path, bool positions, FILE *out)
{
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        fprintf(stderr, "pyc: %s: %s\n", path, strerror(errno));
        return 2;
    }
    ByteBuf b;
    bb_init(&b);
    int rc = fe_dump_ast_mem(path, data, len, positions, &b, stderr);
    if (rc == 0 && (fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0)) {
        fprintf(stderr, "pyc: error writing the AST\n");
        rc = 2;
    }
    bb_free(&b);
    free(data);
    return rc;
}

mod_ty fe_parse_file(Arena *arena, const char *path, int *status)
{
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        fprintf(stderr, "pyc: %s: %s\n", path, strerror(errno));
        *status = 2;
        return NULL;
    }
    SynErr err = {0};
    ParseResult res;
    mod_ty mod = NULL;
    *status = 0;
    if (parse_source(arena, data, len, &err, &res)) {
        mod = res.mod;
    } else {
        print_syntax_error(stderr, path, res.tok, &err);
        *status = 1;
    }
    if (res.tok)
        tokenizer_free(res.tok);
    free(data);
    return mod;
}

mod_ty fe_parse_mem(Arena *arena, const char *path, const char *data, size_t len, FILE *errf,
                    int *status)
{
    SynErr err = {0};
    ParseResult res;
    mod_ty mod = NULL;
    *status = 0;
    if (parse_source(arena, data, len, &err, &res)) {
        mod = res.mod;
    } else {
        if (errf)
            print_syntax_error(errf, path, res.tok, &err);
        *status = 1;
    }
    if (res.tok)
        tokenizer_free(res.tok);
    return mod;
}

int fe_check_syntax(const char *path)
{
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        fprintf(stderr, "pyc: %s: %s\n", path, strerror(errno));
        return 2;
    }
    Arena arena;
    arena_init(&arena);
    SynErr err = {0};
    ParseResult res;
    int rc = 0;
    if (!parse_source(&arena, data, len, &err, &res)) {
        print_syntax_error(stderr, path, res.tok, &err);
        rc = 1;
    }
    if (res.tok)
        tokenizer_free(res.tok);
    arena_free(&arena);
    free(data);
    return rc;
}
