/* common/opcodes.h: the C view of bytecode-spec/opcodes.def.
 *
 * Expands the one opcode table into an enum and lookup tables.  Never list an
 * opcode here or anywhere else by hand: add it to the table.
 */
#ifndef PYK_OPCODES_H
#define PYK_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

enum {
#define OP(name, num, arg, caches, eff, jeff) OP_##name = num,
#define SPECIALIZED(name, num, base) OP_##name = num,
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
};

#define OP_HAVE_ARGUMENT 90

/* How an instruction's argument is interpreted (bytecode-spec/README.md). */
typedef enum {
    ARG_NONE,      /* opcode takes no argument */
    ARG_CONST,     /* index into co_consts */
    ARG_NAME,      /* index into co_names (LOAD_GLOBAL: index << 1 | push-NULL bit) */
    ARG_LOCAL,     /* index into localsplus (a fast local) */
    ARG_FREE,      /* index into localsplus (a cell or free variable) */
    ARG_JUMP_FWD,  /* relative jump forward: target = next instruction + 2*arg bytes */
    ARG_JUMP_BACK, /* relative jump backward: target = next instruction - 2*arg bytes */
    ARG_COMPARE,   /* index into the cmp_op table */
    ARG_BINOP,     /* index into the NB_* binary operator table */
    ARG_COUNT,     /* a count or a stack depth */
    ARG_FLAGS,     /* a bit set or small selector */
    ARG_RAW,       /* a plain number (EXTENDED_ARG, RESUME) */
} OpArgKind;

typedef struct {
    const char *name;     /* NULL for an unused number */
    uint8_t arg_kind;     /* OpArgKind */
    uint8_t caches;       /* inline CACHE units after the instruction */
    uint8_t base;         /* de-specialised opcode (itself for a base opcode) */
    bool specialized;     /* an in-memory-only specialised form */
} OpInfo;

extern const OpInfo op_info[256];

/* True for a base opcode that CPython 3.11 may write in a .pyc. */
static inline bool op_is_defined(int op)
{
    return op >= 0 && op < 256 && op_info[op].name && !op_info[op].specialized;
}

static inline bool op_has_arg(int op) { return op >= OP_HAVE_ARGUMENT; }

/* Net stack effect of base opcode `op` with `oparg`; `jump` selects the
 * branch-taken effect.  Returns 0 and sets *ok = false for an unknown opcode. */
int op_stack_effect(int op, int oparg, bool jump, bool *ok);

/* Max of the two effects, as dis.stack_effect(op, arg) with jump=None. */
int op_stack_effect_max(int op, int oparg, bool *ok);

extern const char *const op_cmp_names[6];          /* '<' .. '>=' */
extern const char *const op_binop_symbols[26];    /* '+' .. '^=' (NB_* order) */
extern const char *const op_binop_names[26];      /* 'NB_ADD' .. */

#endif
