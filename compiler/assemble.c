/* compiler/assemble.c: CFG, optimiser and assembler (see assemble.h).
 *
 * Follows the order and the rules of CPython 3.11's assemble() in
 * Python/compile.c; block and instruction references are indices so the
 * arrays can grow.
 */
#include "assemble.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytebuf.h"
#include "exctable.h"
#include "linetable.h"

typedef struct Instr {
    int op, oparg;
    int target;   /* block index for jumps and SETUP_*, else -1 */
    int except;   /* handler block index, -1: none */
    AsmLoc loc;
} Instr;

typedef struct Block {
    Instr *ins;
    int n, cap;
    int next;              /* layout successor, -1 */
    int startdepth;
    int offset;            /* in code units */
    int preds, except_preds;
    int xdepth;            /* explicit handler: unwind depth */
    bool placed, visited, preserve_lasti, explicit_handler, root_handler;
    int *exc_stack;        /* label_exception_targets: handler stack */
    int exc_depth;
} Block;

struct Asm {
    Block *b;
    int nb, capb;
    int entry, cur;
    bool explicit;          /* asm_set_handler used */
    int cur_handler;
    AsmFinalInstr *final;
    int nfinal;
};

#define BLK(as, i) (&(as)->b[(i)])

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "pyc: out of memory\n");
        abort();
    }
    return q;
}

static int new_block(Asm *as)
{
    if (as->nb == as->capb) {
        as->capb = as->capb ? 2 * as->capb : 16;
        as->b = xrealloc(as->b, sizeof(Block) * (size_t)as->capb);
    }
    Block *b = &as->b[as->nb];
    memset(b, 0, sizeof *b);
    b->next = -1;
    return as->nb++;
}

static void add_instr(Asm *as, int bi, Instr in)
{
    Block *b = BLK(as, bi);
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 8;
        b->ins = xrealloc(b->ins, sizeof(Instr) * (size_t)b->cap);
    }
    b->ins[b->n++] = in;
}

Asm *asm_new(void)
{
    Asm *as = xrealloc(NULL, sizeof *as);
    memset(as, 0, sizeof *as);
    as->entry = as->cur = new_block(as);
    as->b[0].placed = true;
    as->cur_handler = -1;
    return as;
}

void asm_free(Asm *as)
{
    if (!as)
        return;
    for (int i = 0; i < as->nb; i++) {
        free(as->b[i].ins);
        free(as->b[i].exc_stack);
    }
    free(as->b);
    free(as->final);
    free(as);
}

/* ---- opcode classes ------------------------------------------------------ */

static bool is_block_push(int op)
{
    return op == PSEUDO_SETUP_FINALLY || op == PSEUDO_SETUP_CLEANUP || op == PSEUDO_SETUP_WITH;
}

static bool is_jump_op(int op)
{
    switch (op) {
    case PSEUDO_JUMP: case PSEUDO_JUMP_NO_INTERRUPT:
    case PSEUDO_POP_JUMP_IF_FALSE: case PSEUDO_POP_JUMP_IF_TRUE:
    case PSEUDO_POP_JUMP_IF_NONE: case PSEUDO_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SEND:
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
    case OP_POP_JUMP_FORWARD_IF_FALSE: case OP_POP_JUMP_FORWARD_IF_TRUE:
    case OP_POP_JUMP_FORWARD_IF_NONE: case OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case OP_POP_JUMP_BACKWARD_IF_FALSE: case OP_POP_JUMP_BACKWARD_IF_TRUE:
    case OP_POP_JUMP_BACKWARD_IF_NONE: case OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
        return true;
    default:
        return false;
    }
}

static bool is_uncond_jump(int op)
{
    return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT || op == OP_JUMP_FORWARD ||
           op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}

static bool is_scope_exit(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static bool has_target(const Instr *in)
{
    return in->target >= 0 && (is_jump_op(in->op) || is_block_push(in->op));
}

/* A real direction-specific jump given to asm_emit is taken as its pseudo form. */
static int to_pseudo(int op)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: return PSEUDO_JUMP;
    case OP_JUMP_BACKWARD_NO_INTERRUPT: return PSEUDO_JUMP_NO_INTERRUPT;
    case OP_POP_JUMP_FORWARD_IF_FALSE: case OP_POP_JUMP_BACKWARD_IF_FALSE: return PSEUDO_POP_JUMP_IF_FALSE;
    case OP_POP_JUMP_FORWARD_IF_TRUE: case OP_POP_JUMP_BACKWARD_IF_TRUE: return PSEUDO_POP_JUMP_IF_TRUE;
    case OP_POP_JUMP_FORWARD_IF_NONE: case OP_POP_JUMP_BACKWARD_IF_NONE: return PSEUDO_POP_JUMP_IF_NONE;
    case OP_POP_JUMP_FORWARD_IF_NOT_NONE: case OP_POP_JUMP_BACKWARD_IF_NOT_NONE: return PSEUDO_POP_JUMP_IF_NOT_NONE;
    default: return op;
    }
}

static const char *const pseudo_names[] = {
    "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
    "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
    "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
};

const char *asm_op_name(int op)
{
    if (op >= PSEUDO_FIRST && op < PSEUDO_END)
        return pseudo_names[op - PSEUDO_FIRST];
    if (op >= 0 && op < 256 && op_info[op].name)
        return op_info[op].name;
    return "?";
}

int asm_op_by_name(const char *name)
{
    for (int i = 0; i < PSEUDO_END - PSEUDO_FIRST; i++)
        if (!strcmp(pseudo_names[i], name))
            return PSEUDO_FIRST + i;
    for (int i = 0; i < 256; i++)
        if (op_is_defined(i) && !strcmp(op_info[i].name, name))
            return i;
    return -1;
}

