/* compiler/symtable.c: the symbol table pass of CPython 3.11 over our AST
 * (see symtable.h).  Two passes as in CPython: the visitor records raw
 * facts per scope (symtable_visit_*), then analyze_block resolves every
 * name to LOCAL / GLOBAL_* / FREE / CELL top-down, collecting free
 * variables bottom-up.  Errors carry CPython's messages and locations.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "bytebuf.h"
#include "frontend.h"
#include "symtable.h"

struct StDirective {
    Obj *name; /* mangled */
    int lineno, col_offset, end_lineno, end_col_offset;
};

typedef struct {
    SymTable *t;
    Arena *arena;
    StEntry *cur;
    StEntry **stack;
    int nstack, stackcap;
    StEntry *global;   /* the module entry (st_global) */
    Obj *private_name; /* st_private */
    StError *err;
    int depth; /* visit recursion, limited as CPython limits it */
} St;

/* CPython 3.11: Py_GetRecursionLimit() * COMPILER_STACK_FRAME_SCALE, the
 * depth counting from the caller's frames (none when compiling a file). */
#define ST_RECURSION_LIMIT (1000 * 3)

/* ------------------------------------------------------------ strings */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static bool name_eq(const Obj *a, const char *s, size_t n)
{
    return a->u.s.len == n && memcmp(a->u.s.data, s, n) == 0;
}

static bool name_is(const Obj *a, const char *s)
{
    return name_eq(a, s, strlen(s));
}

static Obj *mkstr(Arena *a, const char *s)
{
    return obj_str_cstr(a, s, true);
}

Obj *py_mangle(Arena *arena, const Obj *private_name, Obj *name)
{
    if (!private_name || !name)
        return name;
    const char *id = obj_cstr(name);
    size_t n = name->u.s.len;
    if (n < 2 || id[0] != '_' || id[1] != '_')
        return name;
    /* don't mangle __id__ or names with dots */
    if ((id[n - 1] == '_' && id[n - 2] == '_') || memchr(id, '.', n))
        return name;
    const char *p = obj_cstr(private_name);
    size_t plen = private_name->u.s.len, ip = 0;
    while (ip < plen && p[ip] == '_')
        ip++;
    if (ip == plen)
        return name;
    size_t len = 1 + (plen - ip) + n;
    char *buf = arena_alloc(arena, len + 1);
    buf[0] = '_';
    memcpy(buf + 1, p + ip, plen - ip);
    memcpy(buf + 1 + plen - ip, id, n);
    return obj_str(arena, buf, len, true);
}

/* ------------------------------------------------------------ name sets */

/* A set of names (by content) for the analysis; malloc'd. */
typedef struct {
    const Obj **slots;
    int n, cap;
} NameSet;

static void ns_init(NameSet *s)
{
    s->slots = NULL;
    s->n = s->cap = 0;
}

static void ns_free(NameSet *s)
{
    free(s->slots);
    ns_init(s);
}

static int ns_find(const NameSet *s, const Obj *name)
{
    if (!s->cap)
        return -1;
    uint32_t h = hash_bytes(obj_cstr(name), name->u.s.len);
    for (uint32_t i = h & (uint32_t)(s->cap - 1);; i = (i + 1) & (uint32_t)(s->cap - 1)) {
        if (!s->slots[i])
            return -(int)i - 2;
        if (name_eq(s->slots[i], obj_cstr(name), name->u.s.len))
            return (int)i;
    }
}

static bool ns_has(const NameSet *s, const Obj *name)
{
    return s && ns_find(s, name) >= 0;
}

static void ns_add(NameSet *s, const Obj *name);

static void ns_grow(NameSet *s)
{
    NameSet old = *s;
    s->cap = old.cap ? old.cap * 2 : 16;
    s->n = 0;
    s->slots = calloc((size_t)s->cap, sizeof *s->slots);
    if (!s->slots) {
        fprintf(stderr, "fatal: out of memory\n");
        abort();
    }
    for (int i = 0; i < old.cap; i++)
        if (old.slots[i])
            ns_add(s, old.slots[i]);
    free(old.slots);
}

static void ns_add(NameSet *s, const Obj *name)
{
    if ((s->n + 1) * 2 > s->cap)
        ns_grow(s);
    int i = ns_find(s, name);
    if (i >= 0)
        return;
    s->slots[-i - 2] = name;
    s->n++;
}

static void ns_discard(NameSet *s, const Obj *name)
{
    int i = ns_find(s, name);
    if (i < 0)
        return;
    /* backward-shift deletion */
    uint32_t mask = (uint32_t)(s->cap - 1), j = (uint32_t)i;
    s->slots[j] = NULL;
    s->n--;
    for (uint32_t k = (j + 1) & mask; s->slots[k]; k = (k + 1) & mask) {
        const Obj *o = s->slots[k];
        s->slots[k] = NULL;
        s->n--;
        ns_add(s, o);
    }
}

static void ns_update(NameSet *s, const NameSet *from)
{
    if (!from)
        return;
    for (int i = 0; i < from->cap; i++)
        if (from->slots[i])
            ns_add(s, from->slots[i]);
}

static void ns_copy(NameSet *s, const NameSet *from)
{
    ns_init(s);
    ns_update(s, from);
}

/* ------------------------------------------------------------ entries */

static void *grow(Arena *a, void *items, int *cap, size_t size)
{
    int ncap = *cap ? *cap * 2 : 8;
    void *n = arena_alloc(a, (size_t)ncap * size);
    if (*cap)
        memcpy(n, items, (size_t)*cap * size);
    *cap = ncap;
    return n;
}

static int sym_index(const StEntry *ste, const char *s, size_t n)
{
    if (!ste->indexcap)
        return -1;
    uint32_t mask = (uint32_t)ste->indexcap - 1;
    for (uint32_t i = hash_bytes(s, n) & mask;; i = (i + 1) & mask) {
        int k = ste->index[i];
        if (k < 0)
            return -1;
        if (name_eq(ste->symbols[k].name, s, n))
            return k;
    }
}

const StSymbol *ste_symbol(const StEntry *ste, const char *name, size_t len)
{
    int k = sym_index(ste, name, len);
    return k < 0 ? NULL : &ste->symbols[k];
}

StScope ste_scope(const StEntry *ste, const Obj *name)
{
    const StSymbol *s = ste_symbol(ste, obj_cstr(name), name->u.s.len);
    return s ? s->scope : SCOPE_NONE;
}

