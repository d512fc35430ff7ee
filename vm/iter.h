/* vm/iter.h: the iterator types of iter.c that the builtins module
 * registers by name (enumerate, zip, map, filter, reversed) and the ones it
 * creates (callable_iterator for iter(f, sentinel)), plus the built-in
 * containers' own iterator types.
 */
#ifndef PVM_ITER_H
#define PVM_ITER_H

#include "value.h"

extern PvType pv_enumerate_type, pv_zip_type, pv_map_type, pv_filter_type, pv_reversed_type,
    pv_callable_iter_type, pv_seq_iter_type;
/* iter(callable, sentinel); raises "iter(v, w): v must be callable" when
 * callable has no call slot */
Value pv_callable_iter_new(Value callable, Value sentinel);

/* the containers' iterator types (tuple.c, list.c, dict.c, set.c, range.c) */
extern PvType pv_tuple_iter_type, pv_list_iter_type, pv_list_reviter_type, pv_range_iter_type,
    pv_longrange_iter_type, pv_set_iter_type;

#endif
