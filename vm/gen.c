/* vm/gen.c: the generator, coroutine and async generator objects, with
 * CPython 3.11's protocols and messages: send/throw/close (genobject.c's
 * gen_send_ex2, _gen_throw, gen_close), PEP 479, the coroutine wrapper of
 * __await__, the asend/athrow awaitables of async generators, and the
 * helpers behind yield from / await / async for / async with and the
 * builtins aiter/anext.  Running the frame is eval.c's (pv_frame_resume).
 */
#include <string.h>

#include "gen.h"

#include "coll.h"
#include "exc.h"
#include "object.h"
#include "runtime.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct PvGen {
    PvObject ob;
    struct Frame *frame;       /* NULL once finished */
    PvCode *code;
    Value name, qualname;
    Value exc_state;           /* the exception it is handling while suspended */
    int state;
    bool running_async;        /* async generators: an asend/athrow is in flight */
    bool closed;               /* async generators: aclose()d or exhausted */
    bool hooks_inited;         /* async generators: firstiter was called */
} PvGen;

static const char *kind_word(const PvGen *g)
{
    return g->ob.type == &pv_coroutine_type        ? "coroutine"
           : g->ob.type == &pv_async_generator_type ? "async generator"
                                                     : "generator";
}

Value pv_gen_new(struct Frame *f, PvFunction *func, PvCode *code)
{
    PvType *t = (code->flags & CO_COROUTINE)         ? &pv_coroutine_type
                : (code->flags & CO_ASYNC_GENERATOR) ? &pv_async_generator_type
                                                     : &pv_generator_type;
    PvGen *g = (PvGen *)pv_new_object(t, sizeof(PvGen));
    g->frame = f;
    g->code = code;
    g->name = func ? func->name : code->name;
    g->qualname = func ? func->qualname : code->qualname;
    g->exc_state = V_NULL;
    g->state = GEN_CREATED;
    return v_from(g);
}

static Value stop_iteration(Value value)
{
    return pv_exc_new(&pv_exc_StopIteration,
                      value == V_NONE ? pv_tuple_new(0) : pv_tuple_from(1, &value));
}

/* the value a StopIteration carries: 0 and *out (None when no exception
 * is set either), -1 for any other exception */
static int fetch_stop_value(Value *out)
{
    Value exc = pv_err_occurred();
    if (exc == V_NULL) {
        *out = V_NONE;
        return 0;
    }
    if (!pv_exc_isinstance(exc, &pv_exc_StopIteration))
        return -1;
    pv_err_clear();
    *out = ((PvException *)v_obj(exc))->value;
    return 0;
}

