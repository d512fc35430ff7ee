/* compiler/main.c: the pyc command line.  Option parsing and file handling
 * only; the passes live in their own files (lexer.l -> parser.y -> ... ).
 * Foundation stage: `--dis` works on any .pyc; compiling source reports
 * clearly that code generation has not landed yet.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "bytebuf.h"
#include "dis.h"
#include "frontend.h"
#include "pyc.h"
#include "symtable.h"

#define PYC_VERSION "0.1.0"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: pyc [option] FILE.py...\n"
            "Compile Python 3.11 source to CPython 3.11 .pyc files.\n"
            "\n"
            "options:\n"
            "  --dis FILE.pyc  print the disassembly of FILE.pyc as dis.dis() does\n"
            "  --tokens FILE.py  print the token stream of FILE.py\n"
            "  --dump-ast [--positions] FILE.py  print ast.dump() of FILE.py\n"
            "  --symtable FILE.py  print the symbol table of FILE.py\n"
            "  -o OUT FILE.py  write the .pyc of FILE.py to OUT\n"
            "  --version       print the pyc version and the bytecode it writes\n"
            "  -h, --help      print this help\n");
}

static int cmd_compile(int n, char **paths)
{
    int status = 0;
    for (int i = 0; i < n; i++) {
        int rc = fe_check_syntax(paths[i]);
        if (rc != 0) {
            status = rc > status ? rc : status;
            continue;
        }
        fprintf(stderr,
                "pyc: %s: parsed; compiling to bytecode is not implemented yet "
                "(the code generator is the back-end issue)\n",
                paths[i]);
        status = 2;
    }
    return status;
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
        return dis_pyc_file("pyc", argv[2], stdout);
    }
    if (!strcmp(a, "--tokens")) {
        if (argc != 3) {
            fprintf(stderr, "pyc: --tokens takes exactly one FILE.py\n");
            return 2;
        }
        return fe_dump_tokens(argv[2], stdout);
    }
    if (!strcmp(a, "--dump-ast")) {
        bool positions = argc > 2 && !strcmp(argv[2], "--positions");
        if (argc != 3 + positions) {
            fprintf(stderr, "pyc: --dump-ast takes [--positions] and exactly one FILE.py\n");
            return 2;
        }
        return fe_dump_ast(argv[2 + positions], positions, stdout);
    }
    if (!strcmp(a, "--symtable")) {
        if (argc != 3) {
            fprintf(stderr, "pyc: --symtable takes exactly one FILE.py\n");
            return 2;
        }
        return fe_dump_symtable(argv[2], stdout);
    }
    if (!strcmp(a, "-o")) {
        /* -o OUT FILE.py: accepted now so scripts can use the final form. */
        if (argc != 4) {
            fprintf(stderr, "pyc: -o OUT takes exactly one FILE.py\n");
            return 2;
        }
        return cmd_compile(1, argv + 3);
    }
    if (a[0] == '-' && a[1] != '\0') {
        fprintf(stderr, "pyc: unknown option %s\n", a);
        usage(stderr);
        return 2;
    }
    return cmd_compile(argc - 1, argv + 1);
}
