/* common/exctable.h: CPython 3.11 exception table (co_exceptiontable) codec.
 *
 * Each entry: start, length, target (all in code units), depth<<1 | lasti;
 * each field a big-endian 6-bit-chunk varint, bit 6 = more, the first byte
 * of an entry carries the start marker bit 7.
 */
#ifndef PYK_EXCTABLE_H
#define PYK_EXCTABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bytebuf.h"

typedef struct ExcEntry {
    uint32_t start, end;   /* byte offsets, half-open */
    uint32_t target;       /* byte offset of the handler */
    uint32_t depth;        /* stack depth to unwind to */
    bool lasti;            /* push the offset of the raising instruction */
} ExcEntry;

typedef struct ExcIter {
    const uint8_t *p, *end;
    bool error;
} ExcIter;

void exct_iter_init(ExcIter *it, const uint8_t *table, size_t len);
/* Returns false at the end or on malformed input (it->error). */
bool exct_iter_next(ExcIter *it, ExcEntry *e);

void exct_encode(ByteBuf *b, const ExcEntry *e);

#endif
