/* compiler/codegen_flow.c: statements that leave blocks early or guard them
 * (CPython 3.11 compile.c's try/except/finally, except*, with, async with,
 * return, break, continue and the frame-block unwinding they share).
 * Emission order, labels and source locations follow compile.c step by step:
 * python3.11's output is the oracle, down to where SET_LOC/UNSET_LOC fall.
 * Loops, expressions and the frame-block stack itself live in codegen.c.
 */
#include "codegen_internal.h"

/* ---- small shared sequences ---- */

/* The awaited result of an __aexit__ / __aenter__ call on the stack. */
static void await_result(Compiler *c, int where)
{
    cg_emit(c, OP_GET_AWAITABLE, where);
    cg_load_none(c);
    cg_add_yield_from(c, true);
}

void cg_call_exit_with_nones(Compiler *c)
{
    cg_load_none(c);
    cg_load_none(c);
    cg_load_none(c);
    cg_emit(c, OP_PRECALL, 2);
    cg_emit(c, OP_CALL, 2);
}

/* Stack on entry: exc_info, lasti, exc.  Restores the previous exception
 * and re-raises with the saved lasti. */
void cg_pop_except_and_reraise(Compiler *c)
{
    cg_emit(c, OP_COPY, 3);
    cg_emit(c, OP_POP_EXCEPT, 0);
    cg_emit(c, OP_RERAISE, 1);
}

/* `name = None; del name`: the `as` target of a handler must not outlive it
 * (it would keep the traceback and its frames alive). */
static void clear_handler_name(Compiler *c, Obj *name)
{
    cg_load_none(c);
    cg_nameop(c, name, Store);
    cg_nameop(c, name, Del);
}

/* ---- frame-block unwinding ---- */

void cg_unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos)
{
    switch (info->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
        return;

    case FB_FOR_LOOP:
        /* the iterator sits under the value being returned */
        if (preserve_tos)
            cg_emit(c, OP_SWAP, 2);
        cg_emit(c, OP_POP_TOP, 0);
        return;

    case FB_TRY_EXCEPT:
        cg_emit(c, PSEUDO_POP_BLOCK, 0);
        return;

    case FB_FINALLY_TRY:
        /* the POP_BLOCK keeps the unwinding statement's line */
        cg_emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos)
            cg_push_fblock(c, FB_POP_VALUE, -1, -1, NULL);
        cg_visit_stmts(c, (asdl_stmt_seq *)info->datum);
        if (preserve_tos)
            cg_pop_fblock(c, FB_POP_VALUE, -1);
        /* what follows (the jump or return) must look as if it ran after
         * the finally body, not on the unwinding statement's line */
        CG_UNSET_LOC(c);
        return;

    case FB_FINALLY_END:
        if (preserve_tos)
            cg_emit(c, OP_SWAP, 2);
        cg_emit(c, OP_POP_TOP, 0); /* the exception */
        if (preserve_tos)
            cg_emit(c, OP_SWAP, 2);
        cg_emit(c, PSEUDO_POP_BLOCK, 0);
        cg_emit(c, OP_POP_EXCEPT, 0);
        return;

    case FB_WITH:
    case FB_ASYNC_WITH:
        CG_SET_LOC(c, (stmt_ty)info->datum);
        cg_emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos)
            cg_emit(c, OP_SWAP, 2);
        cg_call_exit_with_nones(c);
        if (info->type == FB_ASYNC_WITH)
            await_result(c, 2);
        cg_emit(c, OP_POP_TOP, 0);
        /* as for finally: the exit call belongs to the with statement */
        CG_UNSET_LOC(c);
        return;

    case FB_HANDLER_CLEANUP:
        if (info->datum)
            cg_emit(c, PSEUDO_POP_BLOCK, 0);
        if (preserve_tos)
            cg_emit(c, OP_SWAP, 2);
        cg_emit(c, PSEUDO_POP_BLOCK, 0);
        cg_emit(c, OP_POP_EXCEPT, 0);
        if (info->datum)
            clear_handler_name(c, (Obj *)info->datum);
        return;

    case FB_POP_VALUE:
        if (preserve_tos)
            cg_emit(c, OP_SWAP, 2);
        cg_emit(c, OP_POP_TOP, 0);
        return;
    }
}

/* Unwinds from the innermost block outwards.  Each block is taken off the
 * stack while its exit code is emitted (a finally body compiled here must
 * not see itself as enclosing), then put back. */