static void index_insert(StEntry *ste, int k)
{
    uint32_t mask = (uint32_t)ste->indexcap - 1;
    const Obj *nm = ste->symbols[k].name;
    uint32_t i = hash_bytes(obj_cstr(nm), nm->u.s.len) & mask;
    while (ste->index[i] >= 0)
        i = (i + 1) & mask;
    ste->index[i] = k;
}

static StSymbol *sym_add(Arena *a, StEntry *ste, Obj *name, int flags)
{
    if (ste->nsymbols == ste->symcap)
        ste->symbols = grow(a, ste->symbols, &ste->symcap, sizeof *ste->symbols);
    if ((ste->nsymbols + 1) * 2 > ste->indexcap) {
        ste->indexcap = ste->indexcap ? ste->indexcap * 2 : 16;
        ste->index = arena_alloc(a, (size_t)ste->indexcap * sizeof *ste->index);
        memset(ste->index, 0xff, (size_t)ste->indexcap * sizeof *ste->index);
        for (int k = 0; k < ste->nsymbols; k++)
            index_insert(ste, k);
    }
    StSymbol *s = &ste->symbols[ste->nsymbols];
    s->name = name;
    s->flags = flags;
    s->scope = SCOPE_NONE;
    index_insert(ste, ste->nsymbols++);
    return s;
}

static int sym_flags(const StEntry *ste, const Obj *name)
{
    int k = sym_index(ste, obj_cstr(name), name->u.s.len);
    return k < 0 ? 0 : ste->symbols[k].flags;
}

static void map_insert(SymTable *t, StEntry *e)
{
    if ((t->nmap + 1) * 2 > t->mapcap) {
        StEntry **old = t->map;
        int oldcap = t->mapcap;
        t->mapcap = oldcap ? oldcap * 2 : 64;
        t->map = arena_alloc(t->arena, (size_t)t->mapcap * sizeof *t->map);
        t->nmap = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                map_insert(t, old[i]);
    }
    uint32_t mask = (uint32_t)t->mapcap - 1;
    uintptr_t p = (uintptr_t)e->key;
    uint32_t i = (uint32_t)((p >> 4) * 2654435761u) & mask;
    while (t->map[i]) {
        if (t->map[i]->key == e->key) {
            t->map[i] = e;
            return;
        }
        i = (i + 1) & mask;
    }
    t->map[i] = e;
    t->nmap++;
}

StEntry *symtable_lookup(const SymTable *t, const void *node)
{
    if (!t->mapcap)
        return NULL;
    uint32_t mask = (uint32_t)t->mapcap - 1;
    uintptr_t p = (uintptr_t)node;
    for (uint32_t i = (uint32_t)((p >> 4) * 2654435761u) & mask; t->map[i]; i = (i + 1) & mask)
        if (t->map[i]->key == node)
            return t->map[i];
    return NULL;
}

/* ------------------------------------------------------------ errors */

static bool st_error(St *st, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static bool st_error(St *st, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...)
{
    StError *e = st->err;
    if (e->set)
        return false;
    e->set = true;
    e->type = "SyntaxError";
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = lineno;
    e->offset = col + 1;
    e->end_lineno = end_lineno;
    e->end_offset = end_col < 0 ? -1 : end_col + 1;
    return false;
}

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

/* ------------------------------------------------------------ building */

static bool enter_block(St *st, Obj *name, StBlockType type, const void *key, int lineno,
                        int col, int end_lineno, int end_col)
{
    StEntry *e = arena_alloc(st->arena, sizeof *e);
    e->type = type;
    e->name = name;
    e->key = key;
    e->lineno = lineno;
    e->col_offset = col;
    e->end_lineno = end_lineno;
    e->end_col_offset = end_col;
    e->private_name = st->private_name;
    StEntry *prev = st->cur;
    e->parent = prev;
    if (prev && (prev->nested || prev->type == ST_FUNCTION))
        e->nested = true;
    if (prev)
        e->comp_iter_expr = prev->comp_iter_expr;
    if (prev && type != ST_ANNOTATION) {
        if (prev->nchildren == prev->childcap)
            prev->children = grow(st->arena, prev->children, &prev->childcap, sizeof *prev->children);
        prev->children[prev->nchildren++] = e;
    }
    if (st->nstack == st->stackcap)
        st->stack = grow(st->arena, st->stack, &st->stackcap, sizeof *st->stack);
    st->stack[st->nstack++] = e;
    st->cur = e;
    if (type == ST_MODULE) {
        st->global = e;
        st->t->top = e;
    }
    if (type != ST_ANNOTATION)
        map_insert(st->t, e);
    return true;
}

static void exit_block(St *st)
{
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
}

static bool add_def_helper(St *st, Obj *name, int flag, StEntry *ste, int lineno, int col,
                           int end_lineno, int end_col)
{
    Obj *mangled = py_mangle(st->arena, st->private_name, name);
    int k = sym_index(ste, obj_cstr(mangled), mangled->u.s.len);
    int val;
    if (k >= 0) {
        val = ste->symbols[k].flags;
        if ((flag & DEF_PARAM) && (val & DEF_PARAM))
            return st_error(st, lineno, col, end_lineno, end_col,
                            "duplicate argument '%s' in function definition", obj_cstr(name));
        val |= flag;
    } else {
        val = flag;
    }
    if (ste->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(st, lineno, col, end_lineno, end_col,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'", obj_cstr(name));
        val |= DEF_COMP_ITER;
    }
    if (k >= 0)
        ste->symbols[k].flags = val;
    else
        sym_add(st->arena, ste, mangled, val);
    if (flag & DEF_PARAM) {
        if (ste->nvarnames == ste->varcap)
            ste->varnames = grow(st->arena, ste->varnames, &ste->varcap, sizeof *ste->varnames);
        ste->varnames[ste->nvarnames++] = mangled;
    } else if (flag & DEF_GLOBAL) {
        /* CPython also records it in the module's dict (st_global) */
        StEntry *g = st->global;
        int gk = sym_index(g, obj_cstr(mangled), mangled->u.s.len);
        if (gk >= 0)
            g->symbols[gk].flags |= flag;
        else
            sym_add(st->arena, g, mangled, flag);
    }
    return true;
}

static bool add_def(St *st, Obj *name, int flag, int lineno, int col, int end_lineno, int end_col)
{
    return add_def_helper(st, name, flag, st->cur, lineno, col, end_lineno, end_col);
}

static int lookup_cur(St *st, Obj *name)
{
    Obj *mangled = py_mangle(st->arena, st->private_name, name);
    return sym_flags(st->cur, mangled);
}

static void record_directive(St *st, Obj *name, int lineno, int col, int end_lineno, int end_col)
{
    StEntry *ste = st->cur;
    if (ste->ndirectives == ste->dircap)
        ste->directives = grow(st->arena, ste->directives, &ste->dircap, sizeof *ste->directives);
    StDirective *d = &ste->directives[ste->ndirectives++];
    d->name = py_mangle(st->arena, st->private_name, name);
    d->lineno = lineno;
    d->col_offset = col;
    d->end_lineno = end_lineno;
    d->end_col_offset = end_col;
}

static bool visit_stmt(St *st, stmt_ty s);
static bool visit_expr(St *st, expr_ty e);
static bool visit_pattern(St *st, pattern_ty p);

static bool visit_stmts(St *st, asdl_stmt_seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (!visit_stmt(st, SEQ_GET(seq, i)))
            return false;
    return true;
}

static bool visit_exprs(St *st, asdl_expr_seq *seq)
{
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (SEQ_GET(seq, i) && !visit_expr(st, SEQ_GET(seq, i)))
            return false;
    return true;
}

static bool visit_annotation(St *st, expr_ty ann)
{
    bool future = st->t->future_annotations;
    if (future)
        enter_block(st, mkstr(st->arena, "_annotation"), ST_ANNOTATION, ann, LOC(ann));
    if (!visit_expr(st, ann))
        return false;
    if (future)
        exit_block(st);
    return true;
}

static bool annotation_not_allowed(St *st, const char *what, expr_ty e)
{
    if (st->cur->type != ST_ANNOTATION)
        return true;
    return st_error(st, LOC(e), "'%s' can not be used within an annotation", what);
}

static bool visit_argannotations(St *st, asdl_arg_seq *args)
{
    for (int i = 0; i < SEQ_LEN(args); i++) {
        arg_ty a = SEQ_GET(args, i);
        if (a->annotation && !visit_expr(st, a->annotation))
            return false;
    }
    return true;
}

/* The parameters' annotations share one block (keyed by the def), the
 * return annotation gets its own, as in 3.11. */
static bool visit_annotations(St *st, stmt_ty s, arguments_ty a, expr_ty returns)
{
    bool future = st->t->future_annotations;
    if (future)
        enter_block(st, mkstr(st->arena, "_annotation"), ST_ANNOTATION, s, LOC(s));
    if (!visit_argannotations(st, a->posonlyargs) || !visit_argannotations(st, a->args))
        return false;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation))
        return false;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation))
        return false;
    if (!visit_argannotations(st, a->kwonlyargs))
        return false;
    if (future)
        exit_block(st);
    if (returns && !visit_annotation(st, returns))
        return false;
    return true;
}

