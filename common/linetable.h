/* common/linetable.h: CPython 3.11 location table (co_linetable) codec and
 * the varint encodings it shares with the exception table.
 *
 * Decoding yields one entry per table record: a half-open range of code
 * units with (line, end_line, col, end_col); -1 means "absent".  The encoder
 * is used by the compiler's assembler.
 */
#ifndef PYK_LINETABLE_H
#define PYK_LINETABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bytebuf.h"

/* Location-table varints: 6-bit chunks, low chunk first, bit 6 = more. */
void lnt_put_varint(ByteBuf *b, uint32_t v);
void lnt_put_svarint(ByteBuf *b, int32_t v);

typedef struct LineEntry {
    int start, end;       /* byte offsets into co_code, half-open */
    int line, end_line;   /* -1: no line */
    int col, end_col;     /* -1: no column */
} LineEntry;

typedef struct LineIter {
    const uint8_t *p, *end;
    int offset;           /* byte offset of the next entry */
    int line;             /* running line number */
    bool error;           /* table malformed */
} LineIter;

void lnt_iter_init(LineIter *it, const uint8_t *table, size_t len, int firstlineno);
/* Returns false at the end of the table or on malformed input (it->error). */
bool lnt_iter_next(LineIter *it, LineEntry *e);

/* Encodes one entry of `length` code units (>= 1; split at 8 internally). */
void lnt_encode(ByteBuf *b, int *prev_line, int length, int line, int end_line,
                int col, int end_col);

#endif
