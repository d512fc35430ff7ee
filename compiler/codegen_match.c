/* compiler/codegen_match.c: the match statement (PEP 634) as CPython 3.11's
 * compile.c generates it: every pattern kind, guards, the trailing `case _`
 * shortcut and the compile-time pattern errors.  Instruction order, labels
 * and source locations follow compile.c step by step (python3.11's output is
 * the oracle), including where a sub-pattern's location is left in force for
 * the instructions of its parent that follow it.
 *
 * Convention (compile.c's): each pattern routine consumes the subject on top
 * of the stack and jumps to a fail_pop block on mismatch.  `on_top` counts the
 * items the routine keeps above the subject; captured values are rotated
 * beneath them so that no name is stored before the whole pattern matched.
 */
#include <math.h>
#include <string.h>

#include "bytebuf.h"
#include "codegen_internal.h"
#include "repr.h"

/* BINARY_OP's argument for `-` (NB_SUBTRACT in the NB_* table). */
#define NB_SUBTRACT 10

/* A list of names in binding order (a Python list in compile.c). */
typedef struct {
    Obj **items;
    int n, cap;
} NameList;

typedef struct {
    NameList *stores;        /* names captured so far, their values on the stack */
    bool allow_irrefutable;  /* may this pattern match anything */
    /* fail_pop[i] is the label of a block that pops i items and falls into
     * fail_pop[i-1]; fail_pop[0] is where the next case starts. */
    int *fail_pop;
    int fail_pop_size, fail_pop_cap;
    int on_top;
} PatternCtx;

static void pattern(Compiler *c, pattern_ty p, PatternCtx *pc);

static bool is_wildcard(pattern_ty p)
{
    return p->kind == MatchAs_kind && !p->v.MatchAs.name;
}

static bool is_star_wildcard(pattern_ty p)
{
    return p->kind == MatchStar_kind && !p->v.MatchStar.name;
}

/* ---- name lists ---- */

static NameList *names_new(Compiler *c)
{
    return arena_alloc(c->arena, sizeof(NameList));
}

static bool name_eq(const Obj *a, const Obj *b)
{
    return a->u.s.len == b->u.s.len && !memcmp(a->u.s.data, b->u.s.data, a->u.s.len);
}

static int names_index(const NameList *l, const Obj *name)
{
    for (int i = 0; i < l->n; i++)
        if (name_eq(l->items[i], name))
            return i;
    return -1;
}