static bool visit_params(St *st, asdl_arg_seq *args)
{
    for (int i = 0; i < SEQ_LEN(args); i++) {
        arg_ty a = SEQ_GET(args, i);
        if (!add_def(st, a->arg, DEF_PARAM, LOC(a)))
            return false;
    }
    return true;
}

static bool visit_arguments(St *st, arguments_ty a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return false;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, DEF_PARAM, LOC(a->vararg)))
            return false;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, DEF_PARAM, LOC(a->kwarg)))
            return false;
        st->cur->varkeywords = true;
    }
    return true;
}

static bool visit_alias(St *st, alias_ty a)
{
    Obj *name = a->asname ? a->asname : a->name;
    const char *s = obj_cstr(name);
    if (!strcmp(s, "*")) {
        if (st->cur->type != ST_MODULE)
            return st_error(st, LOC(a), "import * only allowed at module level");
        return true;
    }
    const char *dot = memchr(s, '.', name->u.s.len);
    Obj *store = dot ? obj_str(st->arena, s, (size_t)(dot - s), true) : name;
    return add_def(st, store, DEF_IMPORT, LOC(a));
}

static bool visit_function(St *st, stmt_ty s, bool is_async)
{
    struct FunctionDef_fields *f = is_async ? (struct FunctionDef_fields *)&s->v.AsyncFunctionDef
                                            : &s->v.FunctionDef;
    if (!add_def(st, f->name, DEF_LOCAL, LOC(s)))
        return false;
    if (!visit_exprs(st, f->args->defaults) || !visit_exprs(st, f->args->kw_defaults))
        return false;
    if (!visit_annotations(st, s, f->args, f->returns))
        return false;
    if (!visit_exprs(st, f->decorator_list))
        return false;
    enter_block(st, f->name, ST_FUNCTION, s, LOC(s));
    if (is_async)
        st->cur->coroutine = true;
    if (!visit_arguments(st, f->args) || !visit_stmts(st, f->body))
        return false;
    exit_block(st);
    return true;
}

static bool visit_global_nonlocal(St *st, stmt_ty s, bool global)
{
    asdl_identifier_seq *names = global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < SEQ_LEN(names); i++) {
        Obj *name = SEQ_GET(names, i);
        int cur = lookup_cur(st, name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const char *n = obj_cstr(name);
            if (cur & DEF_PARAM)
                return st_error(st, LOC(s), "name '%s' is parameter and %s", n, what);
            if (cur & USE)
                return st_error(st, LOC(s), "name '%s' is used prior to %s declaration", n, what);
            if (cur & DEF_ANNOT)
                return st_error(st, LOC(s), "annotated name '%s' can't be %s", n, what);
            return st_error(st, LOC(s), "name '%s' is assigned to before %s declaration", n, what);
        }
        if (!add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, LOC(s)))
            return false;
        record_directive(st, name, LOC(s));
    }
    return true;
}

static bool recursion_error(St *st)
{
    StError *e = st->err;
    if (!e->set) {
        e->set = true;
        e->type = "RecursionError";
        snprintf(e->msg, sizeof e->msg, "maximum recursion depth exceeded during compilation");
        e->lineno = e->offset = e->end_lineno = e->end_offset = -1;
    }
    return false;
}

static bool visit_stmt_(St *st, stmt_ty s);
static bool visit_stmt(St *st, stmt_ty s)
{
    if (++st->depth > ST_RECURSION_LIMIT)
        return recursion_error(st);
    bool ok = visit_stmt_(st, s);
    st->depth--;
    return ok;
}