static bool stack_effect(int op, int oparg, bool jump, int *eff)
{
    switch (op) {
    case PSEUDO_SETUP_FINALLY: *eff = jump ? 1 : 0; return true;
    case PSEUDO_SETUP_CLEANUP: *eff = jump ? 2 : 0; return true;
    case PSEUDO_SETUP_WITH: *eff = jump ? 1 : 0; return true;
    case PSEUDO_POP_BLOCK: case PSEUDO_JUMP: case PSEUDO_JUMP_NO_INTERRUPT: *eff = 0; return true;
    case PSEUDO_POP_JUMP_IF_FALSE: case PSEUDO_POP_JUMP_IF_TRUE:
    case PSEUDO_POP_JUMP_IF_NONE: case PSEUDO_POP_JUMP_IF_NOT_NONE: *eff = -1; return true;
    default: {
        bool ok = true;
        *eff = op_stack_effect(op, oparg, jump, &ok);
        return ok;
    }
    }
}

/* ---- building -------------------------------------------------------------- */

int asm_new_label(Asm *as)
{
    return new_block(as);
}

void asm_use_label(Asm *as, int label)
{
    Block *b = BLK(as, label);
    if (b->placed) {
        fprintf(stderr, "pyc: assembler: label %d used twice\n", label);
        abort();
    }
    b->placed = true;
    b->next = BLK(as, as->cur)->next;
    BLK(as, as->cur)->next = label;
    as->cur = label;
}

static void emit(Asm *as, int op, int oparg, int target, AsmLoc loc)
{
    Block *cb = BLK(as, as->cur);
    if (cb->n > 0) {
        int last = cb->ins[cb->n - 1].op;
        if (is_jump_op(last) || is_scope_exit(last))
            asm_use_label(as, new_block(as));
    }
    Instr in = {op, oparg, target, as->cur_handler, loc};
    if (target >= 0)
        in.oparg = 0;
    add_instr(as, as->cur, in);
}

void asm_emit(Asm *as, int op, int oparg, AsmLoc loc)
{
    emit(as, op, op_has_arg(op) || op >= PSEUDO_FIRST ? oparg : 0, -1, loc);
}

void asm_emit_jump(Asm *as, int op, int label, AsmLoc loc)
{
    emit(as, to_pseudo(op), 0, label, loc);
}

void asm_map_opargs(Asm *as, int (*fn)(void *ctx, int op, int oparg), void *ctx)
{
    for (int bi = 0; bi < as->nb; bi++) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++)
            if (b->ins[i].target < 0)
                b->ins[i].oparg = fn(ctx, b->ins[i].op, b->ins[i].oparg);
    }
}

void asm_mark_handler(Asm *as, int label, int depth, bool lasti)
{
    as->explicit = true;
    Block *h = BLK(as, label);
    h->explicit_handler = true;
    h->root_handler = true;
    h->xdepth = depth;
    h->preserve_lasti = lasti;
}

void asm_set_handler(Asm *as, int label, int depth, bool lasti)
{
    as->explicit = true;
    as->cur_handler = label;
    if (label >= 0) {
        Block *h = BLK(as, label);
        h->explicit_handler = true;
        h->xdepth = depth;
        h->preserve_lasti = lasti;
    }
}

/* ---- CFG helpers ---------------------------------------------------------- */

static Instr *last_instr(Asm *as, int bi)
{
    Block *b = BLK(as, bi);
    return b->n ? &b->ins[b->n - 1] : NULL;
}

static bool has_fallthrough(Asm *as, int bi)
{
    Instr *l = last_instr(as, bi);
    return !l || !(is_uncond_jump(l->op) || is_scope_exit(l->op));
}

static bool exits_scope(Asm *as, int bi)
{
    Instr *l = last_instr(as, bi);
    return l && is_scope_exit(l->op);
}

static int skip_empty(Asm *as, int bi)
{
    while (bi >= 0 && BLK(as, bi)->n == 0)
        bi = BLK(as, bi)->next;
    return bi;
}

#define COPY_LOC(dst, src) ((dst).loc = (src).loc)

/* ---- optimize_cfg ----------------------------------------------------------- */

static bool jump_thread(Asm *as, Instr *inst, const Instr *target, int op)
{
    (void)as;
    if (inst->loc.lineno == target->loc.lineno && inst->target != target->target) {
        inst->target = target->target;
        inst->op = op;
        return true;
    }
    return false;
}

/* swaptimize: replace a run of SWAPs (and NOPs) by the fewest SWAPs giving
 * the same permutation, filling the run from its end. */
static void swaptimize(Instr *ins, int n, int *ix)
{
    Instr *run = &ins[*ix];
    int depth = run[0].oparg, len = 0, limit = n - *ix;
    bool more = false;
    while (++len < limit) {
        if (run[len].op == OP_SWAP) {
            if (run[len].oparg > depth)
                depth = run[len].oparg;
            more = true;
        } else if (run[len].op != OP_NOP) {
            break;
        }
    }
    if (!more)
        return;
    enum { VISITED = -1 };
    int *stack = xrealloc(NULL, sizeof(int) * (size_t)depth);
    for (int i = 0; i < depth; i++)
        stack[i] = i;
    for (int i = 0; i < len; i++) {
        if (run[i].op == OP_SWAP) {
            int o = run[i].oparg, top = stack[0];
            stack[0] = stack[o - 1];
            stack[o - 1] = top;
        }
    }
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i)
            continue;
        int j = i;
        for (;;) {
            if (j) {
                run[current].op = OP_SWAP;
                run[current].target = -1;
                run[current--].oparg = j + 1;
            }
            if (stack[j] == VISITED)
                break;
            int next_j = stack[j];
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while (current >= 0)
        run[current--].op = OP_NOP;
    free(stack);
    *ix += len - 1;
}