/* ---- resuming (gen_send_ex2) ---- */
static int gen_send_ex2(PvGen *g, Value arg, bool exc, bool closing, Value *result)
{
    *result = V_NULL;
    if (g->state == GEN_CREATED && arg != V_NULL && arg != V_NONE) {
        pv_err_format(&pv_exc_TypeError, "can't send non-None value to a just-started %s",
                      kind_word(g));
        return PV_GEN_ERROR;
    }
    if (g->state == GEN_RUNNING) {
        pv_err_format(&pv_exc_ValueError, "%s already executing", kind_word(g));
        return PV_GEN_ERROR;
    }
    if (g->state == GEN_CLOSED) {
        if (g->ob.type == &pv_coroutine_type && !closing) {
            pv_err_set_str(&pv_exc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg != V_NULL && !exc) {
            *result = V_NONE;
            return PV_GEN_RETURN;
        }
        return PV_GEN_ERROR;
    }
    g->state = GEN_RUNNING;
    bool yielded = false;
    Value r = pv_frame_resume(g->frame, arg == V_NULL ? V_NONE : arg, exc, &g->exc_state,
                              &yielded);
    if (yielded && r != V_NULL) {
        g->state = GEN_SUSPENDED;
        *result = r;
        return PV_GEN_NEXT;
    }
    if (r != V_NULL) {
        pv_gen_finished(v_from(g), false);
        *result = r;
        return PV_GEN_RETURN;
    }
    pv_gen_finished(v_from(g), true);
    return PV_GEN_ERROR;
}

struct Frame *pv_gen_resume_inline(Value gen, Value arg, Value **exc_state)
{
    PvGen *g = (PvGen *)v_obj(gen);
    if (g->state == GEN_SUSPENDED || (g->state == GEN_CREATED && arg == V_NONE)) {
        g->state = GEN_RUNNING;
        *exc_state = &g->exc_state;
        return g->frame;
    }
    return NULL;
}

void pv_gen_suspended(Value gen, Value exc_state)
{
    PvGen *g = (PvGen *)v_obj(gen);
    g->state = GEN_SUSPENDED;
    g->exc_state = exc_state;
}

void pv_gen_finished(Value gen, bool raised)
{
    PvGen *g = (PvGen *)v_obj(gen);
    g->state = GEN_CLOSED;
    g->frame = NULL;
    g->exc_state = V_NULL;
    if (!raised)
        return;
    /* PEP 479: StopIteration must not leak out of a generator's frame */
    const char *msg = NULL;
    if (pv_err_matches(&pv_exc_StopIteration))
        msg = g->ob.type == &pv_coroutine_type ? "coroutine raised StopIteration"
              : g->ob.type == &pv_async_generator_type ? "async generator raised StopIteration"
                                                      : "generator raised StopIteration";
    else if (g->ob.type == &pv_async_generator_type &&
             pv_err_matches(&pv_exc_StopAsyncIteration))
        msg = "async generator raised StopAsyncIteration";
    if (msg) {
        Value cause = pv_err_fetch();
        Value e = pv_exc_new(&pv_exc_RuntimeError, pv_tuple_from(1, &(Value){pv_str_cstr(msg)}));
        PvException *pe = (PvException *)v_obj(e);
        pe->cause = cause;
        pe->context = cause;
        pe->suppress_context = true;
        pv_err_set_chained(e);
    }
}

/* gen_send_ex: the return value becomes StopIteration (StopAsyncIteration
 * for async generators) */
static Value gen_send_ex(PvGen *g, Value arg, bool exc, bool closing)
{
    Value r;
    int st = gen_send_ex2(g, arg, exc, closing, &r);
    if (st == PV_GEN_RETURN) {
        if (g->ob.type == &pv_async_generator_type)
            pv_err_set(pv_exc_new(&pv_exc_StopAsyncIteration, pv_tuple_new(0)));
        else
            pv_err_set(stop_iteration(r));
        return V_NULL;
    }
    return st == PV_GEN_NEXT ? r : V_NULL;
}

/* tp_iternext: a return value other than None rides on StopIteration
 * (next() shows it; pv_next drops it) */
static Value gen_iternext(Value self)
{
    Value r;
    int st = gen_send_ex2((PvGen *)v_obj(self), V_NULL, false, false, &r);
    if (st == PV_GEN_NEXT)
        return r;
    if (st == PV_GEN_RETURN && r != V_NONE)
        pv_err_set(stop_iteration(r));
    return V_NULL;
}

/* __next__ methods: the end is always StopIteration */
static Value next_method(Value r)
{
    if (r == V_NULL && !pv_err_occurred())
        pv_err_set(stop_iteration(V_NONE));
    return r;
}

static bool has_next(Value v)
{
    for (PvType *k = pv_type(v); k; k = k->base)
        if (k->next)
            return true;
    return false;
}

int pv_gen_send_any(Value receiver, Value arg, Value *result)
{
    if (v_is(receiver, &pv_generator_type) || v_is(receiver, &pv_coroutine_type))
        return gen_send_ex2((PvGen *)v_obj(receiver), arg, false, false, result);
    Value r;
    if (arg == V_NONE && has_next(receiver)) {
        r = pv_next_slot(receiver);
    } else {
        Value m = pv_getattr_cstr(receiver, "send");
        r = m == V_NULL ? V_NULL : pv_call1(m, arg);
    }
    if (r != V_NULL) {
        *result = r;
        return PV_GEN_NEXT;
    }
    return fetch_stop_value(result) == 0 ? PV_GEN_RETURN : PV_GEN_ERROR;
}

/* ---- throw and close (_gen_throw, gen_close) ---- */
static Value yield_from_of(const PvGen *g)
{
    return g->state == GEN_SUSPENDED ? pv_frame_yield_from(g->frame) : V_NULL;
}

static Value gen_close(PvGen *g);

static int close_iter(Value yf)
{
    if (v_is(yf, &pv_generator_type) || v_is(yf, &pv_coroutine_type))
        return gen_close((PvGen *)v_obj(yf)) == V_NULL ? -1 : 0;
    Value m = pv_getattr_cstr(yf, "close");
    if (m == V_NULL) {
        pv_err_clear(); /* CPython reports it as unraisable and goes on */
        return 0;
    }
    return pv_call0(m) == V_NULL ? -1 : 0;
}

static bool is_genexit(Value typ)
{
    if (pv_exc_is_type(typ))
        return pv_exc_subtype((PvType *)v_obj(typ), &pv_exc_GeneratorExit);
    return pv_exc_is_instance(typ) && pv_exc_isinstance(typ, &pv_exc_GeneratorExit);
}

static Value throw_here(PvGen *g, Value typ, Value val, Value tb)
{
    if (tb == V_NONE)
        tb = V_NULL;
    else if (tb != V_NULL && !v_is(tb, &pv_traceback_type)) {
        pv_err_set_str(&pv_exc_TypeError, "throw() third argument must be a traceback object");
        return V_NULL;
    }
    Value exc;
    if (pv_exc_is_type(typ)) {
        PvType *t = (PvType *)v_obj(typ);
        if (val != V_NULL && val != V_NONE && pv_exc_isinstance(val, t))
            exc = val;
        else if (val == V_NULL || val == V_NONE)
            exc = pv_call0(typ);
        else if (v_is(val, &pv_tuple_type))
            exc = pv_call(typ, (int)PV_TUPLE_LEN(val), PV_TUPLE_ITEMS(val), V_NULL);
        else
            exc = pv_call1(typ, val);
        if (exc == V_NULL)
            return V_NULL;
        if (!pv_exc_is_instance(exc)) {
            pv_err_format(&pv_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          typ, pv_type_name(exc));
            return V_NULL;
        }
    } else if (pv_exc_is_instance(typ)) {
        if (val != V_NULL && val != V_NONE) {
            pv_err_set_str(&pv_exc_TypeError, "instance exception may not have a separate value");
            return V_NULL;
        }
        exc = typ;
    } else {
        pv_err_format(&pv_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      pv_type_name(typ));
        return V_NULL;
    }
    if (tb != V_NULL)
        ((PvException *)v_obj(exc))->traceback = tb;
    pv_err_set(exc);
    return gen_send_ex(g, V_NONE, true, false);
}

static Value gen_throw_impl(PvGen *g, bool close_on_genexit, Value typ, Value val, Value tb)
{
    Value yf = yield_from_of(g);
    if (yf == V_NULL)
        return throw_here(g, typ, val, tb);
    Value ret;
    if (close_on_genexit && is_genexit(typ)) {
        /* the delegate is closed, then GeneratorExit is thrown here */
        g->state = GEN_RUNNING;
        int err = close_iter(yf);
        g->state = GEN_SUSPENDED;
        if (err < 0)
            return gen_send_ex(g, V_NONE, true, false);
        return throw_here(g, typ, val, tb);
    }
    if (v_is(yf, &pv_generator_type) || v_is(yf, &pv_coroutine_type)) {
        g->state = GEN_RUNNING;
        ret = gen_throw_impl((PvGen *)v_obj(yf), close_on_genexit, typ, val, tb);
        g->state = GEN_SUSPENDED;
    } else {
        Value m = pv_getattr_cstr(yf, "throw");
        if (m == V_NULL) {
            if (!pv_err_matches(&pv_exc_AttributeError))
                return V_NULL;
            pv_err_clear();
            return throw_here(g, typ, val, tb);
        }
        Value args[3] = {typ, val, tb};
        int n = val == V_NULL ? 1 : tb == V_NULL ? 2 : 3;
        g->state = GEN_RUNNING;
        ret = pv_call(m, n, args, V_NULL);
        g->state = GEN_SUSPENDED;
    }
    if (ret != V_NULL)
        return ret;
    /* the delegate finished: its value (or error) goes to this frame,
     * after its yield from */
    pv_frame_end_yield_from(g->frame);
    Value v;
    if (fetch_stop_value(&v) == 0)
        return gen_send_ex(g, v, false, false);
    return gen_send_ex(g, V_NONE, true, false);
}

static Value gen_close(PvGen *g)
{
    Value yf = yield_from_of(g);
    int err = 0;
    if (yf != V_NULL) {
        g->state = GEN_RUNNING;
        err = close_iter(yf);
        g->state = GEN_SUSPENDED;
    }
    if (err == 0)
        pv_err_set(pv_exc_new(&pv_exc_GeneratorExit, pv_tuple_new(0)));
    Value r = gen_send_ex(g, V_NONE, true, true);
    if (r != V_NULL) {
        pv_err_format(&pv_exc_RuntimeError, "%s ignored GeneratorExit", kind_word(g));
        return V_NULL;
    }
    if (pv_err_matches(&pv_exc_StopIteration) || pv_err_matches(&pv_exc_GeneratorExit)) {
        pv_err_clear();
        return V_NONE;
    }
    return V_NULL;
}

/* throw(typ[, val[, tb]]) as a method (PyArg_UnpackTuple's messages) */
static int throw_args(const char *fname, int argc, Value kwnames, int min)
{
    if (pv_no_kwargs(fname, kwnames) < 0)
        return -1;
    if (argc < min) {
        pv_err_format(&pv_exc_TypeError, "%s expected at least 1 argument, got %d", fname, argc);
        return -1;
    }
    if (argc > 3) {
        pv_err_format(&pv_exc_TypeError, "%s expected at most 3 arguments, got %d", fname, argc);
        return -1;
    }
    return 0;
}

static Value m_send(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("send", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s.send() takes exactly one argument (%d given)",
                      pv_type_name(self), argc);
        return V_NULL;
    }
    return gen_send_ex((PvGen *)v_obj(self), argv[0], false, false);
}

