/* compiler/codegen.c: the code generator's core (see codegen_internal.h for
 * how the work is split).  Each function mirrors the compile.c function of
 * CPython 3.11 named in its comment, because python3.11's output is the
 * oracle: same instructions, same order of constants and names, same
 * locations.  Errors longjmp to compile_module_source().
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytebuf.h"
#include "codegen.h"
#include "codegen_internal.h"
#include "frontend.h"
#include "opcodes.h"

/* ------------------------------------------------------------------ */
/* constant and name tables                                             */

static uint64_t obj_hash(const Obj *o)
{
    uint64_t h = 1469598103934665603ull ^ o->kind;
    switch (o->kind) {
    case OBJ_INT:
        if (!o->u.i.big)
            return h * 1099511628211ull ^ (uint64_t)o->u.i.value;
        for (uint32_t i = 0; i < o->u.i.big->ndigits; i++)
            h = (h ^ o->u.i.big->digits[i]) * 1099511628211ull;
        return h ^ (uint64_t)(o->u.i.big->sign + 1);
    case OBJ_FLOAT: {
        uint64_t bits;
        memcpy(&bits, &o->u.f, sizeof bits);
        return h * 1099511628211ull ^ bits;
    }
    case OBJ_COMPLEX: {
        uint64_t a, b;
        memcpy(&a, &o->u.c.re, sizeof a);
        memcpy(&b, &o->u.c.im, sizeof b);
        return (h * 1099511628211ull ^ a) * 1099511628211ull ^ b;
    }
    case OBJ_STR:
    case OBJ_BYTES:
        for (size_t i = 0; i < o->u.s.len; i++)
            h = (h ^ o->u.s.data[i]) * 1099511628211ull;
        return h;
    case OBJ_TUPLE:
    case OBJ_LIST:
    case OBJ_SET:
    case OBJ_FROZENSET:
        h ^= o->u.seq.n;
        if (o->kind == OBJ_TUPLE)
            for (size_t i = 0; i < o->u.seq.n; i++)
                h = (h ^ obj_hash(o->u.seq.items[i])) * 1099511628211ull;
        return h;
    case OBJ_CODE:
        return (h ^ obj_hash(o->u.code->code)) * 1099511628211ull ^ obj_hash(o->u.code->name);
    default:
        return h;
    }
}

/* _PyCode_ConstantKey equality: a NaN equals only itself (the same
 * object), so two folded NaNs stay two constants as in CPython. */
static bool const_equal(const Obj *a, const Obj *b)
{
    if (a == b)
        return true;
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case OBJ_CODE: {
        /* code_richcompare: a finally body compiled once per exit makes
         * equal code objects, which CPython keeps as one constant */
        const Code *x = a->u.code, *y = b->u.code;
        if (x->argcount != y->argcount || x->posonlyargcount != y->posonlyargcount ||
            x->kwonlyargcount != y->kwonlyargcount || x->flags != y->flags ||
            x->firstlineno != y->firstlineno || !obj_equal(x->name, y->name) ||
            !obj_equal(x->code, y->code) || !obj_equal(x->names, y->names) ||
            !obj_equal(x->localsplusnames, y->localsplusnames) ||
            !obj_equal(x->linetable, y->linetable) ||
            !obj_equal(x->exceptiontable, y->exceptiontable) ||
            x->consts->u.seq.n != y->consts->u.seq.n)
            return false;
        for (size_t i = 0; i < x->consts->u.seq.n; i++)
            if (!const_equal(x->consts->u.seq.items[i], y->consts->u.seq.items[i]))
                return false;
        return true;
    }
    case OBJ_FLOAT:
        if (a->u.f != a->u.f || b->u.f != b->u.f)
            return false;
        return obj_equal(a, b);
    case OBJ_COMPLEX:
        if (a->u.c.re != a->u.c.re || a->u.c.im != a->u.c.im || b->u.c.re != b->u.c.re ||
            b->u.c.im != b->u.c.im)
            return false;
        return obj_equal(a, b);
    case OBJ_TUPLE:
        if (a->u.seq.n != b->u.seq.n)
            return false;
        for (size_t i = 0; i < a->u.seq.n; i++)
            if (!const_equal(a->u.seq.items[i], b->u.seq.items[i]))
                return false;
        return true;
    case OBJ_FROZENSET:
        /* set equality: {3, 1, 2} and {1, 2, 3} are one constant */
        if (a->u.seq.n != b->u.seq.n)
            return false;
        for (size_t i = 0; i < a->u.seq.n; i++) {
            bool found = false;
            for (size_t j = 0; j < b->u.seq.n && !found; j++)
                found = const_equal(a->u.seq.items[i], b->u.seq.items[j]);
            if (!found)
                return false;
        }
        return true;
    default:
        return obj_equal(a, b);
    }
}

static void table_rehash(CgTable *t)
{
    int cap = t->hashcap ? t->hashcap * 2 : 16;
    while (cap < t->n * 2 + 2)
        cap *= 2;
    free(t->hash);
    t->hash = malloc(sizeof(int) * (size_t)cap);
    if (!t->hash)
        abort();
    for (int i = 0; i < cap; i++)
        t->hash[i] = -1;
    t->hashcap = cap;
    for (int i = 0; i < t->n; i++) {
        uint64_t h = obj_hash(t->items[i]);
        int j = (int)(h & (uint64_t)(cap - 1));
        while (t->hash[j] >= 0)
            j = (j + 1) & (cap - 1);
        t->hash[j] = i;
    }
}

int cg_table_find(const CgTable *t, const Obj *key)
{
    if (!t->hashcap)
        return -1;
    uint64_t h = obj_hash(key);
    int j = (int)(h & (uint64_t)(t->hashcap - 1));
    while (t->hash[j] >= 0) {
        if (const_equal(t->items[t->hash[j]], key))
            return t->hash[j];
        j = (j + 1) & (t->hashcap - 1);
    }
    return -1;
}

int cg_table_index(Arena *arena, CgTable *t, Obj *key)
{
    (void)arena;
    int i = cg_table_find(t, key);
    if (i >= 0)
        return i;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->items = realloc(t->items, sizeof(Obj *) * (size_t)t->cap);
        if (!t->items)
            abort();
    }
    t->items[t->n++] = key;
    if (t->n * 2 >= t->hashcap)
        table_rehash(t);
    else {
        uint64_t h = obj_hash(key);
        int j = (int)(h & (uint64_t)(t->hashcap - 1));
        while (t->hash[j] >= 0)
            j = (j + 1) & (t->hashcap - 1);
        t->hash[j] = t->n - 1;
    }
    return t->n - 1;
}

static void table_free(CgTable *t)
{
    free(t->items);
    free(t->hash);
    memset(t, 0, sizeof *t);
}

static Obj *table_tuple(Arena *a, const CgTable *t)
{
    Obj *tup = obj_seq(a, OBJ_TUPLE, (size_t)t->n);
    for (int i = 0; i < t->n; i++)
        tup->u.seq.items[i] = t->items[i];
    return tup;
}

static bool str_eq(const Obj *s, const char *lit)
{
    size_t n = strlen(lit);
    return s && s->kind == OBJ_STR && s->u.s.len == n && memcmp(s->u.s.data, lit, n) == 0;
}

/* ------------------------------------------------------------------ */
/* errors                                                               */

static void verror(Compiler *c, const char *type, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, va_list ap)
{
    memset(&c->err, 0, sizeof c->err);
    c->err.set = true;
    c->err.type = type;
    vsnprintf(c->err.msg, sizeof c->err.msg, fmt, ap);
    c->err.lineno = lineno;
    c->err.offset = col + 1;
    c->err.end_lineno = end_lineno;
    c->err.end_offset = end_col + 1;
    longjmp(c->fail, 1);
}