#define SWAPPABLE(op) ((op) == OP_STORE_FAST || (op) == OP_POP_TOP)
#define STORES_TO(in) ((in).op == OP_STORE_FAST ? (in).oparg : -1)

static int next_swappable(const Instr *ins, int n, int i, int lineno)
{
    while (++i < n) {
        if (lineno >= 0 && ins[i].loc.lineno != lineno)
            return -1;
        if (ins[i].op == OP_NOP)
            continue;
        return SWAPPABLE(ins[i].op) ? i : -1;
    }
    return -1;
}

/* apply_static_swaps: SWAP(n) followed by n swappable stores becomes the
 * stores reordered (3.11.7, with the same-target guard). */
static void apply_static_swaps(Instr *ins, int n, int i)
{
    for (; i >= 0; i--) {
        Instr *swap = &ins[i];
        if (swap->op != OP_SWAP) {
            if (swap->op == OP_NOP || SWAPPABLE(swap->op))
                continue;
            return;
        }
        int j = next_swappable(ins, n, i, -1);
        if (j < 0)
            return;
        int k = j, lineno = ins[j].loc.lineno;
        for (int count = swap->oparg - 1; count > 0; count--) {
            k = next_swappable(ins, n, k, lineno);
            if (k < 0)
                return;
        }
        int sj = STORES_TO(ins[j]), sk = STORES_TO(ins[k]);
        if (sj >= 0 || sk >= 0) {
            if (sj == sk)
                return;
            for (int x = j + 1; x < k; x++) {
                int sx = STORES_TO(ins[x]);
                if (sx >= 0 && (sx == sj || sx == sk))
                    return;
            }
        }
        swap->op = OP_NOP;
        Instr t = ins[j];
        ins[j] = ins[k];
        ins[k] = t;
    }
}

static void optimize_block(Asm *as, int bi, const AsmConstOps *cops)
{
    static const Instr nop = {OP_NOP, 0, -1, -1, {-1, -1, -1, -1}};
    for (int i = 0; i < BLK(as, bi)->n; i++) {
        Block *bb = BLK(as, bi);
        Instr *inst = &bb->ins[i];
        int oparg = inst->oparg;
        int nextop = i + 1 < bb->n ? bb->ins[i + 1].op : 0;
        Instr target_copy = nop;
        if (has_target(inst)) {
            inst->target = skip_empty(as, inst->target);
            target_copy = BLK(as, inst->target)->ins[0];
        }
        const Instr *target = &target_copy;
        switch (inst->op) {
        case OP_LOAD_CONST:
            if (!cops)
                break;
            if ((nextop == PSEUDO_POP_JUMP_IF_FALSE || nextop == PSEUDO_POP_JUMP_IF_TRUE) && cops->truth) {
                int t = cops->truth(cops->ctx, oparg);
                if (t < 0)
                    break;
                inst->op = OP_NOP;
                bool jit = nextop == PSEUDO_POP_JUMP_IF_TRUE;
                bb->ins[i + 1].op = (t == jit) ? PSEUDO_JUMP : OP_NOP;
            } else if ((nextop == OP_JUMP_IF_FALSE_OR_POP || nextop == OP_JUMP_IF_TRUE_OR_POP) && cops->truth) {
                int t = cops->truth(cops->ctx, oparg);
                if (t < 0)
                    break;
                bool jit = nextop == OP_JUMP_IF_TRUE_OR_POP;
                if (t == jit) {
                    bb->ins[i + 1].op = PSEUDO_JUMP;
                } else {
                    inst->op = OP_NOP;
                    bb->ins[i + 1].op = OP_NOP;
                }
            } else if (nextop == OP_IS_OP && cops->is_none) {
                int jop = i + 2 < bb->n ? bb->ins[i + 2].op : 0;
                if (cops->is_none(cops->ctx, oparg) &&
                    (jop == PSEUDO_POP_JUMP_IF_FALSE || jop == PSEUDO_POP_JUMP_IF_TRUE)) {
                    int nextarg = bb->ins[i + 1].oparg;
                    inst->op = OP_NOP;
                    bb->ins[i + 1].op = OP_NOP;
                    bb->ins[i + 2].op = (nextarg ^ (jop == PSEUDO_POP_JUMP_IF_FALSE))
                                            ? PSEUDO_POP_JUMP_IF_NOT_NONE : PSEUDO_POP_JUMP_IF_NONE;
                }
            }
            break;
        case OP_BUILD_TUPLE:
            if (nextop == OP_UNPACK_SEQUENCE && oparg == bb->ins[i + 1].oparg) {
                if (oparg == 1) {
                    inst->op = OP_NOP;
                    bb->ins[i + 1].op = OP_NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->op = OP_NOP;
                    bb->ins[i + 1].op = OP_SWAP;
                    continue;
                }
            }
            if (cops && cops->fold_tuple && i >= oparg) {
                bool all = true;
                int *idx = xrealloc(NULL, sizeof(int) * (size_t)(oparg + 1));
                for (int k = 0; k < oparg; k++) {
                    Instr *c = &bb->ins[i - oparg + k];
                    if (c->op != OP_LOAD_CONST) {
                        all = false;
                        break;
                    }
                    idx[k] = c->oparg;
                }
                int ni = all ? cops->fold_tuple(cops->ctx, idx, oparg) : -1;
                free(idx);
                if (ni >= 0) {
                    for (int k = 0; k < oparg; k++)
                        bb->ins[i - oparg + k].op = OP_NOP;
                    inst->op = OP_LOAD_CONST;
                    inst->oparg = ni;
                }
            }
            break;
        case OP_JUMP_IF_FALSE_OR_POP:
            switch (target->op) {
            case PSEUDO_POP_JUMP_IF_FALSE:
                i -= jump_thread(as, inst, target, PSEUDO_POP_JUMP_IF_FALSE);
                break;
            case PSEUDO_JUMP: case OP_JUMP_IF_FALSE_OR_POP:
                i -= jump_thread(as, inst, target, OP_JUMP_IF_FALSE_OR_POP);
                break;
            case OP_JUMP_IF_TRUE_OR_POP: case PSEUDO_POP_JUMP_IF_TRUE:
                if (inst->loc.lineno == target->loc.lineno) {
                    inst->op = PSEUDO_POP_JUMP_IF_FALSE;
                    inst->target = BLK(as, inst->target)->next;
                    i--;
                }
                break;
            }
            break;
        case OP_JUMP_IF_TRUE_OR_POP:
            switch (target->op) {
            case PSEUDO_POP_JUMP_IF_TRUE:
                i -= jump_thread(as, inst, target, PSEUDO_POP_JUMP_IF_TRUE);
                break;
            case PSEUDO_JUMP: case OP_JUMP_IF_TRUE_OR_POP:
                i -= jump_thread(as, inst, target, OP_JUMP_IF_TRUE_OR_POP);
                break;
            case OP_JUMP_IF_FALSE_OR_POP: case PSEUDO_POP_JUMP_IF_FALSE:
                if (inst->loc.lineno == target->loc.lineno) {
                    inst->op = PSEUDO_POP_JUMP_IF_TRUE;
                    inst->target = BLK(as, inst->target)->next;
                    i--;
                }
                break;
            }
            break;
        case PSEUDO_POP_JUMP_IF_NOT_NONE: case PSEUDO_POP_JUMP_IF_NONE:
        case PSEUDO_POP_JUMP_IF_FALSE: case PSEUDO_POP_JUMP_IF_TRUE:
        case PSEUDO_JUMP:
            if (target->op == PSEUDO_JUMP)
                i -= jump_thread(as, inst, target, inst->op);
            break;
        case OP_SWAP:
            if (oparg == 1) {
                inst->op = OP_NOP;
                break;
            }
            swaptimize(bb->ins, bb->n, &i);
            apply_static_swaps(bb->ins, bb->n, i);
            break;
        case OP_PUSH_NULL:
            /* CPython tests the LOAD_GLOBAL *opcode* & 1 here (always 0). */
            if (nextop == OP_LOAD_GLOBAL) {
                inst->op = OP_NOP;
                inst->oparg = 0;
                bb->ins[i + 1].oparg |= 1;
            }
            break;
        default:
            break;
        }
    }
}