static Value m_throw(Value self, int argc, const Value *argv, Value kwnames)
{
    if (throw_args("throw", argc, kwnames, 1) < 0)
        return V_NULL;
    return gen_throw_impl((PvGen *)v_obj(self), true, argv[0], argc > 1 ? argv[1] : V_NULL,
                          argc > 2 ? argv[2] : V_NULL);
}

static Value m_close(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("close", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "%s.close() takes no arguments (%d given)",
                      pv_type_name(self), argc);
        return V_NULL;
    }
    return gen_close((PvGen *)v_obj(self));
}

static Value m_next(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return next_method(gen_iternext(self));
}

static Value m_self(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return self;
}

static Value iter_self(Value self) { return self; }

/* ---- frames as gi_frame shows them ---- */
typedef struct FrameView {
    PvObject ob;
    struct Frame *frame;
} FrameView;

static int frame_line(const struct Frame *f)
{
    Value tb = pv_traceback_new(V_NONE, pv_frame_code(f), pv_frame_lasti(f));
    return ((PvTraceback *)v_obj(tb))->lineno;
}

static Value frame_getattr(Value self, Value name)
{
    struct Frame *f = ((FrameView *)v_obj(self))->frame;
    if (pv_str_eq_cstr(name, "f_lineno"))
        return pv_int_from_i64(frame_line(f));
    if (pv_str_eq_cstr(name, "f_lasti"))
        return pv_int_from_i64((int64_t)pv_frame_lasti(f) * 2);
    if (pv_str_eq_cstr(name, "f_code"))
        return v_from(pv_frame_code(f));
    if (pv_str_eq_cstr(name, "f_locals"))
        return pv_frame_locals(f);
    if (pv_str_eq_cstr(name, "f_back"))
        return V_NONE;
    return V_NULL;
}

static Value frame_repr(Value self)
{
    struct Frame *f = ((FrameView *)v_obj(self))->frame;
    PvCode *co = pv_frame_code(f);
    return pv_str_printf("<frame at %p, file %s, line %d, code %s>", (void *)v_obj(self),
                         pv_str_utf8(pv_repr(co->filename), &(size_t){0}), frame_line(f),
                         pv_str_utf8(co->name, &(size_t){0}));
}

static PvType frame_view_type = {
    .ob = {&pv_type_type},
    .name = "frame",
    .base = &pv_object_type,
    .size = sizeof(FrameView),
    .repr = frame_repr,
    .getattr = frame_getattr,
};

/* ---- attributes: gi_*, cr_*, ag_* ---- */
static Value gen_getattr(Value self, Value name)
{
    PvGen *g = (PvGen *)v_obj(self);
    if (pv_str_eq_cstr(name, "__name__"))
        return g->name;
    if (pv_str_eq_cstr(name, "__qualname__"))
        return g->qualname;
    const char *prefix = g->ob.type == &pv_coroutine_type        ? "cr_"
                         : g->ob.type == &pv_async_generator_type ? "ag_"
                                                                  : "gi_";
    size_t n;
    const char *s = pv_str_utf8(name, &n);
    if (n < 3 || s[0] != prefix[0] || s[1] != prefix[1] || s[2] != '_')
        return V_NULL;
    s += 3;
    if (!strcmp(s, "frame")) {
        if (!g->frame)
            return V_NONE;
        FrameView *fv = (FrameView *)pv_new_object(&frame_view_type, sizeof(FrameView));
        fv->frame = g->frame;
        return v_from(fv);
    }
    if (!strcmp(s, "running"))
        return v_bool(g->ob.type == &pv_async_generator_type ? g->running_async
                                                            : g->state == GEN_RUNNING);
    if (!strcmp(s, "code"))
        return v_from(g->code);
    if (!strcmp(s, "suspended") && g->ob.type != &pv_async_generator_type)
        return v_bool(g->state == GEN_SUSPENDED);
    if ((!strcmp(s, "yieldfrom") && g->ob.type == &pv_generator_type) ||
        (!strcmp(s, "await") && g->ob.type != &pv_generator_type)) {
        Value yf = yield_from_of(g);
        return yf == V_NULL ? V_NONE : yf;
    }
    if (!strcmp(s, "origin") && g->ob.type == &pv_coroutine_type)
        return V_NONE;
    return V_NULL;
}

