/* common/dis.c: the disassembler behind `pvm --dis`: exactly what CPython
 * 3.11's dis.dis(code) prints (show_caches=False, adaptive=False), quirks
 * included (de-specialised co_code, signed 32-bit EXTENDED_ARG wrap, no
 * argrepr for KW_NAMES).  Not a verifier: bad indices print a placeholder,
 * since files are disassembled before (or without) verification.
 */
#include "dis.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exctable.h"
#include "linetable.h"
#include "opcodes.h"
#include "pyc.h"
#include "repr.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

typedef struct {
    int offset;
    int op;         /* as stored */
    int deop;       /* de-specialised */
    bool has_arg;
    int64_t arg;
} Instr;

typedef struct {
    int offset, line;
} LineStart;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("fatal: out of memory\n", stderr);
        abort();
    }
    return p;
}

static int deop_of(int op)
{
    return op_info[op].name ? op_info[op].base : op;
}

/* What code.co_code returns (codeobject.c deopt_code): every opcode mapped
 * to its base form, opcodes CPython does not know to CACHE (0), the arg byte
 * kept, and the inline cache units after each instruction zeroed, whatever
 * the file held there.  dis.dis() disassembles this, not the file's bytes. */
static uint8_t *deopt_copy(const uint8_t *code, size_t len)
{
    uint8_t *out = xcalloc(len + 1, 1);
    if (len)
        memcpy(out, code, len);
    for (size_t i = 0; i + 1 < len; i += 2) {
        int op = out[i];
        int base = op_info[op].name ? op_info[op].base : OP_CACHE;
        out[i] = (uint8_t)base;
        for (unsigned k = op_info[base].caches; k > 0 && i + 3 < len; k--) {
            i += 2;
            out[i] = out[i + 1] = 0;
        }
    }
    return out;
}

/* dis._unpack_opargs: instructions with their full arguments, CACHE units
 * skipped.  The argument is a Python int there; int64 covers everything up
 * to six chained EXTENDED_ARGs exactly, and the unsigned shift keeps longer
 * (nonsensical) chains defined. */
static size_t unpack(const uint8_t *code, size_t len, Instr *out)
{
    size_t n = 0;
    int64_t ext = 0;
    unsigned caches = 0;
    for (size_t i = 0; i < len; i += 2) {
        if (caches) {
            caches--;
            continue;
        }
        int op = code[i];
        int deop = deop_of(op);
        caches = op_info[deop].name ? op_info[deop].caches : 0;
        Instr *in = &out[n++];
        in->offset = (int)i;
        in->op = op;
        in->deop = deop;
        if (deop >= OP_HAVE_ARGUMENT) {
            /* An odd-length code string has no argument byte; dis.py would
             * fail, use 0. */
            int64_t arg = (int64_t)(i + 1 < len ? code[i + 1] : 0) | ext;
            in->has_arg = true;
            in->arg = arg;
            if (deop == OP_EXTENDED_ARG) {
                ext = (int64_t)((uint64_t)arg << 8);
                /* oparg is a C int: dis.py wraps past 2**31 once. */
                if (ext >= ((int64_t)1 << 31))
                    ext -= (int64_t)1 << 32;
            } else {
                ext = 0;
            }
        } else {
            in->has_arg = false;
            in->arg = 0;
            ext = 0;
        }
    }
    return n;
}

static bool is_jump(int op)
{
    return op_info[op].name && (op_info[op].arg_kind == ARG_JUMP_FWD ||
                                op_info[op].arg_kind == ARG_JUMP_BACK);
}

static int64_t jump_target(const Instr *in, int op)
{
    int64_t d = op_info[op].arg_kind == ARG_JUMP_BACK ? -in->arg : in->arg;
    return in->offset + 2 + d * 2;
}

/* Python sequence indexing (negative counts from the end); NULL if out of
 * range. */
static const Obj *py_index(const Obj *seq, int64_t i, bool allow_negative)
{
    if (!seq || (seq->kind != OBJ_TUPLE && seq->kind != OBJ_LIST))
        return NULL;
    int64_t n = (int64_t)seq->u.seq.n;
    if (i < 0 && allow_negative)
        i += n;
    if (i < 0 || i >= n)
        return NULL;
    return seq->u.seq.items[i];
}

/* A name as dis shows it: the text itself, not its repr. */
static void put_name(ByteBuf *b, const Obj *name)
{
    if (!name)
        bb_str(b, "<index out of range>");
    else if (obj_is_str(name))
        bb_put(b, name->u.s.data, name->u.s.len);
    else
        repr_obj(b, name);
}

static int64_t floordiv2(int64_t v)
{
    return v >= 0 ? v / 2 : -((-v + 1) / 2);
}