static void clean_block(Asm *as, int bi, int prev_lineno)
{
    Block *bb = BLK(as, bi);
    int dest = 0;
    for (int src = 0; src < bb->n; src++) {
        int lineno = bb->ins[src].loc.lineno;
        if (bb->ins[src].op == OP_NOP) {
            if (lineno < 0)
                continue;
            if (prev_lineno == lineno)
                continue;
            if (src < bb->n - 1) {
                int next_lineno = bb->ins[src + 1].loc.lineno;
                if (next_lineno == lineno)
                    continue;
                if (next_lineno < 0) {
                    COPY_LOC(bb->ins[src + 1], bb->ins[src]);
                    continue;
                }
            } else {
                int next = skip_empty(as, bb->next);
                if (next >= 0 && lineno == BLK(as, next)->ins[0].loc.lineno)
                    continue;
            }
        }
        if (dest != src)
            bb->ins[dest] = bb->ins[src];
        dest++;
        prev_lineno = lineno;
    }
    bb->n = dest;
}

#define MAX_COPY_SIZE 4

static void extend_block(Asm *as, int bi)
{
    Instr *last = last_instr(as, bi);
    if (!last || last->op != PSEUDO_JUMP)
        return;
    int t = last->target;
    if (exits_scope(as, t) && BLK(as, t)->n <= MAX_COPY_SIZE) {
        /* 3.11 copies only blocks without any line number (the implicit
         * `return None` and the like) */
        for (int i = 0; i < BLK(as, t)->n; i++)
            if (BLK(as, t)->ins[i].loc.lineno >= 0)
                return;
        last->op = OP_NOP;
        int n = BLK(as, t)->n;
        for (int i = 0; i < n; i++)
            add_instr(as, bi, BLK(as, t)->ins[i]);
    }
}

/* newest block first, as CPython walks its block list: a block extended
 * early can itself be copied into an older one */
static void extend_blocks(Asm *as)
{
    bool *in_layout = calloc((size_t)as->nb + 1, 1);
    if (!in_layout)
        abort();
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        in_layout[bi] = true;
    for (int bi = as->nb - 1; bi >= 0; bi--)
        if (in_layout[bi])
            extend_block(as, bi);
    free(in_layout);
}

static void mark_reachable(Asm *as)
{
    for (int i = 0; i < as->nb; i++) {
        as->b[i].preds = as->b[i].except_preds = 0;
        as->b[i].visited = false;
    }
    int *stack = xrealloc(NULL, sizeof(int) * (size_t)(as->nb + 1));
    int sp = 0;
    BLK(as, as->entry)->preds = 1;
    stack[sp++] = as->entry;
    BLK(as, as->entry)->visited = true;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        if (b->root_handler) {
            b->preds++;
            b->except_preds++;
            if (!b->visited) {
                b->visited = true;
                stack[sp++] = bi;
            }
        }
    }
    while (sp > 0) {
        int bi = stack[--sp];
        Block *b = BLK(as, bi);
        b->visited = true;
        if (b->next >= 0 && has_fallthrough(as, bi)) {
            Block *nb = BLK(as, b->next);
            if (!nb->visited) {
                nb->visited = true;
                stack[sp++] = b->next;
            }
            nb->preds++;
        }
        int prev_exc = -1;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            int t = -1;
            bool exc = false;
            if (has_target(in)) {
                t = in->target;
                exc = is_block_push(in->op);
            }
            if (as->explicit && in->except >= 0 && in->except != prev_exc) {
                /* explicit handlers: an edge per run of instructions */
                int h = in->except;
                Block *hb = BLK(as, h);
                if (!hb->visited) {
                    hb->visited = true;
                    stack[sp++] = h;
                }
                hb->preds++;
                hb->except_preds++;
            }
            prev_exc = in->except;
            if (t >= 0) {
                Block *tb = BLK(as, t);
                if (!tb->visited) {
                    tb->visited = true;
                    stack[sp++] = t;
                }
                tb->preds++;
                if (exc)
                    tb->except_preds++;
            }
            /* the stack holds each block at most once */
        }
    }
    free(stack);
}

