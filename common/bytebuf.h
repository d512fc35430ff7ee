/* common/bytebuf.h: a growable byte buffer for writers (marshal, repr, dis,
 * line tables).  Allocation failure aborts: outputs are bounded by inputs.
 */
#ifndef PYK_BYTEBUF_H
#define PYK_BYTEBUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct ByteBuf {
    uint8_t *data;
    size_t len, cap;
} ByteBuf;

void bb_init(ByteBuf *b);
void bb_free(ByteBuf *b);
void bb_reserve(ByteBuf *b, size_t extra);
void bb_put(ByteBuf *b, const void *p, size_t n);
void bb_byte(ByteBuf *b, uint8_t c);
void bb_str(ByteBuf *b, const char *s);
void bb_u32le(ByteBuf *b, uint32_t v);
void bb_printf(ByteBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* NUL-terminates without changing len; returns data. */
const char *bb_cstr(ByteBuf *b);

#endif
