/* tests/unit/test_assemble.c: the assembler's structured path and the
 * optimisations that the oracle test (tests/frontend/check_assemble.py) can't
 * reach because its input is already optimised.  Expected results are either
 * python3.11 output for the same source (noted) or derived from CPython 3.11's
 * compile.c rules (noted). */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "assemble.h"
#include "exctable.h"

#define L(l, el, c, ec) ((AsmLoc){l, el, c, ec})
#define NL ASM_NO_LOC

static Arena arena;

static char *hex(const Obj *o)
{
    static char buf[4][4096];
    static int k;
    char *b = buf[k++ & 3];
    b[0] = 0;
    for (size_t i = 0; i < o->u.s.len && i < 2000; i++)
        sprintf(b + 2 * i, "%02x", o->u.s.data[i]);
    return b;
}

static Code *run(Asm *as, int flags, int firstlineno, const AsmConstOps *ops)
{
    AsmCodeInfo info = {0};
    info.flags = flags;
    info.firstlineno = firstlineno;
    info.keep_consts = true;
    info.const_ops = ops;
    const char *err = NULL;
    Code *co = asm_assemble(as, &arena, &info, &err);
    ck_assert_msg(co != NULL, "assemble failed: %s", err ? err : "?");
    return co;
}

static void setup(void) { arena_init(&arena); }
static void teardown(void) { arena_free(&arena); }

/* python3.11 for:
 * def f():
 *     try:
 *         g()
 *     except:
 *         pass
 * fed as 3.11 codegen emits it (SETUP_FINALLY, SETUP_CLEANUP, POP_BLOCK, an implicit
 * return reached by two jumps, the try's location on SETUP_FINALLY). */
START_TEST(t_try_except_matches_cpython)
{
    Asm *as = asm_new();
    int except = asm_new_label(as), cleanup = asm_new_label(as), end = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit_jump(as, PSEUDO_SETUP_FINALLY, except, L(2, 5, 4, 12));
    asm_emit(as, OP_LOAD_GLOBAL, 1, L(3, 3, 8, 9));
    asm_emit(as, OP_PRECALL, 0, L(3, 3, 8, 11));
    asm_emit(as, OP_CALL, 0, L(3, 3, 8, 11));
    asm_emit(as, OP_POP_TOP, 0, L(3, 3, 8, 11));
    asm_emit(as, PSEUDO_POP_BLOCK, 0, NL);
    asm_emit_jump(as, PSEUDO_JUMP, end, NL);
    asm_use_label(as, except);
    asm_emit_jump(as, PSEUDO_SETUP_CLEANUP, cleanup, NL);
    asm_emit(as, OP_PUSH_EXC_INFO, 0, NL);
    asm_emit(as, OP_POP_TOP, 0, L(4, 5, 4, 12));
    asm_emit(as, OP_NOP, 0, L(5, 5, 8, 12));
    asm_emit(as, PSEUDO_POP_BLOCK, 0, NL);
    asm_emit(as, OP_POP_EXCEPT, 0, NL);
    asm_emit_jump(as, PSEUDO_JUMP, end, NL);
    asm_use_label(as, cleanup);
    asm_emit(as, OP_COPY, 3, NL);
    asm_emit(as, OP_POP_EXCEPT, 0, NL);
    asm_emit(as, OP_RERAISE, 1, NL);
    asm_use_label(as, end);
    asm_emit(as, OP_LOAD_CONST, 0, NL);
    asm_emit(as, OP_RETURN_VALUE, 0, NL);
    Code *co = run(as, CO_OPTIMIZED | CO_NEWLOCALS, 1, NULL);
    ck_assert_str_eq(hex(co->code), "97000900740100000000000000000000a6000000ab00000000000000000001006400530023000100590064005300780359007701");
    ck_assert_str_eq(hex(co->linetable), "8000f00203050ddd080989038c03880388038803f8f00201050dd8080c88048804f8f8f8");
    ck_assert_str_eq(hex(co->exceptiontable), "820e120092021703");
    ck_assert_int_eq(co->stacksize, 4);
    asm_free(as);
}
END_TEST