static void names_append(Compiler *c, NameList *l, Obj *name)
{
    if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 8;
        Obj **items = arena_alloc(c->arena, (size_t)cap * sizeof *items);
        if (l->n)
            memcpy(items, l->items, (size_t)l->n * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = name;
}

/* ---- fail_pop blocks ---- */

static void ensure_fail_pop(Compiler *c, PatternCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return;
    if (size > pc->fail_pop_cap) {
        int cap = size < 8 ? 8 : 2 * size;
        int *blocks = arena_alloc(c->arena, (size_t)cap * sizeof *blocks);
        if (pc->fail_pop_size)
            memcpy(blocks, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof *blocks);
        pc->fail_pop = blocks;
        pc->fail_pop_cap = cap;
    }
    while (pc->fail_pop_size < size)
        pc->fail_pop[pc->fail_pop_size++] = cg_new_label(c);
}

/* On failure everything above the subject and every pending capture goes. */
static void jump_to_fail_pop(Compiler *c, PatternCtx *pc, int op)
{
    int pops = pc->on_top + pc->stores->n;
    ensure_fail_pop(c, pc, pops);
    cg_emit_jump(c, op, pc->fail_pop[pops]);
}

static void reset_fail_pop(PatternCtx *pc)
{
    pc->fail_pop = NULL;
    pc->fail_pop_size = pc->fail_pop_cap = 0;
}

static void emit_and_reset_fail_pop(Compiler *c, PatternCtx *pc)
{
    if (!pc->fail_pop_size)
        return;
    while (--pc->fail_pop_size) {
        cg_use_label(c, pc->fail_pop[pc->fail_pop_size]);
        cg_emit(c, OP_POP_TOP, 0);
    }
    cg_use_label(c, pc->fail_pop[0]);
    reset_fail_pop(pc);
}

/* ---- helpers ---- */

_Noreturn static void duplicate_store(Compiler *c, Obj *name)
{
    cg_error(c, "multiple assignments to name %s in pattern", cg_repr_str(c, name));
}

/* 3.10's ROT_N, spelled with SWAPs as 3.11 does. */
static void rotate(Compiler *c, int count)
{
    while (1 < count)
        cg_emit(c, OP_SWAP, count--);
}

static void store_name(Compiler *c, Obj *name, PatternCtx *pc)
{
    if (!name) {
        cg_emit(c, OP_POP_TOP, 0);
        return;
    }
    cg_check_forbidden(c, name, Store);
    if (names_index(pc->stores, name) >= 0)
        duplicate_store(c, name);
    rotate(c, pc->on_top + pc->stores->n + 1);
    names_append(c, pc->stores, name);
}

/* A sub-pattern may be irrefutable whatever its parent allows. */
static void subpattern(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

/* ---- sequences ---- */

static void sequence_unpack(Compiler *c, asdl_pattern_seq *patterns, PatternCtx *pc)
{
    int n = SEQ_LEN(patterns);
    int star = -1;
    for (int i = 0; i < n && star < 0; i++)
        if (SEQ_GET(patterns, i)->kind == MatchStar_kind)
            star = i;
    if (star < 0) {
        cg_emit(c, OP_UNPACK_SEQUENCE, n);
    } else {
        /* UNPACK_EX packs the counts before and after the star in one oparg */
        if (star >= (1 << 8) || n - star - 1 >= (0x7fffffff >> 8))
            cg_error(c, "too many expressions in star-unpacking sequence pattern");
        cg_emit(c, OP_UNPACK_EX, star + ((n - star - 1) << 8));
    }
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, SEQ_GET(patterns, i), pc);
    }
}

/* With a `*_` the elements are fetched by index instead of unpacking the
 * whole sequence; indices after the star count from len(subject), since the
 * subject need not support negative indexing. */
static void sequence_subscr(Compiler *c, asdl_pattern_seq *patterns, int star, PatternCtx *pc)
{
    int n = SEQ_LEN(patterns);
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        pattern_ty p = SEQ_GET(patterns, i);
        if (is_wildcard(p) || i == star)
            continue;
        cg_emit(c, OP_COPY, 1);
        if (i < star) {
            cg_load_const(c, obj_int(c->arena, i));
        } else {
            cg_emit(c, OP_GET_LEN, 0);
            cg_load_const(c, obj_int(c->arena, n - i));
            cg_emit(c, OP_BINARY_OP, NB_SUBTRACT);
        }
        cg_emit(c, OP_BINARY_SUBSCR, 0);
        subpattern(c, p, pc);
    }
    pc->on_top--;
    cg_emit(c, OP_POP_TOP, 0);
}

static void pattern_sequence(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    asdl_pattern_seq *patterns = p->v.MatchSequence.patterns;
    int n = SEQ_LEN(patterns);
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        pattern_ty e = SEQ_GET(patterns, i);
        if (e->kind == MatchStar_kind) {
            if (star >= 0)
                cg_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(e);
            only_wildcard &= star_wildcard;
            star = i;
        } else {
            only_wildcard &= is_wildcard(e);
        }
    }
    pc->on_top++;
    cg_emit(c, OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    if (star < 0) {
        cg_emit(c, OP_GET_LEN, 0);
        cg_load_const(c, obj_int(c->arena, n));
        cg_emit_compare(c, Eq);
        jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    } else if (n > 1) {
        cg_emit(c, OP_GET_LEN, 0);
        cg_load_const(c, obj_int(c->arena, n - 1));
        cg_emit_compare(c, GtE);
        jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard)
        cg_emit(c, OP_POP_TOP, 0);
    else if (star_wildcard)
        sequence_subscr(c, patterns, star, pc);
    else
        sequence_unpack(c, patterns, pc);
}

/* ---- mappings ---- */

/* Magnitude of an integral number as little-endian 15-bit digits (marshal's
 * base), for exact int/float comparison; returns the digit count. */
