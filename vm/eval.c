/* vm/eval.c: the interpreter loop of pvm.
 *
 * Frames live in chunks of one contiguous value stack (localsplus, then the
 * evaluation stack); a call from Python to a Python function pushes a frame
 * and carries on in the same C loop, so Python recursion never recurses in
 * C.  Dispatch is computed goto where the compiler has it (PV_COMPUTED_GOTO),
 * a switch otherwise, over the same TARGET() bodies.  Exceptions unwind
 * through co_exceptiontable (zero-cost try), exactly as CPython 3.11 does:
 * a new error adds a traceback entry for its frame and takes the handled
 * exception as __context__; RERAISE does neither.
 * Generator frames live on the heap, owned by their generator object;
 * FOR_ITER and SEND resume them in this loop, C code through
 * pv_frame_resume as entry frames of run() (docs/pvm.md, "Generators").
 * Not here: the objects themselves (objects.h), argument parsing of C
 * functions (runtime.c), the generator objects and their protocols (gen.c).
 */
#include <string.h>

#include "exctable.h"
#include "object.h"
#include "opcodes.h"
#include "exc.h"
#include "match.h"
#include "gen.h"
#include "modules.h"
#include "runtime.h"
#include "classes.h"

#if defined(__GNUC__) && !defined(PV_NO_COMPUTED_GOTO)
#define PV_COMPUTED_GOTO 1
#endif

int pv_recursion_limit = 1000;
#define RECURSION_LIMIT pv_recursion_limit

struct Frame {
    PvCode *code;
    PvFunction *func;          /* NULL for module code */
    Value globals, builtins;
    Value locals;              /* dict for module/class code, V_NULL in functions */
    struct Frame *prev;
    const uint16_t *instr;     /* the instruction being executed */
    Value *sp;                 /* saved stack pointer while a callee runs */
    bool entry;                /* returning from it returns to C */
    bool heap;                 /* a generator's frame: not in the chunks */
    bool yielded;              /* left by YIELD_VALUE / RETURN_GENERATOR */
    const uint16_t *resume;    /* a generator's next instruction, NULL: not started */
    Value gen;                 /* the generator owning this heap frame */
    /* a generator frame resumed in the loop by prev's FOR_ITER or SEND
     * (not from C): where prev goes on when it yields / returns, and the
     * handled exception to give back to prev */
    bool inline_resumed, from_send;
    const uint16_t *caller_next, *caller_exit;
    Value caller_exc_info, caller_exc_outer;
    Value *localsplus;         /* nlocalsplus slots, then the stack */
};
typedef struct Frame Frame;

/* ---- the frame stack ---- */
#define CHUNK_VALUES (8 * 1024) /* scanned whole by every collection: keep it small */
typedef struct Chunk {
    struct Chunk *prev;
    Value *top, *end;
    Value data[];
} Chunk;

static Chunk *chunk;
static Chunk *spare_chunk; /* the last one left: recursion at a chunk's edge reuses it */
static int depth;
static Frame *current_frame;
static Value exc_info = V_NULL;      /* the exception being handled (sys.exc_info) */
/* A resumed generator sees only its own handled exception in exc_info;
 * when it has none, the one its resumer was handling shows through
 * (CPython's exc_info chain, _PyErr_GetTopmostException). */
static Value exc_outer = V_NULL;
static inline Value topmost_exc(void)
{
    Value e = exc_info != V_NULL && exc_info != V_NONE ? exc_info : exc_outer;
    return e == V_NONE ? V_NULL : e;
}
static Value context_done = V_NULL;  /* the exception whose __context__ is decided */

static size_t frame_values(const PvCode *co)
{
    return (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value) + (size_t)co->nlocalsplus +
           (size_t)co->stacksize + 1;
}

/* a generator's frame outlives the call: the generator object owns it */
static Frame *heap_frame(PvCode *co)
{
    Frame *f = pv_alloc(frame_values(co) * sizeof(Value));
    f->code = co;
    f->heap = true;
    f->localsplus = (Value *)f + (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);
    f->sp = f->localsplus + co->nlocalsplus;
    return f;
}

static Frame *push_frame(PvCode *co)
{
    size_t need = frame_values(co);
    if (!chunk || (size_t)(chunk->end - chunk->top) < need) {
        size_t n = need > CHUNK_VALUES ? need : CHUNK_VALUES;
        Chunk *c = spare_chunk;
        if (c && (size_t)(c->end - c->data) >= need)
            spare_chunk = NULL;
        else
            c = pv_alloc(sizeof(Chunk) + n * sizeof(Value));
        c->prev = chunk;
        c->top = c->data;
        if (!c->end)
            c->end = c->data + n;
        chunk = c;
    }
    Frame *f = (Frame *)chunk->top;
    chunk->top += need;
    /* the header and the locals; the evaluation stack is written before
     * it is read */
    memset(f, 0, (need - (size_t)co->stacksize - 1) * sizeof(Value));
    f->code = co;
    f->localsplus = (Value *)f + (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);
    f->sp = f->localsplus + co->nlocalsplus;
    return f;
}

/* the frame making a C call (CALL) and its stack top: what lies above is
 * dead while the call runs (pv_frames_clear_dead) */
typedef struct CallMark {
    Frame *frame;
    Value *sp;
} CallMark;
static CallMark c_call_mark;

/* gc.collect(): the frames of finished calls above the top of the frame
 * stack still hold their locals, which the collector would see (a dropped
 * `self` kept alive): clear them (finalize.c) */
void pv_frames_clear_dead(void)
{
    /* the calling frame's evaluation stack past the C call's arguments */
    Frame *f = c_call_mark.frame;
    if (f && f == current_frame) {
        Value *end = f->localsplus + f->code->nlocalsplus + f->code->stacksize;
        if (c_call_mark.sp < end)
            memset(c_call_mark.sp, 0, (size_t)(end - c_call_mark.sp) * sizeof(Value));
    }
    if (chunk)
        memset(chunk->top, 0, (size_t)(chunk->end - chunk->top) * sizeof(Value));
    if (spare_chunk)
        memset(spare_chunk->data, 0, (size_t)(spare_chunk->end - spare_chunk->data) * sizeof(Value));
}

static void pop_frame(Frame *f)
{
    if (f->heap)
        return;
    while (chunk && !((Value *)f >= chunk->data && (Value *)f < chunk->end)) {
        spare_chunk = chunk;
        chunk = chunk->prev;
    }
    if (chunk)
        chunk->top = (Value *)f;
}

Value pv_handled_exception(void)
{
    return topmost_exc();
}

Value pv_current_globals(void) { return current_frame ? current_frame->globals : V_NULL; }

/* locals(): the namespace dict of module and class code; in a function a
 * fresh snapshot of its bound locals and cells, as CPython 3.11 builds it */
Value pv_current_locals(void)
{
    Frame *f = current_frame;
    if (!f)
        return V_NULL;
    if (f->locals != V_NULL)
        return f->locals;
    return pv_frame_locals(f);
}

/* ---- argument binding (CPython's initialize_locals) ---- */
static void format_missing(PvFunction *fn, const char *kind, Value *names, int n)
{
    PvStrBuf b;
    pv_sb_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0 && n > 2)
            pv_sb_ascii(&b, ",");
        if (i > 0 && i == n - 1)
            pv_sb_ascii(&b, " and");
        if (i > 0)
            pv_sb_ascii(&b, " ");
        pv_sb_ascii(&b, "'");
        pv_sb_str(&b, names[i]);
        pv_sb_ascii(&b, "'");
    }
    pv_err_format(&pv_exc_TypeError, "%S() missing %d required %s argument%s: %S", fn->qualname, n,
                  kind, n == 1 ? "" : "s", pv_sb_finish(&b));
}

static int bind_args(Frame *f, PvFunction *fn, int argc, const Value *argv, Value kwnames)
{
    PvCode *co = fn->code;
    Value *lp = f->localsplus;
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    int npos = argc - nkw;
    int total = co->argcount + co->kwonlyargcount;
    Value kwdict = V_NULL;
    int slot = total;
    if (co->flags & CO_VARARGS)
        slot++;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = pv_dict_new();
        lp[slot] = kwdict;
    }
    int n = npos < co->argcount ? npos : co->argcount;
    for (int i = 0; i < n; i++)
        lp[i] = argv[i];
    if (co->flags & CO_VARARGS)
        lp[total] = npos > n ? pv_tuple_from(npos - n, argv + n) : pv_tuple_new(0);
    Value names = co->localsplusnames;
    for (int k = 0; k < nkw; k++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[k];
        Value val = argv[npos + k];
        int j;
        for (j = co->posonlyargcount; j < total; j++) {
            Value pn = PV_TUPLE_ITEMS(names)[j];
            if (pn == name || pv_str_eq(pn, name))
                break;
        }
        if (j == total) {
            if (kwdict != V_NULL) {
                if (pv_dict_set(kwdict, name, val) < 0)
                    return -1;
                continue;
            }
            /* positional-only names passed as keywords */
            Value bad[64];
            int nbad = 0;
            for (int k2 = 0; k2 < nkw && nbad < 64; k2++)
                for (int p = 0; p < co->posonlyargcount; p++)
                    if (pv_str_eq(PV_TUPLE_ITEMS(names)[p], PV_TUPLE_ITEMS(kwnames)[k2]))
                        bad[nbad++] = PV_TUPLE_ITEMS(names)[p];
            if (nbad) {
                PvStrBuf b;
                pv_sb_init(&b);
                for (int i = 0; i < nbad; i++) {
                    if (i)
                        pv_sb_ascii(&b, ", ");
                    pv_sb_str(&b, bad[i]);
                }
                pv_err_format(&pv_exc_TypeError,
                              "%S() got some positional-only arguments passed as keyword "
                              "arguments: '%S'",
                              fn->qualname, pv_sb_finish(&b));
                return -1;
            }
            pv_err_format(&pv_exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                          fn->qualname, name);
            return -1;
        }
        if (lp[j] != V_NULL) {
            pv_err_format(&pv_exc_TypeError, "%S() got multiple values for argument '%S'",
                          fn->qualname, name);
            return -1;
        }
        lp[j] = val;
    }
    if (npos > co->argcount && !(co->flags & CO_VARARGS)) {
        int ndefs = fn->defaults == V_NULL ? 0 : (int)PV_TUPLE_LEN(fn->defaults);
        int kwonly_given = 0;
        for (int i = co->argcount; i < total; i++)
            if (lp[i] != V_NULL)
                kwonly_given++;
        char sig[64], extra[96] = "";
        if (ndefs)
            snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndefs, co->argcount);
        else
            snprintf(sig, sizeof sig, "%d", co->argcount);
        if (kwonly_given)
            snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)",
                     npos == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
        pv_err_format(&pv_exc_TypeError, "%S() takes %s positional argument%s but %d%s %s given",
                      fn->qualname, sig, (co->argcount == 1 && !ndefs) ? "" : "s", npos, extra,
                      (npos == 1 && !kwonly_given) ? "was" : "were");
        return -1;
    }
    if (npos < co->argcount) {
        int ndefs = fn->defaults == V_NULL ? 0 : (int)PV_TUPLE_LEN(fn->defaults);
        int m = co->argcount - ndefs;
        Value missing[256];
        int nmissing = 0;
        for (int i = npos; i < m; i++)
            if (lp[i] == V_NULL && nmissing < 256)
                missing[nmissing++] = PV_TUPLE_ITEMS(names)[i];
        if (nmissing) {
            format_missing(fn, "positional", missing, nmissing);
            return -1;
        }
        for (int i = m > npos ? m : npos; i < co->argcount; i++)
            if (lp[i] == V_NULL)
                lp[i] = PV_TUPLE_ITEMS(fn->defaults)[i - m];
    }
    if (co->kwonlyargcount) {
        Value missing[256];
        int nmissing = 0;
        for (int i = co->argcount; i < total; i++) {
            if (lp[i] != V_NULL)
                continue;
            Value name = PV_TUPLE_ITEMS(names)[i];
            Value d = fn->kwdefaults == V_NULL ? V_NULL : pv_dict_get_str(fn->kwdefaults, name);
            if (d != V_NULL)
                lp[i] = d;
            else if (nmissing < 256)
                missing[nmissing++] = name;
        }
        if (nmissing) {
            format_missing(fn, "keyword-only", missing, nmissing);
            return -1;
        }
    }
    return 0;
}

