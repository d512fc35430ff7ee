/* vm/classes.h: the class machinery shared by type.c (type objects, MRO
 * lookup), class.c (class creation), slots.c (heap types' slot functions, generic attribute
 * access) and descr.c (property, classmethod, staticmethod, super, slot
 * wrappers, member descriptors).  docs/pvm.md "Classes" explains the design.
 *
 * Invariants: a readied type (pv_type_ready) has mro and bases tuples and
 * a dict holding its methods and one wrapper per slot it defines; a heap
 * type's slots are resolved along its MRO when it is created and again when
 * a dunder is assigned to it or an ancestor (pv_type_modified).
 */
#ifndef PVM_CLASSES_H
#define PVM_CLASSES_H

#include "runtime.h"

/* interned dunder names, ID(__init__) */
#define PV_IDS(X)                                                                          \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) \
    X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__getitem__) X(__setitem__)     \
    X(__delitem__) X(__contains__) X(__iter__) X(__next__) X(__call__) X(__getattribute__) \
    X(__getattr__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__)       \
    X(__neg__) X(__pos__) X(__invert__) X(__dict__) X(__class__) X(__slots__)             \
    X(__classcell__) X(__qualname__) X(__module__) X(__doc__) X(__init_subclass__)        \
    X(__set_name__) X(__prepare__) X(__mro_entries__) X(__orig_bases__)                    \
    X(__class_getitem__) X(__instancecheck__) X(__subclasscheck__) X(__weakref__)          \
    X(__format__) X(__index__) X(__dir__) X(__abs__) X(__int__) X(__float__)               \
    X(__complex__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) X(__bytes__)         \
    X(__reversed__) X(__divmod__) X(__rdivmod__) X(__pow__) X(__rpow__) X(__name__)       \
    X(__annotations__) X(__missing__) X(__del__) X(mro)
enum {
#define PV_ID_ENUM(n) PV_ID_##n,
    PV_IDS(PV_ID_ENUM)
#undef PV_ID_ENUM
    PV_ID_COUNT
};
extern Value pv_ids[PV_ID_COUNT];
#define ID(n) (pv_ids[PV_ID_##n])

/* the binary operators' dunders by PV_NB_* (forward, reflected, in place) */
extern const char *const pv_binop_dunders[PV_NB_COUNT][3];
extern Value pv_binop_ids[PV_NB_COUNT][3];
extern const int pv_swapped_cmp[6];
extern Value pv_cmp_ids[6];

/* ---- type.c ---- */
void pv_types_init(void);
Value pv_object_richcompare(Value a, Value b, int op);   /* object's: identity */
void pv_type_ready(PvType *t);
/* a new version for t: cached lookups on it are stale (after changing its
 * dict without pv_type_modified) */
void pv_type_new_version(PvType *t);
/* name along t's MRO, no binding; V_NULL (no exception) when absent */
Value pv_type_lookup(PvType *t, Value name);
/* the instance dict slot of obj (heap types, exceptions), NULL if none */
Value *pv_instance_dict_slot(Value obj);
/* "__main__.C" / "int" as repr and error messages show a type */
Value pv_type_qualified(PvType *t);
Value pv_type_module(PvType *t);                 /* str; "builtins" for C types */
Value pv_type_getattro(Value type, Value name);  /* attribute of a type object */
int pv_type_setattro(Value type, Value name, Value val);
Value pv_type_call(Value type, int argc, const Value *argv, Value kwnames);
/* t's dict or an ancestor's changed: bump versions, re-resolve slots */
void pv_type_modified(PvType *t);

/* ---- class.c ---- */
Value pv_bi_build_class(Value self, int argc, const Value *argv, Value kwnames);
/* type.__new__(meta, name, bases, ns, **kw) */
Value pv_type_new_from(PvType *meta, Value name, Value bases, Value ns, int nkw,
                       const Value *kwv, Value kwnames);

/* ---- slots.c ---- */
/* resolves t's C slots along its MRO (heap types) */
void pv_heap_type_fix_slots(PvType *t);
Value pv_object_generic_getattr(Value obj, Value name);   /* no __getattr__ */
int pv_object_generic_setattr(Value obj, Value name, Value val);
Value pv_heap_getattr(Value obj, Value name);             /* with __getattr__ */
int pv_heap_setattr(Value obj, Value name, Value val);
/* calls the special method `name` of type(self) with self first: V_NULL
 * without an exception when type(self) has none */
Value pv_call_special(Value self, Value name, int argc, const Value *argv);
bool pv_is_data_descr(Value descr);
Value pv_descr_get(Value descr, Value obj, Value type);   /* no __get__: descr */

/* ---- descr.c ---- */
extern PvType pv_property_type, pv_classmethod_type, pv_staticmethod_type, pv_super_type,
    pv_wrapper_type, pv_member_type;
/* a slot wrapper of built-in type `owner` for dunder `name` (NULL: none) */
Value pv_slot_wrapper_for(PvType *owner, const char *name);
/* a member descriptor for __slots__ entry `name` stored at word `word` */
Value pv_member_new(PvType *owner, Value name, int32_t word);
Value pv_classmethod_new(Value f);
Value pv_staticmethod_new(Value f);
extern const char *const pv_wrapper_names[];    /* NULL-terminated dunder list */
/* getset descriptors: object.__class__ (0), a class's __dict__ (1) and
 * __weakref__ (2) */
Value pv_getset_new(PvType *owner, int kind);

/* ---- mappingproxy.c ---- */
Value pv_mappingproxy_new(Value dict);         /* read-only view (C.__dict__) */

/* ---- eval.c ---- */
/* runs a class body (a function without arguments) with ns as its locals */
Value pv_run_class_body(Value func, Value ns);
/* super()'s implicit arguments from the running frame */
int pv_super_frame_args(Value *type, Value *obj);

#endif