static int float_digits(double v, uint16_t *out)
{
    int n = 0;
    v = fabs(v);
    while (v > 0) {
        double d = fmod(v, 32768.0);
        out[n++] = (uint16_t)d;
        v = (v - d) / 32768.0;
    }
    return n;
}

static int int_digits(const Obj *o, uint16_t *out, int *sign)
{
    if (o->u.i.big) {
        *sign = o->u.i.big->sign;
        memcpy(out, o->u.i.big->digits, o->u.i.big->ndigits * sizeof *out);
        return (int)o->u.i.big->ndigits;
    }
    int64_t v = o->u.i.value;
    *sign = v < 0 ? -1 : v > 0;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int n = 0;
    for (; m; m >>= 15)
        out[n++] = (uint16_t)(m & 0x7fff);
    return n;
}

/* int == float as Python decides it: exactly, with no rounding. */
static bool int_eq_float(const Obj *i, double f)
{
    if (!isfinite(f) || f != floor(f))
        return false;
    /* a double's integer part needs at most 1024 bits, 69 digits */
    uint16_t fd[70];
    int fn = float_digits(f, fd);
    int fsign = f < 0 ? -1 : f > 0;
    int isign;
    if (i->u.i.big && i->u.i.big->ndigits > 70)
        return false;
    uint16_t id[70];
    int in = int_digits(i, id, &isign);
    return isign == fsign && in == fn && !memcmp(id, fd, (size_t)in * sizeof *id);
}

static bool int_eq_int(const Obj *a, const Obj *b)
{
    if (!a->u.i.big && !b->u.i.big)
        return a->u.i.value == b->u.i.value;
    if (!a->u.i.big || !b->u.i.big)
        return false; /* canonical ints: big means beyond int64 */
    const BigDigits *x = a->u.i.big, *y = b->u.i.big;
    return x->sign == y->sign && x->ndigits == y->ndigits &&
           !memcmp(x->digits, y->digits, x->ndigits * sizeof *x->digits);
}

/* bools compare as the ints 0 and 1 */
static const Obj *as_int(Compiler *c, const Obj *o)
{
    if (o->kind == OBJ_FALSE || o->kind == OBJ_TRUE)
        return obj_int(c->arena, o->kind == OBJ_TRUE);
    return o;
}

static bool is_number(const Obj *o)
{
    return o->kind == OBJ_FALSE || o->kind == OBJ_TRUE || o->kind == OBJ_INT ||
           o->kind == OBJ_FLOAT || o->kind == OBJ_COMPLEX;
}

/* Equality of two real (non-complex) numbers. */
static bool real_eq(Compiler *c, const Obj *a, const Obj *b)
{
    a = as_int(c, a);
    b = as_int(c, b);
    if (a->kind == OBJ_FLOAT && b->kind == OBJ_FLOAT)
        return a->u.f == b->u.f;
    if (a->kind == OBJ_FLOAT)
        return int_eq_float(b, a->u.f);
    if (b->kind == OBJ_FLOAT)
        return int_eq_float(a, b->u.f);
    return int_eq_int(a, b);
}

/* Python's == between two constant mapping keys (the duplicate check uses a
 * set, so 1, 1.0, True and 1+0j are all the same key). */
static bool key_eq(Compiler *c, const Obj *a, const Obj *b)
{
    if (is_number(a) && is_number(b)) {
        if (a->kind == OBJ_COMPLEX && b->kind == OBJ_COMPLEX)
            return a->u.c.re == b->u.c.re && a->u.c.im == b->u.c.im;
        if (a->kind == OBJ_COMPLEX || b->kind == OBJ_COMPLEX) {
            const Obj *z = a->kind == OBJ_COMPLEX ? a : b;
            const Obj *r = z == a ? b : a;
            return z->u.c.im == 0 && real_eq(c, r, obj_float(c->arena, z->u.c.re));
        }
        return real_eq(c, a, b);
    }
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case OBJ_STR:
    case OBJ_BYTES:
        return a->u.s.len == b->u.s.len && !memcmp(a->u.s.data, b->u.s.data, a->u.s.len);
    case OBJ_NONE:
    case OBJ_ELLIPSIS:
        return true;
    default:
        return obj_equal(a, b);
    }
}