static bool has_method(const PvType *t, Value name)
{
    for (const PvMethodDef *d = t->methods; d && d->name; d++)
        if (pv_str_eq_cstr(name, d->name))
            return true;
    return false;
}

static int gen_setattr(Value self, Value name, Value val)
{
    PvGen *g = (PvGen *)v_obj(self);
    bool is_name = pv_str_eq_cstr(name, "__name__");
    if (is_name || pv_str_eq_cstr(name, "__qualname__")) {
        if (val == V_NULL || !v_is(val, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "%S must be set to a string object", name);
            return -1;
        }
        if (is_name)
            g->name = val;
        else
            g->qualname = val;
        return 0;
    }
    bool found = gen_getattr(self, name) != V_NULL;
    if (pv_err_occurred())
        return -1;
    size_t n;
    const char *cs = pv_str_utf8(name, &n);
    /* CPython's members (not getsets) of these types say it shorter */
    bool member = found && n > 3 && (!strcmp(cs + 3, "code") || !strcmp(cs, "cr_origin") ||
                                     !strcmp(cs, "ag_running"));
    if (member)
        pv_err_set_str(&pv_exc_AttributeError, "readonly attribute");
    else if (found)
        pv_err_format(&pv_exc_AttributeError, "attribute '%S' of '%s' objects is not writable", name,
                      g->ob.type->name);
    else if (has_method(g->ob.type, name))
        pv_err_format(&pv_exc_AttributeError, "'%s' object attribute '%S' is read-only",
                      g->ob.type->name, name);
    else
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'",
                      g->ob.type->name, name);
    return -1;
}

static Value gen_repr(Value self)
{
    PvGen *g = (PvGen *)v_obj(self);
    return pv_str_printf("<%s object %s at %p>", g->ob.type->name,
                         pv_str_utf8(g->qualname, &(size_t){0}), (void *)g);
}

static const PvMethodDef generator_methods[] = {
    {"send", m_send, 0},
    {"throw", m_throw, 0},
    {"close", m_close, 0},
    {"__next__", m_next, 0},
    {"__iter__", m_self, 0},
    {NULL, NULL, 0},
};

PvType pv_generator_type = {
    .ob = {&pv_type_type},
    .name = "generator",
    .base = &pv_object_type,
    .size = sizeof(PvGen),
    .repr = gen_repr,
    .iter = iter_self,
    .next = gen_iternext,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .methods = generator_methods,
};

/* ---- coroutines and the wrapper __await__ returns ---- */
typedef struct CoroWrapper {
    PvObject ob;
    Value coro;
} CoroWrapper;

static PvType coro_wrapper_type;

static Value coro_await(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    CoroWrapper *w = (CoroWrapper *)pv_new_object(&coro_wrapper_type, sizeof(CoroWrapper));
    w->coro = self;
    return v_from(w);
}

static const PvMethodDef coroutine_methods[] = {
    {"send", m_send, 0},
    {"throw", m_throw, 0},
    {"close", m_close, 0},
    {"__await__", coro_await, 0},
    {NULL, NULL, 0},
};

PvType pv_coroutine_type = {
    .ob = {&pv_type_type},
    .name = "coroutine",
    .base = &pv_object_type,
    .size = sizeof(PvGen),
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .methods = coroutine_methods,
};

static Value cw_iternext(Value self) { return gen_iternext(((CoroWrapper *)v_obj(self))->coro); }

static Value cw_send(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_send(((CoroWrapper *)v_obj(self))->coro, argc, argv, kwnames);
}
static Value cw_throw(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_throw(((CoroWrapper *)v_obj(self))->coro, argc, argv, kwnames);
}
static Value cw_close(Value self, int argc, const Value *argv, Value kwnames)
{
    return m_close(((CoroWrapper *)v_obj(self))->coro, argc, argv, kwnames);
}
static Value cw_next(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return next_method(cw_iternext(self));
}

static Value plain_repr(Value self)
{
    return pv_str_printf("<%s object at %p>", v_obj(self)->type->name, (void *)v_obj(self));
}

static const PvMethodDef coro_wrapper_methods[] = {
    {"send", cw_send, 0},
    {"throw", cw_throw, 0},
    {"close", cw_close, 0},
    {"__next__", cw_next, 0},
    {"__iter__", m_self, 0},
    {NULL, NULL, 0},
};

static PvType coro_wrapper_type = {
    .ob = {&pv_type_type},
    .name = "coroutine_wrapper",
    .base = &pv_object_type,
    .size = sizeof(CoroWrapper),
    .repr = plain_repr,
    .iter = iter_self,
    .next = cw_iternext,
    .methods = coro_wrapper_methods,
};

/* ---- async generators: asend / athrow awaitables ---- */
typedef struct Wrapped {
    PvObject ob;
    Value value;
} Wrapped;

static PvType wrapped_type = {
    .ob = {&pv_type_type},
    .name = "async_generator_wrapped_value",
    .base = &pv_object_type,
    .size = sizeof(Wrapped),
};

Value pv_async_gen_wrap(Value v)
{
    Wrapped *w = (Wrapped *)pv_new_object(&wrapped_type, sizeof(Wrapped));
    w->value = v;
    return v_from(w);
}