void cg_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    CgUnit *u = c->u;
    if (u->nfblocks == 0)
        return;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        cg_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return;
    }
    FBlock copy = *top;
    u->nfblocks--;
    cg_unwind_fblock(c, &copy, preserve_tos);
    cg_unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
}

/* ---- return / break / continue ---- */

void cg_return(Compiler *c, stmt_ty s)
{
    expr_ty value = s->v.Return.value;
    /* a constant is loaded after unwinding; anything else is computed first
     * and carried through the unwinding on top of the stack */
    bool preserve_tos = value && value->kind != Constant_kind;
    StEntry *ste = c->u->ste;
    if (ste->type != ST_FUNCTION)
        cg_error(c, "'return' outside function");
    if (value && ste->coroutine && ste->generator)
        cg_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        cg_visit_expr(c, value);
    } else if (value) {
        CG_SET_LOC(c, value);
        cg_emit(c, OP_NOP, 0);
    }
    if (!value || value->lineno != s->lineno) {
        CG_SET_LOC(c, s);
        cg_emit(c, OP_NOP, 0);
    }
    cg_unwind_fblock_stack(c, preserve_tos, NULL);
    if (!value)
        cg_load_none(c);
    else if (!preserve_tos)
        cg_load_const(c, value->v.Constant.value);
    cg_emit(c, OP_RETURN_VALUE, 0);
}

void cg_break(Compiler *c)
{
    FBlock *loop = NULL;
    AsmLoc here = c->u->loc;
    cg_emit(c, OP_NOP, 0); /* carries the statement's line */
    cg_unwind_fblock_stack(c, false, &loop);
    if (!loop) {
        c->u->loc = here;
        cg_error(c, "'break' outside loop");
    }
    cg_unwind_fblock(c, loop, false);
    cg_emit_jump(c, PSEUDO_JUMP, loop->exit);
}

void cg_continue(Compiler *c)
{
    FBlock *loop = NULL;
    AsmLoc here = c->u->loc;
    cg_emit(c, OP_NOP, 0);
    cg_unwind_fblock_stack(c, false, &loop);
    if (!loop) {
        c->u->loc = here;
        cg_error(c, "'continue' not properly in loop");
    }
    cg_emit_jump(c, PSEUDO_JUMP, loop->block);
}

/* ---- try ---- */

static void try_except(Compiler *c, stmt_ty s);
static void try_star_except(Compiler *c, stmt_ty s);

/* try/finally, with or without except or except-star handlers: the finally
 * body is compiled twice, once for the normal exit and once as the
 * exception handler (plus once more at every return/break/continue that
 * leaves the try body, via unwinding). */
static void try_finally(Compiler *c, stmt_ty s, bool star)
{
    asdl_stmt_seq *finalbody = star ? s->v.TryStar.finalbody : s->v.Try.finalbody;
    int nhandlers = star ? SEQ_LEN(s->v.TryStar.handlers) : SEQ_LEN(s->v.Try.handlers);
    int body = cg_new_label(c);
    int end = cg_new_label(c);
    int exit = cg_new_label(c);
    int cleanup = cg_new_label(c);

    cg_emit_jump(c, PSEUDO_SETUP_FINALLY, end);
    cg_use_label(c, body);
    cg_push_fblock(c, FB_FINALLY_TRY, body, end, finalbody);
    if (nhandlers) {
        if (star)
            try_star_except(c, s);
        else
            try_except(c, s);
    } else {
        cg_visit_stmts(c, star ? s->v.TryStar.body : s->v.Try.body);
    }
    cg_emit_noline(c, PSEUDO_POP_BLOCK, 0);
    cg_pop_fblock(c, FB_FINALLY_TRY, body);
    cg_visit_stmts(c, finalbody);
    cg_emit_jump_noline(c, PSEUDO_JUMP, exit);

    /* the exceptional path */
    cg_use_label(c, end);
    CG_UNSET_LOC(c);
    cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup);
    cg_emit(c, OP_PUSH_EXC_INFO, 0);
    cg_push_fblock(c, FB_FINALLY_END, end, -1, NULL);
    cg_visit_stmts(c, finalbody);
    cg_pop_fblock(c, FB_FINALLY_END, end);
    cg_emit(c, OP_RERAISE, 0);
    cg_use_label(c, cleanup);
    cg_pop_except_and_reraise(c);
    cg_use_label(c, exit);
}

/* try: body / except E as n: ... / else: ...
 * Each handler tests the exception with CHECK_EXC_MATCH and falls through
 * to the next; the last re-raises.  A named handler runs inside its own
 * cleanup block so the name is cleared however the handler is left. */