static void eliminate_empty_blocks(Asm *as)
{
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        int next = BLK(as, bi)->next;
        if (next >= 0) {
            while (BLK(as, next)->n == 0 && BLK(as, next)->next >= 0)
                next = BLK(as, next)->next;
            BLK(as, bi)->next = next;
        }
    }
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++) {
            if (has_target(&b->ins[i]))
                b->ins[i].target = skip_empty(as, b->ins[i].target);
            if (b->ins[i].except >= 0)
                b->ins[i].except = skip_empty(as, b->ins[i].except);
        }
    }
}

static void optimize_cfg(Asm *as, const AsmConstOps *cops, bool peephole)
{
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        if (peephole) {
            optimize_block(as, bi, cops);
            clean_block(as, bi, -1);
        }
    }
    if (peephole)
        extend_blocks(as);
    mark_reachable(as);
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        if (BLK(as, bi)->preds == 0)
            BLK(as, bi)->n = 0;
    /* 3.11.2 cleans each block on its own here (no line carried over
     * from the layout predecessor): measured on the stdlib oracle */
    if (peephole)
        for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
            clean_block(as, bi, -1);
    eliminate_empty_blocks(as);
    bool maybe_empty = false;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Instr *l = last_instr(as, bi);
        if (l && (l->op == PSEUDO_JUMP || l->op == PSEUDO_JUMP_NO_INTERRUPT) &&
            l->target == BLK(as, bi)->next) {
            l->op = OP_NOP;
            maybe_empty = true;
        }
    }
    if (maybe_empty)
        eliminate_empty_blocks(as);
}

/* ---- line numbers --------------------------------------------------------- */

static bool is_exit_without_lineno(Asm *as, int bi)
{
    if (!exits_scope(as, bi))
        return false;
    Block *b = BLK(as, bi);
    for (int i = 0; i < b->n; i++)
        if (b->ins[i].loc.lineno >= 0)
            return false;
    return true;
}

static int copy_block(Asm *as, int bi)
{
    int nb = new_block(as);
    BLK(as, nb)->placed = true;
    int n = BLK(as, bi)->n;
    for (int i = 0; i < n; i++)
        add_instr(as, nb, BLK(as, bi)->ins[i]);
    return nb;
}

static void duplicate_exits_without_lineno(Asm *as)
{
    /* CPython walks its block list, newest block first; the order decides
     * where each copy lands (right after the original). */
    int nb = as->nb;
    bool *in_layout = calloc((size_t)nb + 1, 1);
    if (!in_layout)
        abort();
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        in_layout[bi] = true;
    for (int bi = nb - 1; bi >= 0; bi--) {
        if (!in_layout[bi])
            continue;
        Instr *l = last_instr(as, bi);
        if (!l || !is_jump_op(l->op))
            continue;
        int t = l->target;
        if (is_exit_without_lineno(as, t) && BLK(as, t)->preds > 1) {
            int nt = copy_block(as, t);
            l = last_instr(as, bi);
            COPY_LOC(BLK(as, nt)->ins[0], *l);
            l->target = nt;
            BLK(as, t)->preds--;
            BLK(as, nt)->preds = 1;
            BLK(as, nt)->next = BLK(as, t)->next;
            BLK(as, t)->next = nt;
        }
    }
    free(in_layout);
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        while (BLK(as, bi)->next >= 0 && BLK(as, BLK(as, bi)->next)->n == 0)
            BLK(as, bi)->next = BLK(as, BLK(as, bi)->next)->next;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        if (has_fallthrough(as, bi) && b->next >= 0 && b->n > 0 &&
            is_exit_without_lineno(as, b->next))
            COPY_LOC(BLK(as, b->next)->ins[0], b->ins[b->n - 1]);
    }
}

static void propagate_line_numbers(Asm *as)
{
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        if (b->n == 0)
            continue;
        AsmLoc prev = ASM_NO_LOC;
        for (int i = 0; i < b->n; i++) {
            if (b->ins[i].loc.lineno < 0)
                b->ins[i].loc = prev;
            else
                prev = b->ins[i].loc;
        }
        if (has_fallthrough(as, bi) && b->next >= 0 && BLK(as, b->next)->preds == 1) {
            Block *nb = BLK(as, b->next);
            if (nb->n && nb->ins[0].loc.lineno < 0)
                nb->ins[0].loc = prev;
        }
        Instr *l = &b->ins[b->n - 1];
        if (is_jump_op(l->op)) {
            Block *tb = BLK(as, l->target);
            if (tb->preds == 1 && tb->n && tb->ins[0].loc.lineno < 0)
                tb->ins[0].loc = prev;
        }
    }
}

static void guarantee_lineno_for_exits(Asm *as, int firstlineno)
{
    int lineno = firstlineno;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        if (b->n == 0)
            continue;
        Instr *l = &b->ins[b->n - 1];
        if (l->loc.lineno < 0) {
            if (l->op == OP_RETURN_VALUE)
                for (int i = 0; i < b->n; i++)
                    b->ins[i].loc.lineno = lineno;
        } else {
            lineno = l->loc.lineno;
        }
    }
}