/* a frame this large can only come from a crafted co_stacksize */
static bool frame_too_big(const PvCode *co)
{
    if ((int64_t)co->stacksize + co->nlocalsplus > (1 << 24)) {
        pv_err_no_memory();
        return true;
    }
    return false;
}

static Frame *make_function_frame(PvFunction *fn, int argc, const Value *argv, Value kwnames)
{
    if (frame_too_big(fn->code))
        return NULL;
    Frame *f = (fn->code->flags & PV_GEN_FLAGS) ? heap_frame(fn->code) : push_frame(fn->code);
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    PvCode *co = fn->code;
    /* the common call: exactly the positional parameters, nothing else */
    if (kwnames == V_NULL && argc == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        if (argc)
            memcpy(f->localsplus, argv, sizeof(Value) * (size_t)argc);
        return f;
    }
    /* positional arguments with defaults for the rest (keyword-only
     * parameters from their defaults); anything missing goes through
     * bind_args for its error */
    int ndefs = fn->defaults == V_NULL ? 0 : (int)PV_TUPLE_LEN(fn->defaults);
    if (kwnames == V_NULL && argc <= co->argcount && argc >= co->argcount - ndefs &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        (co->kwonlyargcount == 0 || fn->kwdefaults != V_NULL)) {
        Value *lp = f->localsplus;
        for (int i = 0; i < argc; i++)
            lp[i] = argv[i];
        for (int i = argc; i < co->argcount; i++)
            lp[i] = PV_TUPLE_ITEMS(fn->defaults)[i - (co->argcount - ndefs)];
        bool complete = true;
        for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
            lp[i] = pv_dict_get_str(fn->kwdefaults, PV_TUPLE_ITEMS(co->localsplusnames)[i]);
            if (lp[i] == V_NULL) {
                complete = false;
                break;
            }
        }
        if (complete)
            return f;
        memset(lp, 0, sizeof(Value) * (size_t)(co->argcount + co->kwonlyargcount));
    }
    if (bind_args(f, fn, argc, argv, kwnames) < 0) {
        pop_frame(f);
        return NULL;
    }
    return f;
}

