/* vm/agen.c: async generators: the async_generator type's asend / athrow /
 * aclose awaitables (genobject.c's async_gen_asend_send, _athrow_send,
 * unwrapping of ASYNC_GEN_WRAP's values), sys.set_asyncgen_hooks, and the
 * async iteration and async with protocols behind GET_AITER, GET_ANEXT,
 * BEFORE_ASYNC_WITH and the builtins aiter/anext.
 */
#include "gen.h"
#include "gen_impl.h"

#include "coll.h"
#include "exc.h"
#include "object.h"
#include "runtime.h"

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
        pv_err_set(pv_stop_iteration(((Wrapped *)v_obj(r))->value));
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
    Value r = unwrap(a->gen, pv_gen_send_ex(a->gen, arg, false, false));
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
        pv_err_set(pv_stop_iteration(V_NONE));
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
            r = pv_gen_throw(g, false, v_from(&pv_exc_GeneratorExit), V_NULL, V_NULL);
            if (r != V_NULL && v_is(r, &wrapped_type))
                goto yield_close;
        } else {
            /* athrow()'s arguments are checked only now, as CPython does */
            int n = (int)PV_TUPLE_LEN(a->args);
            const Value *av = PV_TUPLE_ITEMS(a->args);
            if (pv_gen_throw_args("athrow", n, V_NULL, 1) < 0)
                return V_NULL;
            r = pv_gen_throw(g, false, av[0], n > 1 ? av[1] : V_NULL, n > 2 ? av[2] : V_NULL);
            r = unwrap(g, r);
        }
        if (r == V_NULL)
            goto check_error;
        return r;
    }
    r = pv_gen_send_ex(g, arg == V_NULL ? V_NONE : arg, false, false);
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
        pv_err_set(pv_stop_iteration(V_NONE));
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
    return pv_gen_next_method(aw_iternext(self));
}

static Value aw_m_throw(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_gen_throw_args("throw", argc, kwnames, 1) < 0)
        return V_NULL;
    AgAwaitable *a = (AgAwaitable *)v_obj(self);
    Value val = argc > 1 ? argv[1] : V_NULL, tb = argc > 2 ? argv[2] : V_NULL;
    if (a->state == AW_CLOSED) {
        pv_err_set_str(&pv_exc_RuntimeError, v_is(self, &asend_type)
                                                 ? "cannot reuse already awaited __anext__()/asend()"
                                                 : "cannot reuse already awaited aclose()/athrow()");
        return V_NULL;
    }
    Value r = pv_gen_throw(a->gen, true, argv[0], val, tb);
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
        pv_err_set(pv_stop_iteration(V_NONE));
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
    {"__iter__", pv_gen_m_self, 0},
    {"__await__", pv_gen_m_self, 0},
    {NULL, NULL, 0},
};

static PvType asend_type = {
    .ob = {&pv_type_type},
    .name = "async_generator_asend",
    .base = &pv_object_type,
    .size = sizeof(AgAwaitable),
    .repr = pv_gen_plain_repr,
    .iter = pv_gen_iter_self,
    .next = aw_iternext,
    .methods = aw_methods,
};

static PvType athrow_type = {
    .ob = {&pv_type_type},
    .name = "async_generator_athrow",
    .base = &pv_object_type,
    .size = sizeof(AgAwaitable),
    .repr = pv_gen_plain_repr,
    .iter = pv_gen_iter_self,
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
    {"__aiter__", pv_gen_m_self, 0},
    {"__anext__", ag_anext, 0},
    {NULL, NULL, 0},
};

PvType pv_async_generator_type = {
    .ob = {&pv_type_type},
    .name = "async_generator",
    .base = &pv_object_type,
    .size = sizeof(PvGen),
    .repr = pv_gen_repr,
    .getattr = pv_gen_getattr,
    .setattr = pv_gen_setattr,
    .methods = async_generator_methods,
};

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
    Value it = pv_call_looked_up(v, m, unbound);
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
    Value next = pv_call_looked_up(aiter, m, unbound);
    if (next == V_NULL)
        return V_NULL;
    bool no_await;
    Value aw = pv_awaitable_iter(next, &no_await);
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
    *enter_result = pv_call_looked_up(mgr, enter, eu);
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
    Value it = pv_call_looked_up(v, m, unbound);
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
    Value aw = pv_awaitable_iter(a->wrapped, &no_await);
    if (aw == V_NULL)
        return V_NULL;
    if (v_is(aw, &pv_coroutine_type))
        aw = pv_coro_await(aw, 0, NULL, V_NULL);
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
        pv_err_set(pv_stop_iteration(a->dflt));
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
    return pv_gen_next_method(anext_iternext(self));
}

static const PvMethodDef anext_methods[] = {
    {"send", anext_m_send, 0},
    {"throw", anext_m_throw, 0},
    {"close", anext_m_close, 0},
    {"__next__", anext_m_next, 0},
    {"__iter__", pv_gen_m_self, 0},
    {"__await__", pv_gen_m_self, 0},
    {NULL, NULL, 0},
};

static PvType anext_awaitable_type = {
    .ob = {&pv_type_type},
    .name = "anext_awaitable",
    .base = &pv_object_type,
    .size = sizeof(AnextAwaitable),
    .repr = pv_gen_plain_repr,
    .iter = pv_gen_iter_self,
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
    Value aw = pv_call_looked_up(ait, m, unbound);
    if (aw == V_NULL || argc == 1)
        return aw;
    AnextAwaitable *a = (AnextAwaitable *)pv_new_object(&anext_awaitable_type,
                                                        sizeof(AnextAwaitable));
    a->wrapped = aw;
    a->dflt = argv[1];
    return v_from(a);
}