/* ---- stack depth ------------------------------------------------------------ */

static void sd_push(Asm *as, int *stack, int *sp, int bi, int depth)
{
    Block *b = BLK(as, bi);
    if (b->startdepth < depth && b->startdepth < 100) {
        b->startdepth = depth;
        stack[(*sp)++] = bi;
    }
}

static int stackdepth(Asm *as, int code_flags, const char **err)
{
    for (int i = 0; i < as->nb; i++)
        as->b[i].startdepth = INT_MIN;
    /* each push raises a start depth; bound the stack generously */
    size_t cap = (size_t)as->nb * 128 + 16;
    int *stack = xrealloc(NULL, sizeof(int) * cap);
    int sp = 0, maxdepth = 0;
    sd_push(as, stack, &sp, as->entry,
            (code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) ? 1 : 0);
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *h = BLK(as, bi);
        if (h->root_handler) {
            int hd = h->xdepth + 1 + (h->preserve_lasti ? 1 : 0);
            if (hd > maxdepth)
                maxdepth = hd;
            sd_push(as, stack, &sp, bi, hd);
        }
    }
    while (sp > 0) {
        int bi = stack[--sp];
        Block *b = BLK(as, bi);
        int depth = b->startdepth;
        int next = b->next;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &BLK(as, bi)->ins[i];
            int eff;
            if (!stack_effect(in->op, in->oparg, false, &eff)) {
                *err = "invalid opcode";
                free(stack);
                return -1;
            }
            if (as->explicit && in->except >= 0) {
                Block *h = BLK(as, in->except);
                int hd = h->xdepth + 1 + (h->preserve_lasti ? 1 : 0);
                if (hd > maxdepth)
                    maxdepth = hd;
                sd_push(as, stack, &sp, in->except, hd);
            }
            int nd = depth + eff;
            if (nd > maxdepth)
                maxdepth = nd;
            if (depth < 0) {
                *err = "negative stack depth";
                free(stack);
                return -1;
            }
            if (has_target(in)) {
                stack_effect(in->op, in->oparg, true, &eff);
                int td = depth + eff;
                if (td > maxdepth)
                    maxdepth = td;
                sd_push(as, stack, &sp, in->target, td);
            }
            depth = nd;
            if (is_uncond_jump(in->op) || is_scope_exit(in->op)) {
                next = -1;
                break;
            }
        }
        if (next >= 0)
            sd_push(as, stack, &sp, next, depth);
    }
    free(stack);
    return maxdepth;
}

/* ---- exception targets -------------------------------------------------------- */

static void label_exception_targets(Asm *as)
{
    for (int i = 0; i < as->nb; i++) {
        as->b[i].visited = false;
        free(as->b[i].exc_stack);
        as->b[i].exc_stack = NULL;
    }
    int *todo = xrealloc(NULL, sizeof(int) * (size_t)(as->nb + 1));
    int sp = 0;
    /* handler stacks: arrays of block indices, [0] unused (depth 0 = none) */
    int maxd = 64;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        for (int i = 0; i < BLK(as, bi)->n; i++)
            if (is_block_push(BLK(as, bi)->ins[i].op))
                maxd++;
    Block *e = BLK(as, as->entry);
    e->exc_stack = xrealloc(NULL, sizeof(int) * (size_t)maxd);
    e->exc_depth = 0;
    e->visited = true;
    todo[sp++] = as->entry;
    while (sp > 0) {
        int bi = todo[--sp];
        int *stack = BLK(as, bi)->exc_stack;
        int depth = BLK(as, bi)->exc_depth;
        BLK(as, bi)->exc_stack = NULL;
        int handler = depth > 0 ? stack[depth] : -1;
        for (int i = 0; i < BLK(as, bi)->n; i++) {
            Instr *in = &BLK(as, bi)->ins[i];
            if (is_block_push(in->op)) {
                Block *t = BLK(as, in->target);
                if (!t->visited) {
                    t->exc_stack = xrealloc(NULL, sizeof(int) * (size_t)maxd);
                    memcpy(t->exc_stack, stack, sizeof(int) * (size_t)(depth + 1));
                    t->exc_depth = depth;
                    t->visited = true;
                    todo[sp++] = in->target;
                }
                if (in->op == PSEUDO_SETUP_WITH || in->op == PSEUDO_SETUP_CLEANUP)
                    t->preserve_lasti = true;
                stack[++depth] = in->target;
                handler = in->target;
            } else if (in->op == PSEUDO_POP_BLOCK) {
                if (depth > 0)
                    depth--;
                handler = depth > 0 ? stack[depth] : -1;
            } else if (is_jump_op(in->op)) {
                in->except = handler;
                Block *t = BLK(as, in->target);
                if (!t->visited) {
                    t->visited = true;
                    t->exc_depth = depth;
                    if (has_fallthrough(as, bi)) {
                        t->exc_stack = xrealloc(NULL, sizeof(int) * (size_t)maxd);
                        memcpy(t->exc_stack, stack, sizeof(int) * (size_t)(depth + 1));
                    } else {
                        t->exc_stack = stack;
                        stack = NULL;
                    }
                    todo[sp++] = in->target;
                }
            } else {
                in->except = handler;
            }
        }
        int next = BLK(as, bi)->next;
        if (has_fallthrough(as, bi) && next >= 0 && !BLK(as, next)->visited) {
            BLK(as, next)->exc_stack = stack;
            BLK(as, next)->exc_depth = depth;
            BLK(as, next)->visited = true;
            todo[sp++] = next;
        } else {
            free(stack);
        }
    }
    free(todo);
}

static void convert_exception_handlers_to_nops(Asm *as)
{
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (is_block_push(in->op) || in->op == PSEUDO_POP_BLOCK) {
                in->op = OP_NOP;
                in->target = -1;
            }
        }
    }
}

