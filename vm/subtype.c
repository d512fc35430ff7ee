/* vm/subtype.c: instances of classes derived from the immutable built-in
 * types (int, float, complex, str, bytes, tuple, frozenset): their __new__
 * builds the plain value, then it is copied behind a subclass header here.
 * Not for the mutable ones (list, dict, set, bytearray: their constructors
 * allocate the subtype directly and __init__ fills it).
 *
 * A subclass instance of int is always a PvBigInt, even when its value fits
 * a small int: int.c's arithmetic goes through GMP for any heap int and
 * normalises results to plain ints (docs/pvm.md "Subclasses of built-ins").
 */
#include <string.h>

#include "classes.h"
#include "num.h"

/* bytes of v's built-in part, seen as an instance of built-in type t,
 * without the NUL terminator of str and bytes (static empty values have no
 * room for it: the copy's is left zero by the allocator) */
static size_t exact_size(Value v, PvType *t)
{
    if (t == &pv_str_type) {
        PvStr *s = (PvStr *)v_obj(v);
        return offsetof(PvStr, data) + (size_t)s->len * s->kind;
    }
    if (t == &pv_bytes_type)
        return offsetof(PvBytes, data) + (size_t)((PvBytes *)v_obj(v))->len;
    if (t == &pv_tuple_type)
        return sizeof(PvTuple) + sizeof(Value) * (size_t)PV_TUPLE_LEN(v);
    if (t == &pv_int_type)
        return sizeof(PvBigInt);
    return t->size;
}

/* a copy of v's built-in part (exact_size bytes) as an object of `type` */
static PvObject *copy_as(PvType *type, Value v, PvType *solid)
{
    size_t size = exact_size(v, solid);
    size_t room = size;
    if (solid == &pv_str_type)
        room += ((PvStr *)v_obj(v))->kind; /* the terminator */
    else if (solid == &pv_bytes_type)
        room += 1;
    PvObject *o = pv_new_object(type, room);
    memcpy((char *)o + sizeof(PvObject), (char *)v_obj(v) + sizeof(PvObject),
           size - sizeof(PvObject));
    return o;
}

Value pv_subtype_instance(PvType *type, Value exact)
{
    if (exact == V_NULL || pv_type(exact) == type)
        return exact;
    if (pv_is_int(exact) && (v_is_small(exact) || exact == V_TRUE || exact == V_FALSE)) {
        PvBigInt *b = (PvBigInt *)pv_new_object(type, sizeof(PvBigInt));
        mpz_init(b->z);
        pv_int_to_mpz(exact, b->z);
        return v_from(b);
    }
    PvObject *o = copy_as(type, exact, pv_type(exact));
    if (pv_type_is_subtype(type, &pv_str_type))
        ((PvStr *)o)->interned = false;
    return v_from(o);
}

Value pv_exact_builtin(Value v)
{
    PvType *t = pv_type(v);
    if (!(t->flags & PV_TF_HEAPTYPE))
        return v;
    if (v_isinstance(v, &pv_int_type)) {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(v, z);
        Value r = pv_int_from_mpz(z);
        mpz_clear(z);
        return r;
    }
    PvType *solid = t;
    while (solid->flags & PV_TF_HEAPTYPE)
        solid = solid->base;
    if (solid == &pv_object_type || solid == &pv_list_type || solid == &pv_dict_type ||
        solid == &pv_set_type || solid == &pv_bytearray_type || (solid->flags & PV_TF_EXCEPTION))
        return v;
    return v_from(copy_as(solid, v, solid));
}