/* async_gen_unwrap_value: a wrapped value is the async generator's yield,
 * which ends this awaitable with StopIteration(value); anything else comes
 * from an await inside it and passes through to the event loop */
static Value unwrap(PvGen *g, Value r)
{
    if (r == V_NULL) {
        if (!pv_err_occurred())
            pv_err_set(pv_exc_new(&pv_exc_StopAsyncIteration, pv_tuple_new(0)));
        if (pv_err_matches(&pv_exc_StopAsyncIteration) || pv_err_matches(&pv_exc_GeneratorExit))
            g->closed = true;
        g->running_async = false;
        return V_NULL;
    }
    if (v_is(r, &wrapped_type)) {
        pv_err_set(stop_iteration(((Wrapped *)v_obj(r))->value));
        g->running_async = false;
        return V_NULL;
    }
    return r;
}

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct AgAwaitable {
    PvObject ob;
    PvGen *gen;
    Value sendval;      /* asend: the value to send first */
    Value args;         /* athrow: its arguments (tuple); V_NULL for aclose() */
    int state;
} AgAwaitable;

static PvType asend_type, athrow_type;

static Value asend_send(Value self, Value arg)
{
    AgAwaitable *a = (AgAwaitable *)v_obj(self);
    if (a->state == AW_CLOSED) {
        pv_err_set_str(&pv_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return V_NULL;
    }
    if (a->state == AW_INIT) {
        if (a->gen->running_async) {
            pv_err_set_str(&pv_exc_RuntimeError,
                           "anext(): asynchronous generator is already running");
            return V_NULL;
        }
        if (arg == V_NULL || arg == V_NONE)
            arg = a->sendval;
        a->state = AW_ITER;
    }
    a->gen->running_async = true;
    Value r = unwrap(a->gen, gen_send_ex(a->gen, arg, false, false));
    if (r == V_NULL)
        a->state = AW_CLOSED;
    return r;
}

static Value athrow_send(Value self, Value arg)
{
    AgAwaitable *a = (AgAwaitable *)v_obj(self);
    PvGen *g = a->gen;
    Value r;
    if (a->state == AW_CLOSED) {
        pv_err_set_str(&pv_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return V_NULL;
    }
    if (g->state == GEN_CLOSED) {
        a->state = AW_CLOSED;
        pv_err_set(stop_iteration(V_NONE));
        return V_NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            pv_err_set_str(&pv_exc_RuntimeError,
                           a->args == V_NULL
                               ? "aclose(): asynchronous generator is already running"
                               : "athrow(): asynchronous generator is already running");
            return V_NULL;
        }
        if (g->closed) {
            a->state = AW_CLOSED;
            pv_err_set(pv_exc_new(&pv_exc_StopAsyncIteration, pv_tuple_new(0)));
            return V_NULL;
        }
        if (arg != V_NULL && arg != V_NONE) {
            pv_err_set_str(&pv_exc_RuntimeError,
                           "can't send non-None value to a just-started coroutine");
            return V_NULL;
        }
        a->state = AW_ITER;
        g->running_async = true;
        if (a->args == V_NULL) {
            g->closed = true;
            r = gen_throw_impl(g, false, v_from(&pv_exc_GeneratorExit), V_NULL, V_NULL);
            if (r != V_NULL && v_is(r, &wrapped_type))
                goto yield_close;
        } else {
            /* athrow()'s arguments are checked only now, as CPython does */
            int n = (int)PV_TUPLE_LEN(a->args);
            const Value *av = PV_TUPLE_ITEMS(a->args);
            if (throw_args("athrow", n, V_NULL, 1) < 0)
                return V_NULL;
            r = gen_throw_impl(g, false, av[0], n > 1 ? av[1] : V_NULL, n > 2 ? av[2] : V_NULL);
            r = unwrap(g, r);
        }
        if (r == V_NULL)
            goto check_error;
        return r;
    }
    r = gen_send_ex(g, arg == V_NULL ? V_NONE : arg, false, false);
    if (a->args != V_NULL)
        return unwrap(g, r);
    if (r != V_NULL) {
        if (v_is(r, &wrapped_type))
            goto yield_close;
        return r;
    }
check_error:
    g->running_async = false;
    a->state = AW_CLOSED;
    if (a->args == V_NULL &&
        (pv_err_matches(&pv_exc_StopAsyncIteration) || pv_err_matches(&pv_exc_GeneratorExit))) {
        /* aclose() is done: StopIteration ends its await */
        pv_err_clear();
        pv_err_set(stop_iteration(V_NONE));
    }
    return V_NULL;
yield_close:
    g->running_async = false;
    a->state = AW_CLOSED;
    pv_err_set_str(&pv_exc_RuntimeError, "async generator ignored GeneratorExit");
    return V_NULL;
}

static Value aw_send_value(Value self, Value arg)
{
    return v_is(self, &asend_type) ? asend_send(self, arg) : athrow_send(self, arg);
}

static Value aw_iternext(Value self) { return aw_send_value(self, V_NONE); }

static Value aw_m_send(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("send", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s.send() takes exactly one argument (%d given)",
                      pv_type_name(self), argc);
        return V_NULL;
    }
    return aw_send_value(self, argv[0]);
}

static Value aw_m_next(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return next_method(aw_iternext(self));
}

static Value aw_m_throw(Value self, int argc, const Value *argv, Value kwnames)
{
    if (throw_args("throw", argc, kwnames, 1) < 0)
        return V_NULL;
    AgAwaitable *a = (AgAwaitable *)v_obj(self);
    Value val = argc > 1 ? argv[1] : V_NULL, tb = argc > 2 ? argv[2] : V_NULL;
    if (a->state == AW_CLOSED) {
        pv_err_set_str(&pv_exc_RuntimeError, v_is(self, &asend_type)
                                                 ? "cannot reuse already awaited __anext__()/asend()"
                                                 : "cannot reuse already awaited aclose()/athrow()");
        return V_NULL;
    }
    Value r = gen_throw_impl(a->gen, true, argv[0], val, tb);
    if (v_is(self, &asend_type)) {
        r = unwrap(a->gen, r);
        if (r == V_NULL)
            a->state = AW_CLOSED;
        return r;
    }
    if (a->args != V_NULL)
        return unwrap(a->gen, r);
    /* aclose() */
    if (r != V_NULL && v_is(r, &wrapped_type)) {
        a->gen->running_async = false;
        a->state = AW_CLOSED;
        pv_err_set_str(&pv_exc_RuntimeError, "async generator ignored GeneratorExit");
        return V_NULL;
    }
    if (r == V_NULL &&
        (pv_err_matches(&pv_exc_StopAsyncIteration) || pv_err_matches(&pv_exc_GeneratorExit))) {
        pv_err_clear();
        pv_err_set(stop_iteration(V_NONE));
    }
    return r;
}