static bool visit_stmt_(St *st, stmt_ty s)
{
    switch (s->kind) {
    case FunctionDef_kind:
        return visit_function(st, s, false);
    case AsyncFunctionDef_kind:
        return visit_function(st, s, true);
    case ClassDef_kind: {
        if (!add_def(st, s->v.ClassDef.name, DEF_LOCAL, LOC(s)))
            return false;
        if (!visit_exprs(st, s->v.ClassDef.bases))
            return false;
        for (int i = 0; i < SEQ_LEN(s->v.ClassDef.keywords); i++)
            if (!visit_expr(st, SEQ_GET(s->v.ClassDef.keywords, i)->value))
                return false;
        if (!visit_exprs(st, s->v.ClassDef.decorator_list))
            return false;
        Obj *saved = st->private_name;
        st->private_name = s->v.ClassDef.name;
        enter_block(st, s->v.ClassDef.name, ST_CLASS, s, LOC(s));
        if (!visit_stmts(st, s->v.ClassDef.body))
            return false;
        st->private_name = saved;
        exit_block(st);
        return true;
    }
    case Return_kind:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value))
                return false;
            st->cur->returns_value = true;
        }
        return true;
    case Delete_kind:
        return visit_exprs(st, s->v.Delete.targets);
    case Assign_kind:
        return visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case AnnAssign_kind: {
        expr_ty t = s->v.AnnAssign.target;
        if (t->kind == Name_kind) {
            int cur = lookup_cur(st, t->v.Name.id);
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->global && s->v.AnnAssign.simple)
                return st_error(st, LOC(s), "annotated name '%s' can't be %s",
                                obj_cstr(t->v.Name.id), cur & DEF_GLOBAL ? "global" : "nonlocal");
            if (s->v.AnnAssign.simple) {
                if (!add_def(st, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, LOC(t)))
                    return false;
            } else if (s->v.AnnAssign.value) {
                if (!add_def(st, t->v.Name.id, DEF_LOCAL, LOC(t)))
                    return false;
            }
        } else if (!visit_expr(st, t)) {
            return false;
        }
        if (!visit_annotation(st, s->v.AnnAssign.annotation))
            return false;
        return !s->v.AnnAssign.value || visit_expr(st, s->v.AnnAssign.value);
    }
    case AugAssign_kind:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case For_kind:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
    case AsyncFor_kind:
        return visit_expr(st, s->v.AsyncFor.target) && visit_expr(st, s->v.AsyncFor.iter) &&
               visit_stmts(st, s->v.AsyncFor.body) && visit_stmts(st, s->v.AsyncFor.orelse);
    case While_kind:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, s->v.While.body) &&
               visit_stmts(st, s->v.While.orelse);
    case If_kind:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, s->v.If.body) &&
               visit_stmts(st, s->v.If.orelse);
    case Match_kind:
        if (!visit_expr(st, s->v.Match.subject))
            return false;
        for (int i = 0; i < SEQ_LEN(s->v.Match.cases); i++) {
            match_case_ty c = SEQ_GET(s->v.Match.cases, i);
            if (!visit_pattern(st, c->pattern))
                return false;
            if (c->guard && !visit_expr(st, c->guard))
                return false;
            if (!visit_stmts(st, c->body))
                return false;
        }
        return true;
    case Raise_kind:
        if (s->v.Raise.exc && !visit_expr(st, s->v.Raise.exc))
            return false;
        return !s->v.Raise.cause || visit_expr(st, s->v.Raise.cause);
    case Try_kind:
    case TryStar_kind: {
        struct Try_fields *t = s->kind == Try_kind ? &s->v.Try : (struct Try_fields *)&s->v.TryStar;
        if (!visit_stmts(st, t->body) || !visit_stmts(st, t->orelse))
            return false;
        for (int i = 0; i < SEQ_LEN(t->handlers); i++) {
            excepthandler_ty h = SEQ_GET(t->handlers, i);
            if (h->v.ExceptHandler.type && !visit_expr(st, h->v.ExceptHandler.type))
                return false;
            if (h->v.ExceptHandler.name && !add_def(st, h->v.ExceptHandler.name, DEF_LOCAL, LOC(h)))
                return false;
            if (!visit_stmts(st, h->v.ExceptHandler.body))
                return false;
        }
        return visit_stmts(st, t->finalbody);
    }
    case Assert_kind:
        if (!visit_expr(st, s->v.Assert.test))
            return false;
        return !s->v.Assert.msg || visit_expr(st, s->v.Assert.msg);
    case Import_kind:
        for (int i = 0; i < SEQ_LEN(s->v.Import.names); i++)
            if (!visit_alias(st, SEQ_GET(s->v.Import.names, i)))
                return false;
        return true;
    case ImportFrom_kind:
        for (int i = 0; i < SEQ_LEN(s->v.ImportFrom.names); i++)
            if (!visit_alias(st, SEQ_GET(s->v.ImportFrom.names, i)))
                return false;
        return true;
    case Global_kind:
        return visit_global_nonlocal(st, s, true);
    case Nonlocal_kind:
        return visit_global_nonlocal(st, s, false);
    case Expr_kind:
        return visit_expr(st, s->v.Expr.value);
    case With_kind:
    case AsyncWith_kind: {
        struct With_fields *w = s->kind == With_kind ? &s->v.With : (struct With_fields *)&s->v.AsyncWith;
        for (int i = 0; i < SEQ_LEN(w->items); i++) {
            withitem_ty it = SEQ_GET(w->items, i);
            if (!visit_expr(st, it->context_expr))
                return false;
            if (it->optional_vars && !visit_expr(st, it->optional_vars))
                return false;
        }
        return visit_stmts(st, w->body);
    }
    case Pass_kind:
    case Break_kind:
    case Continue_kind:
    default:
        return true;
    }
}

static bool visit_patterns(St *st, asdl_pattern_seq *ps)
{
    for (int i = 0; i < SEQ_LEN(ps); i++)
        if (!visit_pattern(st, SEQ_GET(ps, i)))
            return false;
    return true;
}

static bool visit_pattern_(St *st, pattern_ty p);
static bool visit_pattern(St *st, pattern_ty p)
{
    if (++st->depth > ST_RECURSION_LIMIT)
        return recursion_error(st);
    bool ok = visit_pattern_(st, p);
    st->depth--;
    return ok;
}

