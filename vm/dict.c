/* vm/dict.c: dict as CPython 3.11 lays it out: an array of entries in
 * insertion order plus an open-addressing index table probed with the same
 * perturbation, sized the same way (minimum 8, usable 2/3, grow to used*3),
 * so order, deletion and re-insertion behave identically.  Also the views
 * (dict_keys / dict_values / dict_items) and the dict iterators.
 */
#include <string.h>

#include "coll.h"
#include "iter.h"
#include "classes.h"
#include "runtime.h"

#define MINSIZE 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

static PvDict *as_dict(Value v) { return (PvDict *)v_obj(v); }
static int64_t usable_fraction(int64_t n) { return (n << 1) / 3; }

/* entries allocated: usable(size); "usable" left = that minus nentries */
static int64_t dict_usable_left(PvDict *d)
{
    return d->size ? usable_fraction(d->size) - d->nentries : 0;
}

static void fill_index(PvDict *d, int64_t size)
{
    d->size = size;
    /* IX_EMPTY is -1: all bits set */
    d->index = pv_alloc_atomic_raw((size_t)size * sizeof(int64_t));
    memset(d->index, 0xff, (size_t)size * sizeof(int64_t));
}

/* a slot for a hash known to be absent: the first EMPTY or DUMMY one */
static int64_t find_empty_slot(PvDict *d, int64_t hash)
{
    uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* dictresize: a new index of `size` slots, entries compacted in order */
static void dict_resize(PvDict *d, int64_t size)
{
    PvDictEntry *old = d->entries;
    int64_t n = d->nentries;
    fill_index(d, size);
    PvDictEntry *ne = pv_alloc((size_t)usable_fraction(size) * sizeof(PvDictEntry));
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++)
        if (old[i].key != V_NULL)
            ne[k++] = old[i];
    d->entries = ne;
    d->nentries = k;
    for (int64_t i = 0; i < k; i++)
        d->index[find_empty_slot(d, ne[i].hash)] = i;
}

/* calculate_log2_keysize: the smallest power of two >= max(n, 8) */
static int64_t keysize_for(int64_t n)
{
    int64_t s = MINSIZE;
    while (s < n)
        s <<= 1;
    return s;
}

Value pv_dict_new(void)
{
    PvDict *d = (PvDict *)pv_new_object(&pv_dict_type, sizeof(PvDict));
    return v_from(d);
}

static Value dict_new_presized(PvType *type, int64_t n)
{
    PvDict *d = (PvDict *)pv_new_object(type, sizeof(PvDict));
    if (n > usable_fraction(MINSIZE)) {
        fill_index(d, keysize_for((n * 3 + 1) / 2));
        d->entries = pv_alloc((size_t)usable_fraction(d->size) * sizeof(PvDictEntry));
    }
    return v_from(d);
}

/* Finds key: its index slot in *slot and entry number (or -1).  -2 on error.
 * A comparison that mutates the dict restarts the search, as CPython's
 * lookdict does. */
