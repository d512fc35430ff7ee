/* common/opcodes.c: lookup tables and stack effects built from
 * bytecode-spec/opcodes.def.  Pure data plus one switch; no policy.
 */
#include "opcodes.h"

const OpInfo op_info[256] = {
#define OP(name, num, arg, caches, eff, jeff) \
    [num] = { #name, ARG_##arg, caches, num, false },
#define SPECIALIZED(name, num, basename) \
    [num] = { #name, ARG_NONE, 0, OP_##basename, true },
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
};

int op_stack_effect(int op, int oparg, bool jump, bool *ok)
{
    *ok = true;
    switch (op) {
#define OP(name, num, arg, caches, eff, jeff) \
    case num: return jump ? (jeff) : (eff);
#define SPECIALIZED(name, num, base)
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
    default:
        *ok = false;
        return 0;
    }
}

int op_stack_effect_max(int op, int oparg, bool *ok)
{
    int a = op_stack_effect(op, oparg, false, ok);
    int b = op_stack_effect(op, oparg, true, ok);
    return a > b ? a : b;
}

const char *const op_cmp_names[6] = { "<", "<=", "==", "!=", ">", ">=" };

const char *const op_binop_symbols[26] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

const char *const op_binop_names[26] = {
    "NB_ADD", "NB_AND", "NB_FLOOR_DIVIDE", "NB_LSHIFT", "NB_MATRIX_MULTIPLY",
    "NB_MULTIPLY", "NB_REMAINDER", "NB_OR", "NB_POWER", "NB_RSHIFT",
    "NB_SUBTRACT", "NB_TRUE_DIVIDE", "NB_XOR",
    "NB_INPLACE_ADD", "NB_INPLACE_AND", "NB_INPLACE_FLOOR_DIVIDE",
    "NB_INPLACE_LSHIFT", "NB_INPLACE_MATRIX_MULTIPLY", "NB_INPLACE_MULTIPLY",
    "NB_INPLACE_REMAINDER", "NB_INPLACE_OR", "NB_INPLACE_POWER",
    "NB_INPLACE_RSHIFT", "NB_INPLACE_SUBTRACT", "NB_INPLACE_TRUE_DIVIDE",
    "NB_INPLACE_XOR",
};
