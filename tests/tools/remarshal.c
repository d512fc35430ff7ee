/* tests/tools/remarshal.c: loads .pyc files with common/ and writes each code
 * object back with marshal_write, so the conformance suite can check that
 * CPython reads our bytes as the same code.  One process for many files.
 * Usage: remarshal OUTDIR FILE.pyc...   (or "-": one path per stdin line)
 * Writes OUTDIR/<index>.bin (marshal payload only, no .pyc header) and
 * prints "OK <index> <path>" or "ERR <path>: <message>" per input.
 */
#include "arena.h"
#include "bytebuf.h"
#include "marshal.h"
#include "pyc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long next_index;
static int failures;

static void one(const char *outdir, const char *path, ByteBuf *buf)
{
    Arena arena;
    Obj *code = NULL;
    char err[512];
    unsigned long index = next_index++;

    arena_init(&arena);
    buf->len = 0;
    if (pyc_load_file(path, &arena, NULL, &code, err, sizeof err) < 0) {
        printf("ERR %s\n", err); /* err already starts with the path */
        failures++;
        goto done;
    }
    if (marshal_write(code, buf) < 0) {
        printf("ERR %s: cannot marshal the code object (too deep)\n", path);
        failures++;
        goto done;
    }
    char out[4096];
    snprintf(out, sizeof out, "%s/%lu.bin", outdir, index);
    FILE *f = fopen(out, "wb");
    if (!f || fwrite(buf->data, 1, buf->len, f) != buf->len) {
        printf("ERR %s: cannot write %s\n", path, out);
        failures++;
        if (f)
            fclose(f);
        goto done;
    }
    if (fclose(f) != 0) {
        printf("ERR %s: cannot write %s\n", path, out);
        failures++;
        goto done;
    }
    printf("OK %lu %s\n", index, path);
done:
    arena_free(&arena);
}

int main(int argc, char **argv)
{
    ByteBuf buf;

    if (argc < 3) {
        fprintf(stderr, "usage: remarshal OUTDIR FILE.pyc... (or - to read paths from stdin)\n");
        return 2;
    }
    bb_init(&buf);
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "-") != 0) {
            one(argv[1], argv[i], &buf);
            continue;
        }
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, stdin)) > 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                line[--n] = 0;
            if (n > 0)
                one(argv[1], line, &buf);
        }
        free(line);
    }
    bb_free(&buf);
    return failures ? 1 : 0;
}