/* ---- final layout ------------------------------------------------------------ */

static void normalize_jumps(Asm *as)
{
    for (int i = 0; i < as->nb; i++)
        as->b[i].visited = false;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        b->visited = true;
        Instr *l = last_instr(as, bi);
        if (!l || !has_target(l))
            continue;
        bool fwd = !BLK(as, l->target)->visited;
        switch (l->op) {
        case PSEUDO_JUMP: l->op = fwd ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD; break;
        case PSEUDO_JUMP_NO_INTERRUPT: l->op = fwd ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD_NO_INTERRUPT; break;
        case PSEUDO_POP_JUMP_IF_FALSE:
            l->op = fwd ? OP_POP_JUMP_FORWARD_IF_FALSE : OP_POP_JUMP_BACKWARD_IF_FALSE; break;
        case PSEUDO_POP_JUMP_IF_TRUE:
            l->op = fwd ? OP_POP_JUMP_FORWARD_IF_TRUE : OP_POP_JUMP_BACKWARD_IF_TRUE; break;
        case PSEUDO_POP_JUMP_IF_NONE:
            l->op = fwd ? OP_POP_JUMP_FORWARD_IF_NONE : OP_POP_JUMP_BACKWARD_IF_NONE; break;
        case PSEUDO_POP_JUMP_IF_NOT_NONE:
            l->op = fwd ? OP_POP_JUMP_FORWARD_IF_NOT_NONE : OP_POP_JUMP_BACKWARD_IF_NOT_NONE; break;
        default: break;
        }
    }
}

static int instr_size(const Instr *in)
{
    int oparg = op_has_arg(in->op) ? in->oparg : 0;
    int ext = (oparg > 0xFFFFFF) + (oparg > 0xFFFF) + (oparg > 0xFF);
    return ext + 1 + op_info[in->op].caches;
}

static bool assemble_jump_offsets(Asm *as, const char **err)
{
    bool again;
    do {
        int tot = 0;
        for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
            Block *b = BLK(as, bi);
            b->offset = tot;
            for (int i = 0; i < b->n; i++)
                tot += instr_size(&b->ins[i]);
        }
        again = false;
        for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
            Block *b = BLK(as, bi);
            int pos = b->offset;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->ins[i];
                int isize = instr_size(in);
                pos += isize;
                if (!has_target(in))
                    continue;
                int t = BLK(as, in->target)->offset;
                bool back = op_info[in->op].arg_kind == ARG_JUMP_BACK;
                if (t < pos) {
                    if (!back) {
                        *err = "forward jump to an earlier block";
                        return false;
                    }
                    in->oparg = pos - t;
                } else {
                    if (back) {
                        *err = "backward jump to a later block";
                        return false;
                    }
                    in->oparg = t - pos;
                }
                if (instr_size(in) != isize)
                    again = true;
            }
        }
    } while (again);
    return true;
}

static void emit_code(Asm *as, ByteBuf *code)
{
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            int oparg = op_has_arg(in->op) ? in->oparg : 0;
            int size = instr_size(in) - op_info[in->op].caches;
            for (int s = size - 1; s > 0; s--) {
                bb_byte(code, OP_EXTENDED_ARG);
                bb_byte(code, (uint8_t)((oparg >> (8 * s)) & 0xFF));
            }
            bb_byte(code, (uint8_t)in->op);
            bb_byte(code, (uint8_t)(oparg & 0xFF));
            for (int c = 0; c < op_info[in->op].caches; c++) {
                bb_byte(code, 0);
                bb_byte(code, 0);
            }
        }
    }
}

static void emit_locations(Asm *as, ByteBuf *lt, int firstlineno)
{
    int prev = firstlineno;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++) {
            AsmLoc l = b->ins[i].loc;
            lnt_encode(lt, &prev, instr_size(&b->ins[i]), l.lineno, l.end_lineno, l.col, l.end_col);
        }
    }
}

static void emit_exc_entry(Asm *as, ByteBuf *et, int start, int end, int h)
{
    Block *hb = BLK(as, h);
    ExcEntry e;
    e.start = (uint32_t)start * 2;
    e.end = (uint32_t)end * 2;
    e.target = (uint32_t)hb->offset * 2;
    int depth = hb->startdepth - 1 - (hb->preserve_lasti ? 1 : 0);
    if (as->explicit)
        depth = hb->xdepth;
    e.depth = (uint32_t)(depth < 0 ? 0 : depth);
    e.lasti = hb->preserve_lasti;
    exct_encode(et, &e);
}

static void emit_exception_table(Asm *as, ByteBuf *et)
{
    int handler = -1, start = -1, off = 0;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        off = b->offset;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (in->except != handler) {
                if (handler >= 0)
                    emit_exc_entry(as, et, start, off, handler);
                start = off;
                handler = in->except;
            }
            off += instr_size(in);
        }
    }
    if (handler >= 0)
        emit_exc_entry(as, et, start, off, handler);
}

