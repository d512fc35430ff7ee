/* common/arena.c: a list of blocks, each carved front to back. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
};

#define ARENA_BLOCK_SIZE (64 * 1024)
#define ARENA_ALIGN _Alignof(max_align_t)

void arena_init(Arena *a)
{
    a->head = NULL;
    a->total = 0;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

static ArenaBlock *new_block(size_t cap)
{
    ArenaBlock *b = malloc(sizeof *b + cap);
    if (!b) {
        fprintf(stderr, "fatal: out of memory (%zu bytes)\n", cap);
        abort();
    }
    b->next = NULL;
    b->used = 0;
    b->cap = cap;
    return b;
}

void *arena_alloc(Arena *a, size_t size)
{
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < size) { /* overflow */
        fprintf(stderr, "fatal: allocation too large\n");
        abort();
    }
    if (need == 0)
        need = ARENA_ALIGN;
    ArenaBlock *b = a->head;
    if (!b || b->cap - b->used < need) {
        if (need > ARENA_BLOCK_SIZE / 4) {
            /* Big objects get their own block, linked behind the current one
             * so the current block keeps filling. */
            ArenaBlock *big = new_block(need);
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            big->used = need;
            a->total += need;
            memset(big->data, 0, need);
            return big->data;
        }
        b = new_block(ARENA_BLOCK_SIZE);
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    memset(p, 0, need);
    return p;
}

void *arena_memdup(Arena *a, const void *p, size_t size)
{
    void *q = arena_alloc(a, size + 1); /* +1: strings stay NUL-terminated */
    if (size)
        memcpy(q, p, size);
    return q;
}