_Noreturn static void duplicate_key(Compiler *c, const Obj *key)
{
    ByteBuf b;
    bb_init(&b);
    repr_obj(&b, key);
    const char *s = bb_cstr(&b);
    char *r = arena_memdup(c->arena, s, strlen(s) + 1);
    bb_free(&b);
    cg_error(c, "mapping pattern checks duplicate key (%s)", r);
}

static void pattern_mapping(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    asdl_expr_seq *keys = p->v.MatchMapping.keys;
    asdl_pattern_seq *patterns = p->v.MatchMapping.patterns;
    int n = SEQ_LEN(keys);
    Obj *rest = p->v.MatchMapping.rest;
    pc->on_top++;
    cg_emit(c, OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    if (!n && !rest) {
        pc->on_top--;
        cg_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (n) {
        cg_emit(c, OP_GET_LEN, 0);
        cg_load_const(c, obj_int(c->arena, n));
        cg_emit_compare(c, GtE);
        jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    }
    for (int i = 0; i < n; i++) {
        expr_ty key = SEQ_GET(keys, i);
        if (key->kind == Constant_kind) {
            for (int j = 0; j < i; j++) {
                expr_ty seen = SEQ_GET(keys, j);
                if (seen->kind == Constant_kind &&
                    key_eq(c, seen->v.Constant.value, key->v.Constant.value))
                    duplicate_key(c, key->v.Constant.value);
            }
        } else if (key->kind != Attribute_kind) {
            cg_error(c, "mapping pattern keys may only match literals and attribute lookups");
        }
        cg_visit_expr(c, key);
    }
    cg_emit(c, OP_BUILD_TUPLE, n);
    cg_emit(c, OP_MATCH_KEYS, 0);
    /* the tuple of keys and the tuple of values (or None) */
    pc->on_top += 2;
    cg_emit(c, OP_COPY, 1);
    cg_load_none(c);
    cg_emit(c, OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    cg_emit(c, OP_UNPACK_SEQUENCE, n);
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        subpattern(c, SEQ_GET(patterns, i), pc);
    }
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject), then del rest[key] for every key matched */
        cg_emit(c, OP_BUILD_MAP, 0);
        cg_emit(c, OP_SWAP, 3);
        cg_emit(c, OP_DICT_UPDATE, 2);
        cg_emit(c, OP_UNPACK_SEQUENCE, n);
        for (int k = n; k; k--) {
            cg_emit(c, OP_COPY, 1 + k);
            cg_emit(c, OP_SWAP, 2);
            cg_emit(c, OP_DELETE_SUBSCR, 0);
        }
        store_name(c, rest, pc);
    } else {
        cg_emit(c, OP_POP_TOP, 0); /* the keys */
        cg_emit(c, OP_POP_TOP, 0); /* the subject */
    }
}

/* ---- classes ---- */

/* Errors point at the keyword's pattern: the AST keeps no node for the
 * attribute name itself. */
static void validate_kwd_attrs(Compiler *c, asdl_identifier_seq *attrs,
                               asdl_pattern_seq *patterns)
{
    int n = SEQ_LEN(attrs);
    for (int i = 0; i < n; i++) {
        Obj *attr = SEQ_GET(attrs, i);
        CG_SET_LOC(c, SEQ_GET(patterns, i));
        cg_check_forbidden(c, attr, Store);
        for (int j = i + 1; j < n; j++) {
            if (name_eq(attr, SEQ_GET(attrs, j))) {
                CG_SET_LOC(c, SEQ_GET(patterns, j));
                cg_error(c, "attribute name repeated in class pattern: %s", obj_cstr(attr));
            }
        }
    }
}