/* python3.11 for "def f(a):\n    if a:\n        return 1\n    return 2" */
START_TEST(t_if_return_matches_cpython)
{
    Asm *as = asm_new();
    int els = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_FAST, 0, L(2, 2, 7, 8));
    asm_emit_jump(as, PSEUDO_POP_JUMP_IF_FALSE, els, L(2, 2, 7, 8));
    asm_emit(as, OP_LOAD_CONST, 1, L(3, 3, 15, 16));
    asm_emit(as, OP_RETURN_VALUE, 0, L(3, 3, 8, 16));
    asm_use_label(as, els);
    asm_emit(as, OP_LOAD_CONST, 2, L(4, 4, 11, 12));
    asm_emit(as, OP_RETURN_VALUE, 0, L(4, 4, 4, 12));
    Code *co = run(as, 3, 1, NULL);
    ck_assert_str_eq(hex(co->code), "97007c0072026401530064025300");
    ck_assert_int_eq(co->stacksize, 1);
    asm_free(as);
}
END_TEST

/* Exception targets from SETUP_*: SETUP_WITH/SETUP_CLEANUP set lasti, the
 * table depth is the handler's entry depth minus the pushed values, and
 * the SETUP/POP_BLOCK NOPs themselves get no handler (compile.c 3.11). */
START_TEST(t_exception_targets)
{
    Asm *as = asm_new();
    int h1 = asm_new_label(as), h2 = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_CONST, 0, L(2, 2, 0, 1));
    asm_emit_jump(as, PSEUDO_SETUP_WITH, h1, L(2, 2, 0, 1));
    asm_emit(as, OP_LOAD_CONST, 0, L(3, 3, 0, 1));
    asm_emit_jump(as, PSEUDO_SETUP_FINALLY, h2, L(3, 3, 0, 1));
    asm_emit(as, OP_LOAD_CONST, 0, L(3, 3, 0, 1));
    asm_emit(as, OP_POP_TOP, 0, L(3, 3, 0, 1));
    asm_emit(as, PSEUDO_POP_BLOCK, 0, NL);
    asm_emit(as, OP_POP_TOP, 0, L(4, 4, 0, 1));
    asm_emit(as, PSEUDO_POP_BLOCK, 0, NL);
    asm_emit(as, OP_RETURN_VALUE, 0, L(5, 5, 0, 1));
    asm_use_label(as, h2);
    asm_emit(as, OP_POP_TOP, 0, L(6, 6, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(6, 6, 0, 1));
    asm_use_label(as, h1);
    asm_emit(as, OP_RERAISE, 0, L(7, 7, 0, 1));
    Code *co = run(as, 3, 1, NULL);
    ExcIter it;
    ExcEntry e[4];
    int n = 0;
    exct_iter_init(&it, co->exceptiontable->u.s.data, co->exceptiontable->u.s.len);
    while (n < 4 && exct_iter_next(&it, &e[n]))
        n++;
    ck_assert(!it.error);
    /* SETUP/POP_BLOCK NOPs vanish (same line / no line).  The handler h2
     * inherits the handler stack at its SETUP, so its code is covered by h1:
     * 4 ranges h1, h2, h1, h1. */
    ck_assert_int_eq(n, 4);
    ck_assert_uint_eq(e[3].target, e[0].target);
    /* LOAD_CONST(3) -> h1 [depth 1, lasti]; LOAD_CONST POP_TOP -> h2 [2];
     * POP_TOP(4) -> h1 */
    ck_assert_uint_eq(e[0].depth, 0);  /* SETUP_WITH at depth 1: 1+1-1-1 */
    ck_assert(e[0].lasti);
    ck_assert_uint_eq(e[1].depth, 2);
    ck_assert(!e[1].lasti);
    ck_assert_uint_eq(e[2].target, e[0].target);
    ck_assert_int_eq(co->stacksize, 3);
    asm_free(as);
}
END_TEST