_Noreturn void cg_error_at(Compiler *c, int lineno, int col, int end_lineno, int end_col,
                           const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(c, "SyntaxError", lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    abort();
}

_Noreturn void cg_error_type(Compiler *c, const char *type, int lineno, int col,
                             int end_lineno, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(c, type, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    abort();
}

_Noreturn void cg_error(Compiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    AsmLoc l = c->u ? c->u->loc : ASM_NO_LOC;
    verror(c, "SyntaxError", l.lineno, l.col, l.end_lineno, l.end_col, fmt, ap);
    va_end(ap);
    abort();
}

const char *cg_repr_str(Compiler *c, const Obj *s)
{
    /* %R of a str: quotes chosen as repr() chooses them */
    bool has_sq = memchr(s->u.s.data, '\'', s->u.s.len) != NULL;
    bool has_dq = memchr(s->u.s.data, '"', s->u.s.len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    ByteBuf b;
    bb_init(&b);
    bb_byte(&b, (uint8_t)q);
    for (size_t i = 0; i < s->u.s.len; i++) {
        uint8_t ch = s->u.s.data[i];
        if (ch == (uint8_t)q || ch == '\\') {
            bb_byte(&b, '\\');
            bb_byte(&b, ch);
        } else if (ch == '\n') {
            bb_put(&b, "\\n", 2);
        } else if (ch == '\t') {
            bb_put(&b, "\\t", 2);
        } else if (ch == '\r') {
            bb_put(&b, "\\r", 2);
        } else if (ch < 0x20 || ch == 0x7f) {
            char tmp[8];
            snprintf(tmp, sizeof tmp, "\\x%02x", ch);
            bb_put(&b, tmp, 4);
        } else {
            bb_byte(&b, ch);
        }
    }
    bb_byte(&b, (uint8_t)q);
    char *out = arena_alloc(c->arena, b.len + 1);
    memcpy(out, b.data, b.len);
    out[b.len] = 0;
    bb_free(&b);
    return out;
}

/* compiler_warn: a SyntaxWarning at the current line, printed as
 * python3.11's warnings module prints it (file:line: category: message,
 * then the stripped source line read back from the file, as linecache
 * does).  Not deduplicated: python3.11 shows a warning once per time the
 * code is compiled (a finally body twice). */
static void cg_warn(Compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void cg_warn(Compiler *c, const char *fmt, ...)
{
    if (!c->warnf)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int lineno = c->u->loc.lineno;
    const char *fname = obj_cstr(c->filename);
    fprintf(c->warnf, "%s:%d: SyntaxWarning: %s\n", fname, lineno, msg);
    FILE *src = fopen(fname, "rb");
    if (!src)
        return;
    ByteBuf line;
    bb_init(&line);
    int ln = 1, ch;
    while (ln < lineno && (ch = getc(src)) != EOF)
        if (ch == '\n')
            ln++;
    while (ln == lineno && (ch = getc(src)) != EOF && ch != '\n')
        bb_byte(&line, (uint8_t)ch);
    fclose(src);
    size_t b = 0, e = line.len;
    while (b < e && (line.data[b] == ' ' || line.data[b] == '\t' || line.data[b] == '\f'))
        b++;
    while (e > b && (line.data[e - 1] == ' ' || line.data[e - 1] == '\t' ||
                     line.data[e - 1] == '\r' || line.data[e - 1] == '\f'))
        e--;
    if (ln == lineno && e > b) {
        fputs("  ", c->warnf);
        fwrite(line.data + b, 1, e - b, c->warnf);
        fputc('\n', c->warnf);
    }
    bb_free(&line);
}

/* infer_type: the type name of what an expression surely evaluates to */
static const char *infer_type(expr_ty e)
{
    switch (e->kind) {
    case Tuple_kind: return "tuple";
    case List_kind:
    case ListComp_kind: return "list";
    case Dict_kind:
    case DictComp_kind: return "dict";
    case Set_kind:
    case SetComp_kind: return "set";
    case GeneratorExp_kind: return "generator";
    case Lambda_kind: return "function";
    case JoinedStr_kind:
    case FormattedValue_kind: return "str";
    case Constant_kind:
        switch (e->v.Constant.value->kind) {
        case OBJ_NONE: return "NoneType";
        case OBJ_FALSE:
        case OBJ_TRUE: return "bool";
        case OBJ_ELLIPSIS: return "ellipsis";
        case OBJ_INT: return "int";
        case OBJ_FLOAT: return "float";
        case OBJ_COMPLEX: return "complex";
        case OBJ_BYTES: return "bytes";
        case OBJ_STR: return "str";
        case OBJ_TUPLE: return "tuple";
        case OBJ_FROZENSET: return "frozenset";
        case OBJ_CODE: return "code";
        default: return NULL;
        }
    default:
        return NULL;
    }
}

static bool is_named_singleton_or_not_const(expr_ty e)
{
    if (e->kind != Constant_kind)
        return true;
    int k = e->v.Constant.value->kind;
    return k == OBJ_NONE || k == OBJ_FALSE || k == OBJ_TRUE || k == OBJ_ELLIPSIS;
}

/* check_compare: `is` with a literal */
static void check_compare(Compiler *c, expr_ty e)
{
    bool left = is_named_singleton_or_not_const(e->v.Compare.left);
    for (int i = 0; i < SEQ_LEN(e->v.Compare.ops); i++) {
        cmpop_ty op = SEQ_GET(e->v.Compare.ops, i);
        bool right = is_named_singleton_or_not_const(SEQ_GET(e->v.Compare.comparators, i));
        if ((op == Is || op == IsNot) && (!right || !left)) {
            cg_warn(c, op == Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static void check_caller(Compiler *c, expr_ty e)
{
    switch (e->kind) {
    case Constant_kind:
    case Tuple_kind:
    case List_kind:
    case ListComp_kind:
    case Dict_kind:
    case DictComp_kind:
    case Set_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
    case JoinedStr_kind:
    case FormattedValue_kind:
        cg_warn(c, "'%s' object is not callable; perhaps you missed a comma?", infer_type(e));
        break;
    default:
        break;
    }
}

static void check_subscripter(Compiler *c, expr_ty e)
{
    switch (e->kind) {
    case Constant_kind: {
        int k = e->v.Constant.value->kind;
        if (!(k == OBJ_NONE || k == OBJ_ELLIPSIS || k == OBJ_INT || k == OBJ_FALSE ||
              k == OBJ_TRUE || k == OBJ_FLOAT || k == OBJ_COMPLEX || k == OBJ_FROZENSET))
            return;
    }
        /* fall through */
    case Set_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
    case Lambda_kind:
        cg_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?",
                infer_type(e));
        break;
    default:
        break;
    }
}

static void check_index(Compiler *c, expr_ty e, expr_ty s)
{
    const char *index_type = infer_type(s);
    if (!index_type || !strcmp(index_type, "int") || !strcmp(index_type, "bool"))
        return;
    switch (e->kind) {
    case Constant_kind: {
        int k = e->v.Constant.value->kind;
        if (!(k == OBJ_STR || k == OBJ_BYTES || k == OBJ_TUPLE))
            return;
    }
        /* fall through */
    case Tuple_kind:
    case List_kind:
    case ListComp_kind:
    case JoinedStr_kind:
    case FormattedValue_kind:
        cg_warn(c, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                infer_type(e), index_type);
        break;
    default:
        break;
    }
}

/* ------------------------------------------------------------------ */
/* emitting                                                             */

Obj *cg_none(Compiler *c) { return obj_singleton(c->arena, OBJ_NONE); }
Obj *cg_str(Compiler *c, const char *s) { return obj_str_cstr(c->arena, s, true); }

static void note_emit(Compiler *c, int op)
{
    c->u->block_returns = (op == OP_RETURN_VALUE);
}

void cg_emit(Compiler *c, int op, int oparg)
{
    note_emit(c, op);
    asm_emit(c->u->as, op, oparg, c->u->loc);
}

void cg_emit_jump(Compiler *c, int op, int label)
{
    note_emit(c, op);
    asm_emit_jump(c->u->as, op, label, c->u->loc);
}

void cg_emit_noline(Compiler *c, int op, int oparg)
{
    note_emit(c, op);
    asm_emit(c->u->as, op, oparg, ASM_NO_LOC);
}

void cg_emit_jump_noline(Compiler *c, int op, int label)
{
    note_emit(c, op);
    asm_emit_jump(c->u->as, op, label, ASM_NO_LOC);
}

int cg_new_label(Compiler *c) { return asm_new_label(c->u->as); }

void cg_use_label(Compiler *c, int label)
{
    c->u->block_returns = false;
    asm_use_label(c->u->as, label);
}

void cg_emit_nop(Compiler *c) { cg_emit(c, OP_NOP, 0); }

int cg_add_const(Compiler *c, Obj *o) { return cg_table_index(c->arena, &c->u->consts, o); }

void cg_load_const(Compiler *c, Obj *o) { cg_emit(c, OP_LOAD_CONST, cg_add_const(c, o)); }

void cg_load_none(Compiler *c) { cg_load_const(c, cg_none(c)); }

Obj *cg_mangle(Compiler *c, Obj *name)
{
    return py_mangle(c->arena, c->u->private_name, name);
}

void cg_emit_name(Compiler *c, int op, Obj *name)
{
    Obj *m = py_mangle(c->arena, c->u->private_name, name);
    cg_emit(c, op, cg_table_index(c->arena, &c->u->names, m));
}

void cg_emit_name_nomangle(Compiler *c, int op, Obj *name)
{
    cg_emit(c, op, cg_table_index(c->arena, &c->u->names, name));
}

void cg_emit_compare(Compiler *c, cmpop_ty op)
{
    switch (op) {
    case Eq: cg_emit(c, OP_COMPARE_OP, 2); break;
    case NotEq: cg_emit(c, OP_COMPARE_OP, 3); break;
    case Lt: cg_emit(c, OP_COMPARE_OP, 0); break;
    case LtE: cg_emit(c, OP_COMPARE_OP, 1); break;
    case Gt: cg_emit(c, OP_COMPARE_OP, 4); break;
    case GtE: cg_emit(c, OP_COMPARE_OP, 5); break;
    case Is: cg_emit(c, OP_IS_OP, 0); break;
    case IsNot: cg_emit(c, OP_IS_OP, 1); break;
    case In: cg_emit(c, OP_CONTAINS_OP, 0); break;
    case NotIn: cg_emit(c, OP_CONTAINS_OP, 1); break;
    default: break;
    }
}

void cg_emit_binop(Compiler *c, operator_ty op, bool inplace)
{
    /* NB_* numbering (bytecode-spec: BINARY_OP argument table) */
    static const int nb[] = {
        [Add] = 0, [BitAnd] = 1, [FloorDiv] = 2, [LShift] = 3, [MatMult] = 4,
        [Mult] = 5, [Mod] = 6, [BitOr] = 7, [Pow] = 8, [RShift] = 9,
        [Sub] = 10, [Div] = 11, [BitXor] = 12,
    };
    cg_emit(c, OP_BINARY_OP, nb[op] + (inplace ? 13 : 0));
}

static void emit_yield(Compiler *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine)
        cg_emit(c, OP_ASYNC_GEN_WRAP, 0);
    cg_emit(c, OP_YIELD_VALUE, 0);
    cg_emit(c, OP_RESUME, 1);
}

void cg_add_yield_from(Compiler *c, bool await)
{
    int start = cg_new_label(c), resume = cg_new_label(c), exit = cg_new_label(c);
    cg_use_label(c, start);
    cg_emit_jump(c, OP_SEND, exit);
    cg_use_label(c, resume);
    cg_emit(c, OP_YIELD_VALUE, 0);
    cg_emit(c, OP_RESUME, await ? 3 : 2);
    cg_emit_jump(c, PSEUDO_JUMP_NO_INTERRUPT, start);
    cg_use_label(c, exit);
}

/* ------------------------------------------------------------------ */
/* frame blocks                                                         */

void cg_push_fblock(Compiler *c, FBlockType t, int block, int exit, void *datum)
{
    if (c->u->nfblocks >= CG_MAXBLOCKS)
        cg_error(c, "too many statically nested blocks");
    c->u->fblocks[c->u->nfblocks++] = (FBlock){t, block, exit, datum};
}

void cg_pop_fblock(Compiler *c, FBlockType t, int block)
{
    (void)t;
    (void)block;
    c->u->nfblocks--;
}

/* ------------------------------------------------------------------ */
/* units                                                                */

static CgUnit *enter_scope(Compiler *c, Obj *name, CgScopeKind kind, const void *key,
                           int lineno);

static void set_qualname(Compiler *c)
{
    CgUnit *u = c->u, *parent = u->prev;
    Obj *base = NULL;
    if (parent && parent->prev) {
        bool force_global = false;
        if (u->scope_kind == CG_SCOPE_FUNCTION || u->scope_kind == CG_SCOPE_ASYNC_FUNCTION ||
            u->scope_kind == CG_SCOPE_CLASS) {
            Obj *m = py_mangle(c->arena, parent->private_name, u->name);
            if (ste_scope(parent->ste, m) == SCOPE_GLOBAL_EXPLICIT)
                force_global = true;
        }
        if (!force_global) {
            if (parent->scope_kind == CG_SCOPE_FUNCTION ||
                parent->scope_kind == CG_SCOPE_ASYNC_FUNCTION ||
                parent->scope_kind == CG_SCOPE_LAMBDA) {
                ByteBuf b;
                bb_init(&b);
                bb_put(&b, parent->qualname->u.s.data, parent->qualname->u.s.len);
                bb_put(&b, ".<locals>", 9);
                base = obj_str(c->arena, (const char *)b.data, b.len, false);
                bb_free(&b);
            } else {
                base = parent->qualname;
            }
        }
    }
    if (base) {
        ByteBuf b;
        bb_init(&b);
        bb_put(&b, base->u.s.data, base->u.s.len);
        bb_byte(&b, '.');
        bb_put(&b, u->name->u.s.data, u->name->u.s.len);
        u->qualname = obj_str(c->arena, (const char *)b.data, b.len, false);
        bb_free(&b);
    } else {
        u->qualname = u->name;
    }
}

static CgUnit *enter_scope(Compiler *c, Obj *name, CgScopeKind kind, const void *key,
                           int lineno)
{
    CgUnit *u = calloc(1, sizeof *u);
    if (!u)
        abort();
    u->scope_kind = kind;
    u->ste = symtable_lookup(c->st, key);
    if (!u->ste) {
        free(u);
        cg_error(c, "internal error: no symbol table entry");
    }
    u->name = name;
    u->as = asm_new();
    for (int i = 0; i < u->ste->nvarnames; i++)
        cg_table_index(c->arena, &u->varnames, u->ste->varnames[i]);
    for (int i = 0; i < u->ste->ncellvars; i++)
        cg_table_index(c->arena, &u->cellvars, u->ste->cellvars[i]);
    for (int i = 0; i < u->ste->nfreevars; i++)
        cg_table_index(c->arena, &u->freevars, u->ste->freevars[i]);
    u->firstlineno = lineno;
    u->loc = (AsmLoc){lineno, lineno, 0, 0};
    u->prev = c->u;
    if (c->u)
        u->private_name = c->u->private_name;
    c->u = u;
    c->nestlevel++;
    if (kind == CG_SCOPE_MODULE)
        u->loc.lineno = 0;
    else
        set_qualname(c);
    cg_emit(c, OP_RESUME, 0);
    if (kind == CG_SCOPE_MODULE)
        u->loc.lineno = -1;
    return u;
}

static void unit_free(CgUnit *u)
{
    asm_free(u->as);
    table_free(&u->consts);
    table_free(&u->names);
    table_free(&u->varnames);
    table_free(&u->cellvars);
    table_free(&u->freevars);
    free(u);
}

static void exit_scope(Compiler *c)
{
    CgUnit *u = c->u;
    c->u = u->prev;
    c->nestlevel--;
    unit_free(u);
}

/* assembler callbacks for constant folding in the peephole pass */
typedef struct AsmCtx {
    Compiler *c;
    CgUnit *u;
    AsmCodeInfo *info;
} AsmCtx;

static int const_truth(void *ctx, int idx)
{
    AsmCtx *x = ctx;
    const Obj *o = x->u->consts.items[idx];
    switch (o->kind) {
    case OBJ_NONE:
    case OBJ_FALSE:
        return 0;
    case OBJ_TRUE:
    case OBJ_ELLIPSIS:
    case OBJ_CODE:
    case OBJ_STOPITER:
        return 1;
    case OBJ_INT:
        return o->u.i.big ? 1 : o->u.i.value != 0;
    case OBJ_FLOAT:
        return o->u.f != 0.0;
    case OBJ_COMPLEX:
        return o->u.c.re != 0.0 || o->u.c.im != 0.0;
    case OBJ_STR:
    case OBJ_BYTES:
        return o->u.s.len != 0;
    default:
        return o->u.seq.n != 0;
    }
}

static bool const_is_none(void *ctx, int idx)
{
    AsmCtx *x = ctx;
    return x->u->consts.items[idx]->kind == OBJ_NONE;
}

static int const_fold_tuple(void *ctx, const int *idx, int n)
{
    AsmCtx *x = ctx;
    Obj *t = obj_seq(x->c->arena, OBJ_TUPLE, (size_t)n);
    for (int i = 0; i < n; i++)
        t->u.seq.items[i] = x->u->consts.items[idx[i]];
    int before = x->u->consts.n;
    int r = cg_table_index(x->c->arena, &x->u->consts, t);
    if (x->u->consts.n != before)
        x->info->consts = table_tuple(x->c->arena, &x->u->consts);
    return r;
}

static bool is_deref_op(int op)
{
    return op == OP_MAKE_CELL || op == OP_LOAD_CLOSURE || op == OP_LOAD_DEREF ||
           op == OP_STORE_DEREF || op == OP_DELETE_DEREF || op == OP_LOAD_CLASSDEREF;
}

static int remap_deref(void *ctx, int op, int oparg)
{
    const int *fixed = ctx;
    return is_deref_op(op) ? fixed[oparg] : oparg;
}

static int code_flags(Compiler *c, CgUnit *u)
{
    int flags = 0;
    StEntry *ste = u->ste;
    if (ste->type == ST_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested)
            flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine)
            flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine)
            flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine)
            flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs)
            flags |= CO_VARARGS;
        if (ste->varkeywords)
            flags |= CO_VARKEYWORDS;
    }
    if (c->st->future_annotations)
        flags |= 0x1000000; /* CO_FUTURE_ANNOTATIONS */
    if (c->st->future_barry)
        flags |= 0x400000;  /* CO_FUTURE_BARRY_AS_BDFL */
    return flags;
}

/* compile.c's assemble(): implicit return, localsplus layout, cell offsets,
 * then the assembler proper. */
static Code *assemble_unit(Compiler *c, bool add_none)
{
    CgUnit *u = c->u;
    if (!u->block_returns) {
        CG_UNSET_LOC(c);
        if (add_none)
            cg_load_none(c);
        cg_emit(c, OP_RETURN_VALUE, 0);
    }
    int nlocals = u->varnames.n, ncells = u->cellvars.n, nfree = u->freevars.n;
    int noffsets = ncells + nfree;
    int *fixed = malloc(sizeof(int) * (size_t)(noffsets + 1));
    int *cell_slots = malloc(sizeof(int) * (size_t)(ncells + 1));
    if (!fixed || !cell_slots)
        abort();
    for (int i = 0; i < noffsets; i++)
        fixed[i] = nlocals + i;
    for (int i = 0; i < ncells; i++) {
        int arg = cg_table_find(&u->varnames, u->cellvars.items[i]);
        if (arg >= 0)
            fixed[i] = arg;
    }
    int dropped = 0;
    for (int i = 0; i < noffsets; i++) {
        if (fixed[i] == i + nlocals)
            fixed[i] -= dropped;
        else
            dropped++;
    }
    int nplus = nlocals + noffsets - dropped;
    Obj *names = obj_seq(c->arena, OBJ_TUPLE, (size_t)nplus);
    uint8_t *kinds = calloc((size_t)nplus + 1, 1);
    if (!kinds)
        abort();
    for (int i = 0; i < nlocals; i++) {
        names->u.seq.items[i] = u->varnames.items[i];
        kinds[i] = CO_FAST_LOCAL;
    }
    for (int i = 0; i < ncells; i++) {
        names->u.seq.items[fixed[i]] = u->cellvars.items[i];
        kinds[fixed[i]] |= CO_FAST_CELL;
        cell_slots[i] = fixed[i];
    }
    for (int i = ncells; i < noffsets; i++) {
        names->u.seq.items[fixed[i]] = u->freevars.items[i - ncells];
        kinds[fixed[i]] = CO_FAST_FREE;
    }
    asm_map_opargs(u->as, remap_deref, fixed);

    AsmCodeInfo info = {0};
    AsmConstOps ops = {0};
    AsmCtx ctx = {c, u, &info};
    ops.ctx = &ctx;
    ops.truth = const_truth;
    ops.is_none = const_is_none;
    ops.fold_tuple = const_fold_tuple;
    info.argcount = u->argcount + u->posonlyargcount;
    info.posonlyargcount = u->posonlyargcount;
    info.kwonlyargcount = u->kwonlyargcount;
    info.flags = code_flags(c, u);
    info.firstlineno = u->firstlineno ? u->firstlineno : 1;
    info.consts = table_tuple(c->arena, &u->consts);
    info.names = table_tuple(c->arena, &u->names);
    info.localsplusnames = names;
    info.localspluskinds = obj_bytes(c->arena, kinds, (size_t)nplus);
    info.filename = c->filename;
    info.name = u->name;
    info.qualname = u->qualname ? u->qualname : u->name;
    info.const_ops = &ops;
    info.add_prefix = true;
    info.nfreevars = nfree;
    info.ncells = ncells;
    info.cell_slots = cell_slots;
    const char *err = NULL;
    Code *co = asm_assemble(u->as, c->arena, &info, &err);
    free(fixed);
    free(cell_slots);
    free(kinds);
    if (!co)
        cg_error(c, "internal compiler error: %s", err ? err : "assembler failed");
    return co;
}

/* ------------------------------------------------------------------ */
/* names                                                                */

void cg_check_forbidden(Compiler *c, Obj *name, expr_context_ty ctx)
{
    if (ctx == Store && str_eq(name, "__debug__"))
        cg_error(c, "cannot assign to __debug__");
    if (ctx == Del && str_eq(name, "__debug__"))
        cg_error(c, "cannot delete __debug__");
}

void cg_nameop(Compiler *c, Obj *name, expr_context_ty ctx)
{
    enum { OPT_FAST, OPT_GLOBAL, OPT_DEREF, OPT_NAME } optype = OPT_NAME;
    cg_check_forbidden(c, name, ctx);
    Obj *mangled = py_mangle(c->arena, c->u->private_name, name);
    CgTable *dict = &c->u->names;
    StScope scope = ste_scope(c->u->ste, mangled);
    bool fn = c->u->ste->type == ST_FUNCTION;
    switch (scope) {
    case SCOPE_FREE:
        dict = &c->u->freevars;
        optype = OPT_DEREF;
        break;
    case SCOPE_CELL:
        dict = &c->u->cellvars;
        optype = OPT_DEREF;
        break;
    case SCOPE_LOCAL:
        if (fn)
            optype = OPT_FAST;
        break;
    case SCOPE_GLOBAL_IMPLICIT:
        if (fn)
            optype = OPT_GLOBAL;
        break;
    case SCOPE_GLOBAL_EXPLICIT:
        optype = OPT_GLOBAL;
        break;
    default:
        break;
    }
    int op = 0;
    switch (optype) {
    case OPT_DEREF: {
        op = ctx == Load ? (c->u->ste->type == ST_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
             : ctx == Store ? OP_STORE_DEREF
                            : OP_DELETE_DEREF;
        int arg = cg_table_find(dict, mangled);
        if (arg < 0)
            cg_error(c, "internal compiler error: no cell for %s", obj_cstr(mangled));
        if (dict == &c->u->freevars)
            arg += c->u->cellvars.n;
        cg_emit(c, op, arg);
        return;
    }
    case OPT_FAST:
        op = ctx == Load ? OP_LOAD_FAST : ctx == Store ? OP_STORE_FAST : OP_DELETE_FAST;
        cg_emit(c, op, cg_table_index(c->arena, &c->u->varnames, mangled));
        return;
    case OPT_GLOBAL:
        op = ctx == Load ? OP_LOAD_GLOBAL : ctx == Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        break;
    case OPT_NAME:
        op = ctx == Load ? OP_LOAD_NAME : ctx == Store ? OP_STORE_NAME : OP_DELETE_NAME;
        break;
    }
    int arg = cg_table_index(c->arena, &c->u->names, mangled);
    if (op == OP_LOAD_GLOBAL)
        arg <<= 1;
    cg_emit(c, op, arg);
}

/* ------------------------------------------------------------------ */
/* functions, classes, lambdas                                          */

static StScope ref_type(Compiler *c, Obj *name)
{
    if (c->u->scope_kind == CG_SCOPE_CLASS && str_eq(name, "__class__"))
        return SCOPE_CELL;
    return ste_scope(c->u->ste, name);
}

/* compiler_make_closure: `child` is the entry of the code just built */
static void make_closure(Compiler *c, Code *co, const StEntry *child, int flags)
{
    if (child->nfreevars) {
        for (int i = 0; i < child->nfreevars; i++) {
            Obj *name = child->freevars[i];
            StScope rt = ref_type(c, name);
            int arg;
            if (rt == SCOPE_CELL) {
                arg = cg_table_find(&c->u->cellvars, name);
            } else {
                arg = cg_table_find(&c->u->freevars, name);
                if (arg >= 0)
                    arg += c->u->cellvars.n;
            }
            if (arg < 0)
                cg_error(c, "internal compiler error: closure lookup of %s failed",
                         obj_cstr(name));
            cg_emit(c, OP_LOAD_CLOSURE, arg);
        }
        flags |= 0x08;
        cg_emit(c, OP_BUILD_TUPLE, child->nfreevars);
    }
    Obj *o = obj_new(c->arena, OBJ_CODE);
    o->u.code = co;
    cg_load_const(c, o);
    cg_emit(c, OP_MAKE_FUNCTION, flags);
}

static void visit_decorators(Compiler *c, asdl_expr_seq *decos)
{
    for (int i = 0; i < SEQ_LEN(decos); i++)
        cg_visit_expr(c, SEQ_GET(decos, i));
}

static void apply_decorators(Compiler *c, asdl_expr_seq *decos)
{
    AsmLoc old = c->u->loc;
    for (int i = SEQ_LEN(decos) - 1; i >= 0; i--) {
        CG_SET_LOC(c, SEQ_GET(decos, i));
        cg_emit(c, OP_PRECALL, 0);
        cg_emit(c, OP_CALL, 0);
    }
    c->u->loc = old;
}

/* -1: nothing pushed, 1: a dict was pushed */
static int visit_kwonlydefaults(Compiler *c, asdl_arg_seq *kwonly, asdl_expr_seq *defaults)
{
    int n = 0;
    Obj **keys = arena_alloc(c->arena, sizeof(Obj *) * (size_t)(SEQ_LEN(kwonly) + 1));
    for (int i = 0; i < SEQ_LEN(kwonly); i++) {
        arg_ty a = SEQ_GET(kwonly, i);
        expr_ty d = i < SEQ_LEN(defaults) ? SEQ_GET(defaults, i) : NULL;
        if (d) {
            keys[n++] = py_mangle(c->arena, c->u->private_name, a->arg);
            cg_visit_expr(c, d);
        }
    }
    if (!n)
        return -1;
    Obj *t = obj_seq(c->arena, OBJ_TUPLE, (size_t)n);
    for (int i = 0; i < n; i++)
        t->u.seq.items[i] = keys[i];
    cg_load_const(c, t);
    cg_emit(c, OP_BUILD_CONST_KEY_MAP, n);
    return 1;
}

static void visit_annexpr(Compiler *c, expr_ty annotation)
{
    Obj *text = unparse_expr(c->arena, annotation);
    if (!text) /* an int too long for str(), as python3.11 refuses it */
        cg_error_type(c, "ValueError", -1, 0, -1, 0,
                      "Exceeds the limit (4300 digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit");
    cg_load_const(c, text);
}

static void visit_argannotation(Compiler *c, Obj *id, expr_ty annotation, int *len)
{
    if (!annotation)
        return;
    cg_load_const(c, py_mangle(c->arena, c->u->private_name, id));
    if (c->future_annotations) {
        visit_annexpr(c, annotation);
    } else if (annotation->kind == Starred_kind) {
        cg_visit_expr(c, annotation->v.Starred.value);
        cg_emit(c, OP_UNPACK_SEQUENCE, 1);
    } else {
        cg_visit_expr(c, annotation);
    }
    *len += 2;
}

static void visit_argannotations(Compiler *c, asdl_arg_seq *args, int *len)
{
    for (int i = 0; i < SEQ_LEN(args); i++) {
        arg_ty a = SEQ_GET(args, i);
        visit_argannotation(c, a->arg, a->annotation, len);
    }
}

static int visit_annotations(Compiler *c, arguments_ty args, expr_ty returns)
{
    int len = 0;
    visit_argannotations(c, args->args, &len);
    visit_argannotations(c, args->posonlyargs, &len);
    if (args->vararg && args->vararg->annotation)
        visit_argannotation(c, args->vararg->arg, args->vararg->annotation, &len);
    visit_argannotations(c, args->kwonlyargs, &len);
    if (args->kwarg && args->kwarg->annotation)
        visit_argannotation(c, args->kwarg->arg, args->kwarg->annotation, &len);
    visit_argannotation(c, cg_str(c, "return"), returns, &len);
    if (len) {
        cg_emit(c, OP_BUILD_TUPLE, len);
        return 1;
    }
    return -1;
}

static int default_arguments(Compiler *c, arguments_ty args)
{
    int flags = 0;
    if (SEQ_LEN(args->defaults) > 0) {
        for (int i = 0; i < SEQ_LEN(args->defaults); i++)
            cg_visit_expr(c, SEQ_GET(args->defaults, i));
        cg_emit(c, OP_BUILD_TUPLE, SEQ_LEN(args->defaults));
        flags |= 0x01;
    }
    if (args->kwonlyargs) {
        if (visit_kwonlydefaults(c, args->kwonlyargs, args->kw_defaults) > 0)
            flags |= 0x02;
    }
    return flags;
}

static void check_debug_args(Compiler *c, arguments_ty args)
{
    asdl_arg_seq *seqs[3] = {args->posonlyargs, args->args, args->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < SEQ_LEN(seqs[k]); i++)
            cg_check_forbidden(c, SEQ_GET(seqs[k], i)->arg, Store);
    if (args->vararg)
        cg_check_forbidden(c, args->vararg->arg, Store);
    if (args->kwarg)
        cg_check_forbidden(c, args->kwarg->arg, Store);
}

static Obj *get_docstring(asdl_stmt_seq *body)
{
    if (!SEQ_LEN(body))
        return NULL;
    stmt_ty st = SEQ_GET(body, 0);
    if (st->kind != Expr_kind)
        return NULL;
    expr_ty e = st->v.Expr.value;
    if (e->kind == Constant_kind && e->v.Constant.value->kind == OBJ_STR)
        return e->v.Constant.value;
    return NULL;
}

static void compile_function(Compiler *c, stmt_ty s, bool is_async)
{
    arguments_ty args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    expr_ty returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    asdl_expr_seq *decos =
        is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list;
    Obj *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    asdl_stmt_seq *body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;

    check_debug_args(c, args);
    visit_decorators(c, decos);
    int firstlineno = s->lineno;
    if (SEQ_LEN(decos))
        firstlineno = SEQ_GET(decos, 0)->lineno;
    int flags = default_arguments(c, args);
    if (visit_annotations(c, args, returns) > 0)
        flags |= 0x04;

    enter_scope(c, name, is_async ? CG_SCOPE_ASYNC_FUNCTION : CG_SCOPE_FUNCTION, s,
                firstlineno);
    Obj *doc = c->optimize < 2 ? get_docstring(body) : NULL;
    cg_add_const(c, doc ? doc : cg_none(c));
    c->u->argcount = SEQ_LEN(args->args);
    c->u->posonlyargcount = SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = SEQ_LEN(args->kwonlyargs);
    for (int i = doc ? 1 : 0; i < SEQ_LEN(body); i++)
        cg_visit_stmt(c, SEQ_GET(body, i));
    Code *co = assemble_unit(c, true);
    StEntry *child = c->u->ste;
    exit_scope(c);
    make_closure(c, co, child, flags);
    apply_decorators(c, decos);
    cg_nameop(c, name, Store);
}

static bool find_ann(asdl_stmt_seq *stmts)
{
    for (int i = 0; i < SEQ_LEN(stmts); i++) {
        stmt_ty st = SEQ_GET(stmts, i);
        bool res = false;
        switch (st->kind) {
        case AnnAssign_kind:
            return true;
        case For_kind:
            res = find_ann(st->v.For.body) || find_ann(st->v.For.orelse);
            break;
        case AsyncFor_kind:
            res = find_ann(st->v.AsyncFor.body) || find_ann(st->v.AsyncFor.orelse);
            break;
        case While_kind:
            res = find_ann(st->v.While.body) || find_ann(st->v.While.orelse);
            break;
        case If_kind:
            res = find_ann(st->v.If.body) || find_ann(st->v.If.orelse);
            break;
        case With_kind:
            res = find_ann(st->v.With.body);
            break;
        case AsyncWith_kind:
            res = find_ann(st->v.AsyncWith.body);
            break;
        case Try_kind:
            for (int j = 0; j < SEQ_LEN(st->v.Try.handlers); j++)
                if (find_ann(SEQ_GET(st->v.Try.handlers, j)->v.ExceptHandler.body))
                    return true;
            res = find_ann(st->v.Try.body) || find_ann(st->v.Try.finalbody) ||
                  find_ann(st->v.Try.orelse);
            break;
        case TryStar_kind:
            for (int j = 0; j < SEQ_LEN(st->v.TryStar.handlers); j++)
                if (find_ann(SEQ_GET(st->v.TryStar.handlers, j)->v.ExceptHandler.body))
                    return true;
            res = find_ann(st->v.TryStar.body) || find_ann(st->v.TryStar.finalbody) ||
                  find_ann(st->v.TryStar.orelse);
            break;
        case Match_kind:
            for (int j = 0; j < SEQ_LEN(st->v.Match.cases); j++)
                if (find_ann(SEQ_GET(st->v.Match.cases, j)->body))
                    return true;
            break;
        default:
            break;
        }
        if (res)
            return true;
    }
    return false;
}

/* compiler_body: module and class bodies */
static void compile_body(Compiler *c, asdl_stmt_seq *stmts)
{
    int i = 0;
    if (c->u->scope_kind == CG_SCOPE_MODULE && SEQ_LEN(stmts))
        CG_SET_LOC(c, SEQ_GET(stmts, 0));
    if (find_ann(stmts))
        cg_emit(c, OP_SETUP_ANNOTATIONS, 0);
    if (!SEQ_LEN(stmts))
        return;
    if (c->optimize < 2 && get_docstring(stmts)) {
        i = 1;
        stmt_ty st = SEQ_GET(stmts, 0);
        cg_visit_expr(c, st->v.Expr.value);
        CG_UNSET_LOC(c);
        cg_nameop(c, cg_str(c, "__doc__"), Store);
    }
    for (; i < SEQ_LEN(stmts); i++)
        cg_visit_stmt(c, SEQ_GET(stmts, i));
}

static void call_helper(Compiler *c, int n, asdl_expr_seq *args, asdl_keyword_seq *keywords);

static void compile_class(Compiler *c, stmt_ty s)
{
    asdl_expr_seq *decos = s->v.ClassDef.decorator_list;
    visit_decorators(c, decos);
    int firstlineno = s->lineno;
    if (SEQ_LEN(decos))
        firstlineno = SEQ_GET(decos, 0)->lineno;
    enter_scope(c, s->v.ClassDef.name, CG_SCOPE_CLASS, s, firstlineno);
    c->u->private_name = s->v.ClassDef.name;
    cg_nameop(c, cg_str(c, "__name__"), Load);
    cg_nameop(c, cg_str(c, "__module__"), Store);
    cg_load_const(c, c->u->qualname);
    cg_nameop(c, cg_str(c, "__qualname__"), Store);
    compile_body(c, s->v.ClassDef.body);
    CG_UNSET_LOC(c);
    if (c->u->ste->needs_class_closure) {
        int i = cg_table_find(&c->u->cellvars, cg_str(c, "__class__"));
        cg_emit(c, OP_LOAD_CLOSURE, i < 0 ? 0 : i);
        cg_emit(c, OP_COPY, 1);
        cg_nameop(c, cg_str(c, "__classcell__"), Store);
    } else {
        cg_load_none(c);
    }
    cg_emit(c, OP_RETURN_VALUE, 0);
    Code *co = assemble_unit(c, true);
    StEntry *child = c->u->ste;
    exit_scope(c);
    cg_emit(c, OP_PUSH_NULL, 0);
    cg_emit(c, OP_LOAD_BUILD_CLASS, 0);
    make_closure(c, co, child, 0);
    cg_load_const(c, s->v.ClassDef.name);
    call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords);
    apply_decorators(c, decos);
    cg_nameop(c, s->v.ClassDef.name, Store);
}

static void compile_lambda(Compiler *c, expr_ty e)
{
    arguments_ty args = e->v.Lambda.args;
    check_debug_args(c, args);
    int flags = default_arguments(c, args);
    enter_scope(c, cg_str(c, "<lambda>"), CG_SCOPE_LAMBDA, e, e->lineno);
    cg_add_const(c, cg_none(c));
    c->u->argcount = SEQ_LEN(args->args);
    c->u->posonlyargcount = SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = SEQ_LEN(args->kwonlyargs);
    cg_visit_expr(c, e->v.Lambda.body);
    Code *co;
    if (c->u->ste->generator) {
        co = assemble_unit(c, false);
    } else {
        cg_emit(c, OP_RETURN_VALUE, 0);
        co = assemble_unit(c, true);
    }
    StEntry *child = c->u->ste;
    exit_scope(c);
    make_closure(c, co, child, flags);
}

/* ------------------------------------------------------------------ */
/* control flow in expressions                                          */

static void compile_compare(Compiler *c, expr_ty e);

void cg_jump_if(Compiler *c, expr_ty e, int next, bool cond)
{
    switch (e->kind) {
    case UnaryOp_kind:
        if (e->v.UnaryOp.op == Not) {
            cg_jump_if(c, e->v.UnaryOp.operand, next, !cond);
            return;
        }
        break;
    case BoolOp_kind: {
        asdl_expr_seq *s = e->v.BoolOp.values;
        int n = SEQ_LEN(s) - 1;
        bool cond2 = e->v.BoolOp.op == Or;
        int next2 = next;
        if (!cond2 != !cond)
            next2 = cg_new_label(c);
        for (int i = 0; i < n; i++)
            cg_jump_if(c, SEQ_GET(s, i), next2, cond2);
        cg_jump_if(c, SEQ_GET(s, n), next, cond);
        if (next2 != next)
            cg_use_label(c, next2);
        return;
    }
    case IfExp_kind: {
        int end = cg_new_label(c), next2 = cg_new_label(c);
        cg_jump_if(c, e->v.IfExp.test, next2, false);
        cg_jump_if(c, e->v.IfExp.body, next, cond);
        cg_emit_jump_noline(c, PSEUDO_JUMP, end);
        cg_use_label(c, next2);
        cg_jump_if(c, e->v.IfExp.orelse, next, cond);
        cg_use_label(c, end);
        return;
    }
    case Compare_kind: {
        CG_SET_LOC(c, e);
        int n = SEQ_LEN(e->v.Compare.ops) - 1;
        if (n > 0) {
            check_compare(c, e);
            int cleanup = cg_new_label(c);
            cg_visit_expr(c, e->v.Compare.left);
            for (int i = 0; i < n; i++) {
                cg_visit_expr(c, SEQ_GET(e->v.Compare.comparators, i));
                cg_emit(c, OP_SWAP, 2);
                cg_emit(c, OP_COPY, 2);
                cg_emit_compare(c, SEQ_GET(e->v.Compare.ops, i));
                cg_emit_jump(c, PSEUDO_POP_JUMP_IF_FALSE, cleanup);
            }
            cg_visit_expr(c, SEQ_GET(e->v.Compare.comparators, n));
            cg_emit_compare(c, SEQ_GET(e->v.Compare.ops, n));
            cg_emit_jump(c, cond ? PSEUDO_POP_JUMP_IF_TRUE : PSEUDO_POP_JUMP_IF_FALSE, next);
            int end = cg_new_label(c);
            cg_emit_jump_noline(c, PSEUDO_JUMP, end);
            cg_use_label(c, cleanup);
            cg_emit(c, OP_POP_TOP, 0);
            if (!cond)
                cg_emit_jump_noline(c, PSEUDO_JUMP, next);
            cg_use_label(c, end);
            return;
        }
        break;
    }
    default:
        break;
    }
    cg_visit_expr(c, e);
    cg_emit_jump(c, cond ? PSEUDO_POP_JUMP_IF_TRUE : PSEUDO_POP_JUMP_IF_FALSE, next);
}

static void compile_ifexp(Compiler *c, expr_ty e)
{
    int end = cg_new_label(c), next = cg_new_label(c);
    cg_jump_if(c, e->v.IfExp.test, next, false);
    cg_visit_expr(c, e->v.IfExp.body);
    cg_emit_jump_noline(c, PSEUDO_JUMP, end);
    cg_use_label(c, next);
    cg_visit_expr(c, e->v.IfExp.orelse);
    cg_use_label(c, end);
}

static void compile_boolop(Compiler *c, expr_ty e)
{
    int jumpi = e->v.BoolOp.op == And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = cg_new_label(c);
    asdl_expr_seq *s = e->v.BoolOp.values;
    int n = SEQ_LEN(s) - 1;
    for (int i = 0; i < n; i++) {
        cg_visit_expr(c, SEQ_GET(s, i));
        cg_emit_jump(c, jumpi, end);
        int next = cg_new_label(c);
        cg_use_label(c, next);
    }
    cg_visit_expr(c, SEQ_GET(s, n));
    cg_use_label(c, end);
}

static void compile_compare(Compiler *c, expr_ty e)
{
    check_compare(c, e);
    cg_visit_expr(c, e->v.Compare.left);
    int n = SEQ_LEN(e->v.Compare.ops) - 1;
    if (n == 0) {
        cg_visit_expr(c, SEQ_GET(e->v.Compare.comparators, 0));
        cg_emit_compare(c, SEQ_GET(e->v.Compare.ops, 0));
        return;
    }
    int cleanup = cg_new_label(c);
    for (int i = 0; i < n; i++) {
        cg_visit_expr(c, SEQ_GET(e->v.Compare.comparators, i));
        cg_emit(c, OP_SWAP, 2);
        cg_emit(c, OP_COPY, 2);
        cg_emit_compare(c, SEQ_GET(e->v.Compare.ops, i));
        cg_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    cg_visit_expr(c, SEQ_GET(e->v.Compare.comparators, n));
    cg_emit_compare(c, SEQ_GET(e->v.Compare.ops, n));
    int end = cg_new_label(c);
    cg_emit_jump_noline(c, PSEUDO_JUMP, end);
    cg_use_label(c, cleanup);
    cg_emit(c, OP_SWAP, 2);
    cg_emit(c, OP_POP_TOP, 0);
    cg_use_label(c, end);
}

/* ------------------------------------------------------------------ */
/* displays, unpacking                                                  */

static bool all_const(asdl_expr_seq *seq, int begin, int end)
{
    for (int i = begin; i < end; i++) {
        expr_ty k = SEQ_GET(seq, i);
        if (!k || k->kind != Constant_kind)
            return false;
    }
    return true;
}

static void starunpack_helper(Compiler *c, asdl_expr_seq *elts, int pushed, int build, int add,
                              int extend, bool tuple)
{
    int n = SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        Obj *folded = obj_seq(c->arena, add == OP_SET_ADD ? OBJ_FROZENSET : OBJ_TUPLE, (size_t)n);
        for (int i = 0; i < n; i++)
            folded->u.seq.items[i] = SEQ_GET(elts, i)->v.Constant.value;
        if (tuple && !pushed) {
            folded->kind = OBJ_TUPLE;
            cg_load_const(c, folded);
        } else {
            if (add == OP_SET_ADD) {
                /* a frozenset keeps one of each equal element, the first */
                size_t k = 0;
                for (size_t i = 0; i < folded->u.seq.n; i++) {
                    bool dup = false;
                    for (size_t j = 0; j < k && !dup; j++)
                        dup = obj_equal(folded->u.seq.items[j], folded->u.seq.items[i]);
                    if (!dup)
                        folded->u.seq.items[k++] = folded->u.seq.items[i];
                }
                folded->u.seq.n = k;
            }
            cg_emit(c, build, pushed);
            cg_load_const(c, folded);
            cg_emit(c, extend, 1);
            if (tuple)
                cg_emit(c, OP_LIST_TO_TUPLE, 0);
        }
        return;
    }
    bool big = n + pushed > CG_STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int i = 0; i < n; i++)
        if (SEQ_GET(elts, i)->kind == Starred_kind)
            seen_star = true;
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++)
            cg_visit_expr(c, SEQ_GET(elts, i));
        cg_emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        cg_emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        expr_ty elt = SEQ_GET(elts, i);
        if (elt->kind == Starred_kind) {
            if (!built) {
                cg_emit(c, build, i + pushed);
                built = true;
            }
            cg_visit_expr(c, elt->v.Starred.value);
            cg_emit(c, extend, 1);
        } else {
            cg_visit_expr(c, elt);
            if (built)
                cg_emit(c, add, 1);
        }
    }
    if (tuple)
        cg_emit(c, OP_LIST_TO_TUPLE, 0);
}