static void pattern_class(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    asdl_pattern_seq *patterns = p->v.MatchClass.patterns;
    asdl_identifier_seq *kwd_attrs = p->v.MatchClass.kwd_attrs;
    asdl_pattern_seq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    int nargs = SEQ_LEN(patterns);
    int nattrs = SEQ_LEN(kwd_attrs);
    if (nattrs) {
        validate_kwd_attrs(c, kwd_attrs, kwd_patterns);
        CG_SET_LOC(c, p);
    }
    cg_visit_expr(c, p->v.MatchClass.cls);
    Obj *names = obj_seq(c->arena, OBJ_TUPLE, (size_t)nattrs);
    for (int i = 0; i < nattrs; i++)
        names->u.seq.items[i] = SEQ_GET(kwd_attrs, i);
    cg_load_const(c, names);
    cg_emit(c, OP_MATCH_CLASS, nargs);
    cg_emit(c, OP_COPY, 1);
    cg_load_none(c);
    cg_emit(c, OP_IS_OP, 1);
    /* the tuple of attributes (or None) */
    pc->on_top++;
    jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
    cg_emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        pattern_ty sub = i < nargs ? SEQ_GET(patterns, i) : SEQ_GET(kwd_patterns, i - nargs);
        if (is_wildcard(sub)) {
            cg_emit(c, OP_POP_TOP, 0);
            continue;
        }
        subpattern(c, sub, pc);
    }
}

/* ---- or-patterns ---- */

/* Every alternative must bind the same names; captured values are brought
 * into the first alternative's order so that the code after `end` (shared by
 * all alternatives) finds them where it expects. */
static void pattern_or(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    asdl_pattern_seq *alts = p->v.MatchOr.patterns;
    int n = SEQ_LEN(alts);
    int end = cg_new_label(c);
    PatternCtx old = *pc;
    NameList *control = NULL;
    for (int i = 0; i < n; i++) {
        pattern_ty alt = SEQ_GET(alts, i);
        CG_SET_LOC(c, alt);
        pc->stores = names_new(c);
        pc->allow_irrefutable = i == n - 1 && old.allow_irrefutable;
        reset_fail_pop(pc);
        pc->on_top = 0;
        cg_emit(c, OP_COPY, 1);
        pattern(c, alt, pc);
        NameList *stores = pc->stores;
        int nstores = stores->n;
        if (!i) {
            control = stores;
        } else if (nstores != control->n) {
            cg_error(c, "alternative patterns bind different names");
        } else if (nstores) {
            for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                int istores = names_index(stores, control->items[icontrol]);
                if (istores < 0)
                    cg_error(c, "alternative patterns bind different names");
                if (icontrol == istores)
                    continue;
                /* Move stores[:r] to just before position icontrol - istores
                 * of what remains, and the stack likewise with r rotations. */
                int r = istores + 1;
                Obj **moved = arena_memdup(c->arena, stores->items, (size_t)r * sizeof *moved);
                memmove(stores->items, stores->items + r,
                        (size_t)(stores->n - r) * sizeof *moved);
                int at = icontrol - istores;
                memmove(stores->items + at + r, stores->items + at,
                        (size_t)(stores->n - r - at) * sizeof *moved);
                memcpy(stores->items + at, moved, (size_t)r * sizeof *moved);
                while (r--)
                    rotate(c, icontrol + 1);
            }
        }
        cg_emit_jump(c, PSEUDO_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    *pc = old;
    /* no alternative matched: drop the last copy of the subject */
    cg_emit(c, OP_POP_TOP, 0);
    jump_to_fail_pop(c, pc, PSEUDO_JUMP);
    cg_use_label(c, end);
    /* Beneath the new captures lie the copy of the subject, whatever the
     * enclosing patterns keep on top, and the earlier captures. */
    int nrots = control->n + 1 + pc->on_top + pc->stores->n;
    for (int i = 0; i < control->n; i++) {
        rotate(c, nrots);
        Obj *name = control->items[i];
        if (names_index(pc->stores, name) >= 0)
            duplicate_store(c, name);
        names_append(c, pc->stores, name);
    }
    cg_emit(c, OP_POP_TOP, 0); /* the copy of the subject */
}

/* ---- the other kinds ---- */

static void pattern_as(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                cg_error(c, "name capture %s makes remaining patterns unreachable",
                         cg_repr_str(c, p->v.MatchAs.name));
            cg_error(c, "wildcard makes remaining patterns unreachable");
        }
        store_name(c, p->v.MatchAs.name, pc);
        return;
    }
    /* keep the subject to store it once the inner pattern matched */
    pc->on_top++;
    cg_emit(c, OP_COPY, 1);
    pattern(c, p->v.MatchAs.pattern, pc);
    pc->on_top--;
    store_name(c, p->v.MatchAs.name, pc);
}

