/* common/arena.h: bump allocation for object graphs that live and die together
 * (one loaded .pyc, one compilation unit).  Not for long-lived runtime data.
 * Allocation failure aborts the process with a message: every caller bounds
 * its sizes first (marshal checks lengths against the remaining input).
 */
#ifndef PYK_ARENA_H
#define PYK_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    size_t total;           /* bytes handed out, for limits and statistics */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
/* Zero-filled, aligned for any object; size 0 gives a valid unique pointer. */
void *arena_alloc(Arena *a, size_t size);
void *arena_memdup(Arena *a, const void *p, size_t size);

#endif