static Value aw_m_close(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    ((AgAwaitable *)v_obj(self))->state = AW_CLOSED;
    return V_NONE;
}

static const PvMethodDef aw_methods[] = {
    {"send", aw_m_send, 0},
    {"throw", aw_m_throw, 0},
    {"close", aw_m_close, 0},
    {"__next__", aw_m_next, 0},
    {"__iter__", m_self, 0},
    {"__await__", m_self, 0},
    {NULL, NULL, 0},
};

static PvType asend_type = {
    .ob = {&pv_type_type},
    .name = "async_generator_asend",
    .base = &pv_object_type,
    .size = sizeof(AgAwaitable),
    .repr = plain_repr,
    .iter = iter_self,
    .next = aw_iternext,
    .methods = aw_methods,
};

static PvType athrow_type = {
    .ob = {&pv_type_type},
    .name = "async_generator_athrow",
    .base = &pv_object_type,
    .size = sizeof(AgAwaitable),
    .repr = plain_repr,
    .iter = iter_self,
    .next = aw_iternext,
    .methods = aw_methods,
};

static Value new_awaitable(PvType *t, Value gen, Value sendval, Value args)
{
    AgAwaitable *a = (AgAwaitable *)pv_new_object(t, sizeof(AgAwaitable));
    a->gen = (PvGen *)v_obj(gen);
    a->sendval = sendval;
    a->args = args;
    a->state = AW_INIT;
    return v_from(a);
}

/* ---- sys.set_asyncgen_hooks: firstiter runs when an async generator is
 * first iterated (asyncio registers it there).  The finalizer is kept for
 * get_asyncgen_hooks() only: pvm does not finalise generators. ---- */
static Value hook_firstiter = V_NULL, hook_finalizer = V_NULL;

static int init_hooks(Value self)
{
    PvGen *g = (PvGen *)v_obj(self);
    if (g->hooks_inited)
        return 0;
    g->hooks_inited = true;
    if (hook_firstiter != V_NULL && pv_call1(hook_firstiter, self) == V_NULL)
        return -1;
    return 0;
}

static bool is_callable(Value v)
{
    for (PvType *k = pv_type(v); k; k = k->base)
        if (k->call)
            return true;
    return false;
}

Value pv_sys_set_asyncgen_hooks(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    /* PyArg_ParseTupleAndKeywords without a function name: its messages */
    Value a[2] = {V_NULL, V_NULL};
    int nkw = pv_nkw(kwnames), npos = argc - nkw;
    if (argc > 2) {
        /* "keyword arguments" when only keywords were given */
        pv_err_format(&pv_exc_TypeError, "function takes at most 2 %sarguments (%d given)",
                      npos ? "" : "keyword ", argc);
        return V_NULL;
    }
    for (int i = 0; i < npos; i++)
        a[i] = argv[i];
    for (int k = 0; k < nkw; k++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[k];
        int i = pv_str_eq_cstr(name, "firstiter") ? 0 : pv_str_eq_cstr(name, "finalizer") ? 1 : -1;
        if (i < 0) {
            pv_err_format(&pv_exc_TypeError,
                          "'%S' is an invalid keyword argument for this function", name);
            return V_NULL;
        }
        if (i < npos) {
            pv_err_format(&pv_exc_TypeError,
                          "argument for function given by name ('%S') and position (%d)", name,
                          i + 1);
            return V_NULL;
        }
        a[i] = argv[npos + k];
    }
    Value firstiter = a[0], finalizer = a[1];
    if (finalizer != V_NULL && finalizer != V_NONE && !is_callable(finalizer)) {
        pv_err_format(&pv_exc_TypeError, "callable finalizer expected, got %s",
                      pv_type_name(finalizer));
        return V_NULL;
    }
    if (firstiter != V_NULL && firstiter != V_NONE && !is_callable(firstiter)) {
        pv_err_format(&pv_exc_TypeError, "callable firstiter expected, got %s",
                      pv_type_name(firstiter));
        return V_NULL;
    }
    if (finalizer != V_NULL)
        hook_finalizer = finalizer == V_NONE ? V_NULL : finalizer;
    if (firstiter != V_NULL)
        hook_firstiter = firstiter == V_NONE ? V_NULL : firstiter;
    return V_NONE;
}

/* asyncgen_hooks(firstiter=..., finalizer=...): a tuple with named fields */
static const char *const hook_fields[] = {"firstiter", "finalizer"};

static Value hooks_getattr(Value self, Value name)
{
    for (int i = 0; i < 2; i++)
        if (pv_str_eq_cstr(name, hook_fields[i]))
            return PV_TUPLE_ITEMS(self)[i];
    return V_NULL;
}

static Value hooks_repr(Value self)
{
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, "asyncgen_hooks(");
    for (int i = 0; i < 2; i++) {
        pv_sb_ascii(&b, i ? ", " : "");
        pv_sb_ascii(&b, hook_fields[i]);
        pv_sb_ascii(&b, "=");
        Value r = pv_repr(PV_TUPLE_ITEMS(self)[i]);
        if (r == V_NULL)
            return V_NULL;
        pv_sb_str(&b, r);
    }
    pv_sb_ascii(&b, ")");
    return pv_sb_finish(&b);
}