static bool visit_pattern_(St *st, pattern_ty p)
{
    switch (p->kind) {
    case MatchValue_kind:
        return visit_expr(st, p->v.MatchValue.value);
    case MatchSingleton_kind:
        return true;
    case MatchSequence_kind:
        return visit_patterns(st, p->v.MatchSequence.patterns);
    case MatchStar_kind:
        return !p->v.MatchStar.name || add_def(st, p->v.MatchStar.name, DEF_LOCAL, LOC(p));
    case MatchMapping_kind:
        if (!visit_exprs(st, p->v.MatchMapping.keys) || !visit_patterns(st, p->v.MatchMapping.patterns))
            return false;
        return !p->v.MatchMapping.rest || add_def(st, p->v.MatchMapping.rest, DEF_LOCAL, LOC(p));
    case MatchClass_kind:
        return visit_expr(st, p->v.MatchClass.cls) && visit_patterns(st, p->v.MatchClass.patterns) &&
               visit_patterns(st, p->v.MatchClass.kwd_patterns);
    case MatchAs_kind:
        if (p->v.MatchAs.pattern && !visit_pattern(st, p->v.MatchAs.pattern))
            return false;
        return !p->v.MatchAs.name || add_def(st, p->v.MatchAs.name, DEF_LOCAL, LOC(p));
    case MatchOr_kind:
        return visit_patterns(st, p->v.MatchOr.patterns);
    default:
        return true;
    }
}

static bool extend_namedexpr_scope(St *st, expr_ty e)
{
    Obj *target = e->v.Name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        StEntry *ste = st->stack[i];
        if (ste->comprehension) {
            if (sym_flags(ste, target) & DEF_COMP_ITER)
                return st_error(st, LOC(e),
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'", obj_cstr(target));
            continue;
        }
        if (ste->type == ST_FUNCTION) {
            int in_scope = sym_flags(ste, target);
            if (!add_def(st, target, in_scope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, LOC(e)))
                return false;
            record_directive(st, target, LOC(e));
            return add_def_helper(st, target, DEF_LOCAL, ste, LOC(e));
        }
        if (ste->type == ST_MODULE) {
            if (!add_def(st, target, DEF_GLOBAL, LOC(e)))
                return false;
            record_directive(st, target, LOC(e));
            return add_def_helper(st, target, DEF_GLOBAL, ste, LOC(e));
        }
        if (ste->type == ST_CLASS)
            return st_error(st, LOC(e),
                            "assignment expression within a comprehension cannot be used in a "
                            "class body");
    }
    return true;
}

static bool visit_comprehension_tail(St *st, comprehension_ty c)
{
    st->cur->comp_iter_target = true;
    if (!visit_expr(st, c->target))
        return false;
    st->cur->comp_iter_target = false;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, c->iter))
        return false;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, c->ifs))
        return false;
    if (c->is_async)
        st->cur->coroutine = true;
    return true;
}

static bool handle_comprehension(St *st, expr_ty e, const char *scope_name,
                                 asdl_comprehension_seq *gens, expr_ty elt, expr_ty value)
{
    bool is_generator = e->kind == GeneratorExp_kind;
    comprehension_ty outer = SEQ_GET(gens, 0);
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outer->iter))
        return false;
    st->cur->comp_iter_expr--;
    enter_block(st, mkstr(st->arena, scope_name), ST_FUNCTION, e, LOC(e));
    StEntry *c = st->cur;
    switch (e->kind) {
    case ListComp_kind: c->comprehension = ST_LISTCOMP; break;
    case SetComp_kind: c->comprehension = ST_SETCOMP; break;
    case DictComp_kind: c->comprehension = ST_DICTCOMP; break;
    default: c->comprehension = ST_GENEXP; break;
    }
    if (outer->is_async)
        c->coroutine = true;
    if (!add_def(st, mkstr(st->arena, ".0"), DEF_PARAM, LOC(e)))
        return false;
    c->comp_iter_target = true;
    if (!visit_expr(st, outer->target))
        return false;
    c->comp_iter_target = false;
    if (!visit_exprs(st, outer->ifs))
        return false;
    for (int i = 1; i < SEQ_LEN(gens); i++)
        if (!visit_comprehension_tail(st, SEQ_GET(gens, i)))
            return false;
    if (value && !visit_expr(st, value))
        return false;
    if (!visit_expr(st, elt))
        return false;
    c->generator = is_generator;
    bool is_async = c->coroutine && !is_generator;
    exit_block(st);
    if (is_async)
        st->cur->coroutine = true;
    return true;
}

static bool yield_in_comprehension(St *st, expr_ty e)
{
    StCompKind k = st->cur->comprehension;
    return st_error(st, LOC(e), "%s",
                    k == ST_LISTCOMP  ? "'yield' inside list comprehension"
                    : k == ST_SETCOMP ? "'yield' inside set comprehension"
                    : k == ST_DICTCOMP ? "'yield' inside dict comprehension"
                                       : "'yield' inside generator expression");
}

static bool visit_expr_(St *st, expr_ty e);
static bool visit_expr(St *st, expr_ty e)
{
    if (++st->depth > ST_RECURSION_LIMIT)
        return recursion_error(st);
    bool ok = visit_expr_(st, e);
    st->depth--;
    return ok;
}