static int64_t lookup(PvDict *d, Value key, int64_t hash, int64_t *slot)
{
restart:
    if (d->size == 0) {
        *slot = -1;
        return -1;
    }
    uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == IX_EMPTY) {
            *slot = (int64_t)i;
            return -1;
        }
        if (ix >= 0) {
            PvDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = (int64_t)i;
                return ix;
            }
            if (e->hash == hash && e->key != V_NULL) {
                Value startkey = e->key;
                PvDictEntry *entries = d->entries;
                int c;
                if (v_is(startkey, &pv_str_type) && v_is(key, &pv_str_type))
                    c = pv_str_eq(startkey, key);
                else
                    c = pv_richcompare_bool(startkey, key, PV_EQ);
                if (c < 0)
                    return -2;
                if (entries != d->entries || d->entries[ix].key != startkey)
                    goto restart;
                if (c) {
                    *slot = (int64_t)i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static int insert(PvDict *d, Value key, int64_t hash, Value val)
{
    int64_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        d->entries[ix].value = val;
        d->version++;
        return 0;
    }
    if (dict_usable_left(d) <= 0)
        dict_resize(d, keysize_for(d->used * 3));
    slot = find_empty_slot(d, hash);
    d->index[slot] = d->nentries;
    PvDictEntry *e = &d->entries[d->nentries++];
    e->hash = hash;
    e->key = key;
    e->value = val;
    d->used++;
    d->version++;
    return 0;
}

static int hash_of(Value key, int64_t *h)
{
    if (v_is(key, &pv_str_type)) {
        PvStr *s = (PvStr *)v_obj(key);
        if (s->hash != -1) {
            *h = s->hash;
            return 0;
        }
    }
    return pv_hash(key, h);
}

Value pv_dict_get(Value dv, Value key)
{
    int64_t h, slot;
    if (hash_of(key, &h) < 0)
        return V_NULL;
    PvDict *d = as_dict(dv);
    int64_t ix = lookup(d, key, h, &slot);
    return ix >= 0 ? d->entries[ix].value : V_NULL;
}

Value pv_dict_get_str(Value dv, Value key)
{
    PvDict *d = as_dict(dv);
    int64_t h;
    if (hash_of(key, &h) < 0)
        return V_NULL;
    if (d->size == 0)
        return V_NULL;
    uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)h;
    uint64_t i = (uint64_t)h & mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == IX_EMPTY)
            return V_NULL;
        if (ix >= 0) {
            PvDictEntry *e = &d->entries[ix];
            if (e->key == key)
                return e->value;
            if (e->hash == h && e->key != V_NULL) {
                if (!v_is(e->key, &pv_str_type))
                    return pv_dict_get(dv, key);
                if (pv_str_eq(e->key, key))
                    return e->value;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int pv_dict_set(Value d, Value key, Value val)
{
    int64_t h;
    if (hash_of(key, &h) < 0)
        return -1;
    return insert(as_dict(d), key, h, val);
}

static void delete_at(PvDict *d, int64_t slot, int64_t ix)
{
    d->index[slot] = IX_DUMMY;
    d->entries[ix].key = V_NULL;
    d->entries[ix].value = V_NULL;
    d->used--;
    d->version++;
}

/* 1 deleted (value in *old), 0 missing, -1 error */
static int pop_key(Value dv, Value key, Value *old)
{
    int64_t h, slot;
    if (hash_of(key, &h) < 0)
        return -1;
    PvDict *d = as_dict(dv);
    int64_t ix = lookup(d, key, h, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    *old = d->entries[ix].value;
    delete_at(d, slot, ix);
    return 1;
}

int pv_dict_del(Value d, Value key)
{
    Value old;
    int r = pop_key(d, key, &old);
    if (r == 0)
        pv_err_key(key);
    return r > 0 ? 0 : -1;
}

bool pv_dict_next(Value dv, int64_t *pos, Value *key, Value *val)
{
    PvDict *d = as_dict(dv);
    int64_t i = *pos;
    while (i < d->nentries && d->entries[i].key == V_NULL)
        i++;
    if (i >= d->nentries)
        return false;
    if (key)
        *key = d->entries[i].key;
    if (val)
        *val = d->entries[i].value;
    *pos = i + 1;
    return true;
}

static void dict_clear(PvDict *d)
{
    d->used = d->nentries = d->size = 0;
    d->index = NULL;
    d->entries = NULL;
    d->version++;
}

/* PyDict_Copy: a clean table is cloned (same index layout), else merged */
static Value dict_copy(Value src)
{
    PvDict *s = as_dict(src);
    PvDict *d = (PvDict *)pv_new_object(&pv_dict_type, sizeof(PvDict));
    if (s->used == 0)
        return v_from(d);
    if (s->used >= (s->nentries * 2) / 3) {
        d->size = s->size;
        d->index = pv_alloc_atomic((size_t)s->size * sizeof(int64_t));
        memcpy(d->index, s->index, (size_t)s->size * sizeof(int64_t));
        d->entries = pv_alloc((size_t)usable_fraction(s->size) * sizeof(PvDictEntry));
        memcpy(d->entries, s->entries, (size_t)s->nentries * sizeof(PvDictEntry));
        d->nentries = s->nentries;
        d->used = s->used;
        return v_from(d);
    }
    int64_t pos = 0;
    Value k, v;
    dict_resize(d, keysize_for((s->used * 3 + 1) / 2));
    while (pv_dict_next(src, &pos, &k, &v))
        insert(d, k, s->entries[pos - 1].hash, v);
    return v_from(d);
}

/* dict_merge(a, b, override): b a dict or a mapping with keys() */
static Value dict_iter(Value self);

static int dict_merge(Value a, Value b, int override)
{
    PvDict *d = as_dict(a);
    /* CPython copies a dict directly unless its class overrides __iter__
     * (then keys() and [] are used, whether overridden or not) */
    if (v_isinstance(b, &pv_dict_type) && pv_type(b)->iter == dict_iter) {
        PvDict *o = as_dict(b);
        if (b == a || o->used == 0)
            return 0;
        if (usable_fraction(d->size) < o->used)
            dict_resize(d, keysize_for(((d->used + o->used) * 3 + 1) / 2));
        int64_t n = o->nentries, used = o->used;
        for (int64_t i = 0; i < n && i < o->nentries; i++) {
            PvDictEntry e = o->entries[i];
            if (e.key == V_NULL)
                continue;
            if (!override) {
                int64_t slot, ix = lookup(d, e.key, e.hash, &slot);
                if (ix == -2)
                    return -1;
                if (ix >= 0)
                    continue;
            }
            if (insert(d, e.key, e.hash, e.value) < 0)
                return -1;
            if (o->used != used || o->nentries != n) {
                pv_err_set_str(&pv_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    Value keysf = pv_getattr_cstr(b, "keys");
    if (keysf == V_NULL)
        return -1;
    Value keys = pv_call(keysf, 0, NULL, V_NULL);
    if (keys == V_NULL)
        return -1;
    Value it = pv_iter(keys);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value k = pv_next(it);
        if (k == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        if (!override) {
            Value have = pv_dict_get(a, k);
            if (have != V_NULL)
                continue;
            if (pv_err_occurred())
                return -1;
        }
        Value v = pv_getitem(b, k);
        if (v == V_NULL || pv_dict_set(a, k, v) < 0)
            return -1;
    }
}

int pv_dict_update(Value d, Value other) { return dict_merge(d, other, 1); }

static int merge_from_seq2(Value d, Value seq)
{
    Value it = pv_iter(seq);
    if (it == V_NULL)
        return -1;
    for (int64_t i = 0;; i++) {
        Value item = pv_next(it);
        if (item == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        Value k, v;
        int64_t n;
        if (v_isinstance(item, &pv_tuple_type) || v_isinstance(item, &pv_list_type)) {
            bool tup = v_isinstance(item, &pv_tuple_type);
            n = tup ? PV_TUPLE_LEN(item) : PV_LIST_LEN(item);
            const Value *p = tup ? PV_TUPLE_ITEMS(item) : PV_LIST_ITEMS(item);
            k = n > 0 ? p[0] : V_NULL;
            v = n > 1 ? p[1] : V_NULL;
        } else {
            Value l = pv_sequence_list(item);
            if (l == V_NULL) {
                if (pv_err_matches(&pv_exc_TypeError)) {
                    pv_err_clear();
                    pv_err_printf(&pv_exc_TypeError,
                                  "cannot convert dictionary update sequence element #%lld to a sequence",
                                  (long long)i);
                }
                return -1;
            }
            n = PV_LIST_LEN(l);
            k = n > 0 ? PV_LIST_ITEMS(l)[0] : V_NULL;
            v = n > 1 ? PV_LIST_ITEMS(l)[1] : V_NULL;
        }
        if (n != 2) {
            pv_err_printf(&pv_exc_ValueError,
                          "dictionary update sequence element #%lld has length %lld; 2 is required",
                          (long long)i, (long long)n);
            return -1;
        }
        if (pv_dict_set(d, k, v) < 0)
            return -1;
    }
}

/* dict_update_arg: a dict, anything with keys(), else pairs */
static int update_arg(Value d, Value arg)
{
    if (v_isinstance(arg, &pv_dict_type))
        return dict_merge(d, arg, 1);
    bool has_keys = false;
    if (!v_isinstance(arg, &pv_list_type) && !v_isinstance(arg, &pv_tuple_type) &&
        !v_isinstance(arg, &pv_str_type) && !v_is_small(arg)) {
        Value f = pv_getattr_cstr(arg, "keys");
        if (f != V_NULL)
            has_keys = true;
        else if (pv_err_matches(&pv_exc_AttributeError))
            pv_err_clear();
        else
            return -1;
    }
    return has_keys ? dict_merge(d, arg, 1) : merge_from_seq2(d, arg);
}

/* update(arg, **kw) / dict(arg, **kw) */
static int update_common(Value d, const char *name, int argc, const Value *argv, Value kwnames)
{
    int nkw = pv_nkw(kwnames), npos = argc - nkw;
    if (pv_check_positional(name, npos, 0, 1) < 0)
        return -1;
    if (npos == 1 && update_arg(d, argv[0]) < 0)
        return -1;
    for (int i = 0; i < nkw; i++)
        if (pv_dict_set(d, PV_TUPLE_ITEMS(kwnames)[i], argv[npos + i]) < 0)
            return -1;
    return 0;
}

/* ---- slots ---- */

static Value dict_repr(Value self)
{
    PvDict *d = as_dict(self);
    if (pv_repr_enter(self))
        return pv_str_cstr("{...}");
    if (d->used == 0) {
        pv_repr_leave(self);
        return pv_str_cstr("{}");
    }
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_char(&b, '{');
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        PvDictEntry e = d->entries[i];
        if (e.key == V_NULL)
            continue;
        if (!first)
            pv_sb_ascii(&b, ", ");
        first = false;
        Value r = pv_repr(e.key);
        if (r == V_NULL)
            goto fail;
        pv_sb_str(&b, r);
        pv_sb_ascii(&b, ": ");
        r = pv_repr(e.value);
        if (r == V_NULL)
            goto fail;
        pv_sb_str(&b, r);
    }
    pv_sb_char(&b, '}');
    pv_repr_leave(self);
    return pv_sb_finish(&b);
fail:
    pv_repr_leave(self);
    return V_NULL;
}

static int dict_equal(PvDict *a, PvDict *b)
{
    if (a->used != b->used)
        return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        PvDictEntry e = a->entries[i];
        if (e.key == V_NULL)
            continue;
        int64_t slot, ix = lookup(b, e.key, e.hash, &slot);
        if (ix == -2)
            return -1;
        if (ix < 0)
            return 0;
        int c = pv_richcompare_bool(e.value, b->entries[ix].value, PV_EQ);
        if (c <= 0)
            return c;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op)
{
    if (!v_isinstance(a, &pv_dict_type) || !v_isinstance(b, &pv_dict_type) ||
        (op != PV_EQ && op != PV_NE))
        return V_NOTIMPLEMENTED;
    int c = dict_equal(as_dict(a), as_dict(b));
    if (c < 0)
        return V_NULL;
    return v_bool((c == 1) == (op == PV_EQ));
}

static Value dict_binop(Value a, Value b, int op)
{
    if (op == PV_NB_OR) {
        if (!v_isinstance(a, &pv_dict_type) || !v_isinstance(b, &pv_dict_type))
            return V_NOTIMPLEMENTED;
        Value r = dict_copy(a);
        if (update_arg(r, b) < 0)
            return V_NULL;
        return r;
    }
    if (op == PV_NB_OR + PV_NB_COUNT) {
        if (!v_isinstance(a, &pv_dict_type))
            return V_NOTIMPLEMENTED;
        if (update_arg(a, b) < 0)
            return V_NULL;
        return a;
    }
    return V_NOTIMPLEMENTED;
}

static int64_t dict_len(Value self) { return as_dict(self)->used; }

static Value dict_getitem(Value self, Value key)
{
    Value v = pv_dict_get(self, key);
    if (v != V_NULL || pv_err_occurred())
        return v;
    /* d[k] (only: not get/pop/setdefault) of a class with __missing__ */
    if (pv_type(self)->flags & PV_TF_HEAPTYPE) {
        v = pv_call_special(self, ID(__missing__), 1, &key);
        if (v != V_NULL || pv_err_occurred())
            return v;
    }
    pv_err_key(key);
    return V_NULL;
}

static int dict_setitem(Value self, Value key, Value val)
{
    if (val == V_NULL)
        return pv_dict_del(self, key);
    return pv_dict_set(self, key, val);
}

static int dict_contains(Value self, Value key)
{
    Value v = pv_dict_get(self, key);
    if (v != V_NULL)
        return 1;
    return pv_err_occurred() ? -1 : 0;
}

/* ---- iterators ---- */
enum { IT_KEYS, IT_VALUES, IT_ITEMS };

typedef struct DictIter {
    PvObject ob;
    Value dict;       /* V_NULL once exhausted */
    int64_t used;     /* the size when iteration started (-1: sticky error) */
    int64_t pos, len;
    int kind;
} DictIter;

static Value iter_self(Value self) { return self; }

static Value iter_result(DictIter *it, PvDictEntry *e)
{
    if (it->kind == IT_KEYS)
        return e->key;
    if (it->kind == IT_VALUES)
        return e->value;
    Value kv[2] = {e->key, e->value};
    return pv_tuple_from(2, kv);
}

static Value dictiter_next(Value self)
{
    DictIter *it = (DictIter *)v_obj(self);
    if (it->dict == V_NULL)
        return V_NULL;
    PvDict *d = as_dict(it->dict);
    if (it->used != d->used) {
        pv_err_set_str(&pv_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return V_NULL;
    }
    int64_t i = it->pos;
    while (i < d->nentries && d->entries[i].key == V_NULL)
        i++;
    if (i >= d->nentries) {
        it->dict = V_NULL;
        return V_NULL;
    }
    if (it->len == 0) {
        pv_err_set_str(&pv_exc_RuntimeError, "dictionary keys changed during iteration");
        it->dict = V_NULL;
        return V_NULL;
    }
    it->pos = i + 1;
    it->len--;
    return iter_result(it, &d->entries[i]);
}

static Value dictreviter_next(Value self)
{
    DictIter *it = (DictIter *)v_obj(self);
    if (it->dict == V_NULL)
        return V_NULL;
    PvDict *d = as_dict(it->dict);
    if (it->used != d->used) {
        pv_err_set_str(&pv_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return V_NULL;
    }
    int64_t i = it->pos;
    if (i >= d->nentries)
        i = d->nentries - 1;
    while (i >= 0 && d->entries[i].key == V_NULL)
        i--;
    if (i < 0) {
        it->dict = V_NULL;
        return V_NULL;
    }
    it->pos = i - 1;
    it->len--;
    return iter_result(it, &d->entries[i]);
}

static Value dictiter_repr(Value self)
{
    return pv_str_printf("<%s object at %p>", v_obj(self)->type->name, (void *)v_obj(self));
}

#define DICT_ITER_TYPE(cname, pyname, nextf)                                                  \
    static PvType cname = {                                                                   \
        .ob = {&pv_type_type},                                                                \
        .name = pyname,                                                                       \
        .base = &pv_object_type,                                                              \
        .size = sizeof(DictIter),                                                             \
        .repr = dictiter_repr,                                                                \
        .iter = iter_self,                                                                    \
        .next = nextf,                                                                        \
    };
DICT_ITER_TYPE(keyiter_type, "dict_keyiterator", dictiter_next)
DICT_ITER_TYPE(valueiter_type, "dict_valueiterator", dictiter_next)
DICT_ITER_TYPE(itemiter_type, "dict_itemiterator", dictiter_next)
DICT_ITER_TYPE(revkeyiter_type, "dict_reversekeyiterator", dictreviter_next)
DICT_ITER_TYPE(revvalueiter_type, "dict_reversevalueiterator", dictreviter_next)
DICT_ITER_TYPE(revitemiter_type, "dict_reverseitemiterator", dictreviter_next)

static Value dictiter_new(Value dict, int kind, bool reversed)
{
    static PvType *const fwd[] = {&keyiter_type, &valueiter_type, &itemiter_type};
    static PvType *const rev[] = {&revkeyiter_type, &revvalueiter_type, &revitemiter_type};
    DictIter *it = (DictIter *)pv_new_object(reversed ? rev[kind] : fwd[kind], sizeof(DictIter));
    PvDict *d = as_dict(dict);
    it->dict = dict;
    it->used = d->used;
    it->len = d->used;
    it->kind = kind;
    it->pos = reversed ? d->nentries - 1 : 0;
    return v_from(it);
}

static Value dict_iter(Value self) { return dictiter_new(self, IT_KEYS, false); }

/* ---- views ---- */
typedef struct DictView {
    PvObject ob;
    Value dict;
} DictView;

static PvType keys_type, values_type, items_type;

bool pv_is_dict_view(Value v)
{
    return v_is(v, &keys_type) || v_is(v, &values_type) || v_is(v, &items_type);
}

static bool is_setlike_view(Value v) { return v_is(v, &keys_type) || v_is(v, &items_type); }

static Value view_dict(Value v) { return ((DictView *)v_obj(v))->dict; }

static int view_kind(Value v)
{
    return v_is(v, &keys_type) ? IT_KEYS : v_is(v, &values_type) ? IT_VALUES : IT_ITEMS;
}

Value pv_dict_reversed(Value v)
{
    if (v_isinstance(v, &pv_dict_type))
        return dictiter_new(v, IT_KEYS, true);
    if (pv_is_dict_view(v))
        return dictiter_new(view_dict(v), view_kind(v), true);
    return V_NULL;
}

static Value view_new(Value dict, PvType *t)
{
    DictView *v = (DictView *)pv_new_object(t, sizeof(DictView));
    v->dict = dict;
    return v_from(v);
}

static int64_t view_len(Value self) { return as_dict(view_dict(self))->used; }

static Value view_iter(Value self) { return dictiter_new(view_dict(self), view_kind(self), false); }

static Value view_repr(Value self)
{
    if (pv_repr_enter(self))
        return pv_str_cstr("...");
    Value l = pv_sequence_list(self);
    Value r = l == V_NULL ? V_NULL : pv_repr(l);
    pv_repr_leave(self);
    if (r == V_NULL)
        return V_NULL;
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, v_obj(self)->type->name);
    pv_sb_char(&b, '(');
    pv_sb_str(&b, r);
    pv_sb_char(&b, ')');
    return pv_sb_finish(&b);
}

static int keys_contains(Value self, Value key) { return dict_contains(view_dict(self), key); }

static int items_contains(Value self, Value item)
{
    if (!v_isinstance(item, &pv_tuple_type) || PV_TUPLE_LEN(item) != 2)
        return 0;
    Value v = pv_dict_get(view_dict(self), PV_TUPLE_ITEMS(item)[0]);
    if (v == V_NULL)
        return pv_err_occurred() ? -1 : 0;
    return pv_richcompare_bool(v, PV_TUPLE_ITEMS(item)[1], PV_EQ);
}

static int values_contains(Value self, Value item)
{
    Value d = view_dict(self);
    int64_t pos = 0;
    Value v;
    while (pv_dict_next(d, &pos, NULL, &v)) {
        int c = pv_richcompare_bool(v, item, PV_EQ);
        if (c != 0)
            return c;
    }
    return 0;
}

/* all_contained_in: every item of a is in b */
static int all_contained_in(Value a, Value b)
{
    Value it = pv_iter(a);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? -1 : 1;
        int c = pv_contains(b, x);
        if (c <= 0)
            return c;
    }
}

static Value view_richcompare(Value a, Value b, int op)
{
    if (!v_isinstance(b, &pv_set_type) && !v_isinstance(b, &pv_frozenset_type) && !is_setlike_view(b))
        return V_NOTIMPLEMENTED;
    int64_t la = pv_len(a), lb = pv_len(b);
    if (la < 0 || lb < 0)
        return V_NULL;
    int ok = 0;
    switch (op) {
    case PV_EQ:
    case PV_NE:
        if (la == lb)
            ok = all_contained_in(a, b);
        if (op == PV_NE && ok >= 0)
            ok = !ok;
        break;
    case PV_LT:
        if (la < lb)
            ok = all_contained_in(a, b);
        break;
    case PV_LE:
        if (la <= lb)
            ok = all_contained_in(a, b);
        break;
    case PV_GT:
        if (la > lb)
            ok = all_contained_in(b, a);
        break;
    case PV_GE:
        if (la >= lb)
            ok = all_contained_in(b, a);
        break;
    }
    if (ok < 0)
        return V_NULL;
    return v_bool(ok != 0);
}

static Value set_from(Value iterable)
{
    Value s = pv_set_new(&pv_set_type);
    if (pv_set_update(s, iterable) < 0)
        return V_NULL;
    return s;
}

/* _PyDictView_Intersect */
static Value view_intersect(Value a, Value b)
{
    if (!is_setlike_view(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    int64_t la = view_len(a);
    if (v_is(b, &pv_set_type)) {
        int64_t lb = pv_len(b);
        if (la <= lb)
            return pv_set_intersection(b, a);
    }
    if (is_setlike_view(b) && view_len(b) > la) {
        Value t = a;
        a = b;
        b = t;
    }
    Value r = pv_set_new(&pv_set_type);
    Value it = pv_iter(b);
    if (it == V_NULL)
        return V_NULL;
    bool keys = v_is(a, &keys_type);
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : r;
        int c = keys ? keys_contains(a, x) : items_contains(a, x);
        if (c < 0)
            return V_NULL;
        if (c && pv_set_add(r, x) < 0)
            return V_NULL;
    }
}

static Value view_binop(Value a, Value b, int op)
{
    if (op >= PV_NB_COUNT)
        op -= PV_NB_COUNT;
    if (op != PV_NB_AND && op != PV_NB_OR && op != PV_NB_SUBTRACT && op != PV_NB_XOR)
        return V_NOTIMPLEMENTED;
    if (op == PV_NB_AND)
        return view_intersect(a, b);
    Value r = set_from(a);
    if (r == V_NULL)
        return V_NULL;
    int rc;
    if (op == PV_NB_OR)
        rc = pv_set_update(r, b);
    else if (op == PV_NB_SUBTRACT)
        rc = pv_set_difference_update(r, b);
    else
        rc = pv_set_symmetric_difference_update(r, b);
    return rc < 0 ? V_NULL : r;
}

static Value view_isdisjoint(Value self, int argc, const Value *argv, Value kwnames)
{
    const char *q = v_is(self, &keys_type) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (pv_check_onearg(q, argc, kwnames) < 0)
        return V_NULL;
    Value other = argv[0];
    if (other == self)
        return v_bool(view_len(self) == 0);
    Value a = self, b = other;
    /* iterate over the shorter one when sizes are known */
    if (v_isinstance(other, &pv_set_type) || v_isinstance(other, &pv_frozenset_type) ||
        pv_is_dict_view(other)) {
        int64_t lo = pv_len(other);
        if (lo < 0)
            return V_NULL;
        if (lo > view_len(self)) {
            a = other;
            b = self;
        }
    }
    Value it = pv_iter(b);
    if (it == V_NULL)
        return V_NULL;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : V_TRUE;
        int c = pv_contains(a, x);
        if (c < 0)
            return V_NULL;
        if (c)
            return V_FALSE;
    }
}

static const PvMethodDef view_methods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {NULL, NULL, 0},
};

static PvType keys_type = {
    .ob = {&pv_type_type},
    .name = "dict_keys",
    .base = &pv_object_type,
    .size = sizeof(DictView),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .binop = view_binop,
    .len = view_len,
    .contains = keys_contains,
    .iter = view_iter,
    .methods = view_methods,
};

static PvType items_type = {
    .ob = {&pv_type_type},
    .name = "dict_items",
    .base = &pv_object_type,
    .size = sizeof(DictView),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .binop = view_binop,
    .len = view_len,
    .contains = items_contains,
    .iter = view_iter,
    .methods = view_methods,
};

static PvType values_type = {
    .ob = {&pv_type_type},
    .name = "dict_values",
    .base = &pv_object_type,
    .size = sizeof(DictView),
    .repr = view_repr,
    .len = view_len,
    .contains = values_contains,
    .iter = view_iter,
};

/* ---- methods ---- */

static Value dict_keys_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("dict.keys", argc, kwnames) < 0)
        return V_NULL;
    return view_new(self, &keys_type);
}

static Value dict_values_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("dict.values", argc, kwnames) < 0)
        return V_NULL;
    return view_new(self, &values_type);
}

static Value dict_items_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("dict.items", argc, kwnames) < 0)
        return V_NULL;
    return view_new(self, &items_type);
}

