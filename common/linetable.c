/* common/linetable.c: CPython 3.11 location table (co_linetable) decoder and
 * encoder.  The decoder walks one record at a time and never reads past the
 * table; how records become co_lines()/co_positions() views is the caller's
 * business (see linetable.h).  The encoder picks the same record forms as
 * 3.11's assembler so that our .pyc files match CPython's byte for byte.
 */
#include "linetable.h"

#include <limits.h>

/* Record codes (the 4 bits after the marker bit). */
enum {
    LNT_SHORT_MAX = 9,      /* 0..9: short form, column group in the code */
    LNT_ONE_LINE0 = 10,     /* 10..12: one-line form, line delta code-10 */
    LNT_NO_COLUMNS = 13,
    LNT_LONG = 14,
    LNT_NONE = 15,
};

static void put_varint64(ByteBuf *b, uint64_t v)
{
    while (v >= 64) {
        bb_byte(b, (uint8_t)(64 | (v & 63)));
        v >>= 6;
    }
    bb_byte(b, (uint8_t)v);
}

void lnt_put_varint(ByteBuf *b, uint32_t v) { put_varint64(b, v); }

void lnt_put_svarint(ByteBuf *b, int32_t v)
{
    /* Sign in bit 0, magnitude above it; 64-bit so that INT32_MIN's
     * magnitude still fits once shifted. */
    uint64_t mag = v < 0 ? (uint64_t)(-(int64_t)v) : (uint64_t)v;
    put_varint64(b, (mag << 1) | (v < 0 ? 1u : 0u));
}

void lnt_iter_init(LineIter *it, const uint8_t *table, size_t len, int firstlineno)
{
    it->p = table;
    it->end = table + len;
    it->offset = 0;
    it->line = firstlineno;
    it->error = false;
}

/* Reads one varint byte of a record body: it must exist and must not carry
 * the record-start marker. */
static bool body_byte(LineIter *it, unsigned *out)
{
    if (it->p >= it->end || (*it->p & 0x80)) {
        it->error = true;
        return false;
    }
    *out = *it->p++;
    return true;
}

/* Unsigned varint; values beyond INT_MAX are treated as malformed (CPython
 * would silently wrap them, no valid table has them). */
static bool read_varint(LineIter *it, int64_t *out)
{
    unsigned byte;
    if (!body_byte(it, &byte))
        return false;
    uint64_t val = byte & 63;
    unsigned shift = 0;
    while (byte & 64) {
        if (!body_byte(it, &byte))
            return false;
        shift += 6;
        if (shift > 30 && (byte & 63)) {
            it->error = true;
            return false;
        }
        if (shift <= 30)
            val |= (uint64_t)(byte & 63) << shift;
    }
    if (val > INT_MAX) {
        it->error = true;
        return false;
    }
    *out = (int64_t)val;
    return true;
}

static bool read_svarint(LineIter *it, int64_t *out)
{
    int64_t u;
    if (!read_varint(it, &u))
        return false;
    *out = (u & 1) ? -(u >> 1) : (u >> 1);
    return true;
}

static bool set_line(LineIter *it, int64_t line)
{
    if (line < INT_MIN || line > INT_MAX) {
        it->error = true;
        return false;
    }
    it->line = (int)line;
    return true;
}