static PvType hooks_type = {.ob = {&pv_type_type}, .name = "asyncgen_hooks",
                            .base = &pv_tuple_type, .repr = hooks_repr,
                            .getattr = hooks_getattr};

Value pv_sys_get_asyncgen_hooks(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self, (void)argv;
    if (pv_no_kwargs("get_asyncgen_hooks", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError,
                      "sys.get_asyncgen_hooks() takes no arguments (%d given)", argc);
        return V_NULL;
    }
    Value t = pv_tuple_new(2);
    PV_TUPLE_ITEMS(t)[0] = hook_firstiter == V_NULL ? V_NONE : hook_firstiter;
    PV_TUPLE_ITEMS(t)[1] = hook_finalizer == V_NULL ? V_NONE : hook_finalizer;
    v_obj(t)->type = &hooks_type;
    return t;
}

static Value ag_asend(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("asend", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "async_generator.asend() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    if (init_hooks(self) < 0)
        return V_NULL;
    return new_awaitable(&asend_type, self, argv[0], V_NULL);
}

static Value ag_anext(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    if (init_hooks(self) < 0)
        return V_NULL;
    return new_awaitable(&asend_type, self, V_NONE, V_NULL);
}

static Value ag_athrow(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("athrow", kwnames) < 0 || init_hooks(self) < 0)
        return V_NULL;
    return new_awaitable(&athrow_type, self, V_NULL, pv_tuple_from(argc, argv));
}

static Value ag_aclose(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (pv_no_kwargs("aclose", kwnames) < 0)
        return V_NULL;
    if (argc) {
        pv_err_format(&pv_exc_TypeError, "async_generator.aclose() takes no arguments (%d given)",
                      argc);
        return V_NULL;
    }
    if (init_hooks(self) < 0)
        return V_NULL;
    return new_awaitable(&athrow_type, self, V_NULL, V_NULL);
}

static const PvMethodDef async_generator_methods[] = {
    {"asend", ag_asend, 0},
    {"athrow", ag_athrow, 0},
    {"aclose", ag_aclose, 0},
    {"__aiter__", m_self, 0},
    {"__anext__", ag_anext, 0},
    {NULL, NULL, 0},
};

PvType pv_async_generator_type = {
    .ob = {&pv_type_type},
    .name = "async_generator",
    .base = &pv_object_type,
    .size = sizeof(PvGen),
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .methods = async_generator_methods,
};

/* ---- the opcodes' helpers ---- */
static bool is_coroutine_like(Value v)
{
    return v_is(v, &pv_coroutine_type) ||
           (v_is(v, &pv_generator_type) &&
            (((PvGen *)v_obj(v))->code->flags & CO_ITERABLE_COROUTINE));
}

Value pv_yield_from_iter(Value v, int code_flags)
{
    if (v_is(v, &pv_coroutine_type)) {
        if (!(code_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            pv_err_set_str(&pv_exc_TypeError,
                           "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return V_NULL;
        }
        return v;
    }
    if (v_is(v, &pv_generator_type))
        return v;
    return pv_iter(v);
}

/* call a special method found by type-only lookup */
static Value call_special(Value obj, Value m, bool unbound)
{
    return unbound ? pv_call(m, 1, &obj, V_NULL) : pv_call0(m);
}

/* _PyCoro_GetAwaitableIter */
static Value awaitable_iter(Value v, bool *no_await)
{
    *no_await = false;
    if (is_coroutine_like(v))
        return v;
    bool unbound;
    Value m = pv_lookup_special(v, pv_str_intern_cstr("__await__"), &unbound);
    if (m == V_NULL) {
        if (pv_err_occurred())
            return V_NULL;
        *no_await = true;
        pv_err_format(&pv_exc_TypeError, "object %s can't be used in 'await' expression",
                      pv_type_name(v));
        return V_NULL;
    }
    Value r = call_special(v, m, unbound);
    if (r == V_NULL)
        return V_NULL;
    if (is_coroutine_like(r)) {
        pv_err_set_str(&pv_exc_TypeError, "__await__() returned a coroutine");
        return V_NULL;
    }
    if (!has_next(r)) {
        pv_err_format(&pv_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                      pv_type_name(r));
        return V_NULL;
    }
    return r;
}

Value pv_get_awaitable(Value v, int where)
{
    bool no_await;
    Value it = awaitable_iter(v, &no_await);
    if (it == V_NULL) {
        if (no_await && (where == 1 || where == 2)) {
            pv_err_clear();
            pv_err_format(&pv_exc_TypeError,
                          "'async with' received an object from %s that does not implement "
                          "__await__: %s",
                          where == 1 ? "__aenter__" : "__aexit__", pv_type_name(v));
        }
        return V_NULL;
    }
    if (v_is(it, &pv_coroutine_type) && yield_from_of((PvGen *)v_obj(it)) != V_NULL) {
        pv_err_set_str(&pv_exc_RuntimeError, "coroutine is being awaited already");
        return V_NULL;
    }
    return it;
}

Value pv_get_aiter(Value v)
{
    bool unbound;
    Value m = pv_lookup_special(v, pv_str_intern_cstr("__aiter__"), &unbound);
    if (m == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError,
                          "'async for' requires an object with __aiter__ method, got %s",
                          pv_type_name(v));
        return V_NULL;
    }
    Value it = call_special(v, m, unbound);
    if (it == V_NULL)
        return V_NULL;
    Value n = pv_lookup_special(it, pv_str_intern_cstr("__anext__"), &unbound);
    if (n == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError,
                          "'async for' received an object from __aiter__ that does not "
                          "implement __anext__: %s",
                          pv_type_name(it));
        return V_NULL;
    }
    return it;
}

