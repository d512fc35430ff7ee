/* vm/gen_impl.h: what gen.c (generators, coroutines) and agen.c (async
 * generators, async iteration) share and nothing else should use: the
 * generator object's layout and the genobject.c-style internals.
 */
#ifndef PVM_GEN_IMPL_H
#define PVM_GEN_IMPL_H

#include "gen.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

/* generator, coroutine and async_generator instances */
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

/* gen_send_ex: resume with arg (or raise the current exception in it when
 * exc); the return value becomes StopIteration / StopAsyncIteration */
Value pv_gen_send_ex(PvGen *g, Value arg, bool exc, bool closing);
/* _gen_throw: typ/val/tb as throw() takes them, delegated to a yield from */
Value pv_gen_throw(PvGen *g, bool close_on_genexit, Value typ, Value val, Value tb);
/* throw()-style argument count check (PyArg_UnpackTuple's messages) */
int pv_gen_throw_args(const char *fname, int argc, Value kwnames, int min);
/* StopIteration(value), StopIteration() for None */
Value pv_stop_iteration(Value value);
/* a __next__ method's result: the end is always StopIteration */
Value pv_gen_next_method(Value r);
/* _PyCoro_GetAwaitableIter; *no_await when v has no __await__ at all */
Value pv_awaitable_iter(Value v, bool *no_await);
/* coroutine.__await__() */
Value pv_coro_await(Value self, int argc, const Value *argv, Value kwnames);
/* call a special method found by pv_lookup_special */
Value pv_call_looked_up(Value obj, Value m, bool unbound);
/* shared slots and methods */
Value pv_gen_m_self(Value self, int argc, const Value *argv, Value kwnames);
Value pv_gen_iter_self(Value self);
Value pv_gen_plain_repr(Value self);
Value pv_gen_repr(Value self);
Value pv_gen_getattr(Value self, Value name);
int pv_gen_setattr(Value self, Value name, Value val);

#endif