static void try_except(Compiler *c, stmt_ty s)
{
    int body = cg_new_label(c);
    int except = cg_new_label(c);
    int end = cg_new_label(c);
    int cleanup = cg_new_label(c);

    cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except);
    cg_use_label(c, body);
    cg_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    cg_visit_stmts(c, s->v.Try.body);
    cg_pop_fblock(c, FB_TRY_EXCEPT, body);
    cg_emit_noline(c, PSEUDO_POP_BLOCK, 0);
    if (SEQ_LEN(s->v.Try.orelse))
        cg_visit_stmts(c, s->v.Try.orelse);
    cg_emit_jump_noline(c, PSEUDO_JUMP, end);
    int n = SEQ_LEN(s->v.Try.handlers);
    cg_use_label(c, except);

    CG_UNSET_LOC(c);
    cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup);
    cg_emit(c, OP_PUSH_EXC_INFO, 0);
    /* the interpreter has pushed a handler block of its own here */
    cg_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL);
    for (int i = 0; i < n; i++) {
        excepthandler_ty h = SEQ_GET(s->v.Try.handlers, i);
        expr_ty type = h->v.ExceptHandler.type;
        Obj *name = h->v.ExceptHandler.name;
        CG_SET_LOC(c, h);
        if (!type && i < n - 1)
            cg_error(c, "default 'except:' must be last");
        except = cg_new_label(c);
        if (type) {
            cg_visit_expr(c, type);
            cg_emit(c, OP_CHECK_EXC_MATCH, 0);
            cg_emit_jump(c, PSEUDO_POP_JUMP_IF_FALSE, except);
        }
        if (name) {
            int cleanup_end = cg_new_label(c);
            int cleanup_body = cg_new_label(c);
            cg_nameop(c, name, Store);

            cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end);
            cg_use_label(c, cleanup_body);
            cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, name);
            cg_visit_stmts(c, h->v.ExceptHandler.body);
            cg_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
            CG_UNSET_LOC(c);
            cg_emit(c, PSEUDO_POP_BLOCK, 0);
            cg_emit(c, PSEUDO_POP_BLOCK, 0);
            cg_emit(c, OP_POP_EXCEPT, 0);
            clear_handler_name(c, name);
            cg_emit_jump(c, PSEUDO_JUMP, end);

            /* the handler body raised: clear the name, re-raise */
            cg_use_label(c, cleanup_end);
            CG_UNSET_LOC(c);
            clear_handler_name(c, name);
            cg_emit(c, OP_RERAISE, 1);
        } else {
            int cleanup_body = cg_new_label(c);
            cg_emit(c, OP_POP_TOP, 0); /* the exception */
            cg_use_label(c, cleanup_body);
            cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL);
            cg_visit_stmts(c, h->v.ExceptHandler.body);
            cg_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
            CG_UNSET_LOC(c);
            cg_emit(c, PSEUDO_POP_BLOCK, 0);
            cg_emit(c, OP_POP_EXCEPT, 0);
            cg_emit_jump(c, PSEUDO_JUMP, end);
        }
        cg_use_label(c, except);
    }
    /* no handler matched */
    CG_UNSET_LOC(c);
    cg_pop_fblock(c, FB_EXCEPTION_HANDLER, -1);
    cg_emit(c, OP_RERAISE, 0);
    cg_use_label(c, cleanup);
    cg_pop_except_and_reraise(c);
    cg_use_label(c, end);
}

/* try: body / except* E as n: ...
 * Stack in the handlers: orig, res, rest.  `orig` is the group that was
 * raised, `res` the list of what the handler bodies raised (or re-raised)
 * plus the unmatched rest; CHECK_EG_MATCH splits `rest` for each handler
 * and PREP_RERAISE_STAR merges it all back into the exception to raise, or
 * None. */