static bool visit_expr_(St *st, expr_ty e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        if (!annotation_not_allowed(st, "named expression", e))
            return false;
        if (st->cur->comp_iter_expr > 0)
            return st_error(st, LOC(e),
                            "assignment expression cannot be used in a comprehension iterable "
                            "expression");
        if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target))
            return false;
        return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
    case BoolOp_kind:
        return visit_exprs(st, e->v.BoolOp.values);
    case BinOp_kind:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case UnaryOp_kind:
        return visit_expr(st, e->v.UnaryOp.operand);
    case Lambda_kind: {
        arguments_ty a = e->v.Lambda.args;
        if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults))
            return false;
        enter_block(st, mkstr(st->arena, "lambda"), ST_FUNCTION, e, LOC(e));
        if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
            return false;
        exit_block(st);
        return true;
    }
    case IfExp_kind:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case Dict_kind:
        return visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
    case Set_kind:
        return visit_exprs(st, e->v.Set.elts);
    case GeneratorExp_kind:
        return handle_comprehension(st, e, "genexpr", e->v.GeneratorExp.generators,
                                    e->v.GeneratorExp.elt, NULL);
    case ListComp_kind:
        return handle_comprehension(st, e, "listcomp", e->v.ListComp.generators,
                                    e->v.ListComp.elt, NULL);
    case SetComp_kind:
        return handle_comprehension(st, e, "setcomp", e->v.SetComp.generators,
                                    e->v.SetComp.elt, NULL);
    case DictComp_kind:
        return handle_comprehension(st, e, "dictcomp", e->v.DictComp.generators,
                                    e->v.DictComp.key, e->v.DictComp.value);
    case Yield_kind:
        if (!annotation_not_allowed(st, "yield expression", e))
            return false;
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value))
            return false;
        st->cur->generator = true;
        if (st->cur->comprehension)
            return yield_in_comprehension(st, e);
        return true;
    case YieldFrom_kind:
        if (!annotation_not_allowed(st, "yield expression", e))
            return false;
        if (!visit_expr(st, e->v.YieldFrom.value))
            return false;
        st->cur->generator = true;
        if (st->cur->comprehension)
            return yield_in_comprehension(st, e);
        return true;
    case Await_kind:
        if (!annotation_not_allowed(st, "await expression", e))
            return false;
        if (!visit_expr(st, e->v.Await.value))
            return false;
        st->cur->coroutine = true;
        return true;
    case Compare_kind:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
    case Call_kind:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, e->v.Call.args))
            return false;
        for (int i = 0; i < SEQ_LEN(e->v.Call.keywords); i++)
            if (!visit_expr(st, SEQ_GET(e->v.Call.keywords, i)->value))
                return false;
        return true;
    case FormattedValue_kind:
        if (!visit_expr(st, e->v.FormattedValue.value))
            return false;
        return !e->v.FormattedValue.format_spec || visit_expr(st, e->v.FormattedValue.format_spec);
    case JoinedStr_kind:
        return visit_exprs(st, e->v.JoinedStr.values);
    case Constant_kind:
        return true;
    case Attribute_kind:
        return visit_expr(st, e->v.Attribute.value);
    case Subscript_kind:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case Starred_kind:
        return visit_expr(st, e->v.Starred.value);
    case Slice_kind:
        if (e->v.Slice.lower && !visit_expr(st, e->v.Slice.lower))
            return false;
        if (e->v.Slice.upper && !visit_expr(st, e->v.Slice.upper))
            return false;
        return !e->v.Slice.step || visit_expr(st, e->v.Slice.step);
    case Name_kind:
        if (!add_def(st, e->v.Name.id, e->v.Name.ctx == Load ? USE : DEF_LOCAL, LOC(e)))
            return false;
        /* super() counts as a use of __class__ */
        if (e->v.Name.ctx == Load && st->cur->type == ST_FUNCTION && name_is(e->v.Name.id, "super"))
            return add_def(st, mkstr(st->arena, "__class__"), USE, LOC(e));
        return true;
    case List_kind:
        return visit_exprs(st, e->v.List.elts);
    case Tuple_kind:
        return visit_exprs(st, e->v.Tuple.elts);
    default:
        return true;
    }
}

/* ------------------------------------------------------------ analysis */

static bool error_at_directive(St *st, StEntry *ste, const Obj *name, const char *fmt)
{
    for (int i = 0; i < ste->ndirectives; i++) {
        StDirective *d = &ste->directives[i];
        if (name_eq(d->name, obj_cstr(name), name->u.s.len))
            return st_error(st, d->lineno, d->col_offset, d->end_lineno, d->end_col_offset, fmt,
                            obj_cstr(name));
    }
    return st_error(st, ste->lineno, ste->col_offset, ste->end_lineno, ste->end_col_offset, fmt,
                    obj_cstr(name));
}

static bool analyze_name(St *st, StEntry *ste, StSymbol *sym, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global)
{
    const Obj *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(st, ste, name, "name '%s' is nonlocal and global");
        sym->scope = SCOPE_GLOBAL_EXPLICIT;
        ns_add(global, name);
        if (bound)
            ns_discard(bound, name);
        return true;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, ste, name,
                                      "nonlocal declaration not allowed at module level");
        if (!ns_has(bound, name))
            return error_at_directive(st, ste, name, "no binding for nonlocal '%s' found");
        sym->scope = SCOPE_FREE;
        ste->free = true;
        ns_add(free, name);
        return true;
    }
    if (flags & DEF_BOUND) {
        sym->scope = SCOPE_LOCAL;
        ns_add(local, name);
        ns_discard(global, name);
        return true;
    }
    if (bound && ns_has(bound, name)) {
        sym->scope = SCOPE_FREE;
        ste->free = true;
        ns_add(free, name);
        return true;
    }
    if (global && ns_has(global, name)) {
        sym->scope = SCOPE_GLOBAL_IMPLICIT;
        return true;
    }
    if (ste->nested)
        ste->free = true;
    sym->scope = SCOPE_GLOBAL_IMPLICIT;
    return true;
}

static bool analyze_block(St *st, StEntry *ste, NameSet *bound, NameSet *free, NameSet *global);

static bool analyze_child_block(St *st, StEntry *entry, const NameSet *bound, const NameSet *free,
                                const NameSet *global, NameSet *child_free)
{
    NameSet tb, tf, tg;
    ns_copy(&tb, bound);
    ns_copy(&tf, free);
    ns_copy(&tg, global);
    bool ok = analyze_block(st, entry, &tb, &tf, &tg);
    if (ok)
        ns_update(child_free, &tf);
    ns_free(&tb);
    ns_free(&tf);
    ns_free(&tg);
    return ok;
}

static int cmp_names(const void *a, const void *b)
{
    const Obj *x = *(Obj *const *)a, *y = *(Obj *const *)b;
    size_t n = x->u.s.len < y->u.s.len ? x->u.s.len : y->u.s.len;
    int c = memcmp(x->u.s.data, y->u.s.data, n);
    if (c)
        return c;
    return x->u.s.len < y->u.s.len ? -1 : x->u.s.len > y->u.s.len;
}

/* cellvars and freevars as the compiler lays them out (dictbytype). */
static void finish_vars(St *st, StEntry *ste)
{
    int nc = 0, nf = 0;
    for (int i = 0; i < ste->nsymbols; i++) {
        StSymbol *s = &ste->symbols[i];
        nc += s->scope == SCOPE_CELL;
        nf += s->scope == SCOPE_FREE || (s->flags & DEF_FREE_CLASS);
    }
    if (ste->needs_class_closure)
        nc++;
    ste->cellvars = arena_alloc(st->arena, (size_t)nc * sizeof(Obj *));
    ste->freevars = arena_alloc(st->arena, (size_t)nf * sizeof(Obj *));
    if (ste->needs_class_closure)
        ste->cellvars[ste->ncellvars++] = mkstr(st->arena, "__class__");
    for (int i = 0; i < ste->nsymbols; i++) {
        StSymbol *s = &ste->symbols[i];
        if (s->scope == SCOPE_CELL)
            ste->cellvars[ste->ncellvars++] = s->name;
        if (s->scope == SCOPE_FREE || (s->flags & DEF_FREE_CLASS))
            ste->freevars[ste->nfreevars++] = s->name;
    }
    qsort(ste->cellvars, (size_t)ste->ncellvars, sizeof(Obj *), cmp_names);
    qsort(ste->freevars, (size_t)ste->nfreevars, sizeof(Obj *), cmp_names);
}

