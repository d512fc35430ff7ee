/* tests/fuzz/fuzz_parse.c: libFuzzer harness for the front end: the input is
 * a source file run through the path of `pyc --dump-ast --positions`
 * (tokenizer, bison parser, f-strings, SyntaxError diagnosis and printing,
 * ast_dump).  SyntaxErrors are printed to /dev/null so the reporting code
 * runs without flooding the fuzzer's output.  Built by scripts/fuzz
 * (meson -Dfuzz=true, `scripts/fuzz SECONDS JOBS fuzz_parse`).
 */
#include "bytebuf.h"
#include "frontend.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink) {
        sink = fopen("/dev/null", "w");
        if (!sink)
            abort();
    }
    ByteBuf out;
    bb_init(&out);
    int rc = fe_dump_ast_mem("fuzz.py", (const char *)data, size, true, &out, sink);
    if (rc == 0 && (out.len == 0 || out.data[out.len - 1] != '\n'))
        abort(); /* a dump always ends with its newline */
    if (rc != 0 && out.len != 0)
        abort(); /* nothing is dumped for a SyntaxError */
    bb_free(&out);
    return 0;
}
