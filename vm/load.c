/* vm/load.c: turns the value tree common/ read from a .pyc (object.h's Obj
 * and Code, already verified by verify.c) into runtime values: interned
 * names, ints, floats, strs, tuples, frozensets and PvCode objects whose
 * code units are a private copy the interpreter may quicken in place.
 */
#include <string.h>

#include "load.h"
#include "runtime.h"

static Value load_obj(const Obj *o);

static Value load_int(const Obj *o)
{
    if (!o->u.i.big)
        return pv_int_from_i64(o->u.i.value);
    mpz_t z;
    mpz_init(z);
    const BigDigits *b = o->u.i.big;
    for (uint32_t i = b->ndigits; i-- > 0;) {
        mpz_mul_2exp(z, z, 15);
        mpz_add_ui(z, z, b->digits[i]);
    }
    if (b->sign < 0)
        mpz_neg(z, z);
    Value v = pv_int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static Value load_seq(const Obj *o)
{
    size_t n = o->u.seq.n;
    if (o->kind == OBJ_TUPLE) {
        Value t = pv_tuple_new((int64_t)n);
        for (size_t i = 0; i < n; i++)
            PV_TUPLE_ITEMS(t)[i] = load_obj(o->u.seq.items[i]);
        return t;
    }
    if (o->kind == OBJ_LIST) {
        Value l = pv_list_new(0);
        for (size_t i = 0; i < n; i++)
            pv_list_append(l, load_obj(o->u.seq.items[i]));
        return l;
    }
    if (o->kind == OBJ_DICT) {
        Value d = pv_dict_new();
        for (size_t i = 0; i < n; i++)
            pv_dict_set(d, load_obj(o->u.seq.items[2 * i]), load_obj(o->u.seq.items[2 * i + 1]));
        return d;
    }
    Value s = pv_set_new(o->kind == OBJ_SET ? &pv_set_type : &pv_frozenset_type);
    for (size_t i = 0; i < n; i++)
        pv_set_add(s, load_obj(o->u.seq.items[i]));
    return s;
}

static Value load_str(const Obj *o)
{
    Value s = pv_str_from_utf8((const char *)o->u.s.data, o->u.s.len);
    return (o->flags & OBJ_STR_INTERNED) ? pv_str_intern(s) : s;
}

static Value load_names(const Obj *t)
{
    Value r = pv_tuple_new((int64_t)t->u.seq.n);
    for (size_t i = 0; i < t->u.seq.n; i++)
        PV_TUPLE_ITEMS(r)[i] = pv_str_intern(load_str(t->u.seq.items[i]));
    return r;
}

PvCode *pv_load_code(const Code *c)
{
    PvCode *co = (PvCode *)pv_new_object(&pv_code_type, sizeof(PvCode));
    size_t nbytes = c->code->u.s.len;
    co->ncode = (int32_t)(nbytes / 2);
    co->code = pv_alloc_atomic(nbytes + 2);
    for (int32_t i = 0; i < co->ncode; i++)
        co->code[i] = (uint16_t)(c->code->u.s.data[2 * i] | (c->code->u.s.data[2 * i + 1] << 8));
    co->argcount = c->argcount;
    co->posonlyargcount = c->posonlyargcount;
    co->kwonlyargcount = c->kwonlyargcount;
    co->stacksize = c->stacksize;
    co->flags = c->flags;
    co->firstlineno = c->firstlineno;
    co->consts = load_seq(c->consts);
    co->names = load_names(c->names);
    co->localsplusnames = load_names(c->localsplusnames);
    co->nlocalsplus = (int32_t)c->localsplusnames->u.seq.n;
    co->localspluskinds = pv_alloc_atomic((size_t)co->nlocalsplus + 1);
    memcpy(co->localspluskinds, c->localspluskinds->u.s.data, (size_t)co->nlocalsplus);
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        uint8_t k = co->localspluskinds[i];
        if (k & CO_FAST_LOCAL)
            co->nlocals++;
        if (k & CO_FAST_CELL)
            co->ncellvars++;
        if (k & CO_FAST_FREE)
            co->nfreevars++;
    }
    co->filename = load_str(c->filename);
    co->name = pv_str_intern(load_str(c->name));
    co->qualname = load_str(c->qualname);
    co->nlinetable = (int32_t)c->linetable->u.s.len;
    uint8_t *lt = pv_alloc_atomic(c->linetable->u.s.len + 1);
    memcpy(lt, c->linetable->u.s.data, c->linetable->u.s.len);
    co->linetable = lt;
    co->nexctable = (int32_t)c->exceptiontable->u.s.len;
    uint8_t *et = pv_alloc_atomic(c->exceptiontable->u.s.len + 1);
    memcpy(et, c->exceptiontable->u.s.data, c->exceptiontable->u.s.len);
    co->exctable = et;
    return co;
}

static Value load_obj(const Obj *o)
{
    switch (o->kind) {
    case OBJ_NONE: return V_NONE;
    case OBJ_FALSE: return V_FALSE;
    case OBJ_TRUE: return V_TRUE;
    case OBJ_ELLIPSIS: return V_ELLIPSIS;
    case OBJ_STOPITER: return v_from(&pv_exc_StopIteration);
    case OBJ_INT: return load_int(o);
    case OBJ_FLOAT: return pv_float(o->u.f);
    case OBJ_COMPLEX: return pv_complex(o->u.c.re, o->u.c.im);
    case OBJ_BYTES: return pv_bytes(o->u.s.data, o->u.s.len);
    case OBJ_STR: return load_str(o);
    case OBJ_CODE: return v_from(pv_load_code(o->u.code));
    default: return load_seq(o);
    }
}

Value pv_load_value(const Obj *o) { return load_obj(o); }