static bool analyze_block(St *st, StEntry *ste, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local, newbound, newglobal, newfree, allfree;
    ns_init(&local);
    ns_init(&newbound);
    ns_init(&newglobal);
    ns_init(&newfree);
    ns_init(&allfree);
    bool ok = false;

    if (ste->type == ST_CLASS) {
        ns_update(&newglobal, global);
        ns_update(&newbound, bound);
    }
    for (int i = 0; i < ste->nsymbols; i++)
        if (!analyze_name(st, ste, &ste->symbols[i], bound, &local, free, global))
            goto done;
    if (ste->type != ST_CLASS) {
        if (ste->type == ST_FUNCTION)
            ns_update(&newbound, &local);
        ns_update(&newbound, bound);
        ns_update(&newglobal, global);
    } else {
        ns_add(&newbound, mkstr(st->arena, "__class__"));
    }
    for (int i = 0; i < ste->nchildren; i++) {
        StEntry *c = ste->children[i];
        if (!analyze_child_block(st, c, &newbound, &newfree, &newglobal, &allfree))
            goto done;
        if (c->free || c->child_free)
            ste->child_free = true;
    }
    ns_update(&newfree, &allfree);

    if (ste->type == ST_FUNCTION) {
        /* locals free in a child become cells */
        for (int i = 0; i < ste->nsymbols; i++) {
            StSymbol *s = &ste->symbols[i];
            if (s->scope == SCOPE_LOCAL && ns_has(&newfree, s->name)) {
                s->scope = SCOPE_CELL;
                ns_discard(&newfree, s->name);
            }
        }
    } else if (ste->type == ST_CLASS) {
        Obj *cls = mkstr(st->arena, "__class__");
        if (ns_has(&newfree, cls)) {
            ns_discard(&newfree, cls);
            ste->needs_class_closure = true;
        }
    }

    /* update_symbols: free names of children not resolved here */
    {
        /* CPython iterates a set (hash order); ours is in slot order */
        for (int i = 0; i < newfree.cap; i++) {
            const Obj *name = newfree.slots[i];
            if (!name)
                continue;
            int k = sym_index(ste, obj_cstr(name), name->u.s.len);
            if (k >= 0) {
                if (ste->type == ST_CLASS && (ste->symbols[k].flags & (DEF_BOUND | DEF_GLOBAL)))
                    ste->symbols[k].flags |= DEF_FREE_CLASS;
                continue;
            }
            if (bound && !ns_has(bound, name))
                continue;
            StSymbol *s = sym_add(st->arena, ste, (Obj *)name, 0);
            s->scope = SCOPE_FREE;
        }
    }
    finish_vars(st, ste);
    ns_update(free, &newfree);
    ok = true;
done:
    ns_free(&local);
    ns_free(&newbound);
    ns_free(&newglobal);
    ns_free(&newfree);
    ns_free(&allfree);
    return ok;
}

/* ------------------------------------------------------------ future */

static bool is_docstring(stmt_ty s)
{
    return s->kind == Expr_kind && s->v.Expr.value->kind == Constant_kind &&
           s->v.Expr.value->v.Constant.value && s->v.Expr.value->v.Constant.value->kind == OBJ_STR;
}

static bool future_parse(St *st, mod_ty mod)
{
    if (mod->kind != Module_kind && mod->kind != Interactive_kind)
        return true;
    asdl_stmt_seq *body = mod->kind == Module_kind ? mod->v.Module.body : mod->v.Interactive.body;
    int n = SEQ_LEN(body), i = 0, prev_line = 0;
    bool done = false;
    if (n == 0)
        return true;
    if (mod->kind == Module_kind && is_docstring(SEQ_GET(body, 0)))
        i++;
    for (; i < n; i++) {
        stmt_ty s = SEQ_GET(body, i);
        if (done && s->lineno > prev_line)
            return true;
        prev_line = s->lineno;
        if (s->kind == ImportFrom_kind && s->v.ImportFrom.module &&
            name_is(s->v.ImportFrom.module, "__future__")) {
            if (done)
                return st_error(st, s->lineno, s->col_offset - 1, -1, -2,
                                "from __future__ imports must occur at the beginning of the file");
            asdl_alias_seq *names = s->v.ImportFrom.names;
            for (int j = 0; j < SEQ_LEN(names); j++) {
                const Obj *f = SEQ_GET(names, j)->name;
                static const char *const known[] = {"nested_scopes", "generators", "division",
                                                    "absolute_import", "with_statement",
                                                    "print_function", "unicode_literals",
                                                    "generator_stop", NULL};
                bool ok = false;
                for (int k = 0; known[k]; k++)
                    ok = ok || name_is(f, known[k]);
                if (ok)
                    continue;
                if (name_is(f, "annotations"))
                    st->t->future_annotations = true;
                else if (name_is(f, "barry_as_FLUFL"))
                    st->t->future_barry = true;
                else if (name_is(f, "braces"))
                    return st_error(st, s->lineno, s->col_offset, -1, -2, "not a chance");
                else
                    return st_error(st, s->lineno, s->col_offset, -1, -2,
                                    "future feature %.100s is not defined", obj_cstr(f));
            }
            st->t->future_lineno = s->lineno;
        } else {
            done = true;
        }
    }
    return true;
}

/* ------------------------------------------------------------ entry */

SymTable *symtable_build(Arena *arena, mod_ty mod, StError *err)
{
    SymTable *t = arena_alloc(arena, sizeof *t);
    t->arena = arena;
    St st = {0};
    st.t = t;
    st.arena = arena;
    st.err = err;
    if (!future_parse(&st, mod))
        return NULL;
    enter_block(&st, mkstr(arena, "top"), ST_MODULE, mod, 0, 0, 0, 0);
    bool ok = true;
    switch (mod->kind) {
    case Module_kind:
        ok = visit_stmts(&st, mod->v.Module.body);
        break;
    case Interactive_kind:
        ok = visit_stmts(&st, mod->v.Interactive.body);
        break;
    case Expression_kind:
        ok = visit_expr(&st, mod->v.Expression.body);
        break;
    default:
        break;
    }
    if (!ok)
        return NULL;
    exit_block(&st);
    NameSet free, global;
    ns_init(&free);
    ns_init(&global);
    ok = analyze_block(&st, t->top, NULL, &free, &global);
    ns_free(&free);
    ns_free(&global);
    return ok ? t : NULL;
}

