/* tests/unit/test_verify.c: pvm's bytecode verifier (vm/verify.c).  Every
 * check is shown refusing a hand-built code object with its exact message,
 * next to the smallest code that passes; the .pyc files python3.11 wrote for
 * tests/fuzz/corpus (argv[1]) must all verify.
 * `test_verify --files F.pyc...` verifies files and prints the refusals
 * (used to run the verifier over a compiled standard library).
 */
#include "bytebuf.h"
#include "exctable.h"
#include "opcodes.h"
#include "pyc.h"
#include "verify.h"

#include <check.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define I(op, arg) OP_##op, (arg)
#define CA 0, 0                       /* one CACHE unit */
#define CA4 CA, CA, CA, CA
#define CA5 CA4, CA
#define SZ(a) (sizeof(a))

static Arena A;
static char err[512];
static const char *corpus_dir;

static void setup(void) { arena_init(&A); err[0] = '\0'; }
static void teardown(void) { arena_free(&A); }

static Obj *str(const char *s) { return obj_str_cstr(&A, s, true); }

static Obj *strs(int n, ...)
{
    va_list ap;
    Obj *t = obj_seq(&A, OBJ_TUPLE, (size_t)n);
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        t->u.seq.items[i] = str(va_arg(ap, const char *));
    va_end(ap);
    return t;
}

static Obj *tuple(int n, ...)
{
    va_list ap;
    Obj *t = obj_seq(&A, OBJ_TUPLE, (size_t)n);
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        t->u.seq.items[i] = va_arg(ap, Obj *);
    va_end(ap);
    return t;
}

static Obj *bytes(const void *p, size_t n) { return obj_bytes(&A, p, n); }

/* A function "f" with constants (None,), names (x, y), three plain locals
 * a, b, c, no exception table and an empty location table. */
static Code *mk(const uint8_t *code, size_t len, int stacksize)
{
    Code *c = obj_code(&A)->u.code;
    static const uint8_t kinds[] = { 0x20, 0x20, 0x20 };
    c->stacksize = stacksize;
    c->flags = CO_OPTIMIZED | CO_NEWLOCALS;
    c->code = bytes(code, len);
    c->consts = tuple(1, obj_singleton(&A, OBJ_NONE));
    c->names = strs(2, "x", "y");
    c->localsplusnames = strs(3, "a", "b", "c");
    c->localspluskinds = bytes(kinds, 3);
    c->filename = str("t.py");
    c->name = str("f");
    c->qualname = str("f");
    c->firstlineno = 1;
    c->linetable = bytes("", 0);
    c->exceptiontable = bytes("", 0);
    return c;
}
#define MK(a, ss) mk(a, SZ(a), ss)

static Obj *as_obj(Code *c)
{
    Obj *o = obj_new(&A, OBJ_CODE);
    o->u.code = c;
    return o;
}

/* An exception table from n entries (start, end, target, depth, lasti) in
 * byte offsets. */
static Obj *exc_table(int n, ...)
{
    ByteBuf b;
    va_list ap;
    bb_init(&b);
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        ExcEntry e;
        e.start = (uint32_t)va_arg(ap, int);
        e.end = (uint32_t)va_arg(ap, int);
        e.target = (uint32_t)va_arg(ap, int);
        e.depth = (uint32_t)va_arg(ap, int);
        e.lasti = va_arg(ap, int) != 0;
        exct_encode(&b, &e);
    }
    va_end(ap);
    Obj *o = bytes(b.data, b.len);
    bb_free(&b);
    return o;
}

static void ok(const Code *c)
{
    int rc = pv_verify_code(c, err, sizeof err);
    ck_assert_msg(rc == 0, "refused: %s", err);
}

static void bad(const Code *c, const char *msg)
{
    ck_assert_int_eq(pv_verify_code(c, err, sizeof err), -1);
    ck_assert_str_eq(err, msg);
    ck_assert_ptr_null(strchr(err, '\n'));
}

/* ---- instructions, CACHE layout, arguments ---------------------------------- */

static const uint8_t ret_none[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };

START_TEST(minimal)
{
    ok(MK(ret_none, 1));
}
END_TEST

START_TEST(opcodes)
{
    static const uint8_t unknown[] = { I(RESUME, 0), 200, 0, I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(unknown, 1), "verify: f at offset 2: invalid opcode 200");
    /* LOAD_GLOBAL_ADAPTIVE: CPython writes specialised forms only in memory */
    static const uint8_t special[] = { I(RESUME, 0), 47, 0, CA5, I(RETURN_VALUE, 0) };
    bad(MK(special, 2), "verify: f at offset 2: invalid opcode 47");
    static const uint8_t cache[] = { I(RESUME, 0), CA, I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(cache, 1), "verify: f at offset 2: CACHE outside an inline cache");
    static const uint8_t noarg[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 3) };
    bad(MK(noarg, 1), "verify: f at offset 4: RETURN_VALUE takes no argument (got 3)");
    static const uint8_t odd[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0), 9 };
    bad(MK(odd, 1), "verify: f: co_code has odd length 7");
    bad(mk(odd, 0, 1), "verify: f: co_code is empty");
}
END_TEST

