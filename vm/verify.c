/* vm/verify.c: the bytecode verifier.  Checks a loaded code object (common/
 * Obj tree) and every code object among its constants before anything runs,
 * so that eval.c never indexes out of bounds or underflows its stack because
 * of a malformed .pyc.  Not a type checker: what remains for run time is
 * listed in verify.h.  Allocates with malloc and frees everything it took.
 */
#include "verify.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exctable.h"
#include "linetable.h"
#include "opcodes.h"

/* A bound on counts (BUILD_TUPLE n, COPY n, ...) so that stack effects,
 * which opcodes.def computes in int, cannot overflow; the depth checks then
 * bound them by co_stacksize anyway. */
#define MAX_COUNT_ARG (1u << 24)
#define GEN_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)

typedef struct {
    uint32_t start;    /* code unit of the first EXTENDED_ARG, or of the opcode */
    uint32_t at;       /* code unit of the opcode */
    uint32_t arg;      /* the whole argument, EXTENDED_ARG prefixes included */
    uint8_t op;
    int32_t target;    /* instruction index of a jump's target, else -1 */
    int32_t exc;       /* covering exception-table entry, else -1 */
    int64_t depth;     /* stack depth on entry; -1 until reached */
} Ins;

typedef struct {
    const Code *co;
    char *err;
    size_t errlen;
    const uint8_t *code;
    uint32_t nunits;
    size_t nconsts, nnames, nlocalsplus, nfree;
    const uint8_t *kinds;
    bool gen;
    Ins *ins;
    size_t nins;
    int32_t *at;       /* per code unit: index of the instruction starting there, or -1 */
    ExcEntry *exc;
    size_t nexc;
    size_t body;       /* index of the first instruction after the prologue */
} V;

/* ---- errors ------------------------------------------------------------------ */

/* The qualname as it can appear on one line: control characters become '?',
 * long names are cut at a character boundary. */
static void safe_name(const Obj *q, char *out, size_t outlen)
{
    if (!q || q->kind != OBJ_STR || !q->u.s.data) {
        snprintf(out, outlen, "?");
        return;
    }
    size_t n = q->u.s.len < outlen - 1 ? q->u.s.len : outlen - 1;
    while (n > 0 && n < q->u.s.len && (q->u.s.data[n] & 0xC0) == 0x80)
        n--;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = q->u.s.data[i];
        out[i] = (char)(c < 0x20 || c == 0x7F ? '?' : c);
    }
    out[n] = '\0';
}

