/* tests/fuzz/fuzz_compile.c: libFuzzer harness for the whole compiler: the
 * input is a source file run through compile_module_source (parser, constant
 * folding, symbol table, code generator, assembler) and the result through
 * the marshal writer and back through the loader, as `pyc FILE.py` and then
 * pvm would.  Errors are printed to /dev/null.  Seeds: the front-end and
 * code-generator test inputs (scripts/fuzz SECONDS JOBS fuzz_compile).
 */
#include "arena.h"
#include "bytebuf.h"
#include "codegen.h"
#include "pyc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink) {
        sink = fopen("/dev/null", "w");
        if (!sink)
            abort();
    }
    Arena arena;
    arena_init(&arena);
    CompileOptions opts = {(int)(size % 3), "fuzz.py"};
    int status = 0;
    Code *co = compile_module_source(&arena, (const char *)data, size, &opts, sink, &status);
    if (!co && status == 0)
        abort(); /* a failure always reports */
    if (co) {
        Obj *o = obj_new(&arena, OBJ_CODE);
        o->u.code = co;
        PycHeader h;
        memset(&h, 0, sizeof h);
        h.magic = PYC_MAGIC_NUMBER;
        ByteBuf out;
        bb_init(&out);
        if (pyc_write(&h, o, &out) != 0)
            abort();
        PycHeader h2;
        Obj *back = NULL;
        char err[256];
        if (pyc_parse(out.data, out.len, &arena, &h2, &back, err, sizeof err) != 0)
            abort(); /* what we write, we read */
        bb_free(&out);
    }
    arena_free(&arena);
    return 0;
}
