/* tests/tools/dump_opcodes.c: print the opcode table as common/ sees it, for
 * tests/spec/check_opcodes.py to compare with python3.11's opcode and dis.
 *   OP NUMBER NAME ARGKIND CACHES BASE SPECIALIZED
 *   SE NUMBER OPARG EFFECT JUMP_EFFECT MAX
 *   CMP INDEX SYMBOL / BINOP INDEX NAME SYMBOL
 */
#include <stdio.h>

#include "opcodes.h"

static const char *const kind_names[] = {
    "NONE", "CONST", "NAME", "LOCAL", "FREE", "JUMP_FWD", "JUMP_BACK",
    "COMPARE", "BINOP", "COUNT", "FLAGS", "RAW",
};

static const int big_args[] = { 0x7fff, 0xffff, 0x10000, 0x123456, 0x7fffffff };

int main(void)
{
    for (int op = 0; op < 256; op++) {
        const OpInfo *i = &op_info[op];
        if (!i->name)
            continue;
        printf("OP %d %s %s %d %d %d\n", op, i->name, kind_names[i->arg_kind], i->caches,
               i->base, i->specialized ? 1 : 0);
        if (i->specialized)
            continue;
        int nargs = op_has_arg(op) ? 1100 : 1;
        for (int a = 0; a < nargs + (op_has_arg(op) ? 5 : 0); a++) {
            int oparg = a < nargs ? a : big_args[a - nargs];
            bool ok;
            int e = op_stack_effect(op, oparg, false, &ok);
            int j = op_stack_effect(op, oparg, true, &ok);
            int m = op_stack_effect_max(op, oparg, &ok);
            printf("SE %d %d %d %d %d\n", op, oparg, e, j, m);
        }
    }
    for (int k = 0; k < 6; k++)
        printf("CMP %d %s\n", k, op_cmp_names[k]);
    for (int k = 0; k < 26; k++)
        printf("BINOP %d %s %s\n", k, op_binop_names[k], op_binop_symbols[k]);
    return 0;
}
