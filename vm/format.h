/* vm/format.h: the format-spec mini-language ([[fill]align][sign][z][#][0]
 * [width][grouping][.precision][type]) shared by int, float, complex and str
 * (format.c).  The number-specific entry points are in objects.h / num.h.
 */
#ifndef PVM_FORMAT_H
#define PVM_FORMAT_H

#include "value.h"

/* format(s, spec) for a str s (also what str.format uses per field) */
Value pv_str_format_spec(Value s, Value spec);

#endif
