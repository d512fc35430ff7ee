/* compiler/main.c: the pyc command line.  Option parsing and the inspection
 * modes (--dis, --tokens, --dump-ast, --symtable) only; compiling files to
 * .pyc is compileall.c, the passes live in their own files (lexer.l ->
 * parser.y -> ... -> codegen -> assemble).  docs/pyc-cli.md is the manual.
 */
#include <getopt.h>
#include <limits.h>
#include <regex.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compileall.h"
#include "dis.h"
#include "frontend.h"
#include "pyc.h"
#include "symtable.h"

#define PYC_VERSION "0.1.0"

static void usage(FILE *f)
{
    fputs("usage: pyc [options] FILE.py...\n"
          "       pyc -r [options] FILE|DIR...\n"
          "       pyc --dis FILE.pyc | --tokens FILE.py | --dump-ast [--positions] FILE.py\n"
          "       pyc --symtable FILE.py | --version | --help\n"
          "Compile Python 3.11 source to CPython 3.11 .pyc files, where and as\n"
          "python3.11 -m py_compile (pyc FILE.py...) and python3.11 -m compileall\n"
          "(pyc -r) write them.\n"
          "\n"
          "output:\n"
          "  (default)       DIR/__pycache__/NAME.cpython-311[.opt-N].pyc for DIR/NAME.py\n"
          "  -o OUT          write the .pyc of the only FILE.py to OUT (a device or\n"
          "                  pipe such as /dev/stdout is written directly)\n"
          "  -b              legacy layout: NAME.pyc next to NAME.py\n"
          "  -O              optimize: no asserts, __debug__ is False (.opt-1.pyc)\n"
          "  -OO             also remove docstrings (.opt-2.pyc)\n"
          "  --invalidation-mode timestamp|checked-hash|unchecked-hash\n"
          "                  how python3.11 decides the .pyc is stale (PEP 552);\n"
          "                  default checked-hash if SOURCE_DATE_EPOCH is set,\n"
          "                  timestamp otherwise\n"
          "\n"
          "directories (compileall):\n"
          "  -r              compile the .py files of every DIR tree, and each FILE,\n"
          "                  as python3.11 -m compileall does\n"
          "  -l              do not recurse into subdirectories (--maxlevels 0)\n"
          "  --maxlevels N   recurse at most N levels (default 1000; compileall's -r N)\n"
          "  -f              compile even if the .pyc is up to date\n"
          "  -q              print errors only; -qq prints nothing\n"
          "  -x REGEX        skip files whose path matches the POSIX extended REGEX\n"
          "                  anywhere (like re.search)\n"
          "  -j N, --workers N  compile in N processes (0: one per CPU); output\n"
          "                  stays in the order of -j 1\n"
          "\n"
          "file name stored in the code (co_filename, tracebacks, errors):\n"
          "  -d DIR          DIR joined with the path below the DIR argument, or\n"
          "                  DIR/NAME.py for a FILE argument\n"
          "  -s STRIP        remove the leading components STRIP from the path\n"
          "  -p PREPEND      prepend PREPEND to the path (after -s)\n"
          "\n"
          "inspection:\n"
          "  --dis FILE.pyc  print the disassembly of FILE.pyc as dis.dis() does\n"
          "  --tokens FILE.py  print the token stream of FILE.py\n"
          "  --dump-ast [--positions] FILE.py  print ast.dump() of FILE.py\n"
          "  --symtable FILE.py  print the symbol table of FILE.py\n"
          "  --version       print the pyc version and the bytecode it writes\n"
          "  -h, --help      print this help\n"
          "\n"
          "Exit status: 0 success, 1 a file failed to compile or to be written,\n"
          "2 usage error.\n",
          f);
}

__attribute__((format(printf, 1, 2)))
static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("pyc: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs("\n(pyc --help lists the options)\n", stderr);
    va_end(ap);
    return 2;
}