START_TEST(caches)
{
    static const uint8_t good[] = {
        I(RESUME, 0), I(LOAD_GLOBAL, 1), CA5, I(PRECALL, 0), CA, I(CALL, 0), CA4,
        I(RETURN_VALUE, 0) };
    ok(MK(good, 2));
    static const uint8_t hole[] = {
        I(RESUME, 0), I(LOAD_GLOBAL, 1), CA, CA, CA, I(NOP, 0), CA, I(PRECALL, 0), CA,
        I(CALL, 0), CA4, I(RETURN_VALUE, 0) };
    bad(MK(hole, 2), "verify: f at offset 2: LOAD_GLOBAL: CACHE 4 of 5 is NOP 0");
    static const uint8_t nonzero[] = {
        I(RESUME, 0), I(LOAD_CONST, 0), I(LOAD_ATTR, 0), CA, 0, 7, CA, CA, I(RETURN_VALUE, 0) };
    bad(MK(nonzero, 1), "verify: f at offset 4: LOAD_ATTR: CACHE 2 of 4 has argument 7");
    static const uint8_t past_end[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(LOAD_ATTR, 0), CA, CA };
    bad(MK(past_end, 1),
        "verify: f at offset 4: LOAD_ATTR's 4 CACHE units run past the end of the code");
}
END_TEST

