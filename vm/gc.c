/* vm/gc.c: memory for pvm: the Boehm-Demers-Weiser conservative collector
 * (libgc).  Chosen for the core milestone because it traces (no reference
 * counts to maintain in the interpreter), collects cycles, scans the C stack
 * and registers conservatively (so C code may hold Values in locals freely)
 * and is portable to 32-bit ARM; docs/pvm.md records the measurements and
 * what an own precise collector would have to beat.  Not for finalisers of
 * Python objects (the data-model issue adds them with GC_register_finalizer).
 */
#include <gc.h>
#include <gc/gc_inline.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

static void out_of_memory(size_t n)
{
    fprintf(stderr, "pvm: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void pv_gc_init(void)
{
    /* class instances are referenced past their first word (their dict and
     * __slots__ values come before the header: docs/pvm.md "Classes") */
    GC_set_all_interior_pointers(1);
    /* finalisers run Python code: only where pvm asks (finalize.c) */
    GC_set_finalize_on_demand(1);
    GC_INIT();
    pv_finalize_init();
    /* pvm's heap only grows by objects; a larger first heap avoids early
     * collections during start-up */
    GC_expand_hp(4u << 20);
}

/* Small objects (most of them: floats, cells, tuples of a few items) come
 * from per-size free lists refilled by GC_malloc_many, which hands out a
 * batch of cleared objects at once: this skips libgc's per-call locking and
 * thread-local lookup (measured on scripts/bench nbody: GC_malloc_kind and
 * __tls_get_addr were 20% of the run). */
#define SMALL_GRANULES 16 /* up to 128 bytes, in 8-byte steps */
static void *small_free[SMALL_GRANULES + 1];

void *pv_alloc(size_t n)
{
    size_t g = (n + 7) / 8;
    if (g == 0)
        g = 1;
    if (g <= SMALL_GRANULES) {
        void *p = small_free[g];
        if (!p) {
            p = GC_malloc_many(g * 8);
            if (!p)
                out_of_memory(n);
        }
        small_free[g] = GC_NEXT(p);
        GC_NEXT(p) = NULL; /* the link word; the rest came cleared */
        return p;
    }
    void *p = GC_MALLOC(n);
    if (!p)
        out_of_memory(n);
    return p;
}

/* Small pointer-free objects (strings, mostly) come from free lists too.
 * The collector does not trace through a pointer-free object, so the
 * links of such a list keep nothing alive: a collection may reclaim what
 * is still on it.  Every collection therefore makes the lists void (the
 * collection count tells), as libgc does for its own thread-local lists. */
static void *atomic_free[SMALL_GRANULES + 1];
static GC_word atomic_free_epoch;

void *pv_alloc_atomic_raw(size_t n)
{
    size_t g = (n + 7) / 8;
    if (g == 0)
        g = 1;
    if (g <= SMALL_GRANULES) {
        if (GC_get_gc_no() != atomic_free_epoch) {
            memset(atomic_free, 0, sizeof atomic_free);
            atomic_free_epoch = GC_get_gc_no();
        }
        void *p = atomic_free[g];
        if (!p) {
            /* whole 16-byte granules with libgc's extra byte, as
             * GC_malloc_many rounds for its callers */
            GC_generic_malloc_many((g * 8 + 1 + 15) & ~(size_t)15, GC_I_PTRFREE, &p);
            if (!p)
                out_of_memory(n);
            if (GC_get_gc_no() != atomic_free_epoch) {
                /* the refill collected: the other lists are void */
                memset(atomic_free, 0, sizeof atomic_free);
                atomic_free_epoch = GC_get_gc_no();
            }
        }
        atomic_free[g] = *(void **)p;
        return p;
    }
    void *p = GC_MALLOC_ATOMIC(n);
    if (!p)
        out_of_memory(n);
    return p;
}

void *pv_alloc_atomic(size_t n)
{
    void *p = pv_alloc_atomic_raw(n);
    memset(p, 0, n ? n : 1);
    return p;
}

void *pv_realloc(void *p, size_t n)
{
    void *q = GC_REALLOC(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

PvObject *pv_new_object(PvType *type, size_t size)
{
    if (type->extra_words) {
        Value *words = pv_alloc(size + sizeof(Value) * (size_t)type->extra_words);
        PvObject *o = (PvObject *)(words + type->extra_words);
        o->type = type;
        if (type->flags & PV_TF_FINALIZE)
            pv_finalizer_register(o);
        return o;
    }
    PvObject *o = pv_alloc(size);
    o->type = type;
    return o;
}

void pv_gc_collect(void) { GC_gcollect(); }

size_t pv_gc_heap_size(void) { return GC_get_heap_size(); }
