/* vm/builtins.h: what the builtins module (builtins.c) needs from the
 * interpreter loop beyond runtime.h (pv_builtins_module, pv_builtins_init
 * and pv_current_globals are declared there).
 */
#ifndef PVM_BUILTINS_H
#define PVM_BUILTINS_H

#include "value.h"

/* eval.c: locals() of the running Python frame: its locals dict at module
 * (and class) level, else a new dict snapshot of the bound fast locals,
 * cells and free variables, in CPython 3.11's order; V_NULL outside any
 * frame. */
Value pv_current_locals(void);

#endif