static void argrepr(ByteBuf *b, const Code *c, const Instr *in)
{
    int deop = in->deop;
    int64_t arg = in->arg;
    const OpInfo *info = &op_info[deop];
    if (!info->name)
        return;
    switch (info->arg_kind) {
    case ARG_CONST:
        /* Only LOAD_CONST resolves its constant; KW_NAMES shows nothing. */
        if (deop == OP_LOAD_CONST) {
            const Obj *k = py_index(c->consts, arg, true);
            if (k)
                repr_obj(b, k);
            else
                bb_str(b, "<index out of range>");
        }
        return;
    case ARG_NAME:
        if (deop == OP_LOAD_GLOBAL) {
            const Obj *name = py_index(c->names, floordiv2(arg), true);
            if ((arg & 1) && !(name && obj_is_str(name) && name->u.s.len == 0))
                bb_str(b, "NULL + ");
            put_name(b, name);
        } else {
            put_name(b, py_index(c->names, arg, true));
        }
        return;
    case ARG_JUMP_FWD:
    case ARG_JUMP_BACK:
        bb_printf(b, "to %" PRId64, jump_target(in, deop));
        return;
    case ARG_LOCAL:
    case ARG_FREE:
        /* code._varname_from_oparg: PyTuple_GetItem, no negative indices */
        put_name(b, py_index(c->localsplusnames, arg, false));
        return;
    case ARG_COMPARE:
        if (arg < 0)
            arg += 6;
        if (arg >= 0 && arg < 6)
            bb_str(b, op_cmp_names[arg]);
        else
            bb_str(b, "<index out of range>");
        return;
    default:
        break;
    }
    if (deop == OP_FORMAT_VALUE) {
        static const char *const conv[4] = { "", "str", "repr", "ascii" };
        bb_str(b, conv[arg & 3]);
        if (arg & 4) {
            if (arg & 3)
                bb_str(b, ", ");
            bb_str(b, "with format");
        }
    } else if (deop == OP_MAKE_FUNCTION) {
        static const char *const flags[4] = { "defaults", "kwdefaults", "annotations", "closure" };
        bool first = true;
        for (int i = 0; i < 4; i++) {
            if (arg & (1 << i)) {
                if (!first)
                    bb_str(b, ", ");
                bb_str(b, flags[i]);
                first = false;
            }
        }
    } else if (deop == OP_BINARY_OP) {
        if (arg < 0)
            arg += 26;
        if (arg >= 0 && arg < 26)
            bb_str(b, op_binop_symbols[arg]);
        else
            bb_str(b, "<index out of range>");
    }
}

static int decimal_width(int64_t v)
{
    char tmp[32];
    return snprintf(tmp, sizeof tmp, "%" PRId64, v);
}

static void pad(ByteBuf *b, int n)
{
    for (int i = 0; i < n; i++)
        bb_byte(b, ' ');
}