static void pattern_value(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    expr_ty value = p->v.MatchValue.value;
    /* folding has turned signed numbers and complex literals into constants */
    if (value->kind != Constant_kind && value->kind != Attribute_kind)
        cg_error(c, "patterns may only match literals and attribute lookups");
    cg_visit_expr(c, value);
    cg_emit_compare(c, Eq);
    jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
}

static void pattern_singleton(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    cg_load_const(c, p->v.MatchSingleton.value);
    cg_emit_compare(c, Is);
    jump_to_fail_pop(c, pc, PSEUDO_POP_JUMP_IF_FALSE);
}

/* The location set here stays in force after the pattern, as in compile.c:
 * the parent's following instructions carry the last sub-pattern's line. */
static void pattern(Compiler *c, pattern_ty p, PatternCtx *pc)
{
    CG_SET_LOC(c, p);
    switch (p->kind) {
    case MatchValue_kind:
        pattern_value(c, p, pc);
        break;
    case MatchSingleton_kind:
        pattern_singleton(c, p, pc);
        break;
    case MatchSequence_kind:
        pattern_sequence(c, p, pc);
        break;
    case MatchMapping_kind:
        pattern_mapping(c, p, pc);
        break;
    case MatchClass_kind:
        pattern_class(c, p, pc);
        break;
    case MatchStar_kind:
        store_name(c, p->v.MatchStar.name, pc);
        break;
    case MatchAs_kind:
        pattern_as(c, p, pc);
        break;
    case MatchOr_kind:
        pattern_or(c, p, pc);
        break;
    case pattern_kind_count_:
        break; /* not a node kind */
    }
}

/* ---- the statement ---- */

void cg_match(Compiler *c, stmt_ty s)
{
    PatternCtx pc = {0};
    cg_visit_expr(c, s->v.Match.subject);
    int end = cg_new_label(c);
    asdl_match_case_seq *cases = s->v.Match.cases;
    int ncases = SEQ_LEN(cases);
    match_case_ty m = SEQ_GET(cases, ncases - 1);
    /* A trailing `case _` needs no copy of the subject, no test and no
     * fail blocks: it is whatever the other cases fall through to. */
    int has_default = is_wildcard(m->pattern) && 1 < ncases;
    for (int i = 0; i < ncases - has_default; i++) {
        m = SEQ_GET(cases, i);
        bool last = i == ncases - has_default - 1;
        CG_SET_LOC(c, m->pattern);
        if (!last)
            cg_emit(c, OP_COPY, 1);
        pc.stores = names_new(c);
        /* irrefutable cases must be guarded, last, or both */
        pc.allow_irrefutable = m->guard != NULL || i == ncases - 1;
        reset_fail_pop(&pc);
        pc.on_top = 0;
        pattern(c, m->pattern, &pc);
        for (int n = 0; n < pc.stores->n; n++)
            cg_nameop(c, pc.stores->items[n], Store);
        if (m->guard) {
            ensure_fail_pop(c, &pc, 0);
            cg_jump_if(c, m->guard, pc.fail_pop[0], false);
        }
        if (!last)
            cg_emit(c, OP_POP_TOP, 0);
        cg_visit_stmts(c, m->body);
        cg_emit_jump(c, PSEUDO_JUMP, end);
        /* a failed match's cleanup belongs to the pattern's line, not to
         * the last line of the body */
        CG_SET_LOC(c, m->pattern);
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default) {
        m = SEQ_GET(cases, ncases - 1);
        CG_SET_LOC(c, m->pattern);
        if (ncases == 1)
            cg_emit(c, OP_POP_TOP, 0);
        else
            cg_emit(c, OP_NOP, 0); /* line coverage for the default case */
        if (m->guard)
            cg_jump_if(c, m->guard, end, false);
        cg_visit_stmts(c, m->body);
        CG_UNSET_LOC(c);
    }
    cg_use_label(c, end);
}