/* Jump direction and EXTENDED_ARG growth to a fixpoint. */
START_TEST(t_extended_arg)
{
    Asm *as = asm_new();
    int top = asm_new_label(as), out = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_use_label(as, top);
    asm_emit(as, OP_LOAD_FAST, 0, L(2, 2, 0, 1));
    asm_emit_jump(as, PSEUDO_POP_JUMP_IF_FALSE, out, L(2, 2, 0, 1));
    for (int i = 0; i < 254; i++)
        asm_emit(as, OP_NOP, 0, L(3 + i, 3 + i, 0, 1));
    asm_emit_jump(as, PSEUDO_JUMP, top, L(300, 300, 0, 1));
    asm_use_label(as, out);
    asm_emit(as, OP_LOAD_CONST, 0, L(301, 301, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(301, 301, 0, 1));
    Code *co = run(as, 3, 1, NULL);
    const uint8_t *c = co->code->u.s.data;
    /* forward: 254 NOPs + JUMP_BACKWARD with EXTENDED_ARG = 256 units */
    ck_assert_int_eq(c[4], OP_EXTENDED_ARG);
    ck_assert_int_eq(c[5], 1);
    ck_assert_int_eq(c[6], OP_POP_JUMP_FORWARD_IF_FALSE);
    ck_assert_int_eq(c[7], 0);
    size_t j = 8 + 2 * 254;
    ck_assert_int_eq(c[j], OP_EXTENDED_ARG);
    ck_assert_int_eq(c[j + 2], OP_JUMP_BACKWARD);
    int back = (c[j + 1] << 8) | c[j + 3];
    ck_assert_int_eq(back, (int)(j + 4 - 2) / 2);
    asm_free(as);
}
END_TEST

/* optimize_basic_block: JUMP to JUMP on the same line is threaded; the
 * intermediate JUMP becomes unreachable and goes. */
START_TEST(t_jump_threading)
{
    Asm *as = asm_new();
    int a = asm_new_label(as), b = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_FAST, 0, L(2, 2, 0, 1));
    asm_emit_jump(as, PSEUDO_POP_JUMP_IF_TRUE, a, L(2, 2, 0, 1));
    asm_emit(as, OP_LOAD_CONST, 0, L(3, 3, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(3, 3, 0, 1));
    asm_use_label(as, a);
    asm_emit_jump(as, PSEUDO_JUMP, b, L(2, 2, 0, 1));
    asm_use_label(as, b);
    for (int i = 0; i < 5; i++)
        asm_emit(as, OP_NOP, 0, L(4 + i, 4 + i, 0, 1));
    asm_emit(as, OP_LOAD_CONST, 0, L(9, 9, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(9, 9, 0, 1));
    run(as, 3, 1, NULL);
    const AsmFinalInstr *f;
    int n = asm_final_instrs(as, &f);
    /* RESUME LOAD_FAST POP_JUMP LOAD_CONST RETURN_VALUE, 5 NOPs (distinct
     * lines), LOAD_CONST RETURN_VALUE: the JUMP block is gone */
    ck_assert_int_eq(n, 12);
    ck_assert_int_eq(f[2].op, OP_POP_JUMP_FORWARD_IF_TRUE);
    ck_assert_int_eq(f[2].oparg, 2);   /* over LOAD_CONST RETURN_VALUE only */
    asm_free(as);
}
END_TEST

/* clean_basic_block: a NOP goes if it has no line, repeats the previous
 * line, or the next instruction has its line or none (which inherits it). */
START_TEST(t_nop_removal)
{
    Asm *as = asm_new();
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_NOP, 0, NL);                 /* no line: gone */
    asm_emit(as, OP_NOP, 0, L(1, 1, 3, 4));      /* same as previous: gone */
    asm_emit(as, OP_NOP, 0, L(2, 2, 0, 4));      /* kept: next is line 3 */
    asm_emit(as, OP_NOP, 0, L(3, 3, 0, 4));      /* next has no line: gone, gives it this one */
    asm_emit(as, OP_LOAD_CONST, 0, NL);
    asm_emit(as, OP_RETURN_VALUE, 0, L(3, 3, 0, 9));
    run(as, 3, 1, NULL);
    const AsmFinalInstr *f;
    int n = asm_final_instrs(as, &f);
    ck_assert_int_eq(n, 4);
    ck_assert_int_eq(f[1].op, OP_NOP);
    ck_assert_int_eq(f[1].loc.lineno, 2);
    ck_assert_int_eq(f[2].op, OP_LOAD_CONST);
    ck_assert_int_eq(f[2].loc.lineno, 3);
    ck_assert_int_eq(f[2].loc.end_col, 4);
    asm_free(as);
}
END_TEST

static int truth(void *ctx, int idx) { (void)ctx; return idx == 1; }
static bool is_none(void *ctx, int idx) { (void)ctx; return idx == 0; }

/* LOAD_CONST <true>; POP_JUMP_IF_FALSE: both go, the branch is dead. */
START_TEST(t_const_jump)
{
    AsmConstOps ops = {NULL, truth, is_none, NULL};
    Asm *as = asm_new();
    int els = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_CONST, 1, L(2, 2, 3, 7));
    asm_emit_jump(as, PSEUDO_POP_JUMP_IF_FALSE, els, L(2, 2, 3, 7));
    asm_emit(as, OP_LOAD_CONST, 2, L(3, 3, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(3, 3, 0, 1));
    asm_use_label(as, els);
    asm_emit(as, OP_LOAD_CONST, 0, L(4, 4, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(4, 4, 0, 1));
    run(as, 3, 1, &ops);
    const AsmFinalInstr *f;
    int n = asm_final_instrs(as, &f);
    /* RESUME NOP(line 2 kept: next is line 3) LOAD_CONST RETURN_VALUE */
    ck_assert_int_eq(n, 4);
    ck_assert_int_eq(f[1].op, OP_NOP);
    ck_assert_int_eq(f[2].oparg, 2);
    asm_free(as);
}
END_TEST

/* extend_block copies a small exit block over a JUMP; duplicated exits
 * without a line get the jump's location; generator entry depth is 1. */
START_TEST(t_exits)
{
    Asm *as = asm_new();
    int end = asm_new_label(as), b2 = asm_new_label(as);
    asm_emit(as, OP_RETURN_GENERATOR, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_POP_TOP, 0, NL);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_FAST, 0, L(2, 2, 3, 4));
    asm_emit_jump(as, PSEUDO_POP_JUMP_IF_FALSE, b2, L(2, 2, 3, 4));
    asm_emit(as, OP_LOAD_FAST, 1, L(3, 3, 4, 5));
    asm_emit(as, OP_POP_TOP, 0, L(3, 3, 4, 5));
    asm_emit_jump(as, PSEUDO_JUMP, end, L(3, 3, 4, 5));
    asm_use_label(as, b2);
    asm_emit(as, OP_LOAD_FAST, 2, L(5, 5, 4, 5));
    asm_emit_jump(as, PSEUDO_POP_JUMP_IF_TRUE, end, L(5, 5, 4, 5));
    asm_emit(as, OP_LOAD_FAST, 2, L(6, 6, 4, 5));
    asm_emit(as, OP_POP_TOP, 0, L(6, 6, 4, 5));
    asm_use_label(as, end);
    asm_emit(as, OP_LOAD_CONST, 0, NL);
    asm_emit(as, OP_RETURN_VALUE, 0, NL);
    Code *co = run(as, CO_GENERATOR | 3, 1, NULL);
    ck_assert_int_eq(co->stacksize, 1);  /* entry depth 1, POP_TOP -> 0 */
    const AsmFinalInstr *f;
    int n = asm_final_instrs(as, &f);
    /* the unconditional JUMP was replaced by a copy of the exit block */
    ck_assert_int_eq(f[7].op, OP_LOAD_CONST);
    ck_assert_int_eq(f[7].loc.lineno, 3);
    ck_assert_int_eq(f[8].op, OP_RETURN_VALUE);
    /* POP_JUMP_IF_TRUE to the exit block (2 predecessors): duplicated,
     * located at the jump; the fallthrough copy takes line 6 */
    int returns = 0;
    for (int i = 0; i < n; i++)
        if (f[i].op == OP_RETURN_VALUE) {
            returns++;
            ck_assert_int_ge(f[i].loc.lineno, 3);
        }
    ck_assert_int_eq(returns, 3);
    asm_free(as);
}
END_TEST

/* BUILD_TUPLE n; UNPACK_SEQUENCE n -> NOP NOP (1), SWAP (2, 3), and the
 * SWAP 2 is then applied statically to the two stores;
 * PUSH_NULL; LOAD_GLOBAL i -> LOAD_GLOBAL i|1. */
START_TEST(t_peephole_misc)
{
    Asm *as = asm_new();
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_FAST, 0, L(2, 2, 0, 1));
    asm_emit(as, OP_LOAD_FAST, 1, L(2, 2, 0, 1));
    asm_emit(as, OP_BUILD_TUPLE, 2, L(2, 2, 0, 1));
    asm_emit(as, OP_UNPACK_SEQUENCE, 2, L(2, 2, 0, 1));
    asm_emit(as, OP_STORE_FAST, 0, L(2, 2, 0, 1));
    asm_emit(as, OP_STORE_FAST, 1, L(2, 2, 0, 1));
    asm_emit(as, OP_PUSH_NULL, 0, L(3, 3, 0, 1));
    asm_emit(as, OP_LOAD_GLOBAL, 4, L(3, 3, 0, 1));
    asm_emit(as, OP_PRECALL, 0, L(3, 3, 0, 1));
    asm_emit(as, OP_CALL, 0, L(3, 3, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(3, 3, 0, 1));
    run(as, 3, 1, NULL);
    const AsmFinalInstr *f;
    int n = asm_final_instrs(as, &f);
    ck_assert_int_eq(n, 9);
    ck_assert_int_eq(f[3].op, OP_STORE_FAST);
    ck_assert_int_eq(f[3].oparg, 1);
    ck_assert_int_eq(f[4].oparg, 0);
    ck_assert_int_eq(f[5].op, OP_LOAD_GLOBAL);
    ck_assert_int_eq(f[5].oparg, 5);
    asm_free(as);
}
END_TEST

/* Unreachable code after RETURN_VALUE goes; unused trailing consts are
 * trimmed unless keep_consts. */
/* python3.11: "a, b = b, a" -> LOAD_FAST b, LOAD_FAST a, STORE_FAST b,
 * STORE_FAST a (SWAP applied statically); "a, a = x, y" keeps SWAP 2. */
START_TEST(t_swaps)
{
    Asm *as = asm_new();
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_FAST, 1, L(2, 2, 11, 12));
    asm_emit(as, OP_LOAD_FAST, 0, L(2, 2, 14, 15));
    asm_emit(as, OP_BUILD_TUPLE, 2, L(2, 2, 11, 15));
    asm_emit(as, OP_UNPACK_SEQUENCE, 2, L(2, 2, 4, 8));
    asm_emit(as, OP_STORE_FAST, 0, L(2, 2, 4, 5));
    asm_emit(as, OP_STORE_FAST, 1, L(2, 2, 7, 8));
    asm_emit(as, OP_LOAD_FAST, 0, L(3, 3, 11, 12));
    asm_emit(as, OP_LOAD_FAST, 1, L(3, 3, 14, 15));
    asm_emit(as, OP_SWAP, 2, L(3, 3, 4, 8));
    asm_emit(as, OP_STORE_FAST, 2, L(3, 3, 4, 5));
    asm_emit(as, OP_STORE_FAST, 2, L(3, 3, 7, 8));
    /* SWAP 2; SWAP 2 cancel out; SWAP 2, SWAP 3 stays two swaps */
    asm_emit(as, OP_SWAP, 2, L(4, 4, 0, 1));
    asm_emit(as, OP_SWAP, 2, L(4, 4, 0, 1));
    asm_emit(as, OP_LOAD_CONST, 0, L(4, 4, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(4, 4, 0, 1));
    run(as, 3, 1, NULL);
    const AsmFinalInstr *f;
    int n = asm_final_instrs(as, &f);
    ck_assert_int_eq(n, 12);
    ck_assert_int_eq(f[3].op, OP_STORE_FAST);
    ck_assert_int_eq(f[3].oparg, 1);
    ck_assert_int_eq(f[4].oparg, 0);
    ck_assert_int_eq(f[7].op, OP_SWAP);
    ck_assert_int_eq(f[10].op, OP_LOAD_CONST);
    asm_free(as);
}
END_TEST

START_TEST(t_unreachable_and_consts)
{
    Asm *as = asm_new();
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_LOAD_CONST, 1, L(2, 2, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(2, 2, 0, 1));
    asm_emit(as, OP_LOAD_CONST, 3, L(3, 3, 0, 1));
    asm_emit(as, OP_RETURN_VALUE, 0, L(3, 3, 0, 1));
    AsmCodeInfo info = {0};
    info.flags = 3;
    info.firstlineno = 1;
    info.consts = obj_seq(&arena, OBJ_TUPLE, 4);
    for (int i = 0; i < 4; i++)
        info.consts->u.seq.items[i] = obj_int(&arena, i);
    Code *co = asm_assemble(as, &arena, &info, NULL);
    ck_assert_ptr_nonnull(co);
    ck_assert_int_eq((int)co->code->u.s.len, 6);
    ck_assert_int_eq((int)co->consts->u.seq.n, 2);
    asm_free(as);
}
END_TEST

START_TEST(t_errors)
{
    Asm *as = asm_new();
    int never = asm_new_label(as);
    asm_emit(as, OP_RESUME, 0, L(1, 1, 0, 0));
    asm_emit_jump(as, PSEUDO_JUMP, never, L(1, 1, 0, 0));
    AsmCodeInfo info = {0};
    info.firstlineno = 1;
    const char *err = NULL;
    ck_assert_ptr_null(asm_assemble(as, &arena, &info, &err));
    ck_assert_ptr_nonnull(err);
    asm_free(as);
    as = asm_new();
    asm_emit(as, OP_POP_TOP, 0, L(1, 1, 0, 0));
    asm_emit(as, OP_RETURN_VALUE, 0, L(1, 1, 0, 0));
    ck_assert_ptr_null(asm_assemble(as, &arena, &info, &err));
    asm_free(as);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("assemble");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, t_try_except_matches_cpython);
    tcase_add_test(tc, t_if_return_matches_cpython);
    tcase_add_test(tc, t_exception_targets);
    tcase_add_test(tc, t_extended_arg);
    tcase_add_test(tc, t_jump_threading);
    tcase_add_test(tc, t_nop_removal);
    tcase_add_test(tc, t_const_jump);
    tcase_add_test(tc, t_exits);
    tcase_add_test(tc, t_peephole_misc);
    tcase_add_test(tc, t_swaps);
    tcase_add_test(tc, t_unreachable_and_consts);
    tcase_add_test(tc, t_errors);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int nf = srunner_ntests_failed(sr);
    srunner_free(sr);
    return nf ? 1 : 0;
}
