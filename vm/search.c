/* vm/search.c: substring search over byte arrays and the bounds arguments
 * of find & co (search.h), for str.c and bytes.c.  Searching looks for the
 * first byte with memchr, then compares the rest.
 */
#include <string.h>

#include "runtime.h"
#include "search.h"

int64_t pv_search_bytes(const uint8_t *s, int64_t start, int64_t end, const uint8_t *sub,
                        int64_t m, bool reverse)
{
    if (end - start < m)
        return -1;
    if (m == 0)
        return reverse ? end : start;
    int64_t last = end - m;
    if (reverse) {
        for (int64_t i = last; i >= start; i--)
            if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0)
                return i;
        return -1;
    }
    for (int64_t i = start; i <= last; i++) {
        const uint8_t *p = memchr(s + i, sub[0], (size_t)(last - i + 1));
        if (!p)
            return -1;
        i = p - s;
        if (memcmp(p, sub, (size_t)m) == 0)
            return i;
    }
    return -1;
}

int64_t pv_count_bytes(const uint8_t *s, int64_t start, int64_t end, const uint8_t *sub,
                       int64_t m, int64_t maxcount)
{
    if (end - start < m)
        return 0;
    if (m == 0)
        return end - start + 1 < maxcount ? end - start + 1 : maxcount;
    int64_t n = 0;
    for (int64_t i; n < maxcount && (i = pv_search_bytes(s, start, end, sub, m, false)) >= 0;
         start = i + m)
        n++;
    return n;
}

/* a huge int clamps to an int64 far beyond any length, keeping its sign */
static int bound_arg(Value v, int64_t *out)
{
    if (v == V_NULL || v == V_NONE)
        return 0;
    if (v_isinstance(v, &pv_int_type)) {
        if (!pv_int_as_i64(v, out)) {
            int neg = pv_richcompare_bool(v, v_from_small(0), PV_LT);
            if (neg < 0)
                return -1;
            *out = neg ? INT64_MIN / 2 : INT64_MAX / 2;
        }
        return 0;
    }
    pv_err_set_str(&pv_exc_TypeError,
                   "slice indices must be integers or None or have an __index__ method");
    return -1;
}

int pv_search_bounds(int argc, const Value *argv, int64_t len, int64_t *start, int64_t *end)
{
    *start = 0;
    *end = INT64_MAX / 2;
    if ((argc > 1 && bound_arg(argv[1], start) < 0) || (argc > 2 && bound_arg(argv[2], end) < 0))
        return -1;
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
    return 0;
}