/* One line: "verify: QUALNAME at offset N: reason" (offset < 0: none). */
static int fail(V *v, long long offset, const char *fmt, ...)
{
    if (v->errlen == 0)
        return -1;
    char name[128];
    safe_name(v->co->qualname, name, sizeof name);
    int n = offset >= 0
        ? snprintf(v->err, v->errlen, "verify: %s at offset %lld: ", name, offset)
        : snprintf(v->err, v->errlen, "verify: %s: ", name);
    if (n >= 0 && (size_t)n < v->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(v->err + n, v->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static long long off(uint32_t unit) { return 2 * (long long)unit; }

static const char *kind_word(uint8_t k)
{
    return (k & CO_FAST_FREE) ? "a free variable" : (k & CO_FAST_CELL) ? "a cell"
         : "a local";
}

static const char *local_name(const V *v, uint32_t i)
{
    return obj_cstr(v->co->localsplusnames->u.seq.items[i]);
}

/* ---- the stack model ------------------------------------------------------------ */

/* How many stack items `op` with `arg` reads (its inputs, plus anything
 * deeper it peeks at); -1 for an opcode that is never executed.  Together
 * with opcodes.def's net effect this says what each instruction needs. */
int pv_verify_op_inputs(int op, uint32_t arg)
{
    switch (op) {
    case OP_PUSH_NULL: case OP_NOP: case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR: case OP_RETURN_GENERATOR: case OP_SETUP_ANNOTATIONS:
    case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_LOAD_CONST: case OP_LOAD_NAME:
    case OP_JUMP_FORWARD: case OP_LOAD_GLOBAL: case OP_LOAD_FAST: case OP_DELETE_FAST:
    case OP_JUMP_BACKWARD_NO_INTERRUPT: case OP_MAKE_CELL: case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF: case OP_DELETE_DEREF: case OP_JUMP_BACKWARD: case OP_EXTENDED_ARG:
    case OP_LOAD_CLASSDEREF: case OP_COPY_FREE_VARS: case OP_RESUME: case OP_KW_NAMES:
        return 0;
    case OP_POP_TOP: case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
    case OP_PUSH_EXC_INFO: case OP_GET_AITER: case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
    case OP_BEFORE_WITH: case OP_GET_ITER: case OP_GET_YIELD_FROM_ITER: case OP_PRINT_EXPR:
    case OP_LIST_TO_TUPLE: case OP_RETURN_VALUE: case OP_IMPORT_STAR: case OP_YIELD_VALUE:
    case OP_ASYNC_GEN_WRAP: case OP_POP_EXCEPT: case OP_STORE_NAME: case OP_UNPACK_SEQUENCE:
    case OP_FOR_ITER: case OP_UNPACK_EX: case OP_DELETE_ATTR: case OP_STORE_GLOBAL:
    case OP_LOAD_ATTR: case OP_IMPORT_FROM: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_POP_JUMP_FORWARD_IF_FALSE:
    case OP_POP_JUMP_FORWARD_IF_TRUE: case OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case OP_POP_JUMP_FORWARD_IF_NONE: case OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
    case OP_POP_JUMP_BACKWARD_IF_NONE: case OP_POP_JUMP_BACKWARD_IF_FALSE:
    case OP_POP_JUMP_BACKWARD_IF_TRUE: case OP_STORE_FAST: case OP_GET_AWAITABLE:
    case OP_STORE_DEREF: case OP_LOAD_METHOD:
        return 1;
    case OP_BINARY_SUBSCR: case OP_MATCH_KEYS: case OP_CHECK_EXC_MATCH:
    case OP_CHECK_EG_MATCH: case OP_END_ASYNC_FOR: case OP_DELETE_SUBSCR:
    case OP_PREP_RERAISE_STAR: case OP_STORE_ATTR: case OP_COMPARE_OP: case OP_IMPORT_NAME:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_OP: case OP_SEND:
        return 2;
    case OP_STORE_SUBSCR: case OP_MATCH_CLASS:
        return 3;
    case OP_WITH_EXCEPT_START:          /* exit lasti prev e: reads the exit at depth 4 */
        return 4;
    }
    /* The rest depend on the argument, which the caller bounded. */
    if (arg > MAX_COUNT_ARG)
        return -1;
    int n = (int)arg;
    switch (op) {
    case OP_SWAP: case OP_COPY: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING: case OP_RAISE_VARARGS:
        return n;
    case OP_BUILD_SLICE:                /* 2 or 3, as its effect assumes */
        return n == 3 ? 3 : 2;
    case OP_BUILD_MAP:
        return 2 * n;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_BUILD_CONST_KEY_MAP:
        return n + 1;                   /* the collection sits below the popped item */
    case OP_MAP_ADD: case OP_PRECALL: case OP_CALL:
        return n + 2;                   /* PRECALL/CALL: NULL-or-method, callable, n args */
    case OP_DICT_MERGE:
        return n + 3;                   /* peeks at the callable for its error message */
    case OP_MAKE_FUNCTION:
        return 1 + (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);
    case OP_CALL_FUNCTION_EX:
        return 3 + (n & 1);
    case OP_FORMAT_VALUE:
        return 1 + ((n & 4) ? 1 : 0);
    case OP_RERAISE:                    /* arg > 0: the lasti to restore is at depth arg + 1 */
        return n ? n + 1 : 1;
    }
    return -1;
}

/* Net effect; PRECALL/CALL as the stack really behaves (PRECALL only
 * rearranges, CALL consumes everything), RETURN_GENERATOR as the value the
 * resumed generator finds pushed. */
static int64_t effect(const Ins *in, bool jump)
{
    bool ok;
    switch (in->op) {
    case OP_PRECALL:
        return 0;
    case OP_CALL:
        return -(int64_t)in->arg - 1;
    case OP_RETURN_GENERATOR:
        return 1;
    default:
        return op_stack_effect(in->op, (int)in->arg, jump, &ok);
    }
}

static bool falls_through(int op)
{
    switch (op) {
    case OP_RETURN_VALUE: case OP_RAISE_VARARGS: case OP_RERAISE:
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
        return false;
    default:
        return true;
    }
}

static bool is_jump(int op)
{
    return op_info[op].arg_kind == ARG_JUMP_FWD || op_info[op].arg_kind == ARG_JUMP_BACK;
}

/* ---- the code object's fields -------------------------------------------------- */

static int check_fields(V *v)
{
    const Code *co = v->co;
    static const struct { size_t off; uint8_t kind; const char *name; } fields[] = {
        { offsetof(Code, code), OBJ_BYTES, "co_code" },
        { offsetof(Code, consts), OBJ_TUPLE, "co_consts" },
        { offsetof(Code, names), OBJ_TUPLE, "co_names" },
        { offsetof(Code, localsplusnames), OBJ_TUPLE, "co_localsplusnames" },
        { offsetof(Code, localspluskinds), OBJ_BYTES, "co_localspluskinds" },
        { offsetof(Code, filename), OBJ_STR, "co_filename" },
        { offsetof(Code, name), OBJ_STR, "co_name" },
        { offsetof(Code, qualname), OBJ_STR, "co_qualname" },
        { offsetof(Code, linetable), OBJ_BYTES, "co_linetable" },
        { offsetof(Code, exceptiontable), OBJ_BYTES, "co_exceptiontable" },
    };
    static const char *const kind_names[] = {
        [OBJ_BYTES] = "bytes", [OBJ_STR] = "str", [OBJ_TUPLE] = "tuple",
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const Obj *o = *(Obj *const *)(const void *)((const char *)co + fields[i].off);
        if (!o || o->kind != fields[i].kind)
            return fail(v, -1, "%s is not %s", fields[i].name, kind_names[fields[i].kind]);
    }
    for (size_t i = 0; i < co->names->u.seq.n; i++)
        if (!obj_is_str(co->names->u.seq.items[i]))
            return fail(v, -1, "co_names[%zu] is not a str", i);
    for (size_t i = 0; i < co->localsplusnames->u.seq.n; i++)
        if (!obj_is_str(co->localsplusnames->u.seq.items[i]))
            return fail(v, -1, "co_localsplusnames[%zu] is not a str", i);

    if (co->argcount < 0 || co->posonlyargcount < 0 || co->kwonlyargcount < 0 ||
        co->posonlyargcount > co->argcount)
        return fail(v, -1, "argument counts out of range (%d, %d positional-only, %d keyword-only)",
                    (int)co->argcount, (int)co->posonlyargcount, (int)co->kwonlyargcount);
    if (co->stacksize < 0)
        return fail(v, -1, "co_stacksize %d is negative", (int)co->stacksize);
    int gens = ((co->flags & CO_GENERATOR) != 0) + ((co->flags & CO_COROUTINE) != 0) +
               ((co->flags & CO_ASYNC_GENERATOR) != 0);
    if (co->flags < 0 || gens > 1)
        return fail(v, -1, "co_flags 0x%x are invalid", (unsigned)co->flags);
    v->gen = gens == 1;

    size_t len = co->code->u.s.len;
    if (len % 2 != 0)
        return fail(v, -1, "co_code has odd length %zu", len);
    if (len == 0)
        return fail(v, -1, "co_code is empty");
    if (len / 2 > INT32_MAX / 2)
        return fail(v, -1, "co_code is too long (%zu bytes)", len);
    v->code = co->code->u.s.data;
    v->nunits = (uint32_t)(len / 2);
    v->nconsts = co->consts->u.seq.n;
    v->nnames = co->names->u.seq.n;
    return 0;
}

/* localsplus: [locals (0x20, argument cells 0x60)] [cells 0x40] [frees 0x80]. */
static int check_localsplus(V *v)
{
    const Code *co = v->co;
    size_t n = co->localsplusnames->u.seq.n;
    if (co->localspluskinds->u.s.len != n)
        return fail(v, -1, "co_localsplusnames has %zu names but co_localspluskinds %zu kinds",
                    n, co->localspluskinds->u.s.len);
    if (n > INT32_MAX)
        return fail(v, -1, "too many local variables (%zu)", n);
    v->nlocalsplus = n;
    v->kinds = co->localspluskinds->u.s.data;
    int region = 0;           /* 0 locals, 1 cells, 2 frees */
    size_t nlocals = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t k = v->kinds[i];
        int r = k == CO_FAST_LOCAL || k == (CO_FAST_LOCAL | CO_FAST_CELL) ? 0
              : k == CO_FAST_CELL ? 1 : k == CO_FAST_FREE ? 2 : -1;
        if (r < 0)
            return fail(v, -1, "local slot %zu ('%s') has invalid kind 0x%02x",
                        i, local_name(v, (uint32_t)i), k);
        if (r < region)
            return fail(v, -1, "local slot %zu ('%s') is %s after %s", i,
                        local_name(v, (uint32_t)i), kind_word(k),
                        region == 1 ? "cells" : "free variables");
        region = r;
        nlocals += r == 0;
        v->nfree += r == 2;
    }
    int64_t nargs = (int64_t)co->argcount + co->kwonlyargcount +
                    ((co->flags & CO_VARARGS) != 0) + ((co->flags & CO_VARKEYWORDS) != 0);
    if (nargs > (int64_t)nlocals)
        return fail(v, -1, "%lld arguments but only %zu local variables",
                    (long long)nargs, nlocals);
    return 0;
}

/* ---- decoding: instructions, CACHE layout, arguments ----------------------------- */

static int check_arg(V *v, const Ins *in)
{
    const char *nm = op_info[in->op].name;
    long long at = off(in->at);
    unsigned long arg = in->arg;
    switch (op_info[in->op].arg_kind) {
    case ARG_CONST:
        if (arg >= v->nconsts)
            return fail(v, at, "%s %lu out of range (%zu constants)", nm, arg, v->nconsts);
        if (in->op == OP_KW_NAMES) {
            const Obj *t = v->co->consts->u.seq.items[arg];
            if (!t || t->kind != OBJ_TUPLE)
                return fail(v, at, "KW_NAMES %lu is not a tuple", arg);
            for (size_t i = 0; i < t->u.seq.n; i++)
                if (!obj_is_str(t->u.seq.items[i]))
                    return fail(v, at, "KW_NAMES %lu: item %zu is not a str", arg, i);
        }
        return 0;
    case ARG_NAME: {
        unsigned long idx = in->op == OP_LOAD_GLOBAL ? arg >> 1 : arg;
        if (idx >= v->nnames) {
            if (in->op == OP_LOAD_GLOBAL)
                return fail(v, at, "LOAD_GLOBAL %lu out of range (name %lu, %zu names)",
                            arg, idx, v->nnames);
            return fail(v, at, "%s %lu out of range (%zu names)", nm, arg, v->nnames);
        }
        return 0;
    }
    case ARG_LOCAL:
        if (arg >= v->nlocalsplus)
            return fail(v, at, "%s %lu out of range (%zu local slots)", nm, arg, v->nlocalsplus);
        if (v->kinds[arg] != CO_FAST_LOCAL)
            return fail(v, at, "%s %lu: '%s' is %s, not a plain local", nm, arg,
                        local_name(v, in->arg), kind_word(v->kinds[arg]));
        return 0;
    case ARG_FREE: {
        if (arg >= v->nlocalsplus)
            return fail(v, at, "%s %lu out of range (%zu local slots)", nm, arg, v->nlocalsplus);
        uint8_t k = v->kinds[arg];
        if (in->op == OP_MAKE_CELL ? !(k & CO_FAST_CELL) : !(k & (CO_FAST_CELL | CO_FAST_FREE)))
            return fail(v, at, "%s %lu: '%s' is %s, not a %s", nm, arg, local_name(v, in->arg),
                        kind_word(k), in->op == OP_MAKE_CELL ? "cell" : "cell or free variable");
        return 0;
    }
    case ARG_COMPARE:
        return arg < 6 ? 0 : fail(v, at, "COMPARE_OP %lu out of range (6 comparisons)", arg);
    case ARG_BINOP:
        return arg < 26 ? 0 : fail(v, at, "BINARY_OP %lu out of range (26 operators)", arg);
    case ARG_JUMP_FWD:
    case ARG_JUMP_BACK:
        return 0;                       /* targets: resolve_jumps */
    default:
        break;
    }
    unsigned long max = MAX_COUNT_ARG, min = 0;
    switch (in->op) {
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_CALL_FUNCTION_EX: max = 1; break;
    case OP_RAISE_VARARGS: case OP_GET_AWAITABLE: max = 2; break;
    case OP_RESUME: max = 3; break;
    case OP_FORMAT_VALUE: max = 7; break;
    case OP_MAKE_FUNCTION: max = 15; break;
    case OP_BUILD_SLICE: min = 2; max = 3; break;
    case OP_COPY: case OP_SWAP: case OP_LIST_APPEND: case OP_SET_ADD: case OP_MAP_ADD:
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_MERGE: case OP_DICT_UPDATE:
        min = 1;
        break;
    case OP_COPY_FREE_VARS:
        if (arg != v->nfree)
            return fail(v, at, "COPY_FREE_VARS %lu, but the code has %zu free variables",
                        arg, v->nfree);
        return 0;
    default:
        break;
    }
    if (arg < min || arg > max)
        return fail(v, at, "%s %lu out of range (%lu..%lu)", nm, arg, min, max);
    return 0;
}

static int decode(V *v)
{
    uint32_t u = 0;
    while (u < v->nunits) {
        uint32_t start = u, arg = 0;
        int prefixes = 0;
        while (v->code[2 * u] == OP_EXTENDED_ARG) {
            if (++prefixes > 3)
                return fail(v, off(start), "more than 3 EXTENDED_ARG prefixes");
            arg = (arg << 8) | v->code[2 * u + 1];
            if (++u == v->nunits)
                return fail(v, off(start), "EXTENDED_ARG at the end of the code");
        }
        int op = v->code[2 * u];
        arg = (arg << 8) | v->code[2 * u + 1];
        if (op == OP_CACHE)
            return fail(v, off(u), "CACHE outside an inline cache");
        if (!op_is_defined(op))
            return fail(v, off(u), "invalid opcode %d", op);
        const char *nm = op_info[op].name;
        if (!op_has_arg(op)) {
            if (prefixes)
                return fail(v, off(start), "EXTENDED_ARG before %s, which takes no argument", nm);
            if (arg)
                return fail(v, off(u), "%s takes no argument (got %lu)", nm, (unsigned long)arg);
        }
        unsigned caches = op_info[op].caches;
        for (unsigned k = 1; k <= caches; k++) {
            if (u + k >= v->nunits)
                return fail(v, off(u), "%s's %u CACHE units run past the end of the code",
                            nm, caches);
            uint8_t cop = v->code[2 * (u + k)], carg = v->code[2 * (u + k) + 1];
            if (cop != OP_CACHE || carg != 0) {
                if (cop == OP_CACHE)
                    return fail(v, off(u), "%s: CACHE %u of %u has argument %u",
                                nm, k, caches, carg);
                return fail(v, off(u), "%s: CACHE %u of %u is %s %u", nm, k, caches,
                            op_info[cop].name ? op_info[cop].name : "an invalid opcode", carg);
            }
        }
        Ins *in = &v->ins[v->nins];
        *in = (Ins){ start, u, arg, (uint8_t)op, -1, -1, -1 };
        if (check_arg(v, in) < 0)
            return -1;
        v->at[start] = (int32_t)v->nins++;
        u += 1 + caches;
    }
    return 0;
}

/* ---- structure: jump targets, prologue, call sequences -------------------------- */

/* Why control may not arrive at code unit `t`, or NULL if it may. */
static const char *target_problem(const V *v, int64_t t)
{
    if (t < 0 || t >= v->nunits)
        return "outside the code";
    int32_t i = v->at[t];
    if (i < 0)
        return "not an instruction start";
    if ((size_t)i < v->body)
        return "in the prologue";
    if (v->ins[i].op == OP_CALL)
        return "a CALL (only its PRECALL may lead to it)";
    if (v->ins[i].op == OP_PRECALL && v->ins[i - 1].op == OP_KW_NAMES)
        return "a PRECALL that belongs to a KW_NAMES";
    return NULL;
}

static int check_prologue(V *v)
{
    size_t i = 0;
    const char *ended = "the code ends in the prologue";
    if (v->nfree) {
        if (v->ins[0].op != OP_COPY_FREE_VARS)
            return fail(v, 0, "expected COPY_FREE_VARS %zu (the code has free variables)",
                        v->nfree);
        i++;
    }
    uint8_t *made = calloc(v->nlocalsplus + 1, 1);
    if (!made)
        return fail(v, -1, "out of memory");
    for (; i < v->nins && v->ins[i].op == OP_MAKE_CELL; i++) {
        uint32_t c = v->ins[i].arg;
        if (made[c]) {
            free(made);
            return fail(v, off(v->ins[i].at), "second MAKE_CELL %lu for '%s'",
                        (unsigned long)c, local_name(v, c));
        }
        made[c] = 1;
    }
    for (size_t s = 0; s < v->nlocalsplus; s++) {
        if ((v->kinds[s] & CO_FAST_CELL) && !made[s]) {
            free(made);
            return fail(v, -1, "cell '%s' (slot %zu) has no MAKE_CELL in the prologue",
                        local_name(v, (uint32_t)s), s);
        }
    }
    free(made);
    if (v->gen) {
        if (i >= v->nins)
            return fail(v, -1, "%s", ended);
        if (v->ins[i].op != OP_RETURN_GENERATOR)
            return fail(v, off(v->ins[i].at), "expected RETURN_GENERATOR (generator code), found %s",
                        op_info[v->ins[i].op].name);
        if (++i >= v->nins)
            return fail(v, -1, "%s", ended);
        if (v->ins[i].op != OP_POP_TOP)
            return fail(v, off(v->ins[i].at), "expected POP_TOP after RETURN_GENERATOR, found %s",
                        op_info[v->ins[i].op].name);
        i++;
    }
    if (i >= v->nins)
        return fail(v, -1, "%s", ended);
    if (v->ins[i].op != OP_RESUME || v->ins[i].arg != 0)
        return fail(v, off(v->ins[i].at), "expected RESUME 0 to end the prologue, found %s %lu",
                    op_info[v->ins[i].op].name, (unsigned long)v->ins[i].arg);
    v->body = i + 1;
    for (i = v->body; i < v->nins; i++) {
        const Ins *in = &v->ins[i];
        switch (in->op) {
        case OP_COPY_FREE_VARS: case OP_MAKE_CELL:
            return fail(v, off(in->at), "%s outside the prologue", op_info[in->op].name);
        case OP_RETURN_GENERATOR:
            return fail(v, off(in->at), v->gen ? "RETURN_GENERATOR outside the prologue"
                                               : "RETURN_GENERATOR in code that is not a generator");
        case OP_YIELD_VALUE:
            if (!v->gen)
                return fail(v, off(in->at), "YIELD_VALUE in code that is not a generator");
            break;
        case OP_ASYNC_GEN_WRAP:         /* its wrapper must never escape to Python code */
            if (!(v->co->flags & CO_ASYNC_GENERATOR))
                return fail(v, off(in->at), "ASYNC_GEN_WRAP outside an async generator");
            break;
        default:
            break;
        }
    }
    return 0;
}

static int check_sequences(V *v)
{
    for (size_t i = 0; i < v->nins; i++) {
        Ins *in = &v->ins[i];
        const Ins *next = i + 1 < v->nins ? &v->ins[i + 1] : NULL;
        long long at = off(in->at);
        switch (in->op) {
        case OP_KW_NAMES: {
            size_t nkw = v->co->consts->u.seq.items[in->arg]->u.seq.n;
            if (!next || next->op != OP_PRECALL)
                return fail(v, at, "KW_NAMES is not followed by PRECALL");
            if (nkw > next->arg)
                return fail(v, at, "KW_NAMES has %zu names for PRECALL %lu",
                            nkw, (unsigned long)next->arg);
            break;
        }
        case OP_PRECALL:
            if (!next || next->op != OP_CALL || next->arg != in->arg)
                return fail(v, at, "PRECALL %lu is not followed by CALL %lu",
                            (unsigned long)in->arg, (unsigned long)in->arg);
            break;
        case OP_CALL:
            if (i == 0 || v->ins[i - 1].op != OP_PRECALL)
                return fail(v, at, "CALL does not follow PRECALL");
            break;
        default:
            break;
        }
        if (is_jump(in->op)) {
            int64_t t = (int64_t)in->at + 1 +
                (op_info[in->op].arg_kind == ARG_JUMP_FWD ? (int64_t)in->arg : -(int64_t)in->arg);
            const char *why = target_problem(v, t);
            if (why)
                return fail(v, at, "%s %lu jumps to offset %lld, which is %s",
                            op_info[in->op].name, (unsigned long)in->arg, 2 * (long long)t, why);
            in->target = v->at[t];
        }
    }
    return 0;
}

/* ---- the exception table ------------------------------------------------------- */

static int check_exctable(V *v)
{
    const Obj *t = v->co->exceptiontable;
    ExcIter it;
    ExcEntry e;
    size_t n = 0;
    exct_iter_init(&it, t->u.s.data, t->u.s.len);
    while (exct_iter_next(&it, &e))
        n++;
    if (it.error)
        return fail(v, -1, "malformed exception table (after %zu entries)", n);
    if (n == 0)
        return 0;
    v->exc = malloc(n * sizeof *v->exc);
    if (!v->exc)
        return fail(v, -1, "out of memory");
    exct_iter_init(&it, t->u.s.data, t->u.s.len);
    uint32_t len = 2 * v->nunits;
    uint32_t body = v->body < v->nins ? v->ins[v->body].start * 2 : len;
    for (size_t k = 0; k < n; k++) {
        if (!exct_iter_next(&it, &e))
            return fail(v, -1, "malformed exception table");
        v->exc[k] = e;
        if (e.end <= e.start)
            return fail(v, -1, "exception table entry %zu is empty", k);
        if (e.end > len)
            return fail(v, -1, "exception table entry %zu (offsets %lu-%lu) ends past the code "
                        "(%lu bytes)", k, (unsigned long)e.start, (unsigned long)e.end,
                        (unsigned long)len);
        if (e.start < body)
            return fail(v, -1, "exception table entry %zu (offsets %lu-%lu) covers the prologue",
                        k, (unsigned long)e.start, (unsigned long)e.end);
        if (k > 0 && e.start < v->exc[k - 1].end)
            return fail(v, -1, "exception table entry %zu (offsets %lu-%lu) overlaps or precedes "
                        "entry %zu", k, (unsigned long)e.start, (unsigned long)e.end, k - 1);
        const char *why = target_problem(v, e.target / 2);
        if (why)
            return fail(v, -1, "exception table entry %zu: handler offset %lu is %s",
                        k, (unsigned long)e.target, why);
        if ((int64_t)e.depth + 1 + e.lasti > v->co->stacksize)
            return fail(v, -1, "exception table entry %zu: handler depth %lu exceeds "
                        "co_stacksize %d", k, (unsigned long)e.depth + 1 + e.lasti,
                        (int)v->co->stacksize);
    }
    v->nexc = n;
    /* Each instruction's covering entry (by its opcode's offset, as the
     * interpreter looks it up). */
    size_t k = 0;
    for (size_t i = 0; i < v->nins; i++) {
        uint32_t o = v->ins[i].at * 2;
        while (k < n && v->exc[k].end <= o)
            k++;
        if (k < n && v->exc[k].start <= o)
            v->ins[i].exc = (int32_t)k;
    }
    return 0;
}

/* ---- stack depth: abstract interpretation over the control flow ----------------- */

static int flow_to(V *v, const Ins *from, int32_t to, int64_t depth, int32_t *work, size_t *nwork)
{
    if (depth > v->co->stacksize)
        return fail(v, off(from->at), "stack depth %lld exceeds co_stacksize %d",
                    (long long)depth, (int)v->co->stacksize);
    if (depth < 0)
        return fail(v, off(from->at), "stack depth %lld is negative", (long long)depth);
    Ins *t = &v->ins[to];
    if (t->depth < 0) {
        t->depth = depth;
        work[(*nwork)++] = to;
    } else if (t->depth != depth) {
        return fail(v, off(from->at), "stack depth %lld at offset %lld disagrees with %lld "
                    "from another path", (long long)depth, off(t->start), (long long)t->depth);
    }
    return 0;
}

static int check_stack(V *v)
{
    int32_t *work = malloc(v->nins * sizeof *work);
    if (!work)
        return fail(v, -1, "out of memory");
    size_t nwork = 0;
    int rc = -1;
    v->ins[0].depth = 0;
    work[nwork++] = 0;
    while (nwork > 0) {
        int32_t i = work[--nwork];
        const Ins *in = &v->ins[i];
        const char *nm = op_info[in->op].name;
        int64_t d = in->depth;
        int need = pv_verify_op_inputs(in->op, in->arg);
        if (need < 0) {
            fail(v, off(in->at), "%s has no stack model", nm);
            goto done;
        }
        if (d < need) {
            fail(v, off(in->at), "stack underflow: %s %lu needs %d items, the stack has %lld",
                 nm, (unsigned long)in->arg, need, (long long)d);
            goto done;
        }
        if (in->exc >= 0) {
            const ExcEntry *e = &v->exc[in->exc];
            if ((int64_t)e->depth > d) {
                fail(v, off(in->at), "exception table entry %ld unwinds to depth %lu, "
                     "above the stack depth %lld", (long)in->exc,
                     (unsigned long)e->depth, (long long)d);
                goto done;
            }
            if (flow_to(v, in, v->at[e->target / 2], (int64_t)e->depth + 1 + e->lasti,
                        work, &nwork) < 0)
                goto done;
        }
        if (falls_through(in->op)) {
            if ((size_t)i + 1 >= v->nins) {
                fail(v, off(in->at), "%s falls off the end of the code", nm);
                goto done;
            }
            if (flow_to(v, in, i + 1, d + effect(in, false), work, &nwork) < 0)
                goto done;
        }
        if (in->target >= 0 && flow_to(v, in, in->target, d + effect(in, true), work, &nwork) < 0)
            goto done;
    }
    rc = 0;
done:
    free(work);
    return rc;
}

/* ---- one code object, then the constants ---------------------------------------- */

static int verify_one(const Code *co, char *err, size_t errlen)
{
    V v;
    memset(&v, 0, sizeof v);
    v.co = co;
    v.err = err;
    v.errlen = errlen;
    int rc = -1;
    if (check_fields(&v) < 0 || check_localsplus(&v) < 0)
        return -1;
    size_t units = v.nunits;
    if (units > SIZE_MAX / sizeof *v.ins)       /* a 32-bit size_t */
        return fail(&v, -1, "out of memory");
    v.ins = malloc(v.nunits * sizeof *v.ins);
    v.at = malloc(v.nunits * sizeof *v.at);
    if (!v.ins || !v.at) {
        fail(&v, -1, "out of memory");
        goto done;
    }
    memset(v.at, 0xFF, v.nunits * sizeof *v.at);    /* all -1 */
    if (decode(&v) < 0 || check_prologue(&v) < 0 || check_sequences(&v) < 0 ||
        check_exctable(&v) < 0 || check_stack(&v) < 0)
        goto done;
    LineIter li;
    LineEntry le;
    lnt_iter_init(&li, co->linetable->u.s.data, co->linetable->u.s.len, co->firstlineno);
    while (lnt_iter_next(&li, &le))
        ;
    if (li.error) {
        fail(&v, -1, "malformed location table");
        goto done;
    }
    rc = 0;
done:
    free(v.ins);
    free(v.at);
    free(v.exc);
    return rc;
}

/* Containers and code objects already walked: a marshal graph may share
 * subtrees (back-references), and walking a shared tree twice per sharing
 * level would be exponential. */
typedef struct {
    const void **slots;
    size_t cap, n;
} Seen;

/* Returns 1 if p was new (now added), 0 if seen before, -1 out of memory. */
static int seen_add(Seen *s, const void *p)
{
    if (2 * (s->n + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        const void **slots = calloc(cap, sizeof *slots);
        if (!slots)
            return -1;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slots[i])
                continue;
            size_t h = ((uintptr_t)s->slots[i] >> 4) & (cap - 1);
            while (slots[h])
                h = (h + 1) & (cap - 1);
            slots[h] = s->slots[i];
        }
        free(s->slots);
        s->slots = slots;
        s->cap = cap;
    }
    size_t h = ((uintptr_t)p >> 4) & (s->cap - 1);
    while (s->slots[h]) {
        if (s->slots[h] == p)
            return 0;
        h = (h + 1) & (s->cap - 1);
    }
    s->slots[h] = p;
    s->n++;
    return 1;
}

static int walk(Seen *s, const Obj *o, char *err, size_t errlen);

static int walk_code(Seen *s, const Code *co, char *err, size_t errlen)
{
    if (verify_one(co, err, errlen) < 0)
        return -1;
    const Obj *consts = co->consts;
    for (size_t i = 0; i < consts->u.seq.n; i++)
        if (walk(s, consts->u.seq.items[i], err, errlen) < 0)
            return -1;
    return 0;
}

static int walk(Seen *s, const Obj *o, char *err, size_t errlen)
{
    if (!o)
        return 0;
    size_t n;
    switch ((ObjKind)o->kind) {
    case OBJ_TUPLE: case OBJ_LIST: case OBJ_SET: case OBJ_FROZENSET:
        n = o->u.seq.n;
        break;
    case OBJ_DICT:
        n = 2 * o->u.seq.n;
        break;
    case OBJ_CODE:
        n = 0;
        break;
    default:
        return 0;
    }
    int r = seen_add(s, o);
    if (r < 0) {
        snprintf(err, errlen, "verify: out of memory");
        return -1;
    }
    if (r == 0)
        return 0;
    if (o->kind == OBJ_CODE)
        return walk_code(s, o->u.code, err, errlen);
    for (size_t i = 0; i < n; i++)
        if (walk(s, o->u.seq.items[i], err, errlen) < 0)
            return -1;
    return 0;
}

int pv_verify_code(const Code *co, char *err, size_t errlen)
{
    Seen s = { NULL, 0, 0 };
    int rc = walk_code(&s, co, err, errlen);
    free(s.slots);
    return rc;
}
