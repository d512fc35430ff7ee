/* vm/search.h: substring search over byte arrays and the [start[, end]]
 * arguments of find & co, shared by str (its one-byte strings) and
 * bytes/bytearray.  Not for the wider str kinds, which compare code points
 * in str.c.
 */
#ifndef PVM_SEARCH_H
#define PVM_SEARCH_H

#include <stdbool.h>
#include <stdint.h>

#include "value.h"

/* the first (last, when reverse) index i in [start, end - m] where
 * s[i:i+m] == sub, or -1; an empty sub is found at start (end) */
int64_t pv_search_bytes(const uint8_t *s, int64_t start, int64_t end, const uint8_t *sub,
                        int64_t m, bool reverse);

/* non-overlapping occurrences of sub in s[start:end], at most maxcount;
 * an empty sub occurs end - start + 1 times */
int64_t pv_count_bytes(const uint8_t *s, int64_t start, int64_t end, const uint8_t *sub,
                       int64_t m, int64_t maxcount);

/* start and end from argv[1], argv[2] (when argc reaches them; None means
 * absent) as _PyEval_SliceIndex reads them and clamped to a sequence of len
 * as find & co clamp them: end to [0, len], start to >= 0 (start may stay
 * beyond len).  -1 with CPython's TypeError for a non-integer. */
int pv_search_bounds(int argc, const Value *argv, int64_t len, int64_t *start, int64_t *end);

#endif
