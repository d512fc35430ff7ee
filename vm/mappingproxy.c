/* vm/mappingproxy.c: types.MappingProxyType, the read-only view a class's
 * __dict__ is (so C.__dict__ cannot bypass type attribute assignment and
 * its version counter).  Reading, iteration and repr forward to the dict;
 * nothing writes through it.  Not for other mappings' views (dict.c).
 */
#include "classes.h"

typedef struct PvProxy {
    PvObject ob;
    Value dict;
} PvProxy;

static PvType proxy_type;

Value pv_mappingproxy_new(Value dict)
{
    PvProxy *p = (PvProxy *)pv_new_object(&proxy_type, sizeof(PvProxy));
    p->dict = dict;
    return v_from(p);
}

static Value D(Value v) { return ((PvProxy *)v_obj(v))->dict; }

static Value proxy_repr(Value self)
{
    Value r = pv_repr(D(self));
    return r == V_NULL ? V_NULL : pv_str_printf("mappingproxy(%s)", pv_str_utf8(r, &(size_t){0}));
}

static Value proxy_getitem(Value self, Value key) { return pv_getitem(D(self), key); }
static int64_t proxy_len(Value self) { return pv_len(D(self)); }
static int proxy_contains(Value self, Value key) { return pv_contains(D(self), key); }
static Value proxy_iter(Value self) { return pv_iter(D(self)); }

static Value proxy_richcompare(Value a, Value b, int op)
{
    if (v_is(b, &proxy_type))
        b = D(b);
    return pv_richcompare(D(a), b, op);
}

/* the dict's reading methods only */
static Value proxy_getattr(Value self, Value name)
{
    static const char *const readers[] = {"keys", "values", "items", "get", "copy", NULL};
    for (int i = 0; readers[i]; i++)
        if (pv_str_eq_cstr(name, readers[i]))
            return pv_getattr(D(self), name);
    return V_NULL;
}

static PvType proxy_type = {.ob = {&pv_type_type}, .name = "mappingproxy",
                            .base = &pv_object_type, .flags = PV_TF_MAPPING,
                            .repr = proxy_repr, .getitem = proxy_getitem, .len = proxy_len,
                            .contains = proxy_contains, .iter = proxy_iter,
                            .richcompare = proxy_richcompare, .getattr = proxy_getattr};