static void insert_at(Asm *as, int bi, int pos, Instr in)
{
    add_instr(as, bi, in);
    Block *b = BLK(as, bi);
    memmove(&b->ins[pos + 1], &b->ins[pos], sizeof(Instr) * (size_t)(b->n - 1 - pos));
    b->ins[pos] = in;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void insert_prefix_instructions(Asm *as, const AsmCodeInfo *info)
{
    int e = as->entry;
    if (info->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        Instr gen = {OP_RETURN_GENERATOR, 0, -1, -1, {info->firstlineno, info->firstlineno, -1, -1}};
        Instr pop = {OP_POP_TOP, 0, -1, -1, ASM_NO_LOC};
        insert_at(as, e, 0, gen);
        insert_at(as, e, 1, pop);
    }
    if (info->ncells > 0) {
        int *sorted = xrealloc(NULL, sizeof(int) * (size_t)info->ncells);
        memcpy(sorted, info->cell_slots, sizeof(int) * (size_t)info->ncells);
        qsort(sorted, (size_t)info->ncells, sizeof(int), cmp_int);
        for (int i = 0; i < info->ncells; i++) {
            Instr mk = {OP_MAKE_CELL, sorted[i], -1, -1, ASM_NO_LOC};
            insert_at(as, e, i, mk);
        }
        free(sorted);
    }
    if (info->nfreevars > 0) {
        Instr cp = {OP_COPY_FREE_VARS, info->nfreevars, -1, -1, ASM_NO_LOC};
        insert_at(as, e, 0, cp);
    }
}

static int max_const_index(Asm *as)
{
    int m = 0;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++)
            if ((b->ins[i].op == OP_LOAD_CONST || b->ins[i].op == OP_KW_NAMES) && b->ins[i].oparg > m)
                m = b->ins[i].oparg;
    }
    return m;
}

Code *asm_assemble(Asm *as, Arena *arena, const AsmCodeInfo *info, const char **err)
{
    const char *dummy;
    if (!err)
        err = &dummy;
    *err = NULL;
    /* every label must be placed, every target a placed block */
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++) {
            int t = b->ins[i].target;
            if ((t >= 0 && !BLK(as, t)->placed) ||
                (b->ins[i].except >= 0 && !BLK(as, b->ins[i].except)->placed)) {
                *err = "jump to a label that was never used";
                return NULL;
            }
            if (t < 0 && (is_jump_op(b->ins[i].op) || is_block_push(b->ins[i].op))) {
                *err = "jump without a target";
                return NULL;
            }
        }
    }
    /* normalize_basic_block: skip empty blocks in jump targets */
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next) {
        Block *b = BLK(as, bi);
        for (int i = 0; i < b->n; i++) {
            if (b->ins[i].target >= 0) {
                int t = skip_empty(as, b->ins[i].target);
                if (t < 0) {
                    *err = "jump past the end of the code";
                    return NULL;
                }
                BLK(as, bi)->ins[i].target = t;
            }
        }
    }
    /* 3.11's assemble() extends blocks once before optimize_cfg does it
     * again, so chains of jumps to small exits collapse in two steps */
    if (!info->no_optimize && !info->reassemble)
        extend_blocks(as);
    if (info->add_prefix)
        insert_prefix_instructions(as, info);
    if (!info->no_optimize)
        optimize_cfg(as, info->const_ops, !info->reassemble);
    else
        mark_reachable(as);
    duplicate_exits_without_lineno(as);
    int nconsts = info->consts ? (int)info->consts->u.seq.n : 0;
    if (!info->keep_consts && nconsts > max_const_index(as) + 1)
        nconsts = max_const_index(as) + 1;
    propagate_line_numbers(as);
    guarantee_lineno_for_exits(as, info->firstlineno);
    int maxdepth = stackdepth(as, info->flags, err);
    if (maxdepth < 0)
        return NULL;
    if (!as->explicit)
        label_exception_targets(as);
    convert_exception_handlers_to_nops(as);
    if (!info->reassemble)
        for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
            clean_block(as, bi, -1);
    normalize_jumps(as);
    if (!assemble_jump_offsets(as, err))
        return NULL;

    ByteBuf code, lt, et;
    bb_init(&code);
    bb_init(&lt);
    bb_init(&et);
    emit_code(as, &code);
    emit_locations(as, &lt, info->firstlineno);
    emit_exception_table(as, &et);

    Code *co = arena_alloc(arena, sizeof(Code));
    co->argcount = info->argcount;
    co->posonlyargcount = info->posonlyargcount;
    co->kwonlyargcount = info->kwonlyargcount;
    co->stacksize = maxdepth;
    co->flags = info->flags;
    co->code = obj_bytes(arena, code.data, code.len);
    if (info->consts && nconsts < (int)info->consts->u.seq.n) {
        Obj *t = obj_seq(arena, OBJ_TUPLE, (size_t)nconsts);
        for (int i = 0; i < nconsts; i++)
            t->u.seq.items[i] = info->consts->u.seq.items[i];
        co->consts = t;
    } else {
        co->consts = info->consts ? info->consts : obj_seq(arena, OBJ_TUPLE, 0);
    }
    co->names = info->names ? info->names : obj_seq(arena, OBJ_TUPLE, 0);
    co->localsplusnames = info->localsplusnames ? info->localsplusnames : obj_seq(arena, OBJ_TUPLE, 0);
    co->localspluskinds = info->localspluskinds ? info->localspluskinds : obj_bytes(arena, "", 0);
    co->filename = info->filename ? info->filename : obj_str_cstr(arena, "", false);
    co->name = info->name ? info->name : obj_str_cstr(arena, "", false);
    co->qualname = info->qualname ? info->qualname : co->name;
    co->firstlineno = info->firstlineno;
    co->linetable = obj_bytes(arena, lt.data, lt.len);
    co->exceptiontable = obj_bytes(arena, et.data, et.len);
    bb_free(&code);
    bb_free(&lt);
    bb_free(&et);

    /* keep the final instruction list for tests */
    int n = 0;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        n += BLK(as, bi)->n;
    free(as->final);
    as->final = xrealloc(NULL, sizeof(AsmFinalInstr) * (size_t)(n + 1));
    as->nfinal = 0;
    for (int bi = as->entry; bi >= 0; bi = BLK(as, bi)->next)
        for (int i = 0; i < BLK(as, bi)->n; i++) {
            Instr *in = &BLK(as, bi)->ins[i];
            as->final[as->nfinal++] = (AsmFinalInstr){in->op, in->oparg, in->loc};
        }
    return co;
}

int asm_final_instrs(const Asm *as, const AsmFinalInstr **out)
{
    *out = as->final;
    return as->nfinal;
}
