/* vm/verify.h: the bytecode verifier, run on the loaded Obj tree (common/)
 * before any runtime object exists.  A code object that passes can be run
 * by eval.c without bounds checks on argument indices, jump targets, cache
 * layout, exception-table entries or stack depth.
 *
 * What eval.c may rely on after pv_verify_code(co) == 0, for co and every
 * code object reachable through its constants (nested tuples/frozensets too):
 *  - co_code is a whole number of code units; every instruction is a base
 *    3.11 opcode (never CACHE, never a specialised form) followed by exactly
 *    op_info[op].caches zero CACHE units; at most 3 EXTENDED_ARG prefixes,
 *    only before opcodes that take an argument; no-argument opcodes have 0.
 *  - Argument indices are in range and of the right kind: consts, names
 *    (LOAD_GLOBAL: arg >> 1), LOAD/STORE/DELETE_FAST only on plain locals
 *    (kind exactly CO_FAST_LOCAL), MAKE_CELL on cells, *_DEREF/LOAD_CLOSURE/
 *    LOAD_CLASSDEREF on cells or frees; COMPARE_OP < 6, BINARY_OP < 26,
 *    IS_OP/CONTAINS_OP/CALL_FUNCTION_EX 0 or 1, RAISE_VARARGS <= 2,
 *    MAKE_FUNCTION < 16, FORMAT_VALUE < 8, BUILD_SLICE 2 or 3,
 *    GET_AWAITABLE <= 2, RESUME <= 3, COPY/SWAP/LIST_APPEND-family >= 1,
 *    COPY_FREE_VARS == number of free variables; KW_NAMES names a tuple of
 *    str and is followed by PRECALL n (n >= its length); PRECALL n is always
 *    followed by CALL n and CALL only follows PRECALL (never a jump target).
 *  - localsplus is laid out [locals (0x20, or 0x60 for argument cells)]
 *    [cells (0x40)] [frees (0x80)], arguments fit in the locals.
 *  - The prologue is [COPY_FREE_VARS nfree] [MAKE_CELL for every cell, once]
 *    [RETURN_GENERATOR POP_TOP if a generator/coroutine/async generator]
 *    RESUME 0, and nothing jumps or unwinds into it; RETURN_GENERATOR appears
 *    nowhere else; YIELD_VALUE only in generator-like code, ASYNC_GEN_WRAP
 *    only in async generators.
 *  - Jump and handler targets are instruction starts (not CACHE, not after an
 *    EXTENDED_ARG); exception-table entries are well formed, sorted, disjoint
 *    and inside the code; co_linetable decodes.
 *  - On every path the stack depth at each instruction is the same, every
 *    instruction finds the items it reads (COPY n: n, LIST_APPEND n: n + 1,
 *    DICT_MERGE n: n + 3, RERAISE n>0: n + 1, PRECALL/CALL n: n + 2, ...),
 *    the depth never exceeds co_stacksize (PRECALL is modelled as leaving the
 *    stack alone and CALL n as popping n + 2 and pushing 1, which is what the
 *    stack really holds), an exception-table entry's depth is at most the
 *    depth of every covered instruction after its pops, handlers start at
 *    depth + 1 (+1 with lasti); execution never falls off the end.
 * Still for eval.c to check at run time: value types (MAKE_FUNCTION's code,
 * the closure tuple's size == co's frees, BUILD_CONST_KEY_MAP's keys tuple
 * length, the lasti int RERAISE n>0 reads), locals-dict presence.
 */
#ifndef PV_VERIFY_H
#define PV_VERIFY_H

#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* Verifies co and, recursively, every code object among its constants.
 * Returns 0, or -1 with one line (no newline) in err such as
 * "verify: f at offset 12: LOAD_CONST 9 out of range (3 constants)". */
__attribute__((warn_unused_result))
int pv_verify_code(const Code *co, char *err, size_t errlen);

/* How many stack items base opcode `op` with argument `arg` reads, counting
 * what it only peeks at (COPY n: n, DICT_MERGE n: n + 3); -1 for CACHE and
 * unknown opcodes or an argument above 2^24.  With opcodes.def's net effect
 * it gives what the verifier assumes of each instruction. */
int pv_verify_op_inputs(int op, uint32_t arg);

#endif
