/* vm/modules.h: pvm's native modules (written in C, no .pyc) and the import
 * of them (import.c).  Python-level packages and search paths come with the
 * data-model issue; until then `import X` finds only these.
 */
#ifndef PVM_MODULES_H
#define PVM_MODULES_H

#include "value.h"

/* Each returns its module object (PvModule), built once. */
Value pv_mod_sys_init(void);
Value pv_mod_math_init(void);
Value pv_mod_gc_init(void);

/* sys.argv is set by main.c before anything imports sys */
void pv_sys_set_argv(Value argv_list);
/* stream is one of sys's standard streams, closed by the program
 * (print() must then refuse it) */
bool pv_sys_stream_closed(Value stream);
/* sys.modules: the dict of imported modules */
Value pv_sys_modules(void);

/* IMPORT_NAME for level-0 names: the module (the top package for a dotted
 * name), or V_NULL with ModuleNotFoundError "No module named 'x'" */
Value pv_import(Value name, Value fromlist, int level);
/* IMPORT_FROM: attribute of the module or ImportError like CPython's */
Value pv_import_from(Value module, Value name);

#endif
