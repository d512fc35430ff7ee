/* vm/main.c: the pvm command line.  Parses options, loads the .pyc through
 * common/, and hands it to the disassembler or (from the pvm core issue on)
 * the interpreter.  No execution logic lives here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "bytebuf.h"
#include "dis.h"
#include "pyc.h"

#define PVM_VERSION "0.1.0"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: pvm [option] FILE.pyc [arg ...]\n"
            "Run a CPython 3.11 .pyc file.\n"
            "\n"
            "options:\n"
            "  --dis FILE.pyc  print the disassembly of FILE.pyc as dis.dis() does\n"
            "  --version       print the pvm version and the bytecode it runs\n"
            "  -h, --help      print this help\n");
}

static int load(const char *path, Arena *arena, Obj **code)
{
    PycHeader hdr;
    char err[512];
    if (pyc_load_file(path, arena, &hdr, code, err, sizeof err) < 0) {
        fprintf(stderr, "pvm: %s\n", err);
        return -1;
    }
    return 0;
}

static int cmd_run(const char *path)
{
    Arena arena;
    arena_init(&arena);
    Obj *code = NULL;
    if (load(path, &arena, &code) < 0) {
        arena_free(&arena);
        return 1;
    }
    arena_free(&arena);
    /* Loading worked; the interpreter arrives with the pvm core issue. */
    fprintf(stderr, "pvm: %s: loaded, but executing bytecode is not implemented yet\n", path);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *a = argv[1];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(a, "--version")) {
        printf("pvm %s (CPython 3.11 bytecode, magic %d)\n", PVM_VERSION, PYC_MAGIC_NUMBER);
        return 0;
    }
    if (!strcmp(a, "--dis")) {
        if (argc != 3) {
            fprintf(stderr, "pvm: --dis takes exactly one FILE.pyc\n");
            return 2;
        }
        return dis_pyc_file("pvm", argv[2], stdout);
    }
    if (a[0] == '-' && a[1] != '\0') {
        fprintf(stderr, "pvm: unknown option %s\n", a);
        usage(stderr);
        return 2;
    }
    return cmd_run(a);
}
