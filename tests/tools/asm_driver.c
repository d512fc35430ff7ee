/* tests/tools/asm_driver.c: feed instruction streams to the assembler.
 *
 * Reads stdin (written by tests/frontend/check_assemble.py), one code object
 * per "C ... E" group:
 *   C <firstlineno> <flags> <nlabels>
 *   P <nfreevars> <ncells> <cell slot>...   let the assembler add the prefix
 *   L <label>                       place a label (starts a block)
 *   H <label|-1> <depth> <lasti>    explicit handler for what follows
 *   R <label> <depth> <lasti>       handler that covers no instruction
 *   I <opname> <arg> <line> <end_line> <col> <end_col>   (jumps: arg = label)
 *   E                               assemble; prints one line:
 *   <stacksize> <co_code hex> <co_linetable hex> <co_exceptiontable hex>
 * or "ERROR <message>".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assemble.h"

static void hex(const Obj *o)
{
    putchar(' ');
    if (o->u.s.len == 0)
        putchar('-');
    for (size_t i = 0; i < o->u.s.len; i++)
        printf("%02x", o->u.s.data[i]);
}

static bool is_jump_name(int op)
{
    if (op >= PSEUDO_FIRST)
        return op != PSEUDO_POP_BLOCK;
    return op_info[op].arg_kind == ARG_JUMP_FWD || op_info[op].arg_kind == ARG_JUMP_BACK;
}

int main(void)
{
    char line[512];
    Asm *as = NULL;
    int *labels = NULL, nlabels = 0, firstlineno = 1, flags = 0;
    const char *bad = NULL;
    bool prefix = false;
    int nfree = 0, ncells = 0, cells[256];
    while (fgets(line, sizeof line, stdin)) {
        char name[128];
        int a, b, c, d, e, f;
        switch (line[0]) {
        case 'C':
            if (sscanf(line, "C %d %d %d", &firstlineno, &flags, &nlabels) != 3)
                return 2;
            as = asm_new();
            bad = NULL;
            prefix = false;
            free(labels);
            labels = malloc(sizeof(int) * (size_t)(nlabels + 1));
            for (int i = 0; i < nlabels; i++)
                labels[i] = asm_new_label(as);
            break;
        case 'L':
            if (sscanf(line, "L %d", &a) != 1)
                return 2;
            asm_use_label(as, labels[a]);
            break;
        case 'H':
            if (sscanf(line, "H %d %d %d", &a, &b, &c) != 3)
                return 2;
            asm_set_handler(as, a < 0 ? -1 : labels[a], b, c != 0);
            break;
        case 'P': {
            char *p = line + 1;
            int used;
            if (sscanf(p, "%d %d%n", &nfree, &ncells, &used) != 2 || ncells > 256)
                return 2;
            p += used;
            for (int i = 0; i < ncells; i++) {
                if (sscanf(p, "%d%n", &cells[i], &used) != 1)
                    return 2;
                p += used;
            }
            prefix = true;
            break;
        }
        case 'R':
            if (sscanf(line, "R %d %d %d", &a, &b, &c) != 3)
                return 2;
            asm_mark_handler(as, labels[a], b, c != 0);
            break;
        case 'I': {
            if (sscanf(line, "I %127s %d %d %d %d %d", name, &a, &c, &d, &e, &f) != 6)
                return 2;
            int op = asm_op_by_name(name);
            if (op < 0) {
                bad = "unknown opcode";
                break;
            }
            AsmLoc loc = {c, d, e, f};
            if (is_jump_name(op))
                asm_emit_jump(as, op, labels[a], loc);
            else
                asm_emit(as, op, a, loc);
            break;
        }
        case 'E': {
            Arena arena;
            arena_init(&arena);
            AsmCodeInfo info = {0};
            info.flags = flags;
            info.firstlineno = firstlineno;
            info.keep_consts = true;
            info.reassemble = true;
            info.add_prefix = prefix;
            info.nfreevars = nfree;
            info.ncells = ncells;
            info.cell_slots = cells;
            const char *err = bad;
            Code *co = err ? NULL : asm_assemble(as, &arena, &info, &err);
            if (!co) {
                printf("ERROR %s\n", err ? err : "?");
            } else {
                printf("%d", co->stacksize);
                hex(co->code);
                hex(co->linetable);
                hex(co->exceptiontable);
                putchar('\n');
            }
            fflush(stdout);
            arena_free(&arena);
            asm_free(as);
            as = NULL;
            break;
        }
        default:
            break;
        }
    }
    free(labels);
    return 0;
}
