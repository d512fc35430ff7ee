/* vm/modules.h: pvm's native modules (written in C, no .pyc), the import
 * system (import.c: finding and loading .pyc modules and packages on
 * sys.path, __import__'s semantics) and the importlib objects it hands to
 * Python code (mod_importlib.c: ModuleSpec, loaders, importlib).
 */
#ifndef PVM_MODULES_H
#define PVM_MODULES_H

#include "value.h"

/* Each returns its module object (PvModule), built once. */
Value pv_mod_sys_init(void);
Value pv_mod_math_init(void);
Value pv_mod_gc_init(void);
Value pv_mod_weakref_init(void);
Value pv_mod_importlib_init(void);
Value pv_mod_importlib_util_init(void);
Value pv_mod_builtins_init(void);             /* builtins.c */
Value pv_mod_future_init(void);               /* mod_future.c */

/* sys.argv and sys.path are set by main.c before anything imports sys */
void pv_sys_set_argv(Value argv_list);
void pv_sys_set_path(Value path_list);
/* sys.path (the list object sys holds; V_NULL before main.c set it) */
Value pv_sys_path(void);
/* stream is one of sys's standard streams, closed by the program
 * (print() must then refuse it) */
bool pv_sys_stream_closed(Value stream);
/* sys.modules: the dict of imported modules */
Value pv_sys_modules(void);

/* registers sys in sys.modules with its spec; main.c calls it at start-up */
void pv_import_init(void);
/* the builtins module object (its namespace is pv_builtins_module()) */
/* IMPORT_NAME: pv_import, or a replacement builtins.__import__ called with
 * (name, globals, locals or None, fromlist, level) as CPython does */
Value pv_import_name(Value name, Value globals, Value locals, Value builtins, Value fromlist,
                     int level);
/* CPython's __import__(name, globals, None, fromlist, level): the module
 * IMPORT_NAME pushes (the top package for `import a.b`, the module itself
 * with a fromlist), or V_NULL with ImportError / ModuleNotFoundError as
 * CPython words them.  globals may be V_NULL (no package context). */
Value pv_import(Value name, Value globals, Value fromlist, int level);
/* importlib.import_module: the named module itself (absolute name) */
Value pv_import_module(Value absname);
/* The absolute name of a relative import (level >= 1) from `globals`, or
 * V_NULL with CPython's errors ("attempted relative import ...") */
Value pv_import_resolve(Value name, Value globals, int level);
/* IMPORT_FROM: attribute of the module, a submodule from sys.modules, or
 * ImportError "cannot import name ..." like CPython's */
Value pv_import_from(Value module, Value name);
/* IMPORT_STAR: copies the public names (or __all__) of `module` to dest */
int pv_import_star(Value module, Value dest) __attribute__((warn_unused_result));

/* Where a module was found (the parts of its ModuleSpec). */
typedef struct PvFound {
    Value origin;     /* __file__: X.pyc when sourceless, X.py with __pycache__ */
    Value pyc;        /* the file actually loaded; V_NULL for a namespace package */
    Value cached;     /* __cached__: the .pyc loaded (V_NONE for a namespace package) */
    Value search;     /* __path__ list for a package, V_NULL for a module */
    bool sourceless;
} PvFound;
/* Looks `name` up for `pvm -m` (importing its parent package): 1 found,
 * 2 a native module, 0 not found (no exception), -1 error */
int pv_import_find(Value name, PvFound *found) __attribute__((warn_unused_result));
/* the ModuleSpec importlib would make for a found module */
Value pv_spec_for(Value name, const PvFound *found);
/* importlib.util.find_spec for an absolute name: a spec, V_NONE when not
 * found, V_NULL with an exception (the parent package is imported) */
Value pv_find_spec(Value name);
/* importlib.util.module_from_spec: a module with the spec's attributes */
Value pv_module_from_spec(Value spec);
/* Loads the code object of a found module; V_NULL with ImportError */
Value pv_import_load_code(Value name, const PvFound *found);

/* ---- mod_importlib.c ---- */
/* ModuleSpec(name, loader, origin=..., submodule_search_locations=...) */
Value pv_spec_new(Value name, Value loader, Value origin, Value search, Value cached,
                  bool has_location);
/* the loader objects CPython's importlib would use for such a module */
Value pv_loader_new(Value name, Value path, bool sourceless);
Value pv_builtin_importer(void);
Value pv_namespace_loader(void);
extern PvType pv_spec_type;
/* spec._initializing: set while the module's code runs */
void pv_spec_set_initializing(Value spec, bool on);
bool pv_spec_initializing(Value spec);

#endif
