/* vm/gen.c: the generator and coroutine objects (and what async
 * generators share with them), with CPython 3.11's protocols and messages:
 * send/throw/close (genobject.c's gen_send_ex2, _gen_throw, gen_close),
 * PEP 479, gi_frame, the coroutine wrapper of __await__, and the helpers
 * behind yield from / await.  Async generators' own awaitables and async
 * iteration are in agen.c; running the frame is eval.c's (pv_frame_resume).
 */
#include <string.h>

#include "gen.h"
#include "gen_impl.h"

#include "coll.h"
#include "exc.h"
#include "object.h"
#include "runtime.h"

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

Value pv_stop_iteration(Value value)
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

/* pv_gen_send_ex: the return value becomes StopIteration (StopAsyncIteration
 * for async generators) */
Value pv_gen_send_ex(PvGen *g, Value arg, bool exc, bool closing)
{
    Value r;
    int st = gen_send_ex2(g, arg, exc, closing, &r);
    if (st == PV_GEN_RETURN) {
        if (g->ob.type == &pv_async_generator_type)
            pv_err_set(pv_exc_new(&pv_exc_StopAsyncIteration, pv_tuple_new(0)));
        else
            pv_err_set(pv_stop_iteration(r));
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
        pv_err_set(pv_stop_iteration(r));
    return V_NULL;
}

/* __next__ methods: the end is always StopIteration */
Value pv_gen_next_method(Value r)
{
    if (r == V_NULL && !pv_err_occurred())
        pv_err_set(pv_stop_iteration(V_NONE));
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
    return pv_gen_send_ex(g, V_NONE, true, false);
}

Value pv_gen_throw(PvGen *g, bool close_on_genexit, Value typ, Value val, Value tb)
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
            return pv_gen_send_ex(g, V_NONE, true, false);
        return throw_here(g, typ, val, tb);
    }
    if (v_is(yf, &pv_generator_type) || v_is(yf, &pv_coroutine_type)) {
        g->state = GEN_RUNNING;
        ret = pv_gen_throw((PvGen *)v_obj(yf), close_on_genexit, typ, val, tb);
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
        return pv_gen_send_ex(g, v, false, false);
    return pv_gen_send_ex(g, V_NONE, true, false);
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
    Value r = pv_gen_send_ex(g, V_NONE, true, true);
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
int pv_gen_throw_args(const char *fname, int argc, Value kwnames, int min)
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
    return pv_gen_send_ex((PvGen *)v_obj(self), argv[0], false, false);
}

static Value m_throw(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_gen_throw_args("throw", argc, kwnames, 1) < 0)
        return V_NULL;
    return pv_gen_throw((PvGen *)v_obj(self), true, argv[0], argc > 1 ? argv[1] : V_NULL,
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
    return pv_gen_next_method(gen_iternext(self));
}

Value pv_gen_m_self(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return self;
}

Value pv_gen_iter_self(Value self) { return self; }

/* ---- frames as gi_frame shows them ---- */
typedef struct FrameView {
    PvObject ob;
    struct Frame *frame;
} FrameView;

static int frame_line(const struct Frame *f)
{
    Value tb = pv_traceback_new(V_NONE, pv_frame_code(f), pv_frame_lasti(f));
    return pv_traceback_lineno((PvTraceback *)v_obj(tb));
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
Value pv_gen_getattr(Value self, Value name)
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

int pv_gen_setattr(Value self, Value name, Value val)
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
    bool found = pv_gen_getattr(self, name) != V_NULL;
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

Value pv_gen_repr(Value self)
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
    {"__iter__", pv_gen_m_self, 0},
    {NULL, NULL, 0},
};

PvType pv_generator_type = {
    .ob = {&pv_type_type},
    .name = "generator",
    .base = &pv_object_type,
    .size = sizeof(PvGen),
    .repr = pv_gen_repr,
    .iter = pv_gen_iter_self,
    .next = gen_iternext,
    .getattr = pv_gen_getattr,
    .setattr = pv_gen_setattr,
    .methods = generator_methods,
};

/* ---- coroutines and the wrapper __await__ returns ---- */
typedef struct CoroWrapper {
    PvObject ob;
    Value coro;
} CoroWrapper;

static PvType coro_wrapper_type;

Value pv_coro_await(Value self, int argc, const Value *argv, Value kwnames)
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
    {"__await__", pv_coro_await, 0},
    {NULL, NULL, 0},
};

PvType pv_coroutine_type = {
    .ob = {&pv_type_type},
    .name = "coroutine",
    .base = &pv_object_type,
    .size = sizeof(PvGen),
    .repr = pv_gen_repr,
    .getattr = pv_gen_getattr,
    .setattr = pv_gen_setattr,
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
    return pv_gen_next_method(cw_iternext(self));
}

Value pv_gen_plain_repr(Value self)
{
    return pv_str_printf("<%s object at %p>", v_obj(self)->type->name, (void *)v_obj(self));
}

static const PvMethodDef coro_wrapper_methods[] = {
    {"send", cw_send, 0},
    {"throw", cw_throw, 0},
    {"close", cw_close, 0},
    {"__next__", cw_next, 0},
    {"__iter__", pv_gen_m_self, 0},
    {NULL, NULL, 0},
};

static PvType coro_wrapper_type = {
    .ob = {&pv_type_type},
    .name = "coroutine_wrapper",
    .base = &pv_object_type,
    .size = sizeof(CoroWrapper),
    .repr = pv_gen_plain_repr,
    .iter = pv_gen_iter_self,
    .next = cw_iternext,
    .methods = coro_wrapper_methods,
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
Value pv_call_looked_up(Value obj, Value m, bool unbound)
{
    return unbound ? pv_call(m, 1, &obj, V_NULL) : pv_call0(m);
}

/* _PyCoro_GetAwaitableIter */
Value pv_awaitable_iter(Value v, bool *no_await)
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
    Value r = pv_call_looked_up(v, m, unbound);
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
    Value it = pv_awaitable_iter(v, &no_await);
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
