/* vm/finalize.c: __del__ of class instances through the collector's
 * finalisers, and the collection gc.collect() and the exit perform.
 * Not for weak references themselves (mod_weakref.c), only their sweep.
 *
 * Rules (docs/pvm.md "Finalisers"): an instance of a class whose MRO has
 * __del__ gets a libgc finaliser when allocated (GC_register_finalizer_no_order:
 * cycles of such objects are finalised too, in no particular order, as
 * CPython's PEP 442 does).  libgc runs finalisers on demand only
 * (GC_set_finalize_on_demand), never inside an allocation: pvm runs them in
 * gc.collect() and at exit, where Python code may safely run.  CPython
 * calls __del__ as soon as the last reference goes; pvm at the next
 * gc.collect() instead, so `del x; gc.collect()` observes the same thing.
 * A finaliser runs once (resurrection keeps the object without another
 * finaliser).  At exit every object still alive is finalised in creation
 * order, its globals intact, as CPython's teardown collection does.
 * Guaranteed: an object referenced only by a dropped name or attribute is
 * finalised by the next gc.collect() (dead frames and call slots are
 * cleared for it); an object a conservative stale word still points to is
 * finalised later, at worst at exit.
 */
#include <gc.h>
#include <stdio.h>

#include "classes.h"
#include "exc.h"

/* Every object with a finaliser, in creation order (CPython finalises what
 * is left at exit in its collector's list order, which is creation order
 * in the common case).  Nodes are uncollectable and pointer-free: `obj` is
 * a long link libgc clears when the object is reclaimed. */
typedef struct FinNode {
    void *obj;            /* the object's header (interior pointer) */
    bool done;            /* __del__ ran (once only, as PEP 442) */
    struct FinNode *next;
} FinNode;
static FinNode *fin_head, **fin_tail = &fin_head;
static int running;         /* a __del__ calling gc.collect() */
static volatile bool pending; /* libgc queued finalisers (its notifier) */
static GC_word last_gc_no;

static void on_pending(void) { pending = true; }

static void prune(void);

void pv_finalize_init(void) { GC_set_finalizer_notifier(on_pending); }

/* Where Python code may run (a constructor of a finalisable class, weakref
 * creation): the finalisers and weakref callbacks automatic collections
 * queued run here, so that garbage with __del__ does not pile up in
 * programs that never call gc.collect() */
void pv_gc_safe_point(void)
{
    if (running || (!pending && GC_get_gc_no() == last_gc_no))
        return;
    last_gc_no = GC_get_gc_no();
    pending = false;
    running++;
    while (GC_should_invoke_finalizers())
        GC_invoke_finalizers();
    prune();
    running--;
    pv_weakref_sweep();
}

static void run_del(Value obj)
{
    Value saved = pv_err_occurred() ? pv_err_fetch() : V_NULL;
    Value r = pv_call_special(obj, ID(__del__), 0, NULL);
    if (r == V_NULL && pv_err_occurred()) {
        Value exc = pv_err_fetch();
        Value m = pv_type_lookup(pv_type(obj), ID(__del__));
        Value shown = m != V_NULL ? pv_repr(m) : V_NULL;
        fflush(stdout);
        if (shown != V_NULL)
            fprintf(stderr, "Exception ignored in: %s\n", pv_str_utf8(shown, &(size_t){0}));
        else
            pv_err_clear();
        pv_print_exception(stderr, exc);
    }
    if (saved != V_NULL)
        pv_err_set(saved);
}

static void on_unreachable(void *base, void *node)
{
    (void)base;
    FinNode *n = node;
    if (n->done || !n->obj)
        return;
    n->done = true;
    run_del(v_from(n->obj));
}

void pv_finalizer_register(PvObject *o)
{
    void *base = GC_base(o);
    if (!base)
        return;
    FinNode *n = GC_MALLOC_ATOMIC_UNCOLLECTABLE(sizeof(FinNode));
    if (!n)
        return; /* no memory for the record: the object is never finalised */
    n->obj = o;
    n->done = false;
    n->next = NULL;
    *fin_tail = n;
    fin_tail = &n->next;
    GC_register_long_link(&n->obj, base);
    GC_register_finalizer_no_order(base, on_unreachable, n, NULL, NULL);
    pv_gc_safe_point();
}

/* drops the records of reclaimed objects */
static void prune(void)
{
    FinNode **link = &fin_head;
    fin_tail = &fin_head;
    while (*link) {
        FinNode *n = *link;
        if (!n->obj) {
            *link = n->next;
            GC_FREE(n);
            continue;
        }
        link = &n->next;
        fin_tail = link;
    }
}

/* Boehm scans the C stack conservatively: words left in the dead part of
 * it by deeper calls could keep a dropped object alive; clear some */
static void __attribute__((noinline)) clear_stack_below(void)
{
    volatile char pad[65536];
    for (size_t i = 0; i < sizeof pad; i++)
        pad[i] = 0;
}

void pv_gc_collect_full(void)
{
    pv_frames_clear_dead();
    clear_stack_below();
    GC_gcollect();
    if (running)
        return;
    running++;
    bool ran = false;
    while (GC_should_invoke_finalizers()) {
        GC_invoke_finalizers();
        ran = true;
    }
    if (ran) {
        /* finalised objects not resurrected go now, with their weak refs */
        pv_frames_clear_dead();
        clear_stack_below();
        GC_gcollect();
    }
    prune();
    last_gc_no = GC_get_gc_no();
    pending = false;
    running--;
    pv_weakref_sweep();
}

/* What CPython's teardown does with the objects __main__ still holds: its
 * collector finalises them all, globals intact, in its list order.  pvm:
 * whatever is pending first, then every live finalisable object in
 * creation order. */
void pv_finalize_at_exit(void)
{
    if (!fin_head)
        return;
    pv_gc_collect_full();
    running++;
    for (FinNode *n = fin_head; n; n = n->next) {
        if (n->done || !n->obj)
            continue;
        n->done = true;
        GC_register_finalizer_no_order(GC_base(n->obj), NULL, NULL, NULL, NULL);
        run_del(v_from(n->obj));
    }
    running--;
    fflush(stdout);
}