static void try_star_except(Compiler *c, stmt_ty s)
{
    int body = cg_new_label(c);
    int except = cg_new_label(c);
    int orelse = cg_new_label(c);
    int end = cg_new_label(c);
    int cleanup = cg_new_label(c);
    int reraise_star = cg_new_label(c);

    cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except);
    cg_use_label(c, body);
    cg_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL);
    cg_visit_stmts(c, s->v.TryStar.body);
    cg_pop_fblock(c, FB_TRY_EXCEPT, body);
    cg_emit_noline(c, PSEUDO_POP_BLOCK, 0);
    cg_emit_jump_noline(c, PSEUDO_JUMP, orelse);
    int n = SEQ_LEN(s->v.TryStar.handlers);
    cg_use_label(c, except);

    CG_UNSET_LOC(c);
    cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup);
    cg_emit(c, OP_PUSH_EXC_INFO, 0);
    cg_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL);
    for (int i = 0; i < n; i++) {
        excepthandler_ty h = SEQ_GET(s->v.TryStar.handlers, i);
        expr_ty type = h->v.ExceptHandler.type;
        Obj *name = h->v.ExceptHandler.name;
        CG_SET_LOC(c, h);
        except = cg_new_label(c);
        int handle_match = cg_new_label(c);
        if (i == 0) {
            /* keep the original group; start the result list */
            cg_emit(c, OP_COPY, 1);
            cg_emit(c, OP_BUILD_LIST, 0);
            cg_emit(c, OP_SWAP, 2);
        }
        if (type) {
            /* python3.11.2's shape: the no-match path pops and jumps on */
            cg_visit_expr(c, type);
            cg_emit(c, OP_CHECK_EG_MATCH, 0);
            cg_emit(c, OP_COPY, 1);
            cg_emit_jump(c, PSEUDO_POP_JUMP_IF_NOT_NONE, handle_match);
            cg_emit(c, OP_POP_TOP, 0); /* the None match */
            cg_emit_jump(c, PSEUDO_JUMP, except);
        }
        cg_use_label(c, handle_match);
        int cleanup_end = cg_new_label(c);
        int cleanup_body = cg_new_label(c);
        if (name)
            cg_nameop(c, name, Store);
        else
            cg_emit(c, OP_POP_TOP, 0); /* the match */

        cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end);
        cg_use_label(c, cleanup_body);
        cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, name);
        cg_visit_stmts(c, h->v.ExceptHandler.body);
        cg_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
        CG_UNSET_LOC(c);
        cg_emit(c, PSEUDO_POP_BLOCK, 0);
        if (name)
            clear_handler_name(c, name);
        cg_emit_jump(c, PSEUDO_JUMP, except);

        /* the handler body raised: collect its exception into res */
        cg_use_label(c, cleanup_end);
        CG_UNSET_LOC(c);
        if (name)
            clear_handler_name(c, name);
        cg_emit(c, OP_LIST_APPEND, 3);
        cg_emit(c, OP_POP_TOP, 0); /* lasti */
        cg_emit_jump(c, PSEUDO_JUMP, except);

        cg_use_label(c, except);
        if (i == n - 1) {
            /* what is left unmatched (or None) goes into res as well */
            cg_emit(c, OP_LIST_APPEND, 1);
            cg_emit_jump(c, PSEUDO_JUMP, reraise_star);
        }
    }
    CG_UNSET_LOC(c);
    cg_pop_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1);
    int reraise = cg_new_label(c);

    cg_use_label(c, reraise_star);
    cg_emit(c, OP_PREP_RERAISE_STAR, 0);
    cg_emit(c, OP_COPY, 1);
    cg_emit_jump(c, PSEUDO_POP_JUMP_IF_NOT_NONE, reraise);

    /* nothing left to raise */
    cg_emit(c, OP_POP_TOP, 0);
    cg_emit(c, PSEUDO_POP_BLOCK, 0);
    cg_emit(c, OP_POP_EXCEPT, 0);
    cg_emit_jump(c, PSEUDO_JUMP, end);
    cg_use_label(c, reraise);
    cg_emit(c, PSEUDO_POP_BLOCK, 0);
    cg_emit(c, OP_SWAP, 2);
    cg_emit(c, OP_POP_EXCEPT, 0);
    cg_emit(c, OP_RERAISE, 0);
    cg_use_label(c, cleanup);
    cg_pop_except_and_reraise(c);
    cg_use_label(c, orelse);
    cg_visit_stmts(c, s->v.TryStar.orelse);
    cg_use_label(c, end);
}

void cg_try(Compiler *c, stmt_ty s)
{
    if (SEQ_LEN(s->v.Try.finalbody))
        try_finally(c, s, false);
    else
        try_except(c, s);
}

void cg_try_star(Compiler *c, stmt_ty s)
{
    if (SEQ_LEN(s->v.TryStar.finalbody))
        try_finally(c, s, true);
    else
        try_star_except(c, s);
}

/* ---- with / async with ---- */

/* Stack on entry: exit, lasti, prev_exc, exc, exit(...) result.  A true
 * result swallows the exception; otherwise re-raise it. */
