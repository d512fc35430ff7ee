/* common/exctable.c: CPython 3.11 exception table (co_exceptiontable) parser
 * and encoder.  Parsing is stricter than dis.py (which ignores the marker
 * bit): an entry must start on a marked byte and no other byte may carry the
 * mark, since the interpreter's table search relies on it.  Never reads past
 * the table.  Handler semantics belong to the verifier and the interpreter.
 */
#include "exctable.h"

void exct_iter_init(ExcIter *it, const uint8_t *table, size_t len)
{
    it->p = table;
    it->end = table + len;
    it->error = false;
}

/* Big-endian 6-bit chunks.  `first` says whether the byte must carry the
 * entry-start mark.  Values must stay below 2^30 so that doubling them into
 * byte offsets (and adding a length) fits in uint32_t. */
static bool read_item(ExcIter *it, bool first, uint32_t *out)
{
    if (it->p >= it->end)
        return false;
    unsigned b = *it->p++;
    if (((b & 0x80) != 0) != first)
        return false;
    uint32_t val = b & 63;
    while (b & 64) {
        if (it->p >= it->end)
            return false;
        b = *it->p++;
        if (b & 0x80)
            return false;
        if (val >= (1u << 24))
            return false;
        val = (val << 6) | (b & 63);
    }
    *out = val;
    return true;
}

bool exct_iter_next(ExcIter *it, ExcEntry *e)
{
    if (it->error || it->p >= it->end)
        return false;
    const uint8_t *save = it->p;
    uint32_t start, len, target, dl;
    if (!read_item(it, true, &start) || !read_item(it, false, &len) ||
        !read_item(it, false, &target) || !read_item(it, false, &dl)) {
        it->p = save;
        it->error = true;
        return false;
    }
    e->start = start * 2;
    e->end = (start + len) * 2;
    e->target = target * 2;
    e->depth = dl >> 1;
    e->lasti = (dl & 1) != 0;
    return true;
}

/* As 3.11's assemble_emit_exception_table_item: the fewest chunks, most
 * significant first, mark only on the very first byte of the entry. */
static void put_item(ByteBuf *b, uint32_t value, uint8_t mark)
{
    value &= (1u << 30) - 1;
    for (int shift = 24; shift > 0; shift -= 6) {
        if (value >= (1u << shift)) {
            bb_byte(b, (uint8_t)(((value >> shift) & 63) | 64 | mark));
            mark = 0;
        }
    }
    bb_byte(b, (uint8_t)((value & 63) | mark));
}

void exct_encode(ByteBuf *b, const ExcEntry *e)
{
    put_item(b, e->start / 2, 0x80);
    put_item(b, (e->end - e->start) / 2, 0);
    put_item(b, e->target / 2, 0);
    put_item(b, (e->depth << 1) | (e->lasti ? 1u : 0u), 0);
}
