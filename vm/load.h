/* vm/load.h: from common/'s verified value tree to runtime values (load.c). */
#ifndef PVM_LOAD_H
#define PVM_LOAD_H

#include "object.h"
#include "objects.h"

PvCode *pv_load_code(const Code *c);
Value pv_load_value(const Obj *o);

#endif