static bool parse_int(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < INT_MIN || v > INT_MAX)
        return false;
    *out = (int)v;
    return true;
}

enum { OPT_INVALIDATION = 256, OPT_MAXLEVELS, OPT_VERSION };

static int cmd_compile(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, OPT_VERSION },
        { "invalidation-mode", required_argument, NULL, OPT_INVALIDATION },
        { "maxlevels", required_argument, NULL, OPT_MAXLEVELS },
        { "workers", required_argument, NULL, 'j' },
        { NULL, 0, NULL, 0 },
    };
    CaOptions o = { .maxlevels = 1000, .jobs = 1, .mode = ca_default_invalidation() };
    const char *rx_src = NULL;
    bool no_recurse = false, have_maxlevels = false;
    regex_t rx;
    int c;

    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:bOrlfqx:j:d:s:p:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            o.output = optarg;
            break;
        case 'b':
            o.legacy = true;
            break;
        case 'O':
            if (o.optimize < 2)
                o.optimize++;
            break;
        case 'r':
            o.recursive = true;
            break;
        case 'l':
            no_recurse = true;
            break;
        case OPT_MAXLEVELS:
            if (!parse_int(optarg, &o.maxlevels))
                return usage_error("--maxlevels: not an integer: %s", optarg);
            have_maxlevels = true;
            break;
        case 'f':
            o.force = true;
            break;
        case 'q':
            o.quiet++;
            break;
        case 'x':
            rx_src = optarg;
            break;
        case 'j':
            if (!parse_int(optarg, &o.jobs) || o.jobs < 0)
                return usage_error("-j: expected a number of workers >= 0, got %s", optarg);
            break;
        case 'd':
            o.ddir = optarg;
            break;
        case 's':
            o.stripdir = optarg;
            break;
        case 'p':
            o.prependdir = optarg;
            break;
        case OPT_INVALIDATION:
            if (!strcmp(optarg, "timestamp"))
                o.mode = CA_TIMESTAMP;
            else if (!strcmp(optarg, "checked-hash"))
                o.mode = CA_CHECKED_HASH;
            else if (!strcmp(optarg, "unchecked-hash"))
                o.mode = CA_UNCHECKED_HASH;
            else
                return usage_error("--invalidation-mode: expected timestamp, checked-hash "
                                   "or unchecked-hash, got %s", optarg);
            break;
        case 'h':
            usage(stdout);
            return 0;
        case OPT_VERSION:
            printf("pyc %s (writes CPython 3.11 bytecode, magic %d)\n", PYC_VERSION,
                   PYC_MAGIC_NUMBER);
            return 0;
        case ':':
            return usage_error("option %s needs an argument", argv[optind - 1]);
        default:
            if (optopt)
                return usage_error("unknown option -%c", optopt);
            return usage_error("unknown option %s", argv[optind - 1]);
        }
    }
    int nfiles = argc - optind;
    char **files = argv + optind;

    if (nfiles == 0)
        return usage_error("no input files");
    if (no_recurse && !have_maxlevels)
        o.maxlevels = 0;
    if (o.ddir && (o.stripdir || o.prependdir))
        return usage_error("-d cannot be used in combination with -s or -p");
    if (o.output) {
        if (o.recursive)
            return usage_error("-o OUT cannot be used with -r");
        if (o.legacy)
            return usage_error("-o OUT cannot be used with -b");
        if (nfiles != 1)
            return usage_error("-o OUT takes exactly one FILE.py");
    }
    if (rx_src) {
        int rc = regcomp(&rx, rx_src, REG_EXTENDED | REG_NOSUB);
        if (rc != 0) {
            char why[256];
            regerror(rc, &rx, why, sizeof why);
            fprintf(stderr, "pyc: -x %s: %s\n", rx_src, why);
            return 2;
        }
        o.rx = &rx;
    }
    int status = ca_run(&o, nfiles, files);
    if (rx_src)
        regfree(&rx);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *a = argv[1];
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
    return cmd_compile(argc, argv);
}