void dis_code(ByteBuf *out, const Obj *obj)
{
    if (!obj || obj->kind != OBJ_CODE || !obj->u.code)
        return;
    const Code *c = obj->u.code;
    const uint8_t *code = NULL;
    size_t len = 0;
    if (c->code && c->code->kind == OBJ_BYTES) {
        code = c->code->u.s.data;
        len = c->code->u.s.len;
    }
    if (len > (size_t)INT32_MAX - 16)
        len = (size_t)INT32_MAX - 16; /* offsets are ints; no real code is near this */

    uint8_t *deopt = deopt_copy(code, len);
    Instr *ins = xcalloc(len / 2 + 1, sizeof *ins);
    size_t nins = unpack(deopt, len, ins);
    free(deopt);

    /* Jump targets (dis.findlabels looks at the stored opcode, so a
     * specialised jump does not make a label) plus exception handlers. */
    bool *label = xcalloc(len / 2 + 1, sizeof *label);
    for (size_t i = 0; i < nins; i++) {
        if (!ins[i].has_arg || !is_jump(ins[i].op) || op_info[ins[i].op].specialized)
            continue;
        int64_t t = jump_target(&ins[i], ins[i].op);
        if (t >= 0 && (uint64_t)t < len && t % 2 == 0)
            label[t / 2] = true;
    }
    size_t nexc = 0, exc_cap = 0;
    ExcEntry *exc = NULL;
    if (c->exceptiontable && c->exceptiontable->kind == OBJ_BYTES) {
        ExcIter it;
        ExcEntry e;
        exct_iter_init(&it, c->exceptiontable->u.s.data, c->exceptiontable->u.s.len);
        while (exct_iter_next(&it, &e)) {
            if (nexc == exc_cap) {
                exc_cap = exc_cap ? exc_cap * 2 : 8;
                ExcEntry *ne = realloc(exc, exc_cap * sizeof *exc);
                if (!ne) {
                    fputs("fatal: out of memory\n", stderr);
                    abort();
                }
                exc = ne;
            }
            exc[nexc++] = e;
            if (e.start < e.end && e.target < len)
                label[e.target / 2] = true;
        }
    }

    /* dis.findlinestarts over co_lines(): a line below 0 reads as None. */
    size_t nls = 0, ls_cap = 0;
    LineStart *ls = NULL;
    int64_t maxline = -1;
    if (c->linetable && c->linetable->kind == OBJ_BYTES) {
        LineIter it;
        LineEntry e;
        bool have_last = false;
        int last = 0;
        lnt_iter_init(&it, c->linetable->u.s.data, c->linetable->u.s.len, c->firstlineno);
        while (lnt_iter_next(&it, &e)) {
            if (e.line < 0 || (have_last && e.line == last))
                continue;
            have_last = true;
            last = e.line;
            if (nls == ls_cap) {
                ls_cap = ls_cap ? ls_cap * 2 : 64;
                LineStart *nl = realloc(ls, ls_cap * sizeof *ls);
                if (!nl) {
                    fputs("fatal: out of memory\n", stderr);
                    abort();
                }
                ls = nl;
            }
            ls[nls].offset = e.start;
            ls[nls].line = e.line;
            nls++;
            if (e.line > maxline)
                maxline = e.line;
        }
    }
    bool show_lineno = nls > 0;
    int lineno_width = 0;
    if (show_lineno)
        lineno_width = maxline >= 1000 ? decimal_width(maxline) : 3;
    int64_t maxoffset = (int64_t)len - 2;
    int offset_width = maxoffset >= 10000 ? decimal_width(maxoffset) : 4;

    size_t li = 0;
    ByteBuf line;
    bb_init(&line);
    for (size_t i = 0; i < nins; i++) {
        const Instr *in = &ins[i];
        while (li < nls && ls[li].offset < in->offset)
            li++;
        bool starts = li < nls && ls[li].offset == in->offset;
        if (show_lineno && starts && in->offset > 0)
            bb_byte(out, '\n');
        line.len = 0;
        if (lineno_width) {
            if (starts)
                bb_printf(&line, "%*d ", lineno_width, ls[li].line);
            else
                pad(&line, lineno_width + 1);
        }
        bb_str(&line, "    ");
        bb_str(&line, label[in->offset / 2] ? ">>" : "  ");
        bb_printf(&line, " %*d ", offset_width, in->offset);
        if (op_info[in->op].name)
            bb_printf(&line, "%-*s", OPNAME_WIDTH, op_info[in->op].name);
        else {
            char tmp[16];
            snprintf(tmp, sizeof tmp, "<%d>", in->op);
            bb_printf(&line, "%-*s", OPNAME_WIDTH, tmp);
        }
        if (in->has_arg) {
            bb_printf(&line, " %*" PRId64, OPARG_WIDTH, in->arg);
            size_t mark = line.len;
            bb_str(&line, " (");
            size_t start = line.len;
            argrepr(&line, c, in);
            if (line.len == start)
                line.len = mark; /* empty argrepr: no parentheses */
            else
                bb_byte(&line, ')');
        }
        /* dis joins the fields and rstrip()s the line; only the padding can
         * be trailing whitespace. */
        while (line.len && line.data[line.len - 1] == ' ')
            line.len--;
        bb_put(out, line.data, line.len);
        bb_byte(out, '\n');
    }
    bb_free(&line);

    if (nexc) {
        bb_str(out, "ExceptionTable:\n");
        for (size_t i = 0; i < nexc; i++)
            bb_printf(out, "  %" PRIu32 " to %" PRId64 " -> %" PRIu32 " [%" PRIu32 "]%s\n",
                      exc[i].start, (int64_t)exc[i].end - 2, exc[i].target, exc[i].depth,
                      exc[i].lasti ? " lasti" : "");
    }
    free(exc);
    free(ls);
    free(label);
    free(ins);
}

void dis_recursive(ByteBuf *out, const Obj *obj)
{
    dis_code(out, obj);
    if (!obj || obj->kind != OBJ_CODE || !obj->u.code)
        return;
    const Obj *consts = obj->u.code->consts;
    if (!consts || consts->kind != OBJ_TUPLE)
        return;
    for (size_t i = 0; i < consts->u.seq.n; i++) {
        const Obj *k = consts->u.seq.items[i];
        if (!k || k->kind != OBJ_CODE)
            continue;
        bb_str(out, "\nDisassembly of ");
        repr_obj(out, k);
        bb_str(out, ":\n");
        dis_recursive(out, k);
    }
}

int dis_pyc_file(const char *prog, const char *path, FILE *out)
{
    Arena arena;
    arena_init(&arena);
    PycHeader hdr;
    Obj *code = NULL;
    char err[512];
    if (pyc_load_file(path, &arena, &hdr, &code, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s\n", prog, err);
        arena_free(&arena);
        return 1;
    }
    ByteBuf text;
    bb_init(&text);
    dis_recursive(&text, code);
    int rc = 0;
    if (fwrite(text.data, 1, text.len, out) != text.len || fflush(out) != 0) {
        fprintf(stderr, "%s: error writing the disassembly\n", prog);
        rc = 1;
    }
    bb_free(&text);
    arena_free(&arena);
    return rc;
}