/* ------------------------------------------------------------ printing */

void symtable_print_error(FILE *f, const char *path, const StError *e)
{
    if (e->lineno < 0) {
        fprintf(f, "%s: %s\n", e->type, e->msg);
        return;
    }
    fprintf(f, "  File \"%s\", line %d\n", path, e->lineno);
    FILE *src = fopen(path, "rb");
    if (src) {
        ByteBuf line;
        bb_init(&line);
        int ln = 1, c;
        while (ln < e->lineno && (c = getc(src)) != EOF)
            if (c == '\n')
                ln++;
        while (ln == e->lineno && (c = getc(src)) != EOF && c != '\n')
            bb_byte(&line, (uint8_t)c);
        fclose(src);
        if (ln == e->lineno) {
            size_t len = line.len;
            if (len && line.data[len - 1] == '\r')
                len--;
            size_t i = 0;
            while (i < len && (line.data[i] == ' ' || line.data[i] == '\t' || line.data[i] == '\f'))
                i++;
            long offset = e->offset - 1 - (long)i;
            long end = e->end_lineno == e->lineno && e->end_offset > e->offset
                           ? e->end_offset - 1 - (long)i
                           : (e->end_lineno > e->lineno ? (long)(len - i) + 1 : offset + 1);
            if (offset > (long)(len - i))
                offset = (long)(len - i);
            fputs("    ", f);
            fwrite(line.data + i, 1, len - i, f);
            fputc('\n', f);
            if (offset >= 0) {
                fputs("    ", f);
                for (long k = 0; k < offset; k++)
                    fputc(' ', f);
                for (long k = offset; k < end || k == offset; k++)
                    fputc('^', f);
                fputc('\n', f);
            }
        }
        bb_free(&line);
    }
    fprintf(f, "%s: %s\n", e->type, e->msg);
}

static const char *scope_type_name(StBlockType t)
{
    return t == ST_FUNCTION ? "function" : t == ST_CLASS ? "class" : "module";
}

static void dump_entry(FILE *out, const StEntry *ste, int depth)
{
    fprintf(out, "%*sscope %s %s %d optimized=%d nested=%d\n", depth * 2, "",
            scope_type_name(ste->type), obj_cstr(ste->name), ste->lineno, ste->type == ST_FUNCTION,
            ste->nested);
    fprintf(out, "%*s varnames:", depth * 2, "");
    for (int i = 0; i < ste->nvarnames; i++)
        fprintf(out, " %s", obj_cstr(ste->varnames[i]));
    fputc('\n', out);
    for (int i = 0; i < ste->nsymbols; i++) {
        const StSymbol *s = &ste->symbols[i];
        int ns = 0;
        for (int k = 0; k < ste->nchildren; k++)
            ns += cmp_names(&ste->children[k]->name, &s->name) == 0;
        int fl = s->flags, sc = s->scope;
        /* python3.11's symtable.py treats every table named "top" as the module */
        bool modscope = name_is(ste->name, "top") && (fl & DEF_BOUND);
        fprintf(out,
                "%*s sym %s flags=%d referenced=%d imported=%d parameter=%d global=%d "
                "declared_global=%d local=%d annotated=%d free=%d assigned=%d namespace=%d\n",
                depth * 2, "", obj_cstr(s->name), fl | sc << ST_SCOPE_OFFSET, !!(fl & USE),
                !!(fl & DEF_IMPORT), !!(fl & DEF_PARAM),
                sc == SCOPE_GLOBAL_IMPLICIT || sc == SCOPE_GLOBAL_EXPLICIT || modscope,
                sc == SCOPE_GLOBAL_EXPLICIT, sc == SCOPE_LOCAL || sc == SCOPE_CELL || modscope,
                !!(fl & DEF_ANNOT), sc == SCOPE_FREE, !!(fl & DEF_LOCAL), ns > 0);
    }
    if (ste->type == ST_FUNCTION) {
        static const char *const what[] = {"parameters", "locals", "globals", "nonlocals", "frees"};
        for (int w = 0; w < 5; w++) {
            fprintf(out, "%*s %s:", depth * 2, "", what[w]);
            for (int i = 0; i < ste->nsymbols; i++) {
                const StSymbol *s = &ste->symbols[i];
                bool in = w == 0   ? (s->flags & DEF_PARAM) != 0
                          : w == 1 ? s->scope == SCOPE_LOCAL || s->scope == SCOPE_CELL
                          : w == 2 ? s->scope == SCOPE_GLOBAL_IMPLICIT || s->scope == SCOPE_GLOBAL_EXPLICIT
                          : w == 3 ? (s->flags & DEF_NONLOCAL) != 0
                                   : s->scope == SCOPE_FREE;
                if (in)
                    fprintf(out, " %s", obj_cstr(s->name));
            }
            fputc('\n', out);
        }
    }
    fprintf(out, "%*s cellvars:", depth * 2, "");
    for (int i = 0; i < ste->ncellvars; i++)
        fprintf(out, " %s", obj_cstr(ste->cellvars[i]));
    fprintf(out, "\n%*s freevars:", depth * 2, "");
    for (int i = 0; i < ste->nfreevars; i++)
        fprintf(out, " %s", obj_cstr(ste->freevars[i]));
    fputc('\n', out);
    for (int i = 0; i < ste->nchildren; i++)
        dump_entry(out, ste->children[i], depth + 1);
}

int fe_dump_symtable(const char *path, FILE *out)
{
    Arena arena;
    arena_init(&arena);
    int status;
    mod_ty mod = fe_parse_file(&arena, path, &status);
    if (!mod) {
        arena_free(&arena);
        return status;
    }
    StError err = {0};
    SymTable *t = symtable_build(&arena, mod, &err);
    int rc = 0;
    if (!t) {
        fprintf(out, "error %s %d %d %d %d %s\n", err.type, err.lineno, err.offset, err.end_lineno,
                err.end_offset, err.msg);
        symtable_print_error(stderr, path, &err);
        rc = 1;
    } else {
        dump_entry(out, t->top, 0);
    }
    if (fflush(out) != 0) {
        fprintf(stderr, "pyc: error writing the symbol table\n");
        rc = 2;
    }
    arena_free(&arena);
    return rc;
}