static Value dict_get_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("dict.get", kwnames) < 0 || pv_check_positional("get", argc, 1, 2) < 0)
        return V_NULL;
    Value v = pv_dict_get(self, argv[0]);
    if (v != V_NULL || pv_err_occurred())
        return v;
    return argc > 1 ? argv[1] : V_NONE;
}

static Value dict_setdefault_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("dict.setdefault", kwnames) < 0 ||
        pv_check_positional("setdefault", argc, 1, 2) < 0)
        return V_NULL;
    Value v = pv_dict_get(self, argv[0]);
    if (v != V_NULL || pv_err_occurred())
        return v;
    Value dflt = argc > 1 ? argv[1] : V_NONE;
    if (pv_dict_set(self, argv[0], dflt) < 0)
        return V_NULL;
    return dflt;
}

static Value dict_pop_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("dict.pop", kwnames) < 0 || pv_check_positional("pop", argc, 1, 2) < 0)
        return V_NULL;
    Value old;
    int r = pop_key(self, argv[0], &old);
    if (r < 0)
        return V_NULL;
    if (r > 0)
        return old;
    if (argc > 1)
        return argv[1];
    pv_err_key(argv[0]);
    return V_NULL;
}

static Value dict_popitem_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("dict.popitem", argc, kwnames) < 0)
        return V_NULL;
    PvDict *d = as_dict(self);
    if (d->used == 0) {
        Value msg = pv_str_cstr("popitem(): dictionary is empty");
        pv_err_key(msg);
        return V_NULL;
    }
    int64_t i = d->nentries - 1;
    while (i >= 0 && d->entries[i].key == V_NULL)
        i--;
    PvDictEntry e = d->entries[i];
    /* the index slot pointing at entry i */
    uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)e.hash;
    uint64_t j = (uint64_t)e.hash & mask;
    while (d->index[j] != i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    delete_at(d, (int64_t)j, i);
    d->nentries = i;
    Value kv[2] = {e.key, e.value};
    return pv_tuple_from(2, kv);
}