static void unpack_helper(Compiler *c, asdl_expr_seq *elts)
{
    int n = SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        expr_ty elt = SEQ_GET(elts, i);
        if (elt->kind == Starred_kind && !seen_star) {
            if (i >= (1 << 8) || (n - i - 1) >= (0x7fffffff >> 8))
                cg_error(c, "too many expressions in star-unpacking assignment");
            cg_emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = true;
        } else if (elt->kind == Starred_kind) {
            cg_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        cg_emit(c, OP_UNPACK_SEQUENCE, n);
}

static void assignment_helper(Compiler *c, asdl_expr_seq *elts)
{
    unpack_helper(c, elts);
    for (int i = 0; i < SEQ_LEN(elts); i++) {
        expr_ty elt = SEQ_GET(elts, i);
        cg_visit_expr(c, elt->kind != Starred_kind ? elt : elt->v.Starred.value);
    }
}

static void compile_subdict(Compiler *c, expr_ty e, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > CG_STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_const(e->v.Dict.keys, begin, end)) {
        for (int i = begin; i < end; i++)
            cg_visit_expr(c, SEQ_GET(e->v.Dict.values, i));
        Obj *keys = obj_seq(c->arena, OBJ_TUPLE, (size_t)n);
        for (int i = begin; i < end; i++)
            keys->u.seq.items[i - begin] = SEQ_GET(e->v.Dict.keys, i)->v.Constant.value;
        cg_load_const(c, keys);
        cg_emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        cg_emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        cg_visit_expr(c, SEQ_GET(e->v.Dict.keys, i));
        cg_visit_expr(c, SEQ_GET(e->v.Dict.values, i));
        if (big)
            cg_emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        cg_emit(c, OP_BUILD_MAP, n);
}

static void compile_dict(Compiler *c, expr_ty e)
{
    int n = SEQ_LEN(e->v.Dict.values);
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        bool unpacking = SEQ_GET(e->v.Dict.keys, i) == NULL;
        if (unpacking) {
            if (elements) {
                compile_subdict(c, e, i - elements, i);
                if (have_dict)
                    cg_emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                cg_emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            cg_visit_expr(c, SEQ_GET(e->v.Dict.values, i));
            cg_emit(c, OP_DICT_UPDATE, 1);
        } else {
            if (elements * 2 > CG_STACK_USE_GUIDELINE) {
                compile_subdict(c, e, i - elements, i + 1);
                if (have_dict)
                    cg_emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
    }
    if (elements) {
        compile_subdict(c, e, n - elements, n);
        if (have_dict)
            cg_emit(c, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        cg_emit(c, OP_BUILD_MAP, 0);
}

/* ------------------------------------------------------------------ */
/* calls                                                                */

static void validate_keywords(Compiler *c, asdl_keyword_seq *keywords)
{
    int n = SEQ_LEN(keywords);
    for (int i = 0; i < n; i++) {
        keyword_ty key = SEQ_GET(keywords, i);
        if (!key->arg)
            continue;
        cg_check_forbidden(c, key->arg, Store);
        for (int j = i + 1; j < n; j++) {
            keyword_ty other = SEQ_GET(keywords, j);
            if (other->arg && obj_equal(key->arg, other->arg)) {
                CG_SET_LOC(c, other);
                cg_error(c, "keyword argument repeated: %s", obj_cstr(key->arg));
            }
        }
    }
}

static void call_simple_kw_helper(Compiler *c, asdl_keyword_seq *keywords, int n)
{
    Obj *names = obj_seq(c->arena, OBJ_TUPLE, (size_t)n);
    for (int i = 0; i < n; i++)
        names->u.seq.items[i] = SEQ_GET(keywords, i)->arg;
    cg_emit(c, OP_KW_NAMES, cg_add_const(c, names));
}

static void compile_subkwargs(Compiler *c, asdl_keyword_seq *keywords, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > CG_STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++)
            cg_visit_expr(c, SEQ_GET(keywords, i)->value);
        Obj *keys = obj_seq(c->arena, OBJ_TUPLE, (size_t)n);
        for (int i = begin; i < end; i++)
            keys->u.seq.items[i - begin] = SEQ_GET(keywords, i)->arg;
        cg_load_const(c, keys);
        cg_emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        cg_emit_noline(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        keyword_ty kw = SEQ_GET(keywords, i);
        cg_load_const(c, kw->arg);
        cg_visit_expr(c, kw->value);
        if (big)
            cg_emit_noline(c, OP_MAP_ADD, 1);
    }
    if (!big)
        cg_emit(c, OP_BUILD_MAP, n);
}

static void call_helper(Compiler *c, int n, asdl_expr_seq *args, asdl_keyword_seq *keywords)
{
    validate_keywords(c, keywords);
    int nelts = SEQ_LEN(args), nkw = SEQ_LEN(keywords);
    bool ex = nelts + nkw * 2 > CG_STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex; i++)
        if (SEQ_GET(args, i)->kind == Starred_kind)
            ex = true;
    for (int i = 0; i < nkw && !ex; i++)
        if (!SEQ_GET(keywords, i)->arg)
            ex = true;
    if (!ex) {
        for (int i = 0; i < nelts; i++)
            cg_visit_expr(c, SEQ_GET(args, i));
        if (nkw) {
            for (int i = 0; i < nkw; i++)
                cg_visit_expr(c, SEQ_GET(keywords, i)->value);
            call_simple_kw_helper(c, keywords, nkw);
        }
        cg_emit(c, OP_PRECALL, n + nelts + nkw);
        cg_emit(c, OP_CALL, n + nelts + nkw);
        return;
    }
    if (n == 0 && nelts == 1 && SEQ_GET(args, 0)->kind == Starred_kind)
        cg_visit_expr(c, SEQ_GET(args, 0)->v.Starred.value);
    else
        starunpack_helper(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            keyword_ty kw = SEQ_GET(keywords, i);
            if (!kw->arg) {
                if (nseen) {
                    compile_subkwargs(c, keywords, i - nseen, i);
                    if (have_dict)
                        cg_emit(c, OP_DICT_MERGE, 1);
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    cg_emit(c, OP_BUILD_MAP, 0);
                    have_dict = true;
                }
                cg_visit_expr(c, kw->value);
                cg_emit(c, OP_DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            compile_subkwargs(c, keywords, nkw - nseen, nkw);
            if (have_dict)
                cg_emit(c, OP_DICT_MERGE, 1);
        }
    }
    cg_emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static bool is_import_originated(Compiler *c, expr_ty e)
{
    if (e->kind != Name_kind)
        return false;
    const StSymbol *s = ste_symbol(c->st->top, obj_cstr(e->v.Name.id), e->v.Name.id->u.s.len);
    return s && (s->flags & DEF_IMPORT);
}

static void update_start_location_to_match_attr(Compiler *c, expr_ty attr)
{
    AsmLoc *l = &c->u->loc;
    if (l->lineno != attr->end_lineno) {
        l->lineno = attr->end_lineno;
        int len = (int)attr->v.Attribute.attr->u.s.nchars;
        if (len <= attr->end_col_offset) {
            l->col = attr->end_col_offset - len;
        } else {
            l->col = -1;
            l->end_col = -1;
        }
        if (l->end_lineno < l->lineno)
            l->end_lineno = l->lineno;
        if (l->lineno == l->end_lineno && l->end_col < l->col)
            l->end_col = l->col;
    }
}

static bool maybe_optimize_method_call(Compiler *c, expr_ty e)
{
    expr_ty meth = e->v.Call.func;
    asdl_expr_seq *args = e->v.Call.args;
    asdl_keyword_seq *kwds = e->v.Call.keywords;
    if (meth->kind != Attribute_kind || meth->v.Attribute.ctx != Load)
        return false;
    if (is_import_originated(c, meth->v.Attribute.value))
        return false;
    int argsl = SEQ_LEN(args), kwdsl = SEQ_LEN(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= CG_STACK_USE_GUIDELINE)
        return false;
    for (int i = 0; i < argsl; i++)
        if (SEQ_GET(args, i)->kind == Starred_kind)
            return false;
    for (int i = 0; i < kwdsl; i++)
        if (!SEQ_GET(kwds, i)->arg)
            return false;
    cg_visit_expr(c, meth->v.Attribute.value);
    CG_SET_LOC(c, meth);
    update_start_location_to_match_attr(c, meth);
    cg_emit_name(c, OP_LOAD_METHOD, meth->v.Attribute.attr);
    for (int i = 0; i < argsl; i++)
        cg_visit_expr(c, SEQ_GET(args, i));
    if (kwdsl) {
        for (int i = 0; i < kwdsl; i++)
            cg_visit_expr(c, SEQ_GET(kwds, i)->value);
        call_simple_kw_helper(c, kwds, kwdsl);
    }
    CG_SET_LOC(c, e);
    update_start_location_to_match_attr(c, meth);
    cg_emit(c, OP_PRECALL, argsl + kwdsl);
    cg_emit(c, OP_CALL, argsl + kwdsl);
    return true;
}

static void compile_call(Compiler *c, expr_ty e)
{
    validate_keywords(c, e->v.Call.keywords);
    if (maybe_optimize_method_call(c, e))
        return;
    check_caller(c, e->v.Call.func);
    CG_SET_LOC(c, e->v.Call.func);
    cg_emit(c, OP_PUSH_NULL, 0);
    CG_SET_LOC(c, e);
    cg_visit_expr(c, e->v.Call.func);
    call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

static void compile_joined_str(Compiler *c, expr_ty e)
{
    int n = SEQ_LEN(e->v.JoinedStr.values);
    if (n > CG_STACK_USE_GUIDELINE) {
        cg_load_const(c, obj_str(c->arena, "", 0, false));
        cg_emit_name(c, OP_LOAD_METHOD, cg_str(c, "join"));
        cg_emit(c, OP_BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            cg_visit_expr(c, SEQ_GET(e->v.JoinedStr.values, i));
            cg_emit(c, OP_LIST_APPEND, 1);
        }
        cg_emit(c, OP_PRECALL, 1);
        cg_emit(c, OP_CALL, 1);
    } else {
        for (int i = 0; i < n; i++)
            cg_visit_expr(c, SEQ_GET(e->v.JoinedStr.values, i));
        if (n != 1)
            cg_emit(c, OP_BUILD_STRING, n);
    }
}

static void compile_formatted_value(Compiler *c, expr_ty e)
{
    cg_visit_expr(c, e->v.FormattedValue.value);
    int oparg;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->v.FormattedValue.format_spec) {
        cg_visit_expr(c, e->v.FormattedValue.format_spec);
        oparg |= 4;
    }
    cg_emit(c, OP_FORMAT_VALUE, oparg);
}

/* ------------------------------------------------------------------ */
/* comprehensions                                                       */

enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

static void comprehension_generator(Compiler *c, asdl_comprehension_seq *gens, int gi, int depth,
                                    expr_ty elt, expr_ty val, int type);

static void comp_element(Compiler *c, expr_ty elt, expr_ty val, int type, int depth)
{
    switch (type) {
    case COMP_GENEXP:
        cg_visit_expr(c, elt);
        emit_yield(c);
        cg_emit(c, OP_POP_TOP, 0);
        break;
    case COMP_LISTCOMP:
        cg_visit_expr(c, elt);
        cg_emit(c, OP_LIST_APPEND, depth + 1);
        break;
    case COMP_SETCOMP:
        cg_visit_expr(c, elt);
        cg_emit(c, OP_SET_ADD, depth + 1);
        break;
    default:
        cg_visit_expr(c, elt);
        cg_visit_expr(c, val);
        cg_emit(c, OP_MAP_ADD, depth + 1);
        break;
    }
}

static void sync_comprehension_generator(Compiler *c, asdl_comprehension_seq *gens, int gi,
                                         int depth, expr_ty elt, expr_ty val, int type)
{
    int start = cg_new_label(c), if_cleanup = cg_new_label(c), anchor = cg_new_label(c);
    bool has_start = true;
    comprehension_ty gen = SEQ_GET(gens, gi);
    if (gi == 0) {
        c->u->argcount = 1;
        cg_emit(c, OP_LOAD_FAST, 0);
    } else {
        asdl_expr_seq *elts = NULL;
        if (gen->iter->kind == List_kind)
            elts = gen->iter->v.List.elts;
        else if (gen->iter->kind == Tuple_kind)
            elts = gen->iter->v.Tuple.elts;
        if (SEQ_LEN(elts) == 1 && SEQ_GET(elts, 0)->kind != Starred_kind) {
            cg_visit_expr(c, SEQ_GET(elts, 0));
            has_start = false;
        }
        if (has_start) {
            cg_visit_expr(c, gen->iter);
            cg_emit(c, OP_GET_ITER, 0);
        }
    }
    if (has_start) {
        depth++;
        cg_use_label(c, start);
        cg_emit_jump(c, OP_FOR_ITER, anchor);
    }
    cg_visit_expr(c, gen->target);
    for (int i = 0; i < SEQ_LEN(gen->ifs); i++)
        cg_jump_if(c, SEQ_GET(gen->ifs, i), if_cleanup, false);
    if (++gi < SEQ_LEN(gens))
        comprehension_generator(c, gens, gi, depth, elt, val, type);
    if (gi >= SEQ_LEN(gens))
        comp_element(c, elt, val, type, depth);
    cg_use_label(c, if_cleanup);
    if (has_start) {
        cg_emit_jump(c, PSEUDO_JUMP, start);
        cg_use_label(c, anchor);
    }
}

static void async_comprehension_generator(Compiler *c, asdl_comprehension_seq *gens, int gi,
                                          int depth, expr_ty elt, expr_ty val, int type)
{
    int start = cg_new_label(c), except = cg_new_label(c), if_cleanup = cg_new_label(c);
    comprehension_ty gen = SEQ_GET(gens, gi);
    if (gi == 0) {
        c->u->argcount = 1;
        cg_emit(c, OP_LOAD_FAST, 0);
    } else {
        cg_visit_expr(c, gen->iter);
        cg_emit(c, OP_GET_AITER, 0);
    }
    cg_use_label(c, start);
    cg_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL);
    cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except);
    cg_emit(c, OP_GET_ANEXT, 0);
    cg_load_none(c);
    cg_add_yield_from(c, true);
    cg_emit(c, PSEUDO_POP_BLOCK, 0);
    cg_visit_expr(c, gen->target);
    for (int i = 0; i < SEQ_LEN(gen->ifs); i++)
        cg_jump_if(c, SEQ_GET(gen->ifs, i), if_cleanup, false);
    depth++;
    if (++gi < SEQ_LEN(gens))
        comprehension_generator(c, gens, gi, depth, elt, val, type);
    if (gi >= SEQ_LEN(gens))
        comp_element(c, elt, val, type, depth);
    cg_use_label(c, if_cleanup);
    cg_emit_jump(c, PSEUDO_JUMP, start);
    cg_pop_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start);
    cg_use_label(c, except);
    cg_emit(c, OP_END_ASYNC_FOR, 0);
}

static void comprehension_generator(Compiler *c, asdl_comprehension_seq *gens, int gi, int depth,
                                    expr_ty elt, expr_ty val, int type)
{
    if (SEQ_GET(gens, gi)->is_async)
        async_comprehension_generator(c, gens, gi, depth, elt, val, type);
    else
        sync_comprehension_generator(c, gens, gi, depth, elt, val, type);
}

static void compile_comprehension(Compiler *c, expr_ty e, int type, const char *name,
                                  asdl_comprehension_seq *gens, expr_ty elt, expr_ty val)
{
    CgScopeKind outer_kind = c->u->scope_kind;
    comprehension_ty outermost = SEQ_GET(gens, 0);
    enter_scope(c, cg_str(c, name), CG_SCOPE_COMPREHENSION, e, e->lineno);
    CG_SET_LOC(c, e);
    bool is_async_gen = c->u->ste->coroutine;
    if (is_async_gen && type != COMP_GENEXP && outer_kind != CG_SCOPE_ASYNC_FUNCTION &&
        outer_kind != CG_SCOPE_COMPREHENSION)
        cg_error(c, "asynchronous comprehension outside of an asynchronous function");
    if (type != COMP_GENEXP)
        cg_emit(c, type == COMP_LISTCOMP ? OP_BUILD_LIST : type == COMP_SETCOMP ? OP_BUILD_SET
                                                                             : OP_BUILD_MAP,
                0);
    comprehension_generator(c, gens, 0, 0, elt, val, type);
    if (type != COMP_GENEXP)
        cg_emit(c, OP_RETURN_VALUE, 0);
    Code *co = assemble_unit(c, true);
    StEntry *child = c->u->ste;
    exit_scope(c);
    make_closure(c, co, child, 0);
    cg_visit_expr(c, outermost->iter);
    cg_emit(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    cg_emit(c, OP_PRECALL, 0);
    cg_emit(c, OP_CALL, 0);
    if (is_async_gen && type != COMP_GENEXP) {
        cg_emit(c, OP_GET_AWAITABLE, 0);
        cg_load_none(c);
        cg_add_yield_from(c, true);
    }
}

/* ------------------------------------------------------------------ */
/* expressions                                                          */

static void compile_subscript(Compiler *c, expr_ty e)
{
    expr_context_ty ctx = e->v.Subscript.ctx;
    if (ctx == Load) {
        check_subscripter(c, e->v.Subscript.value);
        check_index(c, e->v.Subscript.value, e->v.Subscript.slice);
    }
    cg_visit_expr(c, e->v.Subscript.value);
    cg_visit_expr(c, e->v.Subscript.slice);
    cg_emit(c, ctx == Load ? OP_BINARY_SUBSCR : ctx == Store ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR,
            0);
}

static void compile_slice(Compiler *c, expr_ty s)
{
    int n = 2;
    if (s->v.Slice.lower)
        cg_visit_expr(c, s->v.Slice.lower);
    else
        cg_load_none(c);
    if (s->v.Slice.upper)
        cg_visit_expr(c, s->v.Slice.upper);
    else
        cg_load_none(c);
    if (s->v.Slice.step) {
        n++;
        cg_visit_expr(c, s->v.Slice.step);
    }
    cg_emit(c, OP_BUILD_SLICE, n);
}

static void visit_expr1(Compiler *c, expr_ty e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        cg_visit_expr(c, e->v.NamedExpr.value);
        cg_emit(c, OP_COPY, 1);
        cg_visit_expr(c, e->v.NamedExpr.target);
        break;
    case BoolOp_kind:
        compile_boolop(c, e);
        break;
    case BinOp_kind:
        cg_visit_expr(c, e->v.BinOp.left);
        cg_visit_expr(c, e->v.BinOp.right);
        cg_emit_binop(c, e->v.BinOp.op, false);
        break;
    case UnaryOp_kind: {
        cg_visit_expr(c, e->v.UnaryOp.operand);
        static const int ops[] = {[Invert] = OP_UNARY_INVERT, [Not] = OP_UNARY_NOT,
                                  [UAdd] = OP_UNARY_POSITIVE, [USub] = OP_UNARY_NEGATIVE};
        cg_emit(c, ops[e->v.UnaryOp.op], 0);
        break;
    }
    case Lambda_kind:
        compile_lambda(c, e);
        break;
    case IfExp_kind:
        compile_ifexp(c, e);
        break;
    case Dict_kind:
        compile_dict(c, e);
        break;
    case Set_kind:
        starunpack_helper(c, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
        break;
    case GeneratorExp_kind:
        compile_comprehension(c, e, COMP_GENEXP, "<genexpr>", e->v.GeneratorExp.generators,
                              e->v.GeneratorExp.elt, NULL);
        break;
    case ListComp_kind:
        compile_comprehension(c, e, COMP_LISTCOMP, "<listcomp>", e->v.ListComp.generators,
                              e->v.ListComp.elt, NULL);
        break;
    case SetComp_kind:
        compile_comprehension(c, e, COMP_SETCOMP, "<setcomp>", e->v.SetComp.generators,
                              e->v.SetComp.elt, NULL);
        break;
    case DictComp_kind:
        compile_comprehension(c, e, COMP_DICTCOMP, "<dictcomp>", e->v.DictComp.generators,
                              e->v.DictComp.key, e->v.DictComp.value);
        break;
    case Yield_kind:
        if (c->u->ste->type != ST_FUNCTION)
            cg_error(c, "'yield' outside function");
        if (e->v.Yield.value)
            cg_visit_expr(c, e->v.Yield.value);
        else
            cg_load_none(c);
        emit_yield(c);
        break;
    case YieldFrom_kind:
        if (c->u->ste->type != ST_FUNCTION)
            cg_error(c, "'yield' outside function");
        if (c->u->scope_kind == CG_SCOPE_ASYNC_FUNCTION)
            cg_error(c, "'yield from' inside async function");
        cg_visit_expr(c, e->v.YieldFrom.value);
        cg_emit(c, OP_GET_YIELD_FROM_ITER, 0);
        cg_load_none(c);
        cg_add_yield_from(c, false);
        break;
    case Await_kind:
        if (c->u->ste->type != ST_FUNCTION)
            cg_error(c, "'await' outside function");
        if (c->u->scope_kind != CG_SCOPE_ASYNC_FUNCTION &&
            c->u->scope_kind != CG_SCOPE_COMPREHENSION)
            cg_error(c, "'await' outside async function");
        cg_visit_expr(c, e->v.Await.value);
        cg_emit(c, OP_GET_AWAITABLE, 0);
        cg_load_none(c);
        cg_add_yield_from(c, true);
        break;
    case Compare_kind:
        compile_compare(c, e);
        break;
    case Call_kind:
        compile_call(c, e);
        break;
    case Constant_kind:
        cg_load_const(c, e->v.Constant.value);
        break;
    case JoinedStr_kind:
        compile_joined_str(c, e);
        break;
    case FormattedValue_kind:
        compile_formatted_value(c, e);
        break;
    case Attribute_kind:
        cg_visit_expr(c, e->v.Attribute.value);
        update_start_location_to_match_attr(c, e);
        switch (e->v.Attribute.ctx) {
        case Load:
            cg_emit_name(c, OP_LOAD_ATTR, e->v.Attribute.attr);
            break;
        case Store:
            cg_check_forbidden(c, e->v.Attribute.attr, Store);
            cg_emit_name(c, OP_STORE_ATTR, e->v.Attribute.attr);
            break;
        default:
            cg_emit_name(c, OP_DELETE_ATTR, e->v.Attribute.attr);
            break;
        }
        break;
    case Subscript_kind:
        compile_subscript(c, e);
        break;
    case Starred_kind:
        if (e->v.Starred.ctx == Store)
            cg_error(c, "starred assignment target must be in a list or tuple");
        cg_error(c, "can't use starred expression here");
    case Slice_kind:
        compile_slice(c, e);
        break;
    case Name_kind:
        cg_nameop(c, e->v.Name.id, e->v.Name.ctx);
        break;
    case List_kind:
        if (e->v.List.ctx == Store)
            assignment_helper(c, e->v.List.elts);
        else if (e->v.List.ctx == Load)
            starunpack_helper(c, e->v.List.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                              OP_LIST_EXTEND, false);
        else
            for (int i = 0; i < SEQ_LEN(e->v.List.elts); i++)
                cg_visit_expr(c, SEQ_GET(e->v.List.elts, i));
        break;
    case Tuple_kind:
        if (e->v.Tuple.ctx == Store)
            assignment_helper(c, e->v.Tuple.elts);
        else if (e->v.Tuple.ctx == Load)
            starunpack_helper(c, e->v.Tuple.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                              OP_LIST_EXTEND, true);
        else
            for (int i = 0; i < SEQ_LEN(e->v.Tuple.elts); i++)
                cg_visit_expr(c, SEQ_GET(e->v.Tuple.elts, i));
        break;
    default:
        break;
    }
}

void cg_visit_expr(Compiler *c, expr_ty e)
{
    AsmLoc old = c->u->loc;
    CG_SET_LOC(c, e);
    visit_expr1(c, e);
    c->u->loc = old;
}

/* ------------------------------------------------------------------ */
/* statements                                                           */

static void compile_augassign(Compiler *c, stmt_ty s)
{
    expr_ty e = s->v.AugAssign.target;
    AsmLoc old = c->u->loc;
    CG_SET_LOC(c, e);
    switch (e->kind) {
    case Attribute_kind:
        cg_visit_expr(c, e->v.Attribute.value);
        cg_emit(c, OP_COPY, 1);
        update_start_location_to_match_attr(c, e);
        cg_emit_name(c, OP_LOAD_ATTR, e->v.Attribute.attr);
        break;
    case Subscript_kind:
        cg_visit_expr(c, e->v.Subscript.value);
        cg_visit_expr(c, e->v.Subscript.slice);
        cg_emit(c, OP_COPY, 2);
        cg_emit(c, OP_COPY, 2);
        cg_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    default:
        cg_nameop(c, e->v.Name.id, Load);
        break;
    }
    c->u->loc = old;
    cg_visit_expr(c, s->v.AugAssign.value);
    cg_emit_binop(c, s->v.AugAssign.op, true);
    CG_SET_LOC(c, e);
    switch (e->kind) {
    case Attribute_kind:
        update_start_location_to_match_attr(c, e);
        cg_emit(c, OP_SWAP, 2);
        cg_emit_name(c, OP_STORE_ATTR, e->v.Attribute.attr);
        break;
    case Subscript_kind:
        cg_emit(c, OP_SWAP, 3);
        cg_emit(c, OP_SWAP, 2);
        cg_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        cg_nameop(c, e->v.Name.id, Store);
        break;
    }
}

static void check_ann_expr(Compiler *c, expr_ty e)
{
    cg_visit_expr(c, e);
    cg_emit(c, OP_POP_TOP, 0);
}

static void check_ann_subscr(Compiler *c, expr_ty e)
{
    switch (e->kind) {
    case Slice_kind:
        if (e->v.Slice.lower)
            check_ann_expr(c, e->v.Slice.lower);
        if (e->v.Slice.upper)
            check_ann_expr(c, e->v.Slice.upper);
        if (e->v.Slice.step)
            check_ann_expr(c, e->v.Slice.step);
        break;
    case Tuple_kind:
        for (int i = 0; i < SEQ_LEN(e->v.Tuple.elts); i++)
            check_ann_subscr(c, SEQ_GET(e->v.Tuple.elts, i));
        break;
    default:
        check_ann_expr(c, e);
        break;
    }
}

static void compile_annassign(Compiler *c, stmt_ty s)
{
    expr_ty targ = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        cg_visit_expr(c, s->v.AnnAssign.value);
        cg_visit_expr(c, targ);
    }
    bool mod_or_class = c->u->scope_kind == CG_SCOPE_MODULE || c->u->scope_kind == CG_SCOPE_CLASS;
    switch (targ->kind) {
    case Name_kind:
        cg_check_forbidden(c, targ->v.Name.id, Store);
        if (s->v.AnnAssign.simple && mod_or_class) {
            if (c->future_annotations)
                visit_annexpr(c, s->v.AnnAssign.annotation);
            else
                cg_visit_expr(c, s->v.AnnAssign.annotation);
            cg_emit_name(c, OP_LOAD_NAME, cg_str(c, "__annotations__"));
            cg_load_const(c, py_mangle(c->arena, c->u->private_name, targ->v.Name.id));
            cg_emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case Attribute_kind:
        cg_check_forbidden(c, targ->v.Attribute.attr, Store);
        if (!s->v.AnnAssign.value)
            check_ann_expr(c, targ->v.Attribute.value);
        break;
    case Subscript_kind:
        if (!s->v.AnnAssign.value) {
            check_ann_expr(c, targ->v.Subscript.value);
            check_ann_subscr(c, targ->v.Subscript.slice);
        }
        break;
    default:
        break;
    }
    if (!s->v.AnnAssign.simple && !c->future_annotations && mod_or_class)
        check_ann_expr(c, s->v.AnnAssign.annotation);
}

static void compile_if(Compiler *c, stmt_ty s)
{
    int end = cg_new_label(c);
    int next = SEQ_LEN(s->v.If.orelse) ? cg_new_label(c) : end;
    cg_jump_if(c, s->v.If.test, next, false);
    cg_visit_stmts(c, s->v.If.body);
    if (SEQ_LEN(s->v.If.orelse)) {
        cg_emit_jump_noline(c, PSEUDO_JUMP, end);
        cg_use_label(c, next);
        cg_visit_stmts(c, s->v.If.orelse);
    }
    cg_use_label(c, end);
}

static void compile_for(Compiler *c, stmt_ty s)
{
    int start = cg_new_label(c), body = cg_new_label(c), cleanup = cg_new_label(c),
        end = cg_new_label(c);
    cg_push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    cg_visit_expr(c, s->v.For.iter);
    cg_emit(c, OP_GET_ITER, 0);
    cg_use_label(c, start);
    cg_emit_jump(c, OP_FOR_ITER, cleanup);
    cg_use_label(c, body);
    cg_visit_expr(c, s->v.For.target);
    cg_visit_stmts(c, s->v.For.body);
    CG_UNSET_LOC(c);
    cg_emit_jump(c, PSEUDO_JUMP, start);
    cg_use_label(c, cleanup);
    cg_pop_fblock(c, FB_FOR_LOOP, start);
    cg_visit_stmts(c, s->v.For.orelse);
    cg_use_label(c, end);
}

static void compile_async_for(Compiler *c, stmt_ty s)
{
    if (c->u->scope_kind != CG_SCOPE_ASYNC_FUNCTION)
        cg_error(c, "'async for' outside async function");
    int start = cg_new_label(c), except = cg_new_label(c), end = cg_new_label(c);
    cg_visit_expr(c, s->v.AsyncFor.iter);
    cg_emit(c, OP_GET_AITER, 0);
    cg_use_label(c, start);
    cg_push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except);
    cg_emit(c, OP_GET_ANEXT, 0);
    cg_load_none(c);
    cg_add_yield_from(c, true);
    cg_emit(c, PSEUDO_POP_BLOCK, 0);
    cg_visit_expr(c, s->v.AsyncFor.target);
    cg_visit_stmts(c, s->v.AsyncFor.body);
    CG_UNSET_LOC(c);
    cg_emit_jump(c, PSEUDO_JUMP, start);
    cg_pop_fblock(c, FB_FOR_LOOP, start);
    cg_use_label(c, except);
    CG_SET_LOC(c, s->v.AsyncFor.iter);
    cg_emit(c, OP_END_ASYNC_FOR, 0);
    cg_visit_stmts(c, s->v.AsyncFor.orelse);
    cg_use_label(c, end);
}

static void compile_while(Compiler *c, stmt_ty s)
{
    int loop = cg_new_label(c), body = cg_new_label(c), anchor = cg_new_label(c),
        end = cg_new_label(c);
    cg_use_label(c, loop);
    cg_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL);
    cg_jump_if(c, s->v.While.test, anchor, false);
    cg_use_label(c, body);
    cg_visit_stmts(c, s->v.While.body);
    CG_SET_LOC(c, s);
    cg_jump_if(c, s->v.While.test, body, true);
    cg_pop_fblock(c, FB_WHILE_LOOP, loop);
    cg_use_label(c, anchor);
    cg_visit_stmts(c, s->v.While.orelse);
    cg_use_label(c, end);
}

static void import_as(Compiler *c, Obj *name, Obj *asname)
{
    const char *s = obj_cstr(name);
    const char *dot = strchr(s, '.');
    if (dot) {
        for (;;) {
            const char *pos = dot + 1;
            dot = strchr(pos, '.');
            size_t n = dot ? (size_t)(dot - pos) : strlen(pos);
            cg_emit_name_nomangle(c, OP_IMPORT_FROM, obj_str(c->arena, pos, n, true));
            if (!dot)
                break;
            cg_emit(c, OP_SWAP, 2);
            cg_emit(c, OP_POP_TOP, 0);
        }
        cg_nameop(c, asname, Store);
        cg_emit(c, OP_POP_TOP, 0);
        return;
    }
    cg_nameop(c, asname, Store);
}

static void compile_import(Compiler *c, stmt_ty s)
{
    for (int i = 0; i < SEQ_LEN(s->v.Import.names); i++) {
        alias_ty alias = SEQ_GET(s->v.Import.names, i);
        cg_load_const(c, obj_int(c->arena, 0));
        cg_load_none(c);
        cg_emit_name(c, OP_IMPORT_NAME, alias->name);
        if (alias->asname) {
            import_as(c, alias->name, alias->asname);
        } else {
            const char *n = obj_cstr(alias->name);
            const char *dot = strchr(n, '.');
            Obj *tmp = dot ? obj_str(c->arena, n, (size_t)(dot - n), true) : alias->name;
            cg_nameop(c, tmp, Store);
        }
    }
}

static void compile_from_import(Compiler *c, stmt_ty s)
{
    int n = SEQ_LEN(s->v.ImportFrom.names);
    cg_load_const(c, obj_int(c->arena, s->v.ImportFrom.level));
    Obj *names = obj_seq(c->arena, OBJ_TUPLE, (size_t)n);
    for (int i = 0; i < n; i++)
        names->u.seq.items[i] = SEQ_GET(s->v.ImportFrom.names, i)->name;
    if (s->lineno > c->st->future_lineno && s->v.ImportFrom.module &&
        str_eq(s->v.ImportFrom.module, "__future__"))
        cg_error(c, "from __future__ imports must occur at the beginning of the file");
    cg_load_const(c, names);
    cg_emit_name(c, OP_IMPORT_NAME,
                 s->v.ImportFrom.module ? s->v.ImportFrom.module : obj_str(c->arena, "", 0, true));
    for (int i = 0; i < n; i++) {
        alias_ty alias = SEQ_GET(s->v.ImportFrom.names, i);
        if (i == 0 && alias->name->u.s.data[0] == '*') {
            cg_emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        cg_emit_name(c, OP_IMPORT_FROM, alias->name);
        cg_nameop(c, alias->asname ? alias->asname : alias->name, Store);
    }
    cg_emit(c, OP_POP_TOP, 0);
}

static void compile_assert(Compiler *c, stmt_ty s)
{
    expr_ty t = s->v.Assert.test;
    if ((t->kind == Tuple_kind && SEQ_LEN(t->v.Tuple.elts) > 0) ||
        (t->kind == Constant_kind && t->v.Constant.value->kind == OBJ_TUPLE &&
         t->v.Constant.value->u.seq.n > 0))
        cg_warn(c, "assertion is always true, perhaps remove parentheses?");
    if (c->optimize)
        return;
    int end = cg_new_label(c);
    cg_jump_if(c, s->v.Assert.test, end, true);
    cg_emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.Assert.msg) {
        cg_visit_expr(c, s->v.Assert.msg);
        cg_emit(c, OP_PRECALL, 0);
        cg_emit(c, OP_CALL, 0);
    }
    cg_emit(c, OP_RAISE_VARARGS, 1);
    cg_use_label(c, end);
}

static void visit_stmt_expr(Compiler *c, expr_ty value)
{
    if (value->kind == Constant_kind) {
        cg_emit(c, OP_NOP, 0);
        return;
    }
    cg_visit_expr(c, value);
    CG_UNSET_LOC(c);
    cg_emit(c, OP_POP_TOP, 0);
}

void cg_visit_stmt(Compiler *c, stmt_ty s)
{
    if (++c->depth > CG_MAX_NEST)
        cg_error_type(c, "RecursionError", -1, 0, -1, 0,
                      "maximum recursion depth exceeded during compilation");
    CG_SET_LOC(c, s);
    switch (s->kind) {
    case FunctionDef_kind:
        compile_function(c, s, false);
        break;
    case AsyncFunctionDef_kind:
        compile_function(c, s, true);
        break;
    case ClassDef_kind:
        compile_class(c, s);
        break;
    case Return_kind:
        cg_return(c, s);
        break;
    case Delete_kind:
        for (int i = 0; i < SEQ_LEN(s->v.Delete.targets); i++)
            cg_visit_expr(c, SEQ_GET(s->v.Delete.targets, i));
        break;
    case Assign_kind: {
        int n = SEQ_LEN(s->v.Assign.targets);
        cg_visit_expr(c, s->v.Assign.value);
        for (int i = 0; i < n; i++) {
            if (i < n - 1)
                cg_emit(c, OP_COPY, 1);
            cg_visit_expr(c, SEQ_GET(s->v.Assign.targets, i));
        }
        break;
    }
    case AugAssign_kind:
        compile_augassign(c, s);
        break;
    case AnnAssign_kind:
        compile_annassign(c, s);
        break;
    case For_kind:
        compile_for(c, s);
        break;
    case While_kind:
        compile_while(c, s);
        break;
    case If_kind:
        compile_if(c, s);
        break;
    case Match_kind:
        cg_match(c, s);
        break;
    case Raise_kind: {
        int n = 0;
        if (s->v.Raise.exc) {
            cg_visit_expr(c, s->v.Raise.exc);
            n++;
            if (s->v.Raise.cause) {
                cg_visit_expr(c, s->v.Raise.cause);
                n++;
            }
        }
        cg_emit(c, OP_RAISE_VARARGS, n);
        break;
    }
    case Try_kind:
        cg_try(c, s);
        break;
    case TryStar_kind:
        cg_try_star(c, s);
        break;
    case Assert_kind:
        compile_assert(c, s);
        break;
    case Import_kind:
        compile_import(c, s);
        break;
    case ImportFrom_kind:
        compile_from_import(c, s);
        break;
    case Global_kind:
    case Nonlocal_kind:
        break;
    case Expr_kind:
        visit_stmt_expr(c, s->v.Expr.value);
        break;
    case Pass_kind:
        cg_emit(c, OP_NOP, 0);
        break;
    case Break_kind:
        cg_break(c);
        break;
    case Continue_kind:
        cg_continue(c);
        break;
    case With_kind:
        cg_with(c, s, 0);
        break;
    case AsyncWith_kind:
        cg_async_with(c, s, 0);
        break;
    case AsyncFor_kind:
        compile_async_for(c, s);
        break;
    default:
        break;
    }
    c->depth--;
}

void cg_visit_stmts(Compiler *c, asdl_stmt_seq *body)
{
    for (int i = 0; i < SEQ_LEN(body); i++)
        cg_visit_stmt(c, SEQ_GET(body, i));
}

/* ------------------------------------------------------------------ */
/* entry point                                                          */

static void print_error(FILE *errf, const char *filename, const StError *e)
{
    if (!errf)
        return;
    if (e->lineno < 0) {
        /* CPython names the file even without a line for compiler errors */
        if (!strcmp(e->type, "SyntaxError"))
            fprintf(errf, "  File \"%s\", line %d\n", filename, e->lineno);
        fprintf(errf, "%s: %s\n", e->type, e->msg);
        return;
    }
    symtable_print_error(errf, filename, e);
}

Code *compile_module_source(Arena *arena, const char *data, size_t len, const CompileOptions *opts,
                            FILE *errf, int *status)
{
    const char *filename = opts && opts->filename ? opts->filename : "<unknown>";
    int optimize = opts ? opts->optimize : 0;
    *status = 0;
    mod_ty mod = fe_parse_mem(arena, filename, data, len, errf, status);
    if (!mod)
        return NULL;
    fold_module(arena, mod, optimize);
    StError sterr = {0};
    SymTable *st = symtable_build(arena, mod, &sterr);
    if (!st) {
        print_error(errf, filename, &sterr);
        *status = 1;
        return NULL;
    }
    Compiler *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    c->arena = arena;
    c->st = st;
    c->filename = obj_str_cstr(arena, filename, false);
    c->optimize = optimize;
    c->future_annotations = st->future_annotations;
    /* warnings are shown only when the file compiles (what compileall
     * shows: python3.11 drops them with the SyntaxError) */
    char *wbuf = NULL;
    size_t wlen = 0;
    c->warnf = errf ? open_memstream(&wbuf, &wlen) : NULL;
    Code *co = NULL;
    if (setjmp(c->fail) == 0) {
        enter_scope(c, cg_str(c, "<module>"), CG_SCOPE_MODULE, mod, 1);
        c->u->loc.lineno = 1;
        if (mod->kind == Module_kind)
            compile_body(c, mod->v.Module.body);
        co = assemble_unit(c, true);
        exit_scope(c);
    } else {
        while (c->u)
            exit_scope(c);
        print_error(errf, filename, &c->err);
        *status = 1;
        co = NULL;
    }
    if (c->warnf) {
        fclose(c->warnf);
        if (co && wlen)
            fwrite(wbuf, 1, wlen, errf);
        free(wbuf);
    }
    free(c);
    return co;
}
