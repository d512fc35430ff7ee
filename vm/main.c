/* vm/main.c: the pvm command line.  Parses options, loads the .pyc through
 * common/, and hands it to the disassembler or (from the pvm core issue on)
 * the verifier and the interpreter.  No execution logic lives here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "bytebuf.h"
#include "dis.h"
#include "fileio.h"
#include "pyc.h"
#include "load.h"
#include "modules.h"
#include "num.h"
#include "runtime.h"
#include "verify.h"

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

/* What python3.11 does with an uncaught exception at exit: SystemExit
 * gives the exit status (its code printed if not an int), anything else is
 * printed as a traceback and gives status 1. */
static int handle_uncaught(Value exc)
{
    fflush(stdout);
    if (v_isinstance(exc, &pv_exc_SystemExit)) {
        Value code = ((PvException *)v_obj(exc))->value;
        if (code == V_NULL) {
            Value args = ((PvException *)v_obj(exc))->args;
            code = PV_TUPLE_LEN(args) == 0 ? V_NONE : PV_TUPLE_ITEMS(args)[0];
        }
        if (code == V_NONE)
            return 0;
        int64_t status;
        if (v_isinstance(code, &pv_int_type) && pv_int_as_i64(code, &status))
            return (int)(status & 0xff);
        Value s = pv_str(code);
        if (s != V_NULL) {
            size_t n;
            const char *u = pv_str_utf8(s, &n);
            fwrite(u, 1, n, stderr);
            fputc('\n', stderr);
        }
        return 1;
    }
    pv_print_exception(stderr, exc);
    return 1;
}

static int cmd_run(const char *path, int argc, char **argv)
{
    Arena arena;
    arena_init(&arena);
    Obj *code = NULL;
    if (load(path, &arena, &code) < 0) {
        arena_free(&arena);
        return 1;
    }
    char err[512];
    if (pv_verify_code(code->u.code, err, sizeof err) < 0) {
        fprintf(stderr, "pvm: %s: %s\n", path, err);
        arena_free(&arena);
        return 1;
    }
    pv_gc_init();
    pv_num_init();
    pv_runtime_init();
    Value args = pv_list_new(0);
    for (int i = 0; i < argc; i++)
        pv_list_append(args, pv_str_cstr(argv[i]));
    pv_builtins_init(args);
    PvCode *co = pv_load_code(code->u.code);
    arena_free(&arena);

    pv_sys_set_argv(args);
    Value main_module = pv_module_new(pv_s___main__);
    pv_dict_set(pv_sys_modules(), pv_s___main__, main_module);
    Value globals = ((PvModule *)v_obj(main_module))->dict;
    pv_dict_set(globals, pv_s___doc__, V_NONE);
    pv_dict_set(globals, pv_s___builtins__, pv_builtins_module());
    pv_dict_set(globals, pv_s___file__, pv_str_cstr(path));
    Value r = pv_run_module(co, globals);
    int status = 0;
    if (r == V_NULL)
        status = handle_uncaught(pv_err_fetch());
    /* DESIGN.md: at exit, flush open files (before stdout's check) */
    pv_files_flush_all();
    if (fflush(stdout) != 0 || ferror(stdout)) {
        /* python3.11 exits with 120 when flushing stdout fails at exit */
        fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                        "encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
        return 120;
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
    return cmd_run(a, argc - 1, argv + 1);
}