bool lnt_iter_next(LineIter *it, LineEntry *e)
{
    if (it->error || it->p >= it->end)
        return false;
    const uint8_t *save = it->p;
    unsigned first = *it->p++;
    if (!(first & 0x80)) {
        it->p = save;
        it->error = true;
        return false;
    }
    int code = (first >> 3) & 15;
    int units = (first & 7) + 1;
    if (it->offset > INT_MAX - 2 * units) {
        it->p = save;
        it->error = true;
        return false;
    }
    int64_t delta, v1, v2, v3;
    unsigned b1, b2;
    /* The running line is only committed once the whole record parsed. */
    int old_line = it->line;
    switch (code) {
    case LNT_NONE:
        e->line = e->end_line = e->col = e->end_col = -1;
        break;
    case LNT_LONG:
        if (!read_svarint(it, &delta) || !read_varint(it, &v1) ||
            !read_varint(it, &v2) || !read_varint(it, &v3) ||
            !set_line(it, (int64_t)it->line + delta))
            goto bad;
        if ((int64_t)it->line + v1 > INT_MAX)
            goto bad;
        e->line = it->line;
        e->end_line = (int)(it->line + v1);
        e->col = (int)(v2 - 1);
        e->end_col = (int)(v3 - 1);
        break;
    case LNT_NO_COLUMNS:
        if (!read_svarint(it, &delta) || !set_line(it, (int64_t)it->line + delta))
            goto bad;
        e->line = e->end_line = it->line;
        e->col = e->end_col = -1;
        break;
    case LNT_ONE_LINE0:
    case LNT_ONE_LINE0 + 1:
    case LNT_ONE_LINE0 + 2:
        if (!body_byte(it, &b1) || !body_byte(it, &b2) ||
            !set_line(it, (int64_t)it->line + (code - LNT_ONE_LINE0)))
            goto bad;
        e->line = e->end_line = it->line;
        e->col = (int)b1;
        e->end_col = (int)b2;
        break;
    default: /* short forms 0..9 */
        if (!body_byte(it, &b1))
            goto bad;
        e->line = e->end_line = it->line;
        e->col = code * 8 + (int)((b1 >> 4) & 7);
        e->end_col = e->col + (int)(b1 & 15);
        break;
    }
    e->start = it->offset;
    e->end = it->offset + 2 * units;
    it->offset = e->end;
    return true;
bad:
    it->error = true;
    it->line = old_line;
    it->p = save;
    return false;
}

static void first_byte(ByteBuf *b, int code, int units)
{
    bb_byte(b, (uint8_t)(0x80 | (code << 3) | (units - 1)));
}

/* One record of 1..8 units, form chosen as 3.11's write_location_info_entry. */
static void encode_one(ByteBuf *b, int *prev_line, int units, int line, int end_line,
                       int col, int end_col)
{
    if (line < 0) {
        first_byte(b, LNT_NONE, units);
        return;
    }
    int delta = line - *prev_line;
    if (col < 0 || end_col < 0) {
        if (end_line == line || end_line == -1) {
            first_byte(b, LNT_NO_COLUMNS, units);
            lnt_put_svarint(b, delta);
            *prev_line = line;
            return;
        }
    } else if (end_line == line) {
        if (delta == 0 && col < 80 && end_col - col < 16 && end_col >= col) {
            first_byte(b, col >> 3, units);
            bb_byte(b, (uint8_t)(((col & 7) << 4) | (end_col - col)));
            return;
        }
        if (delta >= 0 && delta < 3 && col < 128 && end_col < 128) {
            first_byte(b, LNT_ONE_LINE0 + delta, units);
            bb_byte(b, (uint8_t)col);
            bb_byte(b, (uint8_t)end_col);
            *prev_line = line;
            return;
        }
    }
    first_byte(b, LNT_LONG, units);
    lnt_put_svarint(b, delta);
    /* CPython asserts end_line >= line; a caller violating that gets 0 rather
     * than a huge unsigned delta. */
    lnt_put_varint(b, end_line > line ? (uint32_t)(end_line - line) : 0u);
    lnt_put_varint(b, (uint32_t)(col + 1));
    lnt_put_varint(b, (uint32_t)(end_col + 1));
    *prev_line = line;
}

void lnt_encode(ByteBuf *b, int *prev_line, int length, int line, int end_line,
                int col, int end_col)
{
    if (col < -1)
        col = -1;
    if (end_col < -1)
        end_col = -1;
    while (length > 8) {
        encode_one(b, prev_line, 8, line, end_line, col, end_col);
        length -= 8;
    }
    if (length > 0)
        encode_one(b, prev_line, length, line, end_line, col, end_col);
}