static void with_except_finish(Compiler *c, int cleanup)
{
    CG_UNSET_LOC(c);
    int exit = cg_new_label(c);
    cg_emit_jump(c, PSEUDO_POP_JUMP_IF_TRUE, exit);
    cg_emit(c, OP_RERAISE, 2);
    cg_use_label(c, cleanup);
    cg_pop_except_and_reraise(c);
    cg_use_label(c, exit);
    cg_emit(c, OP_POP_TOP, 0); /* the exception */
    cg_emit(c, PSEUDO_POP_BLOCK, 0);
    cg_emit(c, OP_POP_EXCEPT, 0);
    cg_emit(c, OP_POP_TOP, 0);
    cg_emit(c, OP_POP_TOP, 0);
}

/* One item per call: `with a, b: body` is compiled as nested withs, the
 * innermost holding the body. */
void cg_with(Compiler *c, stmt_ty s, int pos)
{
    withitem_ty item = SEQ_GET(s->v.With.items, pos);
    int block = cg_new_label(c);
    int final = cg_new_label(c);
    int exit = cg_new_label(c);
    int cleanup = cg_new_label(c);

    cg_visit_expr(c, item->context_expr);
    cg_emit(c, OP_BEFORE_WITH, 0);
    cg_emit_jump(c, PSEUDO_SETUP_WITH, final);

    cg_use_label(c, block);
    cg_push_fblock(c, FB_WITH, block, final, s);
    if (item->optional_vars)
        cg_visit_expr(c, item->optional_vars);
    else
        cg_emit(c, OP_POP_TOP, 0); /* __enter__()'s result */

    pos++;
    if (pos == SEQ_LEN(s->v.With.items))
        cg_visit_stmts(c, s->v.With.body);
    else
        cg_with(c, s, pos);

    CG_UNSET_LOC(c);
    cg_emit(c, PSEUDO_POP_BLOCK, 0);
    cg_pop_fblock(c, FB_WITH, block);

    /* normal exit: __exit__(None, None, None) */
    CG_SET_LOC(c, s);
    cg_call_exit_with_nones(c);
    cg_emit(c, OP_POP_TOP, 0);
    cg_emit_jump(c, PSEUDO_JUMP, exit);

    /* exceptional exit */
    cg_use_label(c, final);
    cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup);
    cg_emit(c, OP_PUSH_EXC_INFO, 0);
    cg_emit(c, OP_WITH_EXCEPT_START, 0);
    with_except_finish(c, cleanup);

    cg_use_label(c, exit);
}

void cg_async_with(Compiler *c, stmt_ty s, int pos)
{
    withitem_ty item = SEQ_GET(s->v.AsyncWith.items, pos);
    /* top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) is not something a .pyc
     * compiler is asked for, so only an async function qualifies */
    if (c->u->scope_kind != CG_SCOPE_ASYNC_FUNCTION)
        cg_error(c, "'async with' outside async function");

    int block = cg_new_label(c);
    int final = cg_new_label(c);
    int exit = cg_new_label(c);
    int cleanup = cg_new_label(c);

    cg_visit_expr(c, item->context_expr);
    cg_emit(c, OP_BEFORE_ASYNC_WITH, 0);
    await_result(c, 1);
    cg_emit_jump(c, PSEUDO_SETUP_WITH, final);

    cg_use_label(c, block);
    cg_push_fblock(c, FB_ASYNC_WITH, block, final, s);
    if (item->optional_vars)
        cg_visit_expr(c, item->optional_vars);
    else
        cg_emit(c, OP_POP_TOP, 0); /* __aenter__()'s result */

    pos++;
    if (pos == SEQ_LEN(s->v.AsyncWith.items))
        cg_visit_stmts(c, s->v.AsyncWith.body);
    else
        cg_async_with(c, s, pos);

    /* unlike cg_with, compile.c does not clear the location here: the
     * POP_BLOCK keeps the last body line */
    cg_pop_fblock(c, FB_ASYNC_WITH, block);
    cg_emit(c, PSEUDO_POP_BLOCK, 0);

    CG_SET_LOC(c, s);
    cg_call_exit_with_nones(c);
    await_result(c, 2);
    cg_emit(c, OP_POP_TOP, 0);
    cg_emit_jump(c, PSEUDO_JUMP, exit);

    cg_use_label(c, final);
    cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup);
    cg_emit(c, OP_PUSH_EXC_INFO, 0);
    cg_emit(c, OP_WITH_EXCEPT_START, 0);
    await_result(c, 2);
    with_except_finish(c, cleanup);

    cg_use_label(c, exit);
}
