/* common/bytebuf.c: growable byte buffer. */
#include "bytebuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void bb_init(ByteBuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void bb_free(ByteBuf *b)
{
    free(b->data);
    bb_init(b);
}

void bb_reserve(ByteBuf *b, size_t extra)
{
    if (b->cap - b->len > extra)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap - b->len <= extra) {
        if (cap > SIZE_MAX / 2) {
            fprintf(stderr, "fatal: buffer too large\n");
            abort();
        }
        cap *= 2;
    }
    uint8_t *p = realloc(b->data, cap);
    if (!p) {
        fprintf(stderr, "fatal: out of memory (%zu bytes)\n", cap);
        abort();
    }
    b->data = p;
    b->cap = cap;
}

void bb_put(ByteBuf *b, const void *p, size_t n)
{
    bb_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
}

void bb_byte(ByteBuf *b, uint8_t c)
{
    bb_reserve(b, 1);
    b->data[b->len++] = c;
}

void bb_str(ByteBuf *b, const char *s) { bb_put(b, s, strlen(s)); }

void bb_u32le(ByteBuf *b, uint32_t v)
{
    uint8_t x[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    bb_put(b, x, 4);
}

void bb_printf(ByteBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    bb_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *bb_cstr(ByteBuf *b)
{
    bb_reserve(b, 1);
    b->data[b->len] = 0;
    return (const char *)b->data;
}
