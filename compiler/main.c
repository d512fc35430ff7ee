/* compiler/main.c: the pyc command line.  Option parsing and file handling
 * only; the passes live in their own files (lexer.l -> parser.y -> ... ).
 * Foundation stage: `--dis` works on any .pyc; compiling source reports
 * clearly that code generation has not landed yet.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "bytebuf.h"
#include "dis.h"
#include "parser.h"
#define YYSTYPE PYK_YYSTYPE
#include "lexer.h"
#include "pyc.h"

#define PYC_VERSION "0.1.0"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: pyc [option] FILE.py...\n"
            "Compile Python 3.11 source to CPython 3.11 .pyc files.\n"
            "\n"
            "options:\n"
            "  --dis FILE.pyc  print the disassembly of FILE.pyc as dis.dis() does\n"
            "  --version       print the pyc version and the bytecode it writes\n"
            "  -h, --help      print this help\n");
}

static int cmd_dis(const char *path)
{
    Arena arena;
    arena_init(&arena);
    PycHeader hdr;
    Obj *code = NULL;
    char err[512];
    if (pyc_load_file(path, &arena, &hdr, &code, err, sizeof err) < 0) {
        fprintf(stderr, "pyc: %s\n", err);
        arena_free(&arena);
        return 1;
    }
    ByteBuf out;
    bb_init(&out);
    dis_recursive(&out, code);
    int rc = 0;
    if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
        fprintf(stderr, "pyc: error writing the disassembly\n");
        rc = 1;
    }
    bb_free(&out);
    arena_free(&arena);
    return rc;
}

/* Runs the front end over one source file; returns 0 if it parsed. */
static int parse_file(const char *path, long *ntokens)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "pyc: %s: %s\n", path, strerror(errno));
        return -1;
    }
    yyscan_t scanner;
    if (pyk_yylex_init(&scanner) != 0) {
        fclose(f);
        fprintf(stderr, "pyc: out of memory\n");
        return -1;
    }
    pyk_yyset_in(f, scanner);
    int rc = pyk_yyparse(scanner, ntokens);
    pyk_yylex_destroy(scanner);
    fclose(f);
    return rc == 0 ? 0 : -1;
}

static int cmd_compile(int n, char **paths)
{
    int failed = 0;
    for (int i = 0; i < n; i++) {
        long ntokens = 0;
        if (parse_file(paths[i], &ntokens) < 0) {
            failed = 1;
            continue;
        }
        fprintf(stderr,
                "pyc: %s: read %ld tokens; compiling to bytecode is not implemented yet "
                "(front end and code generator are the next issues)\n",
                paths[i], ntokens);
        failed = 1;
    }
    return failed ? 2 : 0;
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
        printf("pyc %s (writes CPython 3.11 bytecode, magic %d)\n", PYC_VERSION, PYC_MAGIC_NUMBER);
        return 0;
    }
    if (!strcmp(a, "--dis")) {
        if (argc != 3) {
            fprintf(stderr, "pyc: --dis takes exactly one FILE.pyc\n");
            return 2;
        }
        return cmd_dis(argv[2]);
    }
    if (a[0] == '-' && a[1] != '\0') {
        fprintf(stderr, "pyc: unknown option %s\n", a);
        usage(stderr);
        return 2;
    }
    return cmd_compile(argc - 1, argv + 1);
}