START_TEST(extended_arg)
{
    /* EXTENDED_ARG 1 makes LOAD_CONST 0 into LOAD_CONST 256 */
    static const uint8_t big[] = {
        I(RESUME, 0), I(EXTENDED_ARG, 1), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(big, 1), "verify: f at offset 4: LOAD_CONST 256 out of range (1 constants)");
    static const uint8_t four[] = {
        I(RESUME, 0), I(EXTENDED_ARG, 0), I(EXTENDED_ARG, 0), I(EXTENDED_ARG, 0),
        I(EXTENDED_ARG, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(four, 1), "verify: f at offset 2: more than 3 EXTENDED_ARG prefixes");
    static const uint8_t three[] = {
        I(RESUME, 0), I(EXTENDED_ARG, 0), I(EXTENDED_ARG, 0), I(EXTENDED_ARG, 0),
        I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    ok(MK(three, 1));
    static const uint8_t before_noarg[] = {
        I(RESUME, 0), I(LOAD_CONST, 0), I(EXTENDED_ARG, 0), I(RETURN_VALUE, 0) };
    bad(MK(before_noarg, 1),
        "verify: f at offset 4: EXTENDED_ARG before RETURN_VALUE, which takes no argument");
    static const uint8_t at_end[] = { I(RESUME, 0), I(EXTENDED_ARG, 0) };
    bad(MK(at_end, 1), "verify: f at offset 2: EXTENDED_ARG at the end of the code");
    /* a jump may not land between EXTENDED_ARG and its opcode */
    static const uint8_t into[] = {
        I(RESUME, 0), I(JUMP_FORWARD, 1), I(EXTENDED_ARG, 0), I(LOAD_CONST, 0),
        I(RETURN_VALUE, 0) };
    bad(MK(into, 1), "verify: f at offset 2: JUMP_FORWARD 1 jumps to offset 6, "
        "which is not an instruction start");
}
END_TEST

START_TEST(indices)
{
    static const uint8_t c[] = { I(RESUME, 0), I(LOAD_CONST, 9), I(RETURN_VALUE, 0) };
    bad(MK(c, 1), "verify: f at offset 2: LOAD_CONST 9 out of range (1 constants)");
    static const uint8_t n[] = { I(RESUME, 0), I(LOAD_NAME, 2), I(RETURN_VALUE, 0) };
    bad(MK(n, 1), "verify: f at offset 2: LOAD_NAME 2 out of range (2 names)");
    /* LOAD_GLOBAL 3 is names[1] with the NULL bit; 4 would be names[2] */
    static const uint8_t g[] = { I(RESUME, 0), I(LOAD_GLOBAL, 3), CA5, I(POP_TOP, 0),
                                 I(RETURN_VALUE, 0) };
    ok(MK(g, 2));
    static const uint8_t g2[] = { I(RESUME, 0), I(LOAD_GLOBAL, 4), CA5, I(RETURN_VALUE, 0) };
    bad(MK(g2, 1), "verify: f at offset 2: LOAD_GLOBAL 4 out of range (name 2, 2 names)");
    static const uint8_t l[] = { I(RESUME, 0), I(LOAD_FAST, 3), I(RETURN_VALUE, 0) };
    bad(MK(l, 1), "verify: f at offset 2: LOAD_FAST 3 out of range (3 local slots)");
    static const uint8_t d[] = { I(RESUME, 0), I(LOAD_DEREF, 0), I(RETURN_VALUE, 0) };
    bad(MK(d, 1), "verify: f at offset 2: LOAD_DEREF 0: 'a' is a local, not a cell or free variable");
    static const uint8_t kw[] = { I(RESUME, 0), I(KW_NAMES, 0), I(RETURN_VALUE, 0) };
    bad(MK(kw, 1), "verify: f at offset 2: KW_NAMES 0 is not a tuple");
}
END_TEST

/* One instruction with an argument between two loads and a return. */
static void one_arg(int op, uint32_t arg, int stacksize, const char *msg)
{
    uint8_t code[32] = { I(RESUME, 0), I(LOAD_CONST, 0), I(LOAD_CONST, 0), I(LOAD_CONST, 0),
                         (uint8_t)op, (uint8_t)arg };
    size_t n = 10 + 2 * (size_t)op_info[op].caches;   /* CACHE units are zero */
    code[n++] = OP_RETURN_VALUE;
    code[n++] = 0;
    bad(mk(code, n, stacksize), msg);
}

START_TEST(arguments)
{
    one_arg(OP_COMPARE_OP, 6, 3, "verify: f at offset 8: COMPARE_OP 6 out of range (6 comparisons)");
    one_arg(OP_BINARY_OP, 26, 3, "verify: f at offset 8: BINARY_OP 26 out of range (26 operators)");
    one_arg(OP_IS_OP, 2, 3, "verify: f at offset 8: IS_OP 2 out of range (0..1)");
    one_arg(OP_CONTAINS_OP, 2, 3, "verify: f at offset 8: CONTAINS_OP 2 out of range (0..1)");
    one_arg(OP_RAISE_VARARGS, 3, 3, "verify: f at offset 8: RAISE_VARARGS 3 out of range (0..2)");
    one_arg(OP_MAKE_FUNCTION, 16, 3, "verify: f at offset 8: MAKE_FUNCTION 16 out of range (0..15)");
    one_arg(OP_RESUME, 4, 3, "verify: f at offset 8: RESUME 4 out of range (0..3)");
    one_arg(OP_FORMAT_VALUE, 8, 3, "verify: f at offset 8: FORMAT_VALUE 8 out of range (0..7)");
    one_arg(OP_BUILD_SLICE, 1, 3, "verify: f at offset 8: BUILD_SLICE 1 out of range (2..3)");
    one_arg(OP_COPY, 0, 3, "verify: f at offset 8: COPY 0 out of range (1..16777216)");
    one_arg(OP_SWAP, 0, 3, "verify: f at offset 8: SWAP 0 out of range (1..16777216)");
    one_arg(OP_LIST_APPEND, 0, 3, "verify: f at offset 8: LIST_APPEND 0 out of range (1..16777216)");
    one_arg(OP_GET_AWAITABLE, 3, 3, "verify: f at offset 8: GET_AWAITABLE 3 out of range (0..2)");
    one_arg(OP_CALL_FUNCTION_EX, 2, 3,
            "verify: f at offset 8: CALL_FUNCTION_EX 2 out of range (0..1)");
    one_arg(OP_COPY_FREE_VARS, 1, 3,
            "verify: f at offset 8: COPY_FREE_VARS 1, but the code has 0 free variables");
    /* within the stack: COPY 3 and SWAP 3 see three items, 4 do not */
    one_arg(OP_COPY, 4, 4, "verify: f at offset 8: stack underflow: COPY 4 needs 4 items, "
            "the stack has 3");
    one_arg(OP_SWAP, 4, 4, "verify: f at offset 8: stack underflow: SWAP 4 needs 4 items, "
            "the stack has 3");
    uint8_t swap3[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(LOAD_CONST, 0), I(LOAD_CONST, 0),
                        I(SWAP, 3), I(COPY, 3), I(RETURN_VALUE, 0) };
    ok(mk(swap3, sizeof swap3, 4));
    /* RERAISE n > 0 reads the lasti n + 1 deep */
    one_arg(OP_RERAISE, 3, 3, "verify: f at offset 8: stack underflow: RERAISE 3 needs 4 items, "
            "the stack has 3");
    /* LIST_APPEND n: the list is n below the appended item */
    one_arg(OP_LIST_APPEND, 3, 3, "verify: f at offset 8: stack underflow: LIST_APPEND 3 "
            "needs 4 items, the stack has 3");
    /* MAKE_FUNCTION's flags say how many items lie below the code */
    one_arg(OP_MAKE_FUNCTION, 15, 3, "verify: f at offset 8: stack underflow: MAKE_FUNCTION 15 "
            "needs 5 items, the stack has 3");
}
END_TEST

START_TEST(calls)
{
    Code *c;
    /* f(1, k=2): KW_NAMES names the last PRECALL argument */
    static const uint8_t kw[] = {
        I(RESUME, 0), I(PUSH_NULL, 0), I(LOAD_GLOBAL, 0), CA5, I(LOAD_CONST, 0),
        I(LOAD_CONST, 0), I(KW_NAMES, 1), I(PRECALL, 2), CA, I(CALL, 2), CA4,
        I(RETURN_VALUE, 0) };
    c = MK(kw, 4);
    c->consts = tuple(2, obj_singleton(&A, OBJ_NONE), strs(1, "k"));
    ok(c);
    c = MK(kw, 4);
    c->consts = tuple(2, obj_singleton(&A, OBJ_NONE), strs(3, "k", "l", "m"));
    bad(c, "verify: f at offset 20: KW_NAMES has 3 names for PRECALL 2");
    c = MK(kw, 4);
    c->consts = tuple(2, obj_singleton(&A, OBJ_NONE), tuple(1, obj_int(&A, 1)));
    bad(c, "verify: f at offset 20: KW_NAMES 1: item 0 is not a str");
    c = MK(kw, 3);
    c->consts = tuple(2, obj_singleton(&A, OBJ_NONE), strs(1, "k"));
    bad(c, "verify: f at offset 18: stack depth 4 exceeds co_stacksize 3");
    static const uint8_t nocall[] = {
        I(RESUME, 0), I(PUSH_NULL, 0), I(LOAD_GLOBAL, 0), CA5, I(PRECALL, 0), CA,
        I(RETURN_VALUE, 0) };
    bad(MK(nocall, 2), "verify: f at offset 16: PRECALL 0 is not followed by CALL 0");
    static const uint8_t mismatch[] = {
        I(RESUME, 0), I(PUSH_NULL, 0), I(LOAD_GLOBAL, 0), CA5, I(PRECALL, 0), CA,
        I(CALL, 1), CA4, I(RETURN_VALUE, 0) };
    bad(MK(mismatch, 2), "verify: f at offset 16: PRECALL 0 is not followed by CALL 0");
    static const uint8_t lone[] = {
        I(RESUME, 0), I(PUSH_NULL, 0), I(LOAD_GLOBAL, 0), CA5, I(CALL, 0), CA4,
        I(RETURN_VALUE, 0) };
    bad(MK(lone, 2), "verify: f at offset 16: CALL does not follow PRECALL");
    /* PRECALL/CALL n need NULL-or-self, callable and n arguments */
    static const uint8_t few[] = {
        I(RESUME, 0), I(LOAD_GLOBAL, 0), CA5, I(PRECALL, 0), CA, I(CALL, 0), CA4,
        I(RETURN_VALUE, 0) };
    bad(MK(few, 2), "verify: f at offset 14: stack underflow: PRECALL 0 needs 2 items, "
        "the stack has 1");
}
END_TEST

/* ---- control flow ------------------------------------------------------------- */

START_TEST(jumps)
{
    static const uint8_t out[] = {
        I(RESUME, 0), I(JUMP_FORWARD, 5), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(out, 1), "verify: f at offset 2: JUMP_FORWARD 5 jumps to offset 14, "
        "which is outside the code");
    static const uint8_t back[] = {
        I(RESUME, 0), I(NOP, 0), I(JUMP_BACKWARD, 9), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(back, 1), "verify: f at offset 4: JUMP_BACKWARD 9 jumps to offset -12, "
        "which is outside the code");
    /* into the CACHE units of LOAD_ATTR */
    static const uint8_t cache[] = {
        I(RESUME, 0), I(LOAD_CONST, 0), I(POP_JUMP_FORWARD_IF_TRUE, 2), I(LOAD_CONST, 0),
        I(LOAD_ATTR, 0), CA4, I(RETURN_VALUE, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(cache, 1), "verify: f at offset 4: POP_JUMP_FORWARD_IF_TRUE 2 jumps to offset 10, "
        "which is not an instruction start");
    static const uint8_t prologue[] = {
        I(RESUME, 0), I(NOP, 0), I(JUMP_BACKWARD, 3), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(prologue, 1), "verify: f at offset 4: JUMP_BACKWARD 3 jumps to offset 0, "
        "which is in the prologue");
    static const uint8_t loop[] = {
        I(RESUME, 0), I(NOP, 0), I(JUMP_BACKWARD, 2), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    ok(MK(loop, 1));
    static const uint8_t to_call[] = {
        I(RESUME, 0), I(PUSH_NULL, 0), I(LOAD_GLOBAL, 0), CA5, I(PRECALL, 0), CA,
        I(CALL, 0), CA4, I(JUMP_BACKWARD, 6), I(RETURN_VALUE, 0) };
    bad(MK(to_call, 2), "verify: f at offset 30: JUMP_BACKWARD 6 jumps to offset 20, "
        "which is a CALL (only its PRECALL may lead to it)");
}
END_TEST

START_TEST(stack)
{
    static const uint8_t neg[] = { I(RESUME, 0), I(POP_TOP, 0), I(LOAD_CONST, 0),
                                   I(RETURN_VALUE, 0) };
    bad(MK(neg, 1), "verify: f at offset 2: stack underflow: POP_TOP 0 needs 1 items, "
        "the stack has 0");
    /* BINARY_OP's net effect is -1 but it reads two items */
    static const uint8_t binop[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(BINARY_OP, 0), CA,
                                     I(RETURN_VALUE, 0) };
    bad(MK(binop, 1), "verify: f at offset 4: stack underflow: BINARY_OP 0 needs 2 items, "
        "the stack has 1");
    static const uint8_t deep[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(LOAD_CONST, 0),
                                    I(POP_TOP, 0), I(RETURN_VALUE, 0) };
    ok(MK(deep, 2));
    bad(MK(deep, 1), "verify: f at offset 4: stack depth 2 exceeds co_stacksize 1");
    /* the two arms of an if reach the join with 1 and 2 items */
    static const uint8_t join[] = {
        I(RESUME, 0), I(LOAD_CONST, 0), I(POP_JUMP_FORWARD_IF_TRUE, 1), I(LOAD_CONST, 0),
        I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(join, 2), "verify: f at offset 6: stack depth 1 at offset 8 disagrees with 0 from "
        "another path");
    static const uint8_t fall[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(POP_TOP, 0) };
    bad(MK(fall, 1), "verify: f at offset 4: POP_TOP falls off the end of the code");
    /* a loop that grows the stack on every round */
    static const uint8_t grow[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(JUMP_BACKWARD, 2) };
    bad(MK(grow, 5), "verify: f at offset 4: stack depth 1 at offset 2 disagrees with 0 from "
        "another path");
    /* unreachable code is not interpreted, but still decoded and checked */
    static const uint8_t dead[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0),
                                    I(POP_TOP, 0), I(POP_TOP, 0) };
    ok(MK(dead, 1));
    static const uint8_t dead_bad[] = { I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0),
                                        I(LOAD_CONST, 5) };
    bad(MK(dead_bad, 1), "verify: f at offset 6: LOAD_CONST 5 out of range (1 constants)");
}
END_TEST

/* try: x except: pass, as python3.11 lays it out (stack size 4):
 *   0 RESUME 0           8 RETURN_VALUE        16 RETURN_VALUE
 *   2 NOP               10 PUSH_EXC_INFO       18 COPY 3
 *   4 LOAD_CONST 0      12 POP_EXCEPT          20 POP_EXCEPT
 *   6 POP_TOP ... (return None at 6)            22 RERAISE 1
 * entries: 4-6 -> 10 depth 0; 10-12 -> 18 depth 1 lasti */
static const uint8_t try_code[] = {
    I(RESUME, 0), I(NOP, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0), I(NOP, 0),
    I(PUSH_EXC_INFO, 0), I(POP_EXCEPT, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0),
    I(COPY, 3), I(POP_EXCEPT, 0), I(RERAISE, 1) };

START_TEST(exceptions)
{
    Code *c = MK(try_code, 4);
    c->exceptiontable = exc_table(2, 4, 6, 10, 0, 0, 10, 12, 18, 1, 1);
    ok(c);
    c->stacksize = 2;
    bad(c, "verify: f: exception table entry 1: handler depth 3 exceeds co_stacksize 2");
    c->stacksize = 3;       /* the handler fits, its COPY 3 does not */
    bad(c, "verify: f at offset 18: stack depth 4 exceeds co_stacksize 3");
    c->stacksize = 4;
    static const uint8_t junk[] = { 0x01, 0x02 };   /* no entry-start mark */
    c->exceptiontable = bytes(junk, 2);
    bad(c, "verify: f: malformed exception table (after 0 entries)");
    c->exceptiontable = exc_table(1, 4, 26, 10, 0, 0);
    bad(c, "verify: f: exception table entry 0 (offsets 4-26) ends past the code (24 bytes)");
    c->exceptiontable = exc_table(2, 4, 12, 10, 0, 0, 10, 12, 18, 1, 1);
    bad(c, "verify: f: exception table entry 1 (offsets 10-12) overlaps or precedes entry 0");
    c->exceptiontable = exc_table(1, 4, 6, 0, 0, 0);
    bad(c, "verify: f: exception table entry 0: handler offset 0 is in the prologue");
    c->exceptiontable = exc_table(1, 4, 6, 30, 0, 0);
    bad(c, "verify: f: exception table entry 0: handler offset 30 is outside the code");
    c->exceptiontable = exc_table(1, 0, 6, 10, 0, 0);
    bad(c, "verify: f: exception table entry 0 (offsets 0-6) covers the prologue");
    c->exceptiontable = exc_table(1, 4, 4, 10, 0, 0);
    bad(c, "verify: f: exception table entry 0 is empty");
    /* unwinding to depth 1 while LOAD_CONST runs on an empty stack */
    c->exceptiontable = exc_table(2, 4, 6, 10, 1, 0, 10, 12, 18, 1, 1);
    bad(c, "verify: f at offset 4: exception table entry 0 unwinds to depth 1, above the "
        "stack depth 0");
    /* the handler starts at depth + 1 (+ 1 with lasti): without lasti,
     * COPY 3 under the cleanup handler finds only two items */
    c->exceptiontable = exc_table(2, 4, 6, 10, 0, 0, 10, 12, 18, 1, 0);
    bad(c, "verify: f at offset 18: stack underflow: COPY 3 needs 3 items, the stack has 2");
    /* a handler target inside CACHE units */
    static const uint8_t attr[] = {
        I(RESUME, 0), I(LOAD_CONST, 0), I(LOAD_ATTR, 0), CA4, I(RETURN_VALUE, 0),
        I(PUSH_EXC_INFO, 0), I(POP_EXCEPT, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(attr, 2);
    c->exceptiontable = exc_table(1, 2, 6, 16, 0, 0);
    ok(c);
    c->exceptiontable = exc_table(1, 2, 6, 8, 0, 0);
    bad(c, "verify: f: exception table entry 0: handler offset 8 is not an instruction start");
}
END_TEST

/* ---- locals, cells, free variables, the prologue ------------------------------ */

START_TEST(localsplus)
{
    Code *c = MK(ret_none, 1);
    static const uint8_t two[] = { 0x20, 0x20 };
    c->localspluskinds = bytes(two, 2);
    bad(c, "verify: f: co_localsplusnames has 3 names but co_localspluskinds 2 kinds");
    static const uint8_t weird[] = { 0x20, 0x10, 0x20 };
    c->localspluskinds = bytes(weird, 3);
    bad(c, "verify: f: local slot 1 ('b') has invalid kind 0x10");
    static const uint8_t order[] = { 0x20, 0x80, 0x20 };
    c->localspluskinds = bytes(order, 3);
    bad(c, "verify: f: local slot 2 ('c') is a local after free variables");
    static const uint8_t plain[] = { 0x20, 0x20, 0x20 };
    c->localspluskinds = bytes(plain, 3);
    c->argcount = 3;
    c->flags |= CO_VARARGS;
    bad(c, "verify: f: 4 arguments but only 3 local variables");
    c->argcount = 1;
    c->posonlyargcount = 2;
    c->flags &= ~CO_VARARGS;
    bad(c, "verify: f: argument counts out of range (1, 2 positional-only, 0 keyword-only)");
    c = MK(ret_none, 1);
    c->names = tuple(1, obj_int(&A, 3));
    bad(c, "verify: f: co_names[0] is not a str");
    c = MK(ret_none, 1);
    c->consts = NULL;
    bad(c, "verify: f: co_consts is not tuple");
}
END_TEST

START_TEST(cells)
{
    /* def f(a): def g(): a; b = 1  -> a is an argument cell (0x60), b a
     * plain local, c a free variable */
    static const uint8_t kinds[] = { 0x60, 0x20, 0x80 };
    static const uint8_t good[] = {
        I(COPY_FREE_VARS, 1), I(MAKE_CELL, 0), I(RESUME, 0), I(LOAD_DEREF, 0),
        I(STORE_FAST, 1), I(LOAD_DEREF, 2), I(STORE_DEREF, 0), I(LOAD_CLOSURE, 2),
        I(RETURN_VALUE, 0) };
    Code *c = MK(good, 1);
    c->localspluskinds = bytes(kinds, 3);
    c->argcount = 1;
    ok(c);
    static const uint8_t fast_cell[] = {
        I(COPY_FREE_VARS, 1), I(MAKE_CELL, 0), I(RESUME, 0), I(LOAD_FAST, 0),
        I(RETURN_VALUE, 0) };
    c = MK(fast_cell, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f at offset 6: LOAD_FAST 0: 'a' is a cell, not a plain local");
    static const uint8_t fast_free[] = {
        I(COPY_FREE_VARS, 1), I(MAKE_CELL, 0), I(RESUME, 0), I(LOAD_CONST, 0),
        I(STORE_FAST, 2), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(fast_free, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f at offset 8: STORE_FAST 2: 'c' is a free variable, not a plain local");
    static const uint8_t no_copy[] = {
        I(MAKE_CELL, 0), I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(no_copy, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f at offset 0: expected COPY_FREE_VARS 1 (the code has free variables)");
    static const uint8_t no_cell[] = {
        I(COPY_FREE_VARS, 1), I(RESUME, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(no_cell, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f: cell 'a' (slot 0) has no MAKE_CELL in the prologue");
    static const uint8_t twice[] = {
        I(COPY_FREE_VARS, 1), I(MAKE_CELL, 0), I(MAKE_CELL, 0), I(RESUME, 0),
        I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(twice, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f at offset 4: second MAKE_CELL 0 for 'a'");
    static const uint8_t make_plain[] = {
        I(COPY_FREE_VARS, 1), I(MAKE_CELL, 0), I(MAKE_CELL, 1), I(RESUME, 0),
        I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(make_plain, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f at offset 4: MAKE_CELL 1: 'b' is a local, not a cell");
    static const uint8_t late[] = {
        I(COPY_FREE_VARS, 1), I(MAKE_CELL, 0), I(RESUME, 0), I(MAKE_CELL, 0),
        I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    c = MK(late, 1);
    c->localspluskinds = bytes(kinds, 3);
    bad(c, "verify: f at offset 6: MAKE_CELL outside the prologue");
    bad(mk(try_code + 2, sizeof try_code - 2, 4), "verify: f at offset 0: expected RESUME 0 to end the prologue, "
        "found NOP 0");
}
END_TEST

START_TEST(generators)
{
    static const uint8_t gen[] = {
        I(RETURN_GENERATOR, 0), I(POP_TOP, 0), I(RESUME, 0), I(LOAD_CONST, 0),
        I(YIELD_VALUE, 0), I(RESUME, 1), I(POP_TOP, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    Code *c = MK(gen, 1);
    c->flags |= CO_GENERATOR;
    ok(c);
    c->flags &= ~CO_GENERATOR;
    bad(c, "verify: f at offset 0: expected RESUME 0 to end the prologue, found "
        "RETURN_GENERATOR 0");
    c->flags |= CO_COROUTINE | CO_GENERATOR;
    bad(c, "verify: f: co_flags 0xa3 are invalid");
    static const uint8_t plain_yield[] = {
        I(RESUME, 0), I(LOAD_CONST, 0), I(YIELD_VALUE, 0), I(RETURN_VALUE, 0) };
    bad(MK(plain_yield, 1), "verify: f at offset 4: YIELD_VALUE in code that is not a generator");
    static const uint8_t wrap[] = {
        I(RETURN_GENERATOR, 0), I(POP_TOP, 0), I(RESUME, 0), I(LOAD_CONST, 0),
        I(ASYNC_GEN_WRAP, 0), I(YIELD_VALUE, 0), I(RESUME, 1), I(POP_TOP, 0), I(LOAD_CONST, 0),
        I(RETURN_VALUE, 0) };
    c = MK(wrap, 1);
    c->flags |= CO_ASYNC_GENERATOR;
    ok(c);
    c->flags ^= CO_ASYNC_GENERATOR | CO_GENERATOR;
    bad(c, "verify: f at offset 8: ASYNC_GEN_WRAP outside an async generator");
    static const uint8_t late_gen[] = {
        I(RESUME, 0), I(RETURN_GENERATOR, 0), I(LOAD_CONST, 0), I(RETURN_VALUE, 0) };
    bad(MK(late_gen, 1), "verify: f at offset 2: RETURN_GENERATOR in code that is not a "
        "generator");
    c = MK(ret_none, 1);
    c->flags |= CO_ASYNC_GENERATOR;
    bad(c, "verify: f at offset 0: expected RETURN_GENERATOR (generator code), found RESUME");
}
END_TEST

/* ---- nested code, names in messages, the location table ------------------------ */

START_TEST(nested)
{
    Code *inner = MK(ret_none, 1);
    inner->qualname = str("outer.<locals>.inner");
    static const uint8_t bad_code[] = { I(RESUME, 0), I(LOAD_CONST, 3), I(RETURN_VALUE, 0) };
    Code *broken = MK(bad_code, 1);
    broken->qualname = str("outer.<locals>.broken");
    Code *outer = MK(ret_none, 1);
    outer->qualname = str("outer");
    outer->consts = tuple(2, obj_singleton(&A, OBJ_NONE), as_obj(inner));
    ok(outer);
    /* a code object inside a tuple constant is reachable too */
    outer->consts = tuple(2, obj_singleton(&A, OBJ_NONE),
                          tuple(2, as_obj(inner), as_obj(broken)));
    bad(outer, "verify: outer.<locals>.broken at offset 2: LOAD_CONST 3 out of range "
        "(1 constants)");
    /* shared subtrees are walked once: 60 levels of (t, t) would be 2^60 visits */
    Obj *t = as_obj(inner);
    for (int i = 0; i < 60; i++)
        t = tuple(2, t, t);
    outer->consts = tuple(1, t);
    ok(outer);
    /* names stay on one line */
    Code *c = MK(bad_code, 1);
    c->qualname = str("a\nb");
    bad(c, "verify: a?b at offset 2: LOAD_CONST 3 out of range (1 constants)");
}
END_TEST

START_TEST(linetable)
{
    Code *c = MK(ret_none, 1);
    static const uint8_t junk[] = { 0x05 };     /* no entry-start bit */
    c->linetable = bytes(junk, 1);
    bad(c, "verify: f: malformed location table");
}
END_TEST

/* The verifier's input counts agree with opcodes.def: no opcode ends with
 * fewer than zero outputs, over every valid argument shape. */
START_TEST(stack_model)
{
    for (int op = 1; op < 256; op++) {
        if (!op_is_defined(op))
            continue;
        static const uint32_t args[] = { 0, 1, 2, 3, 7, 15, 255, 256 + 3, 1000 };
        for (size_t k = 0; k < sizeof args / sizeof args[0]; k++) {
            int in = pv_verify_op_inputs(op, args[k]);
            ck_assert_msg(in >= 0, "%s %u: no input count", op_info[op].name, args[k]);
            if (op == OP_PRECALL || op == OP_CALL || op == OP_RETURN_GENERATOR)
                continue;   /* modelled by the verifier itself */
            bool okf;
            for (int j = 0; j < 2; j++) {
                int eff = op_stack_effect(op, (int)args[k], j, &okf);
                ck_assert(okf);
                ck_assert_msg(in + eff >= 0, "%s %u: %d inputs, effect %d",
                              op_info[op].name, args[k], in, eff);
            }
        }
    }
    ck_assert_int_eq(pv_verify_op_inputs(OP_CACHE, 0), -1);
    ck_assert_int_eq(pv_verify_op_inputs(OP_BUILD_TUPLE, (1u << 24) + 1), -1);
}
END_TEST

/* Every .pyc of the fuzz corpus that loads (python3.11 wrote them) verifies. */
START_TEST(real_files)
{
    if (!corpus_dir)
        return;
    DIR *d = opendir(corpus_dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 4, ".pyc") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", corpus_dir, e->d_name);
        Arena a;
        PycHeader h;
        Obj *code;
        arena_init(&a);
        if (pyc_load_file(path, &a, &h, &code, err, sizeof err) < 0) {
            arena_free(&a);     /* the corpus holds broken files on purpose */
            continue;
        }
        ck_assert_msg(pv_verify_code(code->u.code, err, sizeof err) == 0, "%s", err);
        arena_free(&a);
        n++;
    }
    closedir(d);
    ck_assert_int_gt(n, 10);
}
END_TEST

/* --files F...: verify each .pyc, print the refusals. */
static int verify_files(int argc, char **argv)
{
    int bad_files = 0;
    for (int i = 0; i < argc; i++) {
        Arena a;
        PycHeader h;
        Obj *code;
        arena_init(&a);
        if (pyc_load_file(argv[i], &a, &h, &code, err, sizeof err) < 0 ||
            pv_verify_code(code->u.code, err, sizeof err) < 0) {
            printf("%s: %s\n", argv[i], err);
            bad_files++;
        }
        arena_free(&a);
    }
    return bad_files ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "--files"))
        return verify_files(argc - 2, argv + 2);
    if (argc > 1)
        corpus_dir = argv[1];
    Suite *s = suite_create("verify");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, minimal);
    tcase_add_test(tc, opcodes);
    tcase_add_test(tc, caches);
    tcase_add_test(tc, extended_arg);
    tcase_add_test(tc, indices);
    tcase_add_test(tc, arguments);
    tcase_add_test(tc, calls);
    tcase_add_test(tc, jumps);
    tcase_add_test(tc, stack);
    tcase_add_test(tc, exceptions);
    tcase_add_test(tc, localsplus);
    tcase_add_test(tc, cells);
    tcase_add_test(tc, generators);
    tcase_add_test(tc, nested);
    tcase_add_test(tc, linetable);
    tcase_add_test(tc, stack_model);
    tcase_add_test(tc, real_files);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
