/* compiler/assemble.h: instruction sequence, control-flow graph and assembler.
 *
 * The code generator emits instructions into an Asm: real opcodes from
 * bytecode-spec/opcodes.def plus the pseudo-opcodes below (>= 256, they never
 * reach a file).  Labels name block starts; asm_use_label() starts the block.
 * asm_assemble() then does what CPython 3.11's assemble() does after code
 * generation: optimize_cfg (jump threading, constant conditional jumps,
 * BUILD_TUPLE/UNPACK_SEQUENCE, PUSH_NULL+LOAD_GLOBAL, small exit block
 * inlining, unreachable code removal, NOP removal, redundant jumps),
 * duplicate_exits_without_lineno, trim_unused_consts, propagate_line_numbers,
 * guarantee_lineno_for_exits, stackdepth, label_exception_targets,
 * normalize_jumps, assemble_jump_offsets (EXTENDED_ARG
 * fixpoint), CACHE insertion, exception and location tables, Code object.
 *
 * Two ways to describe exception handling:
 *  - structured (what the code generator uses): SETUP_FINALLY / SETUP_CLEANUP /
 *    SETUP_WITH with a handler label, POP_BLOCK; handlers are derived by
 *    walking the CFG as label_exception_targets does;
 *  - explicit (what the oracle test uses): asm_set_handler() gives the handler
 *    of every following instruction directly (label, stack depth, lasti), as
 *    read back from a co_exceptiontable.  Do not mix the two in one Asm.
 */
#ifndef PYK_ASSEMBLE_H
#define PYK_ASSEMBLE_H

/* Note: 3.11 does not reorder exception handlers (push_cold_blocks_to_end is
 * 3.12); handlers stay where the code generator put them. */

#include <stdbool.h>

#include "arena.h"
#include "object.h"
#include "opcodes.h"

/* Pseudo-opcodes: resolved or removed by the assembler. */
enum {
    PSEUDO_FIRST = 256,
    PSEUDO_SETUP_FINALLY = 256,    /* arg: handler label; handler entered with +1 */
    PSEUDO_SETUP_CLEANUP,          /* arg: handler label; +2, lasti */
    PSEUDO_SETUP_WITH,             /* arg: handler label; +1, lasti */
    PSEUDO_POP_BLOCK,              /* pop the innermost handler */
    PSEUDO_JUMP,                   /* -> JUMP_FORWARD / JUMP_BACKWARD */
    PSEUDO_JUMP_NO_INTERRUPT,      /* -> JUMP_FORWARD / JUMP_BACKWARD_NO_INTERRUPT */
    PSEUDO_POP_JUMP_IF_FALSE,      /* -> POP_JUMP_{FORWARD,BACKWARD}_IF_FALSE */
    PSEUDO_POP_JUMP_IF_TRUE,
    PSEUDO_POP_JUMP_IF_NONE,
    PSEUDO_POP_JUMP_IF_NOT_NONE,
    PSEUDO_END
};

/* A source location; -1 = absent (ASM_NO_LOC: an artificial instruction). */
typedef struct AsmLoc {
    int lineno, end_lineno, col, end_col;
} AsmLoc;
#define ASM_NO_LOC ((AsmLoc){-1, -1, -1, -1})

typedef struct Asm Asm;

Asm *asm_new(void);
void asm_free(Asm *as);

/* A fresh label (an empty block not yet placed). */
int asm_new_label(Asm *as);
/* Place `label`'s block after the current one and make it current. */
void asm_use_label(Asm *as, int label);
/* Append an instruction to the current block (a new unlabelled block is
 * started automatically after a jump or scope exit).  For jumps
 * (JUMP_IF_*_OR_POP, FOR_ITER, SEND, the PSEUDO_ jumps; a direction-specific
 * real jump is accepted and treated as its pseudo form) and PSEUDO_SETUP_*
 * use asm_emit_jump. */
void asm_emit(Asm *as, int op, int oparg, AsmLoc loc);
void asm_emit_jump(Asm *as, int op, int label, AsmLoc loc);

/* Rewrites the argument of every instruction emitted so far:
 * oparg = fn(ctx, op, oparg) (the code generator's cell-offset fix-up). */
void asm_map_opargs(Asm *as, int (*fn)(void *ctx, int op, int oparg), void *ctx);

/* Explicit handlers: every instruction emitted from now on gets this handler
 * (label < 0: none).  depth: stack depth to unwind to; lasti as in the table. */
void asm_set_handler(Asm *as, int label, int depth, bool lasti);

/* Explicit handlers: declare `label` a handler even if no instruction is
 * covered by it (a try body that compiled to nothing still keeps its handler
 * reachable in CPython). */
void asm_mark_handler(Asm *as, int label, int depth, bool lasti);

/* Constant callbacks for the peephole optimiser (may be NULL: the constant
 * folding steps are then skipped). */
typedef struct AsmConstOps {
    void *ctx;
    /* truthiness of consts[idx]: 1, 0, or -1 if unknown */
    int (*truth)(void *ctx, int idx);
    /* is consts[idx] None */
    bool (*is_none)(void *ctx, int idx);
    /* index of a new/existing constant tuple (consts[idx[0]], ...), or -1 */
    int (*fold_tuple)(void *ctx, const int *idx, int n);
} AsmConstOps;

typedef struct AsmCodeInfo {
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;               /* CO_* (generator flags pick the entry stack depth) */
    int firstlineno;
    Obj *consts;             /* tuple; trimmed of unused trailing entries unless keep_consts */
    Obj *names, *localsplusnames, *localspluskinds;
    Obj *filename, *name, *qualname;
    bool keep_consts;        /* skip trim_unused_consts */
    bool no_optimize;        /* skip optimize_cfg (for debugging) */
    bool reassemble;         /* the input is already-optimised CPython output
                                (oracle test): skip the passes that depend on
                                the code generator's block structure
                                (optimize_basic_block, small exit block
                                inlining, NOP removal) */
    const AsmConstOps *const_ops;
    /* insert_prefix_instructions: when add_prefix, the assembler puts
     * COPY_FREE_VARS nfreevars, MAKE_CELL for each of cell_slots (localsplus
     * indices, any order; emitted ascending) and, for generator/coroutine
     * flags, RETURN_GENERATOR + POP_TOP before the first instruction, as
     * 3.11's assemble() does.  (The code generator resolves cell/free
     * indices itself: there is no fix_cell_offsets here.) */
    bool add_prefix;
    int nfreevars;
    int ncells;
    const int *cell_slots;
} AsmCodeInfo;

/* Run the back end.  Returns NULL (with a message in *err if err) on
 * malformed input (unbalanced stack, unresolved label...). */
Code *asm_assemble(Asm *as, Arena *arena, const AsmCodeInfo *info, const char **err);

/* Instruction-level view of the result, for tests: after asm_assemble the
 * final (real) instruction list, one entry per instruction. */
typedef struct AsmFinalInstr {
    int op, oparg;
    AsmLoc loc;
} AsmFinalInstr;
int asm_final_instrs(const Asm *as, const AsmFinalInstr **out);

/* Name of an opcode or pseudo-opcode. */
const char *asm_op_name(int op);
/* Opcode (real or pseudo) by name, -1 if unknown. */
int asm_op_by_name(const char *name);

#endif