Value pv_get_anext(Value aiter)
{
    if (v_is(aiter, &pv_async_generator_type))
        return init_hooks(aiter) < 0 ? V_NULL : new_awaitable(&asend_type, aiter, V_NONE, V_NULL);
    bool unbound;
    Value m = pv_lookup_special(aiter, pv_str_intern_cstr("__anext__"), &unbound);
    if (m == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError,
                          "'async for' requires an iterator with __anext__ method, got %s",
                          pv_type_name(aiter));
        return V_NULL;
    }
    Value next = call_special(aiter, m, unbound);
    if (next == V_NULL)
        return V_NULL;
    bool no_await;
    Value aw = awaitable_iter(next, &no_await);
    if (aw == V_NULL) {
        Value cause = pv_err_fetch();
        pv_err_format(&pv_exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                      pv_type_name(next));
        PvException *e = (PvException *)v_obj(pv_err_occurred());
        e->cause = cause;
        e->context = cause;
        e->suppress_context = true;
        pv_err_set_chained(v_from(e));
        return V_NULL;
    }
    return aw;
}

int pv_before_async_with(Value mgr, Value *exit_fn, Value *enter_result)
{
    bool eu, xu;
    Value enter = pv_lookup_special(mgr, pv_str_intern_cstr("__aenter__"), &eu);
    if (enter == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError,
                          "'%s' object does not support the asynchronous context manager protocol",
                          pv_type_name(mgr));
        return -1;
    }
    Value exit = pv_lookup_special(mgr, pv_str_intern_cstr("__aexit__"), &xu);
    if (exit == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError,
                          "'%s' object does not support the asynchronous context manager protocol "
                          "(missed __aexit__ method)",
                          pv_type_name(mgr));
        return -1;
    }
    *exit_fn = xu ? pv_method_new(exit, mgr) : exit;
    *enter_result = call_special(mgr, enter, eu);
    return *enter_result == V_NULL ? -1 : 0;
}

/* ---- aiter(), anext() ---- */
Value pv_builtin_aiter(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("aiter", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "aiter() takes exactly one argument (%d given)", argc);
        return V_NULL;
    }
    Value v = argv[0];
    bool unbound;
    Value m = pv_lookup_special(v, pv_str_intern_cstr("__aiter__"), &unbound);
    if (m == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError, "'%s' object is not an async iterable",
                          pv_type_name(v));
        return V_NULL;
    }
    Value it = call_special(v, m, unbound);
    if (it == V_NULL)
        return V_NULL;
    if (pv_lookup_special(it, pv_str_intern_cstr("__anext__"), &unbound) == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                          pv_type_name(it));
        return V_NULL;
    }
    return it;
}

/* anext(it, default): the awaitable that turns StopAsyncIteration into
 * StopIteration(default) */
typedef struct AnextAwaitable {
    PvObject ob;
    Value wrapped, dflt;
} AnextAwaitable;

static PvType anext_awaitable_type;

static Value anext_proxy(Value self, const char *meth, int argc, const Value *argv)
{
    AnextAwaitable *a = (AnextAwaitable *)v_obj(self);
    bool no_await;
    Value aw = awaitable_iter(a->wrapped, &no_await);
    if (aw == V_NULL)
        return V_NULL;
    if (v_is(aw, &pv_coroutine_type))
        aw = coro_await(aw, 0, NULL, V_NULL);
    Value r;
    if (!meth) {
        r = pv_next_slot(aw);
    } else {
        Value m = pv_getattr_cstr(aw, meth);
        r = m == V_NULL ? V_NULL : pv_call(m, argc, argv, V_NULL);
    }
    if (r != V_NULL)
        return r;
    if (pv_err_matches(&pv_exc_StopAsyncIteration)) {
        pv_err_clear();
        pv_err_set(stop_iteration(a->dflt));
    }
    return V_NULL;
}

static Value anext_iternext(Value self) { return anext_proxy(self, NULL, 0, NULL); }

static Value anext_m_send(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)kwnames;
    return anext_proxy(self, "send", argc, argv);
}
static Value anext_m_throw(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)kwnames;
    return anext_proxy(self, "throw", argc, argv);
}
static Value anext_m_close(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)kwnames;
    return anext_proxy(self, "close", argc, argv);
}
static Value anext_m_next(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return next_method(anext_iternext(self));
}

static const PvMethodDef anext_methods[] = {
    {"send", anext_m_send, 0},
    {"throw", anext_m_throw, 0},
    {"close", anext_m_close, 0},
    {"__next__", anext_m_next, 0},
    {"__iter__", m_self, 0},
    {"__await__", m_self, 0},
    {NULL, NULL, 0},
};

static PvType anext_awaitable_type = {
    .ob = {&pv_type_type},
    .name = "anext_awaitable",
    .base = &pv_object_type,
    .size = sizeof(AnextAwaitable),
    .repr = plain_repr,
    .iter = iter_self,
    .next = anext_iternext,
    .methods = anext_methods,
};

Value pv_builtin_anext(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    if (pv_no_kwargs("anext", kwnames) < 0)
        return V_NULL;
    if (argc < 1 || argc > 2) {
        pv_err_format(&pv_exc_TypeError, "anext expected %s 1 argument%s, got %d",
                      argc < 1 ? "at least" : "at most", argc < 1 ? "" : "s", argc);
        if (argc > 2) {
            pv_err_clear();
            pv_err_format(&pv_exc_TypeError, "anext expected at most 2 arguments, got %d", argc);
        }
        return V_NULL;
    }
    Value ait = argv[0];
    bool unbound;
    Value m = pv_lookup_special(ait, pv_str_intern_cstr("__anext__"), &unbound);
    if (m == V_NULL) {
        if (!pv_err_occurred())
            pv_err_format(&pv_exc_TypeError, "'%s' object is not an async iterator",
                          pv_type_name(ait));
        return V_NULL;
    }
    Value aw = call_special(ait, m, unbound);
    if (aw == V_NULL || argc == 1)
        return aw;
    AnextAwaitable *a = (AnextAwaitable *)pv_new_object(&anext_awaitable_type,
                                                        sizeof(AnextAwaitable));
    a->wrapped = aw;
    a->dflt = argv[1];
    return v_from(a);
}