static Value dict_update_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (update_common(self, "update", argc, argv, kwnames) < 0)
        return V_NULL;
    return V_NONE;
}

static Value dict_clear_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("dict.clear", argc, kwnames) < 0)
        return V_NULL;
    dict_clear(as_dict(self));
    return V_NONE;
}

static Value dict_copy_m(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("dict.copy", argc, kwnames) < 0)
        return V_NULL;
    return dict_copy(self);
}

static Value dict_fromkeys_m(Value cls, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("dict.fromkeys", kwnames) < 0 ||
        pv_check_positional("fromkeys", argc, 1, 2) < 0)
        return V_NULL;
    Value val = argc > 1 ? argv[1] : V_NONE, it = argv[0];
    /* d.fromkeys(...) through an instance means type(d).fromkeys */
    if (!v_isinstance(cls, &pv_type_type))
        cls = v_from(pv_type(cls));
    PvType *t = (PvType *)v_obj(cls);
    Value d;
    if (t == &pv_dict_type) {
        int64_t n = 0;
        if (v_isinstance(it, &pv_dict_type))
            n = as_dict(it)->used;
        else if (v_isinstance(it, &pv_set_type) || v_isinstance(it, &pv_frozenset_type))
            n = ((PvSet *)v_obj(it))->used;
        d = dict_new_presized(&pv_dict_type, n);
    } else {
        d = pv_call(cls, 0, NULL, V_NULL);
        if (d == V_NULL)
            return V_NULL;
    }
    Value iter = pv_iter(it);
    if (iter == V_NULL)
        return V_NULL;
    for (;;) {
        Value k = pv_next(iter);
        if (k == V_NULL)
            return pv_err_occurred() ? V_NULL : d;
        if (pv_setitem(d, k, val) < 0)
            return V_NULL;
    }
}