/* ---- exceptions ---- */
static void set_context(Value exc)
{
    if (exc == context_done)
        return;
    context_done = exc;
    Value handled = topmost_exc();
    if (handled == V_NULL || handled == exc)
        return;
    /* break a cycle exc -> ... -> exc in the chain, as CPython does; a
     * cycle already in the chain is detected with Floyd's tortoise */
    Value o = handled, slow = handled;
    bool toggle = false;
    for (;;) {
        Value ctx = ((PvException *)v_obj(o))->context;
        if (ctx == V_NULL || ctx == V_NONE)
            break;
        if (ctx == exc) {
            ((PvException *)v_obj(o))->context = V_NONE;
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (toggle)
            slow = ((PvException *)v_obj(slow))->context;
        toggle = !toggle;
    }
    ((PvException *)v_obj(exc))->context = handled;
}

/* name lookups with CPython's messages */
static Value name_error(Value name, Value globals)
{
    /* through exc.c so the printer can suggest names from these globals */
    return pv_exc_name_error(pv_str_printf("name '%s' is not defined",
                                           pv_str_utf8(name, &(size_t){0})),
                             name, globals);
}

static bool is_exception_type(Value v)
{
    return pv_is_type(v) &&
           pv_type_is_subtype((PvType *)v_obj(v), &pv_exc_BaseException);
}

/* obj.__enter__ / obj.__exit__ looked up on the type, bound to obj (the
 * with statement keeps __exit__ on the stack); V_NULL without an exception
 * when the type lacks it */
static Value special_method(Value obj, const char *name)
{
    bool unbound;
    Value m = pv_lookup_special(obj, pv_str_intern_cstr(name), &unbound);
    if (m == V_NULL || !unbound)
        return m;
    if (v_is(m, &pv_builtin_type)) {
        PvBuiltin *b = (PvBuiltin *)v_obj(m);
        return pv_builtin_new(b->name, b->fn, obj, b->owner);
    }
    return pv_method_new(m, obj);
}

/* RAISE_VARARGS: an instance from `raise X` (a class or an instance) */
static Value make_exception(Value x, bool cause)
{
    if (is_exception_type(x))
        return pv_call0(x);
    if (v_isinstance(x, &pv_exc_BaseException))
        return x;
    if (cause)
        pv_err_set_str(&pv_exc_TypeError, "exception causes must derive from BaseException");
    else
        pv_err_set_str(&pv_exc_TypeError, "exceptions must derive from BaseException");
    return V_NULL;
}

static int check_except_type(Value t)
{
    if (v_is(t, &pv_tuple_type)) {
        for (int64_t i = 0; i < PV_TUPLE_LEN(t); i++)
            if (!is_exception_type(PV_TUPLE_ITEMS(t)[i]))
                goto bad;
        return 0;
    }
    if (is_exception_type(t))
        return 0;
bad:
    pv_err_set_str(&pv_exc_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* except* refuses group types: the clause splits groups itself */
static int check_except_star_type(Value t)
{
    Value one = t;
    for (int64_t i = 0; v_is(t, &pv_tuple_type) ? i < PV_TUPLE_LEN(t) : i < 1; i++) {
        if (v_is(t, &pv_tuple_type))
            one = PV_TUPLE_ITEMS(t)[i];
        if (pv_is_type(one) &&
            pv_type_is_subtype((PvType *)v_obj(one), &pv_exc_BaseExceptionGroup)) {
            pv_err_set_str(&pv_exc_TypeError,
                           "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

static bool exc_matches(Value exc, Value t)
{
    if (v_is(t, &pv_tuple_type)) {
        for (int64_t i = 0; i < PV_TUPLE_LEN(t); i++)
            if (v_isinstance(exc, (PvType *)v_obj(PV_TUPLE_ITEMS(t)[i])))
                return true;
        return false;
    }
    return v_isinstance(exc, (PvType *)v_obj(t));
}

static Value format_value(Value v, int conv, Value spec)
{
    if (conv == 1)
        v = pv_str(v);
    else if (conv == 2)
        v = pv_repr(v);
    else if (conv == 3)
        v = pv_ascii(v);
    if (v == V_NULL)
        return V_NULL;
    if (spec == V_NULL && v_is(v, &pv_str_type))
        return v;
    return pv_format(v, spec == V_NULL ? pv_str_cstr("") : spec);
}

static int unpack(Value seq, int before, int after, bool star, Value *out)
{
    /* out[0..] receives items in order; the caller pushes them reversed */
    int want = before + after;
    if (!star && (v_is(seq, &pv_tuple_type) || v_is(seq, &pv_list_type))) {
        int64_t n = v_is(seq, &pv_tuple_type) ? PV_TUPLE_LEN(seq) : PV_LIST_LEN(seq);
        const Value *items = v_is(seq, &pv_tuple_type) ? PV_TUPLE_ITEMS(seq) : PV_LIST_ITEMS(seq);
        if (n == want) {
            if (n) /* an empty list may have no item array */
                memcpy(out, items, sizeof(Value) * (size_t)n);
            return 0;
        }
        if (n < want)
            pv_err_format(&pv_exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                          want, (int)n);
        else
            pv_err_format(&pv_exc_ValueError, "too many values to unpack (expected %d)", want);
        return -1;
    }
    Value it = pv_iter(seq);
    if (it == V_NULL) {
        if (pv_err_matches(&pv_exc_TypeError)) {
            pv_err_clear();
            pv_err_format(&pv_exc_TypeError, "cannot unpack non-iterable %s object",
                          pv_type_name(seq));
        }
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        Value x = pv_next(it);
        if (x == V_NULL) {
            if (pv_err_occurred())
                return -1;
            if (star)
                pv_err_format(&pv_exc_ValueError,
                              "not enough values to unpack (expected at least %d, got %d)", want,
                              i);
            else
                pv_err_format(&pv_exc_ValueError,
                              "not enough values to unpack (expected %d, got %d)", want, i);
            return -1;
        }
        out[i] = x;
    }
    if (!star) {
        Value x = pv_next(it);
        if (x != V_NULL) {
            pv_err_format(&pv_exc_ValueError, "too many values to unpack (expected %d)", want);
            return -1;
        }
        return pv_err_occurred() ? -1 : 0;
    }
    Value rest = pv_list_new(0);
    if (pv_list_extend(rest, it) < 0)
        return -1;
    int64_t nrest = PV_LIST_LEN(rest);
    if (nrest < after) {
        pv_err_format(&pv_exc_ValueError,
                      "not enough values to unpack (expected at least %d, got %d)", want,
                      before + (int)nrest);
        return -1;
    }
    for (int k = 0; k < after; k++)
        out[before + 1 + k] = PV_LIST_ITEMS(rest)[nrest - after + k];
    ((PvList *)v_obj(rest))->len = nrest - after;
    out[before] = rest;
    return 0;
}

/* file-scope so the loop addresses it directly instead of keeping its
 * address in a register */
static uint8_t op_caches[256];

static const uint8_t *cache_counts(void)
{
    uint8_t *caches = op_caches;
    static bool done;
    if (!done) {
        /* a specialised form keeps its base opcode's cache units */
        for (int i = 0; i < 256; i++)
            caches[i] = op_info[op_info[i].name ? op_info[i].base : i].caches;
        done = true;
    }
    return caches;
}

/* ---- quickening and inline caches ----
 * The first run of a code object rewrites its code units in place (they
 * are pvm's private copy, verified before; `pvm --dis` reads the file, and
 * the exception and line tables only use offsets).  Like CPython 3.11's
 * specialising interpreter, two instructions that often follow each other
 * become one dispatch: LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST,
 * LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST, and
 * COMPARE_OP followed by a POP_JUMP_*_IF_TRUE/FALSE jumps directly
 * (COMPARE_OP_INT_JUMP, here for operands of any type).  The second
 * instruction keeps its own opcode, so a jump to it runs it alone.
 *
 * LOAD_GLOBAL remembers what it found, keyed by the identity and version
 * of the globals dict (and of builtins when the name came from there).
 * Every change to a dict bumps its version, so a hit returns exactly what
 * the lookup would.  The first CACHE unit after each LOAD_GLOBAL holds its
 * entry number + 1 in co->gcache (0: uncached, past 65535 of them).
 *
 * LOAD_METHOD keeps in its CACHE units the type and the unbound built-in
 * method it found for that type, for the built-in types whose methods
 * cannot change (method_cacheable). */
typedef struct PvGlobalCache {
    PvDict *globals, *builtins;   /* builtins NULL: found in globals */
    uint64_t gversion, bversion;
    Value value;
} PvGlobalCache;

/* pvm's own fused forms, at numbers CPython 3.11 leaves unused (the
 * verifier refuses them in files; without an op_info entry they have no
 * CACHE units).  Both come from augmented subscript assignment
 * (`a[i] += x`): COPY 2, COPY 2 and SWAP 3, SWAP 2, STORE_SUBSCR. */
enum { OP_PV_COPY_2_2 = 200, OP_PV_SWAP_STORE_SUBSCR = 201 };

static bool pop_jump_on_bool(int op)
{
    return op == OP_POP_JUMP_FORWARD_IF_FALSE || op == OP_POP_JUMP_FORWARD_IF_TRUE ||
           op == OP_POP_JUMP_BACKWARD_IF_FALSE || op == OP_POP_JUMP_BACKWARD_IF_TRUE;
}

static int fused_form(int op, int next)
{
    switch (op) {
    case OP_LOAD_FAST:
        return next == OP_LOAD_FAST ? OP_LOAD_FAST__LOAD_FAST
               : next == OP_LOAD_CONST ? OP_LOAD_FAST__LOAD_CONST : op;
    case OP_LOAD_CONST:
        return next == OP_LOAD_FAST ? OP_LOAD_CONST__LOAD_FAST : op;
    case OP_STORE_FAST:
        return next == OP_LOAD_FAST ? OP_STORE_FAST__LOAD_FAST
               : next == OP_STORE_FAST ? OP_STORE_FAST__STORE_FAST : op;
    case OP_COMPARE_OP:
        return pop_jump_on_bool(next) ? OP_COMPARE_OP_INT_JUMP : op;
    default:
        return op;
    }
}

/* the unit at i is `op arg` (arg < 256, no EXTENDED_ARG before it) */
static bool unit_is(const PvCode *co, int32_t i, int op, int arg)
{
    return i < co->ncode && (co->code[i] & 0xff) == op && (co->code[i] >> 8) == arg;
}

static void quicken(PvCode *co)
{
    const uint8_t *caches = cache_counts();
    uint16_t *code = co->code;
    int n = 0;
    /* the original opcodes decide: a rewritten first half must not hide
     * what the next pair starts with */
    int op = co->ncode ? code[0] & 0xff : 0, prev_op = 0;
    for (int32_t i = 0; i < co->ncode;) {
        int32_t next = i + 1 + caches[op];
        int next_op = next < co->ncode ? code[next] & 0xff : 0;
        uint16_t arg = code[i] & 0xff00;
        if (op == OP_LOAD_GLOBAL && i + 1 < co->ncode)
            code[i + 1] = n < 0xffff ? (uint16_t)++n : 0;
        if (prev_op != OP_EXTENDED_ARG && unit_is(co, i, OP_COPY, 2) &&
            unit_is(co, next, OP_COPY, 2))
            code[i] = (uint16_t)(arg | OP_PV_COPY_2_2);
        else if (prev_op != OP_EXTENDED_ARG && unit_is(co, i, OP_SWAP, 3) &&
                 unit_is(co, next, OP_SWAP, 2) && next + 1 < co->ncode &&
                 (code[next + 1] & 0xff) == OP_STORE_SUBSCR)
            code[i] = (uint16_t)(arg | OP_PV_SWAP_STORE_SUBSCR);
        else if (next < co->ncode)
            code[i] = (uint16_t)(arg | fused_form(op, next_op));
        i = next;
        prev_op = op;
        op = next_op;
    }
    co->gcache = pv_alloc(sizeof(PvGlobalCache) * (size_t)(n ? n : 1));
}

/* the exception table as an array, decoded once (a code object that
 * raises in a loop would decode its varints at every unwind) */
static void decode_exception_table(PvCode *co)
{
    ExcIter it;
    ExcEntry en;
    int32_t n = 0;
    exct_iter_init(&it, co->exctable, (size_t)co->nexctable);
    while (exct_iter_next(&it, &en))
        n++;
    ExcEntry *entries = pv_alloc_atomic(sizeof(ExcEntry) * (size_t)(n ? n : 1));
    exct_iter_init(&it, co->exctable, (size_t)co->nexctable);
    for (int32_t i = 0; i < n && exct_iter_next(&it, &en); i++)
        entries[i] = en;
    co->nexc_entries = n;
    co->exc_entries = entries;
}

static bool method_cacheable(const PvType *t)
{
    return t == &pv_str_type || t == &pv_list_type || t == &pv_dict_type ||
           t == &pv_tuple_type || t == &pv_set_type || t == &pv_frozenset_type ||
           t == &pv_bytes_type || t == &pv_bytearray_type;
}

/* n >= 2 stack slots to V_NULL: a few plain stores, where a call of memset
 * cost fib 40% (the loop is kept from becoming one by the volatile) */
static inline void clear_values(Value *p, int n)
{
    p[0] = p[1] = V_NULL;
    for (volatile Value *q = p + 2; q < p + n; q++)
        *q = V_NULL;
}

/* obj[key] = v, with list[int] inline (STORE_SUBSCR and the fused
 * PV_SWAP_STORE_SUBSCR) */
static inline int store_subscr(Value obj, Value key, Value v)
{
    if (v_is_small(key) && v_is(obj, &pv_list_type)) {
        intptr_t i = v_small(key);
        int64_t n = PV_LIST_LEN(obj);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n) {
            PV_LIST_ITEMS(obj)[i] = v;
            return 0;
        }
    }
    return pv_setitem(obj, key, v);
}

/* ---- the loop ---- */
static Value run(Frame *entry, bool throwing)
{
    cache_counts();
    Frame *f = entry;
    f->entry = true;
    if (++depth > RECURSION_LIMIT) {
        depth--;
        pv_err_set_str(&pv_exc_RecursionError, "maximum recursion depth exceeded");
        pop_frame(f);
        return V_NULL;
    }
    f->prev = current_frame;
    current_frame = f;
    PvCode *co;
    const uint16_t *first, *ip;
    Value *sp, *lp, *consts, *names;
    int opcode, oparg;
    Value kwnames = V_NULL;
    Value retval;
    /* FOR_ITER / SEND resuming a generator in this loop (resume_inline) */
    Frame *gen_frame;
    Value *gen_exc_state, gen_sent;
    const uint16_t *gen_exit;
    bool gen_from_send;

#define LOAD_FRAME()                                                      \
    do {                                                                  \
        co = f->code;                                                     \
        first = co->code;                                                 \
        lp = f->localsplus;                                               \
        consts = PV_TUPLE_ITEMS(co->consts);                              \
        names = PV_TUPLE_ITEMS(co->names);                                \
    } while (0)
    LOAD_FRAME();
    if (!co->gcache)
        quicken(co);
    ip = f->resume ? f->resume : first;
    sp = f->sp;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define NEXT_INSTR()                                                      \
    do {                                                                  \
        f->instr = ip;                                                    \
        uint16_t word_ = *ip;                                             \
        opcode = word_ & 0xff;                                            \
        oparg = word_ >> 8;                                               \
        ip += 1 + op_caches[opcode];                                      \
    } while (0)
#define JUMPBY(n) (ip += (n))
/* back from a generator frame resumed by FOR_ITER / SEND to that frame */
#define LEAVE_INLINE_GEN()                                                \
    do {                                                                  \
        exc_info = f->caller_exc_info;                                    \
        exc_outer = f->caller_exc_outer;                                  \
        f->inline_resumed = false;                                        \
        Frame *resumer_ = f->prev;                                        \
        depth--;                                                          \
        f = resumer_;                                                     \
        current_frame = f;                                                \
        LOAD_FRAME();                                                     \
        sp = f->sp;                                                       \
    } while (0)
#define ERROR_IF(c) do { if (c) goto error; } while (0)

#ifdef PV_COMPUTED_GOTO
    static void *dispatch[256];
    static bool dispatch_ready;
    if (!dispatch_ready) {
        for (int i = 0; i < 256; i++)
            dispatch[i] = &&unknown_opcode;
#define SET_TARGET(name) dispatch[OP_##name] = &&L_##name;
        SET_TARGET(NOP) SET_TARGET(RESUME) SET_TARGET(POP_TOP) SET_TARGET(PUSH_NULL)
        SET_TARGET(LOAD_CONST) SET_TARGET(LOAD_FAST) SET_TARGET(STORE_FAST)
        SET_TARGET(DELETE_FAST) SET_TARGET(LOAD_GLOBAL) SET_TARGET(STORE_GLOBAL)
        SET_TARGET(DELETE_GLOBAL) SET_TARGET(LOAD_NAME) SET_TARGET(STORE_NAME)
        SET_TARGET(DELETE_NAME) SET_TARGET(MAKE_CELL) SET_TARGET(COPY_FREE_VARS)
        SET_TARGET(LOAD_CLOSURE) SET_TARGET(LOAD_DEREF) SET_TARGET(LOAD_CLASSDEREF)
        SET_TARGET(STORE_DEREF) SET_TARGET(DELETE_DEREF) SET_TARGET(LOAD_ATTR)
        SET_TARGET(STORE_ATTR) SET_TARGET(DELETE_ATTR) SET_TARGET(LOAD_METHOD)
        SET_TARGET(BINARY_OP) SET_TARGET(COMPARE_OP) SET_TARGET(IS_OP) SET_TARGET(CONTAINS_OP)
        SET_TARGET(UNARY_NEGATIVE) SET_TARGET(UNARY_POSITIVE) SET_TARGET(UNARY_INVERT)
        SET_TARGET(UNARY_NOT) SET_TARGET(BINARY_SUBSCR) SET_TARGET(STORE_SUBSCR)
        SET_TARGET(DELETE_SUBSCR) SET_TARGET(BUILD_SLICE) SET_TARGET(BUILD_TUPLE)
        SET_TARGET(BUILD_LIST) SET_TARGET(BUILD_SET) SET_TARGET(BUILD_MAP)
        SET_TARGET(BUILD_CONST_KEY_MAP) SET_TARGET(BUILD_STRING) SET_TARGET(LIST_APPEND)
        SET_TARGET(SET_ADD) SET_TARGET(MAP_ADD) SET_TARGET(LIST_EXTEND) SET_TARGET(SET_UPDATE)
        SET_TARGET(DICT_UPDATE) SET_TARGET(DICT_MERGE) SET_TARGET(LIST_TO_TUPLE)
        SET_TARGET(UNPACK_SEQUENCE) SET_TARGET(UNPACK_EX) SET_TARGET(FORMAT_VALUE)
        SET_TARGET(JUMP_FORWARD) SET_TARGET(JUMP_BACKWARD) SET_TARGET(JUMP_BACKWARD_NO_INTERRUPT)
        SET_TARGET(POP_JUMP_FORWARD_IF_FALSE) SET_TARGET(POP_JUMP_FORWARD_IF_TRUE)
        SET_TARGET(POP_JUMP_BACKWARD_IF_FALSE) SET_TARGET(POP_JUMP_BACKWARD_IF_TRUE)
        SET_TARGET(POP_JUMP_FORWARD_IF_NONE) SET_TARGET(POP_JUMP_FORWARD_IF_NOT_NONE)
        SET_TARGET(POP_JUMP_BACKWARD_IF_NONE) SET_TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE)
        SET_TARGET(JUMP_IF_FALSE_OR_POP) SET_TARGET(JUMP_IF_TRUE_OR_POP) SET_TARGET(GET_ITER)
        SET_TARGET(FOR_ITER) SET_TARGET(PRECALL) SET_TARGET(KW_NAMES) SET_TARGET(CALL)
        SET_TARGET(CALL_FUNCTION_EX) SET_TARGET(MAKE_FUNCTION) SET_TARGET(RETURN_VALUE)
        SET_TARGET(COPY) SET_TARGET(SWAP) SET_TARGET(RAISE_VARARGS) SET_TARGET(PUSH_EXC_INFO)
        SET_TARGET(POP_EXCEPT) SET_TARGET(CHECK_EXC_MATCH) SET_TARGET(CHECK_EG_MATCH) SET_TARGET(PREP_RERAISE_STAR) SET_TARGET(RERAISE)
        SET_TARGET(LOAD_ASSERTION_ERROR) SET_TARGET(SETUP_ANNOTATIONS) SET_TARGET(EXTENDED_ARG)
        SET_TARGET(IMPORT_NAME) SET_TARGET(IMPORT_FROM) SET_TARGET(IMPORT_STAR) SET_TARGET(GET_LEN) SET_TARGET(LOAD_BUILD_CLASS)
        SET_TARGET(CACHE) SET_TARGET(BEFORE_WITH) SET_TARGET(WITH_EXCEPT_START)
        SET_TARGET(MATCH_MAPPING) SET_TARGET(MATCH_SEQUENCE) SET_TARGET(MATCH_KEYS)
        SET_TARGET(MATCH_CLASS)
        SET_TARGET(RETURN_GENERATOR) SET_TARGET(YIELD_VALUE) SET_TARGET(SEND)
        SET_TARGET(GET_YIELD_FROM_ITER) SET_TARGET(ASYNC_GEN_WRAP) SET_TARGET(GET_AWAITABLE)
        SET_TARGET(GET_AITER) SET_TARGET(GET_ANEXT) SET_TARGET(END_ASYNC_FOR)
        SET_TARGET(BEFORE_ASYNC_WITH)
SET_TARGET(LOAD_FAST__LOAD_FAST) SET_TARGET(LOAD_FAST__LOAD_CONST)
        SET_TARGET(LOAD_CONST__LOAD_FAST) SET_TARGET(STORE_FAST__LOAD_FAST)
        SET_TARGET(STORE_FAST__STORE_FAST) SET_TARGET(COMPARE_OP_INT_JUMP)
        SET_TARGET(BINARY_OP_ADD_INT) SET_TARGET(BINARY_OP_SUBTRACT_INT)
        SET_TARGET(BINARY_OP_MULTIPLY_INT) SET_TARGET(BINARY_OP_ADD_FLOAT)
        SET_TARGET(BINARY_OP_SUBTRACT_FLOAT) SET_TARGET(BINARY_OP_MULTIPLY_FLOAT)
        SET_TARGET(PV_COPY_2_2) SET_TARGET(PV_SWAP_STORE_SUBSCR)
#undef SET_TARGET
        dispatch_ready = true;
    }
#define TARGET(name) L_##name:
#define DISPATCH()                                                        \
    do {                                                                  \
        NEXT_INSTR();                                                     \
        goto *dispatch[opcode];                                           \
    } while (0)
#define DISPATCH_SAME() goto *dispatch[opcode]
    if (throwing) /* gen.throw(): raised where the generator is suspended */
        goto error;
    DISPATCH();
#else
#define TARGET(name) case OP_##name:
/* a goto, not `continue`: the handlers after the switch (exception unwinding,
 * inline generator resumption) dispatch too */
#define DISPATCH() goto next_instr
#define DISPATCH_SAME() goto dispatch_opcode
    if (throwing)
        goto error;
    for (;;) {
    next_instr:
        NEXT_INSTR();
    dispatch_opcode:
        switch (opcode) {
#endif

    TARGET(NOP) TARGET(RESUME) TARGET(CACHE) { DISPATCH(); }
    TARGET(PRECALL) {
        /* the CALL that always follows, without a second indirect jump */
        NEXT_INSTR();
        if (opcode == OP_CALL)
            goto do_call;
        DISPATCH_SAME();
    }

    TARGET(EXTENDED_ARG) {
        uint16_t word = *ip;
        f->instr = ip;
        opcode = word & 0xff;
        oparg = oparg << 8 | (word >> 8);
        ip += 1 + op_caches[opcode];
        DISPATCH_SAME();
    }

    TARGET(POP_TOP) { sp--; DISPATCH(); }
    TARGET(PUSH_NULL) { PUSH(V_NULL); DISPATCH(); }
    TARGET(LOAD_CONST) { PUSH(consts[oparg]); DISPATCH(); }
    TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (v == V_NULL) {
            pv_err_format(&pv_exc_UnboundLocalError,
                          "cannot access local variable '%S' where it is not associated with a value",
                          PV_TUPLE_ITEMS(co->localsplusnames)[oparg]);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) { lp[oparg] = POP(); DISPATCH(); }
    /* fused pairs (quicken): the second half's argument is in the next
     * code unit, and f->instr moves to it before it can raise */
#define SECOND_HALF()                                                     \
    do {                                                                  \
        f->instr = ip;                                                    \
        oparg = *ip++ >> 8;                                               \
    } while (0)
    TARGET(LOAD_FAST__LOAD_FAST) {
        Value v = lp[oparg];
        if (v == V_NULL)
            goto unbound_local;
        PUSH(v);
        SECOND_HALF();
        v = lp[oparg];
        if (v == V_NULL)
            goto unbound_local;
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST__LOAD_CONST) {
        Value v = lp[oparg];
        if (v == V_NULL)
            goto unbound_local;
        PUSH(v);
        SECOND_HALF();
        PUSH(consts[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_CONST__LOAD_FAST) {
        PUSH(consts[oparg]);
        SECOND_HALF();
        Value v = lp[oparg];
        if (v == V_NULL)
            goto unbound_local;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST__LOAD_FAST) {
        lp[oparg] = POP();
        SECOND_HALF();
        Value v = lp[oparg];
        if (v == V_NULL)
            goto unbound_local;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST__STORE_FAST) {
        lp[oparg] = POP();
        SECOND_HALF();
        lp[oparg] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (lp[oparg] == V_NULL) {
            pv_err_format(&pv_exc_UnboundLocalError,
                          "cannot access local variable '%S' where it is not associated with a value",
                          PV_TUPLE_ITEMS(co->localsplusnames)[oparg]);
            goto error;
        }
        lp[oparg] = V_NULL;
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        if (!co->gcache)
            quicken(co);
        unsigned k = f->instr[1];
        PvGlobalCache *c = k ? &co->gcache[k - 1] : NULL;
        PvDict *g = (PvDict *)v_obj(f->globals), *bt = (PvDict *)v_obj(f->builtins);
        Value v;
        if (c && c->globals == g && c->gversion == g->version &&
            (!c->builtins || (c->builtins == bt && c->bversion == bt->version))) {
            v = c->value;
        } else {
            Value name = names[oparg >> 1];
            bool in_builtins = false;
            v = pv_dict_get_str(f->globals, name);
            if (v == V_NULL) {
                ERROR_IF(pv_err_occurred());
                v = pv_dict_get_str(f->builtins, name);
                if (v == V_NULL) {
                    ERROR_IF(pv_err_occurred());
                    name_error(name, f->globals);
                    goto error;
                }
                in_builtins = true;
            }
            if (c && v_is(f->globals, &pv_dict_type) && v_is(f->builtins, &pv_dict_type)) {
                c->globals = g;
                c->gversion = g->version;
                c->builtins = in_builtins ? bt : NULL;
                c->bversion = bt->version;
                c->value = v;
            }
        }
        if (oparg & 1)
            PUSH(V_NULL);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        ERROR_IF(pv_dict_set(f->globals, names[oparg], POP()) < 0);
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        Value name = names[oparg];
        if (pv_dict_get_str(f->globals, name) == V_NULL) {
            name_error(name, f->globals);
            goto error;
        }
        ERROR_IF(pv_dict_del(f->globals, name) < 0);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Value name = names[oparg];
        Value v = V_NULL;
        if (f->locals != V_NULL)
            v = pv_dict_get_str(f->locals, name);
        if (v == V_NULL)
            v = pv_dict_get_str(f->globals, name);
        if (v == V_NULL)
            v = pv_dict_get_str(f->builtins, name);
        if (v == V_NULL) {
            ERROR_IF(pv_err_occurred());
            name_error(name, f->globals);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value d = f->locals != V_NULL ? f->locals : f->globals;
        ERROR_IF(pv_dict_set(d, names[oparg], POP()) < 0);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Value d = f->locals != V_NULL ? f->locals : f->globals;
        Value name = names[oparg];
        if (pv_dict_get_str(d, name) == V_NULL) {
            name_error(name, f->globals);
            goto error;
        }
        ERROR_IF(pv_dict_del(d, name) < 0);
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        lp[oparg] = pv_cell_new(lp[oparg]);
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        Value cl = f->func->closure;
        int base = co->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++)
            lp[base + i] = PV_TUPLE_ITEMS(cl)[i];
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { PUSH(lp[oparg]); DISPATCH(); }
    TARGET(LOAD_DEREF) {
        Value v = ((PvCell *)v_obj(lp[oparg]))->ref;
        if (v == V_NULL)
            goto unbound_deref;
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Value name = PV_TUPLE_ITEMS(co->localsplusnames)[oparg];
        Value v = f->locals != V_NULL ? pv_dict_get_str(f->locals, name) : V_NULL;
        if (v == V_NULL) {
            v = ((PvCell *)v_obj(lp[oparg]))->ref;
            if (v == V_NULL)
                goto unbound_deref;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        ((PvCell *)v_obj(lp[oparg]))->ref = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        PvCell *c = (PvCell *)v_obj(lp[oparg]);
        if (c->ref == V_NULL)
            goto unbound_deref;
        c->ref = V_NULL;
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Value v = pv_getattr(TOP(), names[oparg]);
        ERROR_IF(v == V_NULL);
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value owner = POP(), v = POP();
        ERROR_IF(pv_setattr(owner, names[oparg], v) < 0);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        ERROR_IF(pv_setattr(POP(), names[oparg], V_NULL) < 0);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        PvType *t = pv_type(obj);
        uint16_t *cache = (uint16_t *)f->instr + 1; /* code units: pvm's own copy */
        PvType *cached_type;
        memcpy(&cached_type, cache + 1, sizeof cached_type);
        if (cached_type == t) {
            memcpy(&TOP(), cache + 1 + sizeof(PvType *) / 2, sizeof(Value));
            PUSH(obj);
            DISPATCH();
        }
        bool unbound;
        Value m = pv_getmethod(obj, names[oparg], &unbound);
        ERROR_IF(m == V_NULL);
        if (unbound && method_cacheable(t) &&
            op_caches[OP_LOAD_METHOD] >= 1 + (sizeof(PvType *) + sizeof(Value)) / 2) {
            memcpy(cache + 1, &t, sizeof t);
            memcpy(cache + 1 + sizeof(PvType *) / 2, &m, sizeof m);
        }
        if (unbound) {
            TOP() = m;
            PUSH(obj);
        } else {
            TOP() = V_NULL;
            PUSH(m);
        }
        DISPATCH();
    }

    /* BINARY_OP specialises itself to the operand types it meets
     * (+ - * on small ints or floats); a specialised form meeting other
     * types turns back into BINARY_OP and runs it */
#define RESPECIALISE(op) (*(uint16_t *)f->instr = (uint16_t)((*f->instr & 0xff00) | (op)))
    TARGET(BINARY_OP_ADD_INT) {
        Value b = TOP(), a = PEEK(2);
        if (v_is_small(a) && v_is_small(b)) {
            intptr_t r = v_small(a) + v_small(b);
            if (r >= PV_SMALL_MIN && r <= PV_SMALL_MAX) {
                sp--;
                TOP() = v_from_small(r);
                DISPATCH();
            }
        }
        goto binary_op_deopt;
    }
    TARGET(BINARY_OP_SUBTRACT_INT) {
        Value b = TOP(), a = PEEK(2);
        if (v_is_small(a) && v_is_small(b)) {
            intptr_t r = v_small(a) - v_small(b);
            if (r >= PV_SMALL_MIN && r <= PV_SMALL_MAX) {
                sp--;
                TOP() = v_from_small(r);
                DISPATCH();
            }
        }
        goto binary_op_deopt;
    }
    TARGET(BINARY_OP_MULTIPLY_INT) {
        Value b = TOP(), a = PEEK(2);
        if (v_is_small(a) && v_is_small(b)) {
            intptr_t x = v_small(a), y = v_small(b);
            if (x > -0x7fffffff && x < 0x7fffffff && y > -0x7fffffff && y < 0x7fffffff) {
                int64_t p = (int64_t)x * (int64_t)y;
                if (p >= PV_SMALL_MIN && p <= PV_SMALL_MAX) {
                    sp--;
                    TOP() = v_from_small((intptr_t)p);
                    DISPATCH();
                }
            }
        }
        goto binary_op_deopt;
    }
    TARGET(BINARY_OP_ADD_FLOAT) {
        Value b = TOP(), a = PEEK(2);
        if (v_is(a, &pv_float_type) && v_is(b, &pv_float_type)) {
            sp--;
            TOP() = pv_float(pv_float_val(a) + pv_float_val(b));
            DISPATCH();
        }
        goto binary_op_deopt;
    }
    TARGET(BINARY_OP_SUBTRACT_FLOAT) {
        Value b = TOP(), a = PEEK(2);
        if (v_is(a, &pv_float_type) && v_is(b, &pv_float_type)) {
            sp--;
            TOP() = pv_float(pv_float_val(a) - pv_float_val(b));
            DISPATCH();
        }
        goto binary_op_deopt;
    }
    TARGET(BINARY_OP_MULTIPLY_FLOAT) {
        Value b = TOP(), a = PEEK(2);
        if (v_is(a, &pv_float_type) && v_is(b, &pv_float_type)) {
            sp--;
            TOP() = pv_float(pv_float_val(a) * pv_float_val(b));
            DISPATCH();
        }
        goto binary_op_deopt;
    }
    TARGET(BINARY_OP) {
        Value b = POP(), a = TOP();
        if (v_is_small(a) && v_is_small(b)) {
            intptr_t x = v_small(a), y = v_small(b), r;
            switch (oparg % PV_NB_COUNT) {
            case PV_NB_ADD:
                r = x + y;
                if (r >= PV_SMALL_MIN && r <= PV_SMALL_MAX) {
                    RESPECIALISE(OP_BINARY_OP_ADD_INT);
                    TOP() = v_from_small(r);
                    DISPATCH();
                }
                break;
            case PV_NB_SUBTRACT:
                r = x - y;
                if (r >= PV_SMALL_MIN && r <= PV_SMALL_MAX) {
                    RESPECIALISE(OP_BINARY_OP_SUBTRACT_INT);
                    TOP() = v_from_small(r);
                    DISPATCH();
                }
                break;
            case PV_NB_MULTIPLY:
                /* operands below 2**31 cannot overflow int64 */
                if (x > -0x7fffffff && x < 0x7fffffff && y > -0x7fffffff && y < 0x7fffffff) {
                    int64_t p = (int64_t)x * (int64_t)y;
                    if (p >= PV_SMALL_MIN && p <= PV_SMALL_MAX) {
                        RESPECIALISE(OP_BINARY_OP_MULTIPLY_INT);
                        TOP() = v_from_small((intptr_t)p);
                        DISPATCH();
                    }
                }
                break;
            case PV_NB_AND: TOP() = v_from_small(x & y); DISPATCH();
            case PV_NB_OR: TOP() = v_from_small(x | y); DISPATCH();
            case PV_NB_XOR: TOP() = v_from_small(x ^ y); DISPATCH();
            default: break;
            }
        } else if (v_is(a, &pv_float_type) && v_is(b, &pv_float_type)) {
            /* float arithmetic without the generic dispatch; division and
             * the rest keep their error checks in float.c */
            double x = pv_float_val(a), y = pv_float_val(b);
            switch (oparg % PV_NB_COUNT) {
            case PV_NB_ADD:
                RESPECIALISE(OP_BINARY_OP_ADD_FLOAT);
                TOP() = pv_float(x + y);
                DISPATCH();
            case PV_NB_SUBTRACT:
                RESPECIALISE(OP_BINARY_OP_SUBTRACT_FLOAT);
                TOP() = pv_float(x - y);
                DISPATCH();
            case PV_NB_MULTIPLY:
                RESPECIALISE(OP_BINARY_OP_MULTIPLY_FLOAT);
                TOP() = pv_float(x * y);
                DISPATCH();
            case PV_NB_TRUE_DIVIDE:
                if (y != 0.0) {
                    TOP() = pv_float(x / y);
                    DISPATCH();
                }
                break;
            default: break;
            }
        }
        Value r = pv_binop(a, b, oparg);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    binary_op_deopt: {
        RESPECIALISE(OP_BINARY_OP);
        Value b = POP(), a = TOP();
        Value r = pv_binop(a, b, oparg);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP(), a = TOP();
        if (v_is_small(a) && v_is_small(b)) {
            intptr_t x = v_small(a), y = v_small(b);
            bool r;
            switch (oparg) {
            case PV_LT: r = x < y; break;
            case PV_LE: r = x <= y; break;
            case PV_EQ: r = x == y; break;
            case PV_NE: r = x != y; break;
            case PV_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            TOP() = v_bool(r);
            DISPATCH();
        }
        if (v_is(a, &pv_float_type) && v_is(b, &pv_float_type)) {
            double x = pv_float_val(a), y = pv_float_val(b);
            bool r;
            switch (oparg) {
            case PV_LT: r = x < y; break;
            case PV_LE: r = x <= y; break;
            case PV_EQ: r = x == y; break;
            case PV_NE: r = x != y; break;
            case PV_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            TOP() = v_bool(r);
            DISPATCH();
        }
        Value r = pv_richcompare(a, b, oparg);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(COMPARE_OP_INT_JUMP) {
        Value b = POP(), a = TOP();
        bool r;
        if (v_is_small(a) && v_is_small(b)) {
            intptr_t x = v_small(a), y = v_small(b);
            switch (oparg) {
            case PV_LT: r = x < y; break;
            case PV_LE: r = x <= y; break;
            case PV_EQ: r = x == y; break;
            case PV_NE: r = x != y; break;
            case PV_GT: r = x > y; break;
            default: r = x >= y; break;
            }
        } else if (v_is(a, &pv_float_type) && v_is(b, &pv_float_type)) {
            double x = pv_float_val(a), y = pv_float_val(b);
            switch (oparg) {
            case PV_LT: r = x < y; break;
            case PV_LE: r = x <= y; break;
            case PV_EQ: r = x == y; break;
            case PV_NE: r = x != y; break;
            case PV_GT: r = x > y; break;
            default: r = x >= y; break;
            }
        } else {
            Value res = pv_richcompare(a, b, oparg);
            ERROR_IF(res == V_NULL);
            if (res != V_TRUE && res != V_FALSE) {
                /* the jump instruction tests its truth on its own */
                TOP() = res;
                DISPATCH();
            }
            r = res == V_TRUE;
        }
        sp--;
        int jop = *ip & 0xff, jarg = *ip >> 8;
        ip++;
        bool on_true = jop == OP_POP_JUMP_FORWARD_IF_TRUE || jop == OP_POP_JUMP_BACKWARD_IF_TRUE;
        if (r == on_true)
            JUMPBY(jop == OP_POP_JUMP_FORWARD_IF_TRUE || jop == OP_POP_JUMP_FORWARD_IF_FALSE
                       ? jarg
                       : -jarg);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP(), a = TOP();
        TOP() = v_bool((a == b) != (oparg != 0));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value container = POP(), item = TOP();
        int r = pv_contains(container, item);
        ERROR_IF(r < 0);
        TOP() = v_bool((r != 0) != (oparg != 0));
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value r = pv_unary(TOP(), PV_UNARY_NEG);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Value r = pv_unary(TOP(), PV_UNARY_POS);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value r = pv_unary(TOP(), PV_UNARY_INVERT);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        int t = pv_truth(TOP());
        ERROR_IF(t < 0);
        TOP() = v_bool(!t);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = POP(), obj = TOP();
        /* in-range int indexes of lists and tuples; the rest (and every
         * error message) goes through the type */
        if (v_is_small(key) && !v_is_small(obj)) {
            intptr_t i = v_small(key);
            if (v_obj(obj)->type == &pv_list_type) {
                int64_t n = PV_LIST_LEN(obj);
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n) {
                    TOP() = PV_LIST_ITEMS(obj)[i];
                    DISPATCH();
                }
            } else if (v_obj(obj)->type == &pv_tuple_type) {
                int64_t n = PV_TUPLE_LEN(obj);
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n) {
                    TOP() = PV_TUPLE_ITEMS(obj)[i];
                    DISPATCH();
                }
            }
        }
        Value r = pv_getitem(obj, key);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = POP(), obj = POP(), v = POP();
        ERROR_IF(store_subscr(obj, key, v) < 0);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = POP(), obj = POP();
        ERROR_IF(pv_delitem(obj, key) < 0);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : V_NONE;
        Value stop = POP(), start = TOP();
        TOP() = pv_slice_new(start, stop, step);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Value t = pv_tuple_from(oparg, sp - oparg);
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Value l = pv_list_from(oparg, sp - oparg);
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Value s = pv_set_new(&pv_set_type);
        for (int i = oparg; i > 0; i--)
            ERROR_IF(pv_set_add(s, PEEK(i)) < 0);
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Value d = pv_dict_new();
        for (int i = oparg; i > 0; i--)
            ERROR_IF(pv_dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0);
        sp -= 2 * oparg;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        Value keys = POP();
        if (!v_is(keys, &pv_tuple_type) || PV_TUPLE_LEN(keys) != oparg) {
            pv_err_set_str(&pv_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys (bad bytecode)");
            goto error;
        }
        Value d = pv_dict_new();
        for (int i = 0; i < oparg; i++)
            ERROR_IF(pv_dict_set(d, PV_TUPLE_ITEMS(keys)[i], PEEK(oparg - i)) < 0);
        sp -= oparg;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        PvStrBuf b;
        pv_sb_init(&b);
        for (int i = oparg; i > 0; i--)
            pv_sb_str(&b, PEEK(i));
        sp -= oparg;
        PUSH(pv_sb_finish(&b));
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        pv_list_append(PEEK(oparg), v);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        ERROR_IF(pv_set_add(PEEK(oparg), v) < 0);
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        ERROR_IF(pv_dict_set(PEEK(oparg), k, v) < 0);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = POP();
        if (pv_list_extend(PEEK(oparg), it) < 0) {
            if (pv_err_matches(&pv_exc_TypeError) && pv_iter(it) == V_NULL) {
                pv_err_clear();
                pv_err_format(&pv_exc_TypeError, "Value after * must be an iterable, not %s",
                              pv_type_name(it));
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = POP();
        ERROR_IF(pv_set_update(PEEK(oparg), it) < 0);
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value m = POP();
        if (pv_dict_update(PEEK(oparg), m) < 0) {
            if (pv_err_matches(&pv_exc_AttributeError) || !v_is(m, &pv_dict_type)) {
                if (pv_err_matches(&pv_exc_AttributeError) || pv_err_matches(&pv_exc_TypeError)) {
                    pv_err_clear();
                    pv_err_format(&pv_exc_TypeError, "'%s' object is not a mapping",
                                  pv_type_name(m));
                }
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value m = POP();
        Value d = PEEK(oparg);
        Value func = PEEK(oparg + 2);
        if (!v_is(m, &pv_dict_type)) {
            /* another mapping (or a dict subclass): through keys() and [] */
            Value copy = pv_dict_new();
            if (pv_dict_update(copy, m) < 0) {
                if (pv_err_matches(&pv_exc_AttributeError)) {
                    pv_err_clear();
                    pv_err_format(&pv_exc_TypeError,
                                  "%S argument after ** must be a mapping, not %s",
                                  pv_function_str(func), pv_type_name(m));
                }
                goto error;
            }
            m = copy;
        }
        int64_t pos = 0;
        Value k, v;
        while (pv_dict_next(m, &pos, &k, &v)) {
            if (!v_is(k, &pv_str_type)) {
                pv_err_set_str(&pv_exc_TypeError, "keywords must be strings");
                goto error;
            }
            if (pv_dict_get(d, k) != V_NULL) {
                pv_err_format(&pv_exc_TypeError, "%S got multiple values for keyword argument '%S'",
                              pv_function_str(func), k);
                goto error;
            }
            ERROR_IF(pv_dict_set(d, k, v) < 0);
        }
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        TOP() = pv_tuple_from(PV_LIST_LEN(l), PV_LIST_ITEMS(l));
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (v_is(seq, &pv_tuple_type) && PV_TUPLE_LEN(seq) == oparg) {
            const Value *items = PV_TUPLE_ITEMS(seq);
            for (int i = oparg; i > 0; i--)
                PUSH(items[i - 1]);
            DISPATCH();
        }
        Value tmp[256];
        Value *out = oparg <= 256 ? tmp : pv_alloc(sizeof(Value) * (size_t)oparg);
        ERROR_IF(unpack(seq, oparg, 0, false, out) < 0);
        for (int i = oparg; i > 0; i--)
            PUSH(out[i - 1]);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        Value seq = POP();
        Value *out = pv_alloc(sizeof(Value) * (size_t)(before + after + 1));
        ERROR_IF(unpack(seq, before, after, true, out) < 0);
        for (int i = before + after + 1; i > 0; i--)
            PUSH(out[i - 1]);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : V_NULL;
        Value r = format_value(TOP(), oparg & 3, spec);
        ERROR_IF(r == V_NULL);
        TOP() = r;
        DISPATCH();
    }
    TARGET(GET_LEN) {
        int64_t n = pv_len(TOP());
        ERROR_IF(n < 0);
        PUSH(pv_int_from_i64(n));
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        bool is_mapping = pv_type(TOP())->flags & PV_TF_MAPPING;
        PUSH(v_bool(is_mapping));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        bool is_sequence = pv_type(TOP())->flags & PV_TF_SEQUENCE;
        PUSH(v_bool(is_sequence));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        Value values = pv_match_keys(PEEK(2), TOP());
        ERROR_IF(values == V_NULL);
        PUSH(values);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Value kw = POP(), type = POP();
        Value attrs = pv_match_class(TOP(), type, oparg, kw);
        ERROR_IF(attrs == V_NULL);
        TOP() = attrs;
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) { JUMPBY(oparg); DISPATCH(); }
    TARGET(JUMP_BACKWARD) TARGET(JUMP_BACKWARD_NO_INTERRUPT) { JUMPBY(-oparg); DISPATCH(); }
    TARGET(POP_JUMP_FORWARD_IF_FALSE) TARGET(POP_JUMP_BACKWARD_IF_FALSE) {
        Value v = POP();
        int t = v == V_FALSE ? 0 : v == V_TRUE ? 1 : pv_truth(v);
        ERROR_IF(t < 0);
        if (!t)
            JUMPBY(opcode == OP_POP_JUMP_FORWARD_IF_FALSE ? oparg : -oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_TRUE) TARGET(POP_JUMP_BACKWARD_IF_TRUE) {
        Value v = POP();
        int t = v == V_FALSE ? 0 : v == V_TRUE ? 1 : pv_truth(v);
        ERROR_IF(t < 0);
        if (t)
            JUMPBY(opcode == OP_POP_JUMP_FORWARD_IF_TRUE ? oparg : -oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_NONE) TARGET(POP_JUMP_BACKWARD_IF_NONE) {
        if (POP() == V_NONE)
            JUMPBY(opcode == OP_POP_JUMP_FORWARD_IF_NONE ? oparg : -oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
        if (POP() != V_NONE)
            JUMPBY(opcode == OP_POP_JUMP_FORWARD_IF_NOT_NONE ? oparg : -oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = pv_truth(TOP());
        ERROR_IF(t < 0);
        if (!t)
            JUMPBY(oparg);
        else
            sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = pv_truth(TOP());
        ERROR_IF(t < 0);
        if (t)
            JUMPBY(oparg);
        else
            sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value it = pv_iter(TOP());
        ERROR_IF(it == V_NULL);
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        if (v_is(TOP(), &pv_generator_type) &&
            (gen_frame = pv_gen_resume_inline(TOP(), V_NONE, &gen_exc_state))) {
            gen_sent = V_NONE;
            gen_exit = ip + oparg;
            gen_from_send = false;
            goto resume_inline;
        }
        /* a built-in iterator's own next slot, straight; anything else
         * (classes' __next__, generators resumed from C) through pv_next,
         * which also ends on a StopIteration carrying a value */
        Value it = TOP();
        PvType *itt = pv_type(it);
        Value v = itt->next && !(itt->flags & PV_TF_HEAPTYPE) && itt != &pv_generator_type
                      ? itt->next(it)
                      : pv_next(it);
        if (v != V_NULL) {
            PUSH(v);
            DISPATCH();
        }
        ERROR_IF(pv_err_occurred());
        sp--;
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(KW_NAMES) { kwnames = consts[oparg]; DISPATCH(); }
    TARGET(CALL)
    do_call: {
        int total = oparg;
        Value *args = sp - oparg;
        Value callable;
        bool is_meth = PEEK(oparg + 2) != V_NULL;
        if (is_meth) {
            callable = PEEK(oparg + 2);
            args--;
            total++;
        } else {
            callable = PEEK(oparg + 1);
        }
        Value kw = kwnames;
        kwnames = V_NULL;
        if (v_is(callable, &pv_function_type)) {
            /* Python to Python: a new frame, same C loop */
            f->sp = sp - oparg - 2;
            Frame *nf = make_function_frame((PvFunction *)v_obj(callable), total, args, kw);
            if (!nf) {
                sp = f->sp + 2 + oparg;
                goto call_error;
            }
            if (depth + 1 > RECURSION_LIMIT) {
                pop_frame(nf);
                sp = f->sp + 2 + oparg;
                pv_err_set_str(&pv_exc_RecursionError, "maximum recursion depth exceeded");
                goto call_error;
            }
            depth++;
            f->sp = sp - oparg - 2;
            /* the callee has its arguments: no stale copy left for the
             * conservative collector (`del x; gc.collect()`, finalize.c) */
            clear_values(f->sp, oparg + 2);
            nf->prev = f;
            f = nf;
            current_frame = f;
            LOAD_FRAME();
            if (!co->gcache)
                quicken(co);
            ip = first;
            sp = f->localsplus + co->nlocalsplus;
            DISPATCH();
        }
        CallMark saved_mark = c_call_mark;
        c_call_mark = (CallMark){f, sp};
        Value r;
        PvBuiltin *bf = v_is(callable, &pv_builtin_type) ? (PvBuiltin *)v_obj(callable) : NULL;
        /* built-in functions and methods found by LOAD_METHOD on their own
         * type: straight to the C function (func.c's builtin_call does
         * the same after its checks) */
        if (bf && bf->self != V_NULL)
            r = bf->fn(bf->self, total, args, kw);
        else if (bf && !bf->owner)
            r = bf->fn(V_NULL, total, args, kw);
        else if (bf && is_meth)
            r = bf->fn(args[0], total - 1, args + 1, kw);
        else
            r = pv_call(callable, total, args, kw);
        c_call_mark = saved_mark;
        sp -= oparg + 2;
        clear_values(sp, oparg + 2); /* as above */
        ERROR_IF(r == V_NULL);
        PUSH(r);
        DISPATCH();
    call_error:
        sp -= oparg + 2;
        goto error;
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : V_NULL;
        Value callargs = POP();
        Value func = TOP();
        if (!v_is(callargs, &pv_tuple_type)) {
            Value t = pv_sequence_tuple(callargs);
            if (t == V_NULL) {
                if (pv_err_matches(&pv_exc_TypeError)) {
                    pv_err_clear();
                    pv_err_format(&pv_exc_TypeError, "%S argument after * must be an iterable, not %s",
                                  pv_function_str(func), pv_type_name(callargs));
                }
                goto error;
            }
            callargs = t;
        }
        if (kwargs != V_NULL && !v_is(kwargs, &pv_dict_type)) {
            Value d = pv_dict_new();
            if (pv_dict_update(d, kwargs) < 0)
                goto error;
            kwargs = d;
        }
        Value r = pv_call_ex(func, callargs, kwargs);
        sp -= 2;
        ERROR_IF(r == V_NULL);
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        /* the verifier checks shapes, not types: a crafted file could hand
         * over anything here */
        Value cv = TOP();
        if (!v_is(cv, &pv_code_type)) {
            pv_err_set_str(&pv_exc_SystemError, "MAKE_FUNCTION of a non-code object (bad bytecode)");
            goto error;
        }
        if (oparg & 8) {
            Value cl = PEEK(2);
            PvCode *c2 = (PvCode *)v_obj(cv);
            bool ok = v_is(cl, &pv_tuple_type) && PV_TUPLE_LEN(cl) == c2->nfreevars;
            for (int64_t i = 0; ok && i < PV_TUPLE_LEN(cl); i++)
                ok = v_is(PV_TUPLE_ITEMS(cl)[i], &pv_cell_type);
            if (!ok) {
                pv_err_set_str(&pv_exc_SystemError, "MAKE_FUNCTION with a bad closure (bad bytecode)");
                goto error;
            }
        }
        PvCode *fco = (PvCode *)v_obj(POP());
        PvFunction *fn = (PvFunction *)pv_new_object(&pv_function_type, sizeof(PvFunction));
        fn->code = fco;
        fn->globals = f->globals;
        fn->builtins = f->builtins;
        fn->name = fco->name;
        fn->qualname = fco->qualname;
        Value mod = pv_dict_get_str(f->globals, pv_s___name__);
        fn->module = mod != V_NULL ? mod : V_NONE;
        Value doc = PV_TUPLE_LEN(fco->consts) ? PV_TUPLE_ITEMS(fco->consts)[0] : V_NONE;
        fn->doc = v_is(doc, &pv_str_type) ? doc : V_NONE;
        fn->defaults = fn->kwdefaults = fn->closure = fn->annotations = fn->dict = V_NULL;
        if (oparg & 8)
            fn->closure = POP();
        if (oparg & 4) {
            Value ann = POP();
            if (v_is(ann, &pv_tuple_type)) {
                Value d = pv_dict_new();
                for (int64_t i = 0; i + 1 < PV_TUPLE_LEN(ann); i += 2)
                    pv_dict_set(d, PV_TUPLE_ITEMS(ann)[i], PV_TUPLE_ITEMS(ann)[i + 1]);
                ann = d;
            }
            fn->annotations = ann;
        }
        if (oparg & 2)
            fn->kwdefaults = POP();
        if (oparg & 1)
            fn->defaults = POP();
        PUSH(v_from(fn));
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        if (f->entry)
            goto exit_frame;
        if (f->inline_resumed) {
            /* the generator is done: its FOR_ITER ends the loop, its SEND
             * has the value */
            pv_gen_finished(f->gen, false);
            bool send = f->from_send;
            const uint16_t *exit = f->caller_exit;
            LEAVE_INLINE_GEN();
            if (send)
                TOP() = retval;
            else
                sp--;
            ip = exit;
            DISPATCH();
        }
        Frame *caller = f->prev;
        pop_frame(f);
        depth--;
        f = caller;
        current_frame = f;
        LOAD_FRAME();
        ip = f->instr + 1 + op_caches[OP_CALL];
        sp = f->sp;
        PUSH(retval);
        DISPATCH();
    }

    /* ---- generators and coroutines (the objects: gen.c) ---- */
    TARGET(RETURN_GENERATOR) {
        /* the call returns the generator; its frame, already on the heap
         * (make_function_frame), waits in it at the first resume point */
        if (!f->heap) { /* module or class code flagged as a generator */
            pv_err_set_str(&pv_exc_SystemError,
                           "RETURN_GENERATOR outside a generator function (bad bytecode)");
            goto error;
        }
        f->sp = sp;
        f->resume = ip;
        retval = pv_gen_new(f, f->func, co);
        f->gen = retval;
        if (f->entry)
            goto exit_frame;
        f->entry = true; /* from now on resumed from C (pv_frame_resume) */
        Frame *caller = f->prev;
        depth--;
        f = caller;
        current_frame = f;
        LOAD_FRAME();
        ip = f->instr + 1 + op_caches[OP_CALL];
        sp = f->sp;
        PUSH(retval);
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        if (!f->heap || (!f->entry && !f->inline_resumed)) {
            pv_err_set_str(&pv_exc_SystemError, "YIELD_VALUE outside a generator (bad bytecode)");
            goto error;
        }
        retval = POP();
        f->sp = sp;
        f->resume = ip;
        f->yielded = true;
        if (f->entry)
            goto exit_frame;
        pv_gen_suspended(f->gen, exc_info);
        const uint16_t *next = f->caller_next;
        LEAVE_INLINE_GEN();
        ip = next;
        PUSH(retval);
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = POP(), receiver = TOP();
        if ((v_is(receiver, &pv_generator_type) || v_is(receiver, &pv_coroutine_type)) &&
            (gen_frame = pv_gen_resume_inline(receiver, v, &gen_exc_state))) {
            gen_sent = v;
            gen_exit = ip + oparg;
            gen_from_send = true;
            goto resume_inline;
        }
        Value r;
        int st = pv_gen_send_any(receiver, v, &r);
        ERROR_IF(st == PV_GEN_ERROR);
        if (st == PV_GEN_RETURN) {
            TOP() = r;
            JUMPBY(oparg);
        } else {
            PUSH(r);
        }
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value it = pv_yield_from_iter(TOP(), co->flags);
        ERROR_IF(it == V_NULL);
        TOP() = it;
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) { TOP() = pv_async_gen_wrap(TOP()); DISPATCH(); }
    TARGET(GET_AWAITABLE) {
        Value it = pv_get_awaitable(TOP(), oparg);
        ERROR_IF(it == V_NULL);
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Value it = pv_get_aiter(TOP());
        ERROR_IF(it == V_NULL);
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Value aw = pv_get_anext(TOP());
        ERROR_IF(aw == V_NULL);
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        if (!v_isinstance(exc, &pv_exc_BaseException)) {
            pv_err_set_str(&pv_exc_SystemError, "END_ASYNC_FOR of a non-exception (bad bytecode)");
            goto error;
        }
        if (pv_exc_isinstance(exc, &pv_exc_StopAsyncIteration)) {
            sp--;
            DISPATCH();
        }
        pv_err_set(exc);
        context_done = exc;
        goto exception_unwind;
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Value mgr = TOP(), exit_fn, res;
        ERROR_IF(pv_before_async_with(mgr, &exit_fn, &res) < 0);
        TOP() = exit_fn;
        PUSH(res);
        DISPATCH();
    }

    TARGET(COPY) {
        Value v = PEEK(oparg);
        PUSH(v);
        DISPATCH();
    }
    TARGET(PV_COPY_2_2) {
        /* c k -> c k c k, the second COPY skipped */
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        ip++;
        DISPATCH();
    }
    TARGET(PV_SWAP_STORE_SUBSCR) {
        /* c k v -> ; c[k] = v, as STORE_SUBSCR (where errors point) */
        f->instr = ip + 1;
        ip += 2 + op_caches[OP_STORE_SUBSCR];
        Value v = POP(), key = POP(), obj = POP();
        ERROR_IF(store_subscr(obj, key, v) < 0);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        /* mgr -> mgr.__exit__ mgr.__enter__() */
        Value mgr = TOP();
        Value enter = special_method(mgr, "__enter__");
        if (enter == V_NULL) {
            if (!pv_err_occurred())
                pv_err_format(&pv_exc_TypeError,
                              "'%s' object does not support the context manager protocol",
                              pv_type_name(mgr));
            goto error;
        }
        Value exit = special_method(mgr, "__exit__");
        if (exit == V_NULL) {
            if (!pv_err_occurred())
                pv_err_format(&pv_exc_TypeError,
                              "'%s' object does not support the context manager protocol "
                              "(missed __exit__ method)",
                              pv_type_name(mgr));
            goto error;
        }
        TOP() = exit;
        Value res = pv_call0(enter);
        ERROR_IF(res == V_NULL);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        /* exit lasti prev exc -> exit lasti prev exc exit(type, exc, tb) */
        Value exc = TOP();
        if (!pv_exc_is_instance(exc)) {
            pv_err_set_str(&pv_exc_SystemError, "WITH_EXCEPT_START without an exception (bad bytecode)");
            goto error;
        }
        Value tb = ((PvException *)v_obj(exc))->traceback;
        Value args[3] = {v_from(pv_type(exc)), exc, tb == V_NULL ? V_NONE : tb};
        Value res = pv_call(PEEK(4), 3, args, V_NULL);
        ERROR_IF(res == V_NULL);
        PUSH(res);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        Value exc = V_NULL;
        if (oparg == 0) {
            Value handled = topmost_exc();
            if (handled == V_NULL) {
                pv_err_set_str(&pv_exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            /* a bare raise re-raises with the traceback it has: no new entry */
            pv_err_set(handled);
            context_done = handled;
            goto exception_unwind;
        }
        Value cause = V_NULL;
        if (oparg == 2) {
            Value c = POP();
            if (c != V_NONE) {
                cause = make_exception(c, true);
                if (cause == V_NULL) {
                    sp--;
                    goto error;
                }
            } else {
                cause = V_NONE;
            }
        }
        exc = make_exception(POP(), false);
        ERROR_IF(exc == V_NULL);
        if (cause != V_NULL) {
            ((PvException *)v_obj(exc))->cause = cause;
            ((PvException *)v_obj(exc))->suppress_context = true;
        }
        pv_err_set(exc);
        context_done = V_NULL;
        goto error;
    }
    TARGET(PUSH_EXC_INFO) {
        Value v = TOP();
        TOP() = exc_info == V_NULL ? V_NONE : exc_info;
        exc_info = v;
        PUSH(v);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value v = POP();
        exc_info = v == V_NONE ? V_NULL : v;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value t = TOP(), exc = PEEK(2);
        ERROR_IF(check_except_type(t) < 0);
        TOP() = v_bool(exc_matches(exc, t));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Value match_type = POP();
        ERROR_IF(check_except_type(match_type) < 0);
        if (check_except_star_type(match_type) < 0)
            goto error;
        Value match = V_NULL, rest = V_NULL;
        ERROR_IF(pv_exc_group_match(TOP(), match_type, &match, &rest) < 0);
        if (match == V_NONE) {
            PUSH(match);
        } else {
            /* [exc] -> [rest, match]; the match is what the handler sees */
            TOP() = rest;
            PUSH(match);
            exc_info = match;
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Value excs = POP(), orig = TOP();
        Value v = pv_exc_prep_reraise_star(orig, excs);
        ERROR_IF(v == V_NULL);
        TOP() = v;
        DISPATCH();
    }
    TARGET(RERAISE) {
        /* the handler search starts from RERAISE itself (CPython's
         * INSTR_OFFSET); the saved lasti below only restores f_lasti, which
         * pvm does not expose, so it is not needed */
        Value exc = POP();
        if (!v_isinstance(exc, &pv_exc_BaseException)) {
            pv_err_set_str(&pv_exc_SystemError, "RERAISE of a non-exception (bad bytecode)");
            goto error;
        }
        pv_err_set(exc);
        context_done = exc;
        goto exception_unwind;
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH(v_from(&pv_exc_AssertionError)); DISPATCH(); }
    TARGET(LOAD_BUILD_CLASS) {
        Value bc = pv_dict_get_str(f->builtins, pv_s___build_class__);
        if (bc == V_NULL) {
            ERROR_IF(pv_err_occurred());
            pv_err_set_str(&pv_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Value d = f->locals != V_NULL ? f->locals : f->globals;
        Value key = pv_str_intern_cstr("__annotations__");
        if (pv_dict_get_str(d, key) == V_NULL)
            ERROR_IF(pv_dict_set(d, key, pv_dict_new()) < 0);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP(), level = TOP();
        int64_t lv = 0;
        pv_int_as_i64(level, &lv);
        Value m = pv_import_name(names[oparg], f->globals, f->locals, f->builtins, fromlist, (int)lv);
        ERROR_IF(m == V_NULL);
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Value v = pv_import_from(TOP(), names[oparg]);
        ERROR_IF(v == V_NULL);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        ERROR_IF(pv_import_star(m, f->locals != V_NULL ? f->locals : f->globals) < 0);
        DISPATCH();
    }

#ifndef PV_COMPUTED_GOTO
        default:
            goto unknown_opcode;
        }
    }
#endif

unknown_opcode:
    pv_err_format(&pv_exc_SystemError,
                  "pvm cannot execute %s",
                  op_info[opcode].name ? op_info[opcode].name : "an unknown opcode");
    goto error;

unbound_local:
    pv_err_format(&pv_exc_UnboundLocalError,
                  "cannot access local variable '%S' where it is not associated with a value",
                  PV_TUPLE_ITEMS(co->localsplusnames)[oparg]);
    goto error;

resume_inline:
    /* FOR_ITER / SEND on a generator or coroutine: its frame runs on top of
     * this one in the same loop, like a call (CPython 3.12 does the same) */
    if (depth + 1 > RECURSION_LIMIT) {
        pv_err_set_str(&pv_exc_RecursionError, "maximum recursion depth exceeded");
        pv_gen_finished(gen_frame->gen, true);
        goto error;
    }
    gen_frame->caller_exc_info = exc_info;
    gen_frame->caller_exc_outer = exc_outer;
    exc_outer = topmost_exc();
    exc_info = *gen_exc_state;
    *gen_frame->sp++ = gen_sent;
    gen_frame->yielded = false;
    gen_frame->entry = false;
    gen_frame->inline_resumed = true;
    gen_frame->from_send = gen_from_send;
    gen_frame->caller_next = ip;
    gen_frame->caller_exit = gen_exit;
    f->sp = sp;
    gen_frame->prev = f;
    depth++;
    f = gen_frame;
    current_frame = f;
    LOAD_FRAME();
    ip = f->resume;
    sp = f->sp;
    DISPATCH();

unbound_deref: {
    Value name = PV_TUPLE_ITEMS(co->localsplusnames)[oparg];
    if (co->localspluskinds[oparg] & CO_FAST_FREE)
        pv_err_format(&pv_exc_NameError,
                      "cannot access free variable '%S' where it is not associated with a value "
                      "in enclosing scope",
                      name);
    else
        pv_err_format(&pv_exc_UnboundLocalError,
                      "cannot access local variable '%S' where it is not associated with a value",
                      name);
    goto error;
}

error: {
    Value exc = pv_err_occurred();
    set_context(exc);
    PvException *e = (PvException *)v_obj(exc);
    e->traceback = pv_traceback_new(e->traceback == V_NULL ? V_NONE : e->traceback, co,
                                    (int)(f->instr - first));
}
exception_unwind: {
    kwnames = V_NULL;
    int offset = (int)(f->instr - first) * 2;
    if (!co->exc_entries)
        decode_exception_table(co);
    ExcEntry en;
    bool found = false;
    for (int32_t i = 0; i < co->nexc_entries; i++) {
        en = co->exc_entries[i];
        if ((uint32_t)offset >= en.start && (uint32_t)offset < en.end) {
            found = true;
            break;
        }
    }
    if (found) {
        Value exc = pv_err_fetch();
        sp = lp + co->nlocalsplus + en.depth;
        if (en.lasti)
            PUSH(v_from_small(f->instr - first));
        PUSH(exc);
        ip = first + en.target / 2;
        DISPATCH();
    }
    /* no handler here: leave the frame */
    if (f->entry) {
        retval = V_NULL;
        goto exit_frame;
    }
    if (f->inline_resumed) {
        pv_gen_finished(f->gen, true);
        LEAVE_INLINE_GEN();
        goto error;
    }
    Frame *caller = f->prev;
    pop_frame(f);
    depth--;
    f = caller;
    current_frame = f;
    LOAD_FRAME();
    sp = f->sp;
    goto error;
}

exit_frame:
    current_frame = f->prev;
    pop_frame(f);
    depth--;
    return retval;
}

Value pv_function_call(Value func, int argc, const Value *argv, Value kwnames)
{
    PvFunction *fn = (PvFunction *)v_obj(func);
    Frame *f = make_function_frame(fn, argc, argv, kwnames);
    if (!f)
        return V_NULL;
    return run(f, false);
}

Value pv_run_class_body(Value func, Value ns)
{
    Frame *f = make_function_frame((PvFunction *)v_obj(func), 0, NULL, V_NULL);
    if (!f)
        return V_NULL;
    f->locals = ns;
    return run(f, false);
}

/* super() without arguments: the first argument of the running function
 * and its __class__ cell (CPython's super_init_without_args) */
int pv_super_frame_args(Value *type, Value *obj)
{
    Frame *f = current_frame;
    if (!f || !f->func) {
        pv_err_set_str(&pv_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    PvCode *co = f->code;
    if (co->argcount == 0) {
        pv_err_set_str(&pv_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->localsplus[0];
    if (first != V_NULL && (co->localspluskinds[0] & CO_FAST_CELL) && v_is(first, &pv_cell_type))
        first = ((PvCell *)v_obj(first))->ref;
    if (first == V_NULL) {
        pv_err_set_str(&pv_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (!pv_str_eq_cstr(PV_TUPLE_ITEMS(co->localsplusnames)[i], "__class__"))
            continue;
        Value cell = f->localsplus[i];
        Value t = cell != V_NULL && v_is(cell, &pv_cell_type) ? ((PvCell *)v_obj(cell))->ref : V_NULL;
        if (t == V_NULL) {
            pv_err_set_str(&pv_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!pv_is_type(t)) {
            pv_err_format(&pv_exc_RuntimeError, "super(): __class__ is not a type (%s)",
                          pv_type_name(t));
            return -1;
        }
        *type = t;
        *obj = first;
        return 0;
    }
    pv_err_set_str(&pv_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

Value pv_run_module(PvCode *code, Value globals)
{
    if (frame_too_big(code))
        return V_NULL;
    Frame *f = push_frame(code);
    f->globals = globals;
    f->locals = globals;
    Value b = pv_dict_get_str(globals, pv_s___builtins__);
    f->builtins = b != V_NULL && v_is(b, &pv_dict_type) ? b : pv_builtins_module();
    return run(f, false);
}

/* ---- generator frames (gen.h) ---- */
void pv_err_set_chained(Value exc)
{
    pv_err_set(exc);
    context_done = exc;
}

Value pv_frame_resume(Frame *f, Value sent, bool throwing, Value *exc_state, bool *yielded)
{
    Value saved_info = exc_info, saved_outer = exc_outer;
    Value handled = topmost_exc();
    exc_outer = handled == V_NULL ? V_NULL : handled;
    exc_info = *exc_state;
    if (throwing) {
        /* the thrown exception chains to what the generator itself was
         * handling, not to its resumer's (_PyErr_ChainStackItem) */
        Value exc = pv_err_occurred();
        if (exc_info != V_NULL) {
            Value outer = exc_outer;
            exc_outer = V_NULL;
            context_done = V_NULL;
            set_context(exc);
            exc_outer = outer;
        }
        context_done = exc;
    } else {
        *f->sp++ = sent;
    }
    f->yielded = false;
    f->inline_resumed = false;
    Value r = run(f, throwing);
    *yielded = f->yielded;
    *exc_state = *yielded ? exc_info : V_NULL;
    exc_info = saved_info;
    exc_outer = saved_outer;
    return r;
}

Value pv_frame_yield_from(const Frame *f)
{
    const uint16_t *next = f->resume;
    if (next && (next[0] & 0xff) == OP_RESUME && (next[0] >> 8) >= 2 &&
        f->sp > f->localsplus + f->code->nlocalsplus)
        return f->sp[-1];
    return V_NULL;
}

void pv_frame_end_yield_from(Frame *f)
{
    /* YIELD_VALUE, RESUME follow the SEND whose exit is where the
     * delegation's result goes (CPython's gen_throw does the same jump) */
    f->sp--;
    const uint16_t *send = f->resume - 2;
    if (send >= f->code->code && (send[0] & 0xff) == OP_SEND) {
        f->instr = send + (send[0] >> 8);
        f->resume = f->instr + 1;
    }
}

PvCode *pv_frame_code(const Frame *f) { return f->code; }

int pv_frame_lasti(const Frame *f)
{
    return f->instr ? (int)(f->instr - f->code->code) : 0;
}

Value pv_frame_locals(const Frame *f)
{
    Value d = pv_dict_new();
    PvCode *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        if (v != V_NULL && (co->localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) &&
            v_is(v, &pv_cell_type))
            v = ((PvCell *)v_obj(v))->ref;
        if (v != V_NULL)
            pv_dict_set(d, PV_TUPLE_ITEMS(co->localsplusnames)[i], v);
    }
    return d;
}
