/* vm/gen.h: generators, coroutines and async generators: what eval.c and
 * gen.c / agen.c say to each other (the objects live there, their frames
 * in eval.c), and the helpers the async opcodes and builtins use.
 * A generator owns a heap frame that eval.c resumes in place: in the loop
 * from FOR_ITER/SEND, else as an entry frame of run() (docs/pvm.md,
 * "Generators").
 */
#ifndef PVM_GEN_H
#define PVM_GEN_H

#include "objects.h"

#define PV_GEN_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)

struct Frame;
extern PvType pv_generator_type, pv_coroutine_type, pv_async_generator_type;

/* CPython's PySendResult */
enum { PV_GEN_RETURN = 0, PV_GEN_ERROR = -1, PV_GEN_NEXT = 1 };

/* ---- gen.c, agen.c ---- */
/* RETURN_GENERATOR: the generator / coroutine / async generator (by the
 * code's flags) owning frame f */
Value pv_gen_new(struct Frame *f, PvFunction *func, PvCode *code);
/* SEND and PyIter_Send: a generator or coroutine is resumed directly,
 * anything else through next() (arg None) or its send method;
 * *result is the yielded value (NEXT) or the return value (RETURN) */
int pv_gen_send_any(Value receiver, Value arg, Value *result);
/* FOR_ITER / SEND resuming a generator or coroutine in the running loop:
 * its frame, now marked running, with *exc_state its handled exception;
 * NULL when the general path must do it (finished, running, or a
 * non-None value for a just-started one: errors to raise) */
struct Frame *pv_gen_resume_inline(Value gen, Value arg, Value **exc_state);
/* ... then it yielded (exc_state: what it is handling) */
void pv_gen_suspended(Value gen, Value exc_state);
/* ... or it returned, or raised (raised: the current exception, PEP 479
 * applied to it) */
void pv_gen_finished(Value gen, bool raised);
/* the opcodes of yield from / await / async for / async with, with
 * CPython's messages */
Value pv_yield_from_iter(Value v, int code_flags);
Value pv_async_gen_wrap(Value v);
Value pv_get_awaitable(Value v, int where);  /* where: GET_AWAITABLE's arg */
Value pv_get_aiter(Value v);
Value pv_get_anext(Value aiter);
int pv_before_async_with(Value mgr, Value *exit_fn, Value *enter_result);
/* sys.set_asyncgen_hooks / sys.get_asyncgen_hooks */
Value pv_sys_set_asyncgen_hooks(Value self, int argc, const Value *argv, Value kwnames);
Value pv_sys_get_asyncgen_hooks(Value self, int argc, const Value *argv, Value kwnames);
/* the builtins aiter() and anext() */
Value pv_builtin_aiter(Value self, int argc, const Value *argv, Value kwnames);
Value pv_builtin_anext(Value self, int argc, const Value *argv, Value kwnames);

/* ---- eval.c: the suspended frame ---- */
/* Resumes f with `sent` pushed (or with the current exception raised at
 * its suspension point when throwing) until it yields (*yielded set),
 * returns or raises (V_NULL).  *exc_state is the exception the generator
 * itself is handling, kept across suspensions. */
Value pv_frame_resume(struct Frame *f, Value sent, bool throwing, Value *exc_state,
                      bool *yielded);
/* the iterator a suspended `yield from` / `await` delegates to, or V_NULL */
Value pv_frame_yield_from(const struct Frame *f);
/* drop the delegate and continue after its SEND loop (gen.throw() ended it) */
void pv_frame_end_yield_from(struct Frame *f);
PvCode *pv_frame_code(const struct Frame *f);
int pv_frame_lasti(const struct Frame *f);   /* code units */
Value pv_frame_locals(const struct Frame *f);
/* sets exc as the current exception with its __context__ already decided
 * (the interpreter will not chain the handled exception to it) */
void pv_err_set_chained(Value exc);

#endif