static Value dict_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    Value d = v_from(pv_new_object(type, sizeof(PvDict)));
    /* a class derived from dict: filled by __init__ */
    if (type != &pv_dict_type)
        return d;
    if (update_common(d, "dict", argc, argv, kwnames) < 0)
        return V_NULL;
    return d;
}

static int dict_init(Value self, int argc, const Value *argv, Value kwnames)
{
    return update_common(self, "dict", argc, argv, kwnames);
}

static const PvMethodDef dict_methods[] = {
    {"keys", dict_keys_m, 0},
    {"values", dict_values_m, 0},
    {"items", dict_items_m, 0},
    {"get", dict_get_m, 0},
    {"setdefault", dict_setdefault_m, 0},
    {"pop", dict_pop_m, 0},
    {"popitem", dict_popitem_m, 0},
    {"update", dict_update_m, 0},
    {"clear", dict_clear_m, 0},
    {"copy", dict_copy_m, 0},
    {"fromkeys", dict_fromkeys_m, PV_METH_CLASS},
    {NULL, NULL, 0},
};

PvType pv_dict_type = {
    .ob = {&pv_type_type},
    .name = "dict",
    .base = &pv_object_type,
    .size = sizeof(PvDict),
    .flags = PV_TF_BASETYPE | PV_TF_MAPPING,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .binop = dict_binop,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .new = dict_new,
    .init = dict_init,
    .methods = dict_methods,
};
