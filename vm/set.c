/* vm/set.c: set and frozenset with CPython 3.11's table: open addressing
 * with LINEAR_PROBES=9 neighbours then perturbation, dummies for deleted
 * keys, fill/used accounting and the same resize points (used*4, or used*2
 * past 50000), so iteration order matches python3.11 for the same hashes.
 */
#include <string.h>

#include "coll.h"
#include "iter.h"
#include "runtime.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static PvObject dummy_obj = {&pv_object_type};
#define DUMMY v_from(&dummy_obj)

static PvSet *as_set(Value v) { return (PvSet *)v_obj(v); }
static bool is_anyset(Value v)
{
    return v_isinstance(v, &pv_set_type) || v_isinstance(v, &pv_frozenset_type);
}
static bool is_frozen(Value v) { return v_isinstance(v, &pv_frozenset_type); }

static void set_empty(PvSet *s)
{
    s->table = pv_alloc(MINSIZE * sizeof(PvSetEntry));
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
}

static Value make_set(PvType *type)
{
    PvSet *s = (PvSet *)pv_new_object(type, sizeof(PvSet));
    set_empty(s);
    s->finger = 0;
    return v_from(s);
}

/* result sets of operations are plain set/frozenset (make_new_set_basetype) */
static Value make_basetype(Value like)
{
    return make_set(is_frozen(like) ? &pv_frozenset_type : &pv_set_type);
}

Value pv_set_new(PvType *type) { return make_set(type); }

static int key_hash(Value key, int64_t *h)
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

/* set_lookkey: the entry holding key, or the empty entry that ends the
 * search (key V_NULL); NULL on error */
static PvSetEntry *lookkey(PvSet *s, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        PvSetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == V_NULL)
                return e;
            if (e->hash == hash) {
                Value startkey = e->key;
                if (startkey == key)
                    return e;
                if (v_is(startkey, &pv_str_type) && v_is(key, &pv_str_type)) {
                    if (pv_str_eq(startkey, key))
                        return e;
                } else {
                    PvSetEntry *table = s->table;
                    int c = pv_richcompare_bool(startkey, key, PV_EQ);
                    if (c < 0)
                        return NULL;
                    if (table != s->table || e->key != startkey)
                        goto restart;
                    if (c > 0)
                        return e;
                    mask = (uint64_t)s->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(PvSetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        PvSetEntry *e = &table[i];
        if (e->key == V_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == V_NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* set_table_resize: the smallest power of two above minused */
static void table_resize(PvSet *s, int64_t minused)
{
    int64_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    /* a minimum-size table without dummies is left as it is */
    if (newsize == MINSIZE && s->mask == MINSIZE - 1 && s->fill == s->used)
        return;
    PvSetEntry *old = s->table;
    int64_t oldmask = s->mask;
    PvSetEntry *nt = pv_alloc((size_t)newsize * sizeof(PvSetEntry));
    s->table = nt;
    s->mask = newsize - 1;
    s->fill = s->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (old[i].key != V_NULL && old[i].key != DUMMY)
            insert_clean(nt, (uint64_t)s->mask, old[i].key, old[i].hash);
}

static int add_entry(PvSet *s, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    PvSetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == V_NULL)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                Value startkey = e->key;
                if (startkey == key)
                    return 0;
                if (v_is(startkey, &pv_str_type) && v_is(key, &pv_str_type)) {
                    if (pv_str_eq(startkey, key))
                        return 0;
                } else {
                    PvSetEntry *table = s->table;
                    int c = pv_richcompare_bool(startkey, key, PV_EQ);
                    if (c > 0)
                        return 0;
                    if (c < 0)
                        return -1;
                    if (table != s->table || e->key != startkey)
                        goto restart;
                    mask = (uint64_t)s->mask;
                }
            } else if (e->hash == -1) {
                freeslot = e; /* the last dummy seen, as 3.11 does */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)s->fill * 5 < mask * 3)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

static int add_key(PvSet *s, Value key)
{
    int64_t h;
    if (key_hash(key, &h) < 0)
        return -1;
    return add_entry(s, key, h);
}

int pv_set_add(Value s, Value key) { return add_key(as_set(s), key); }

static int contains_entry(PvSet *s, Value key, int64_t hash)
{
    PvSetEntry *e = lookkey(s, key, hash);
    if (!e)
        return -1;
    return e->key != V_NULL;
}

static int contains_key(PvSet *s, Value key)
{
    int64_t h;
    if (key_hash(key, &h) < 0)
        return -1;
    return contains_entry(s, key, h);
}

/* -1 error, 0 not found, 1 discarded */
static int discard_entry(PvSet *s, Value key, int64_t hash)
{
    PvSetEntry *e = lookkey(s, key, hash);
    if (!e)
        return -1;
    if (e->key == V_NULL)
        return 0;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

static int discard_key(PvSet *s, Value key)
{
    int64_t h;
    if (key_hash(key, &h) < 0)
        return -1;
    return discard_entry(s, key, h);
}

static bool set_next(PvSet *s, int64_t *pos, PvSetEntry **out)
{
    int64_t i = *pos;
    while (i <= s->mask && (s->table[i].key == V_NULL || s->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > s->mask)
        return false;
    *out = &s->table[i];
    return true;
}

bool pv_set_next(Value sv, int64_t *pos, Value *key)
{
    PvSetEntry *e;
    if (!set_next(as_set(sv), pos, &e))
        return false;
    *key = e->key;
    return true;
}

/* an unhashable set used as a key is looked up as a frozenset */
static Value frozen_key(Value key)
{
    if (!v_isinstance(key, &pv_set_type) || !pv_err_matches(&pv_exc_TypeError))
        return V_NULL;
    pv_err_clear();
    Value t = make_set(&pv_frozenset_type);
    if (pv_set_update(t, key) < 0)
        return V_NULL;
    return t;
}

int pv_set_contains(Value s, Value key)
{
    int r = contains_key(as_set(s), key);
    if (r < 0) {
        Value t = frozen_key(key);
        if (t == V_NULL)
            return -1;
        r = contains_key(as_set(s), t);
    }
    return r;
}

int pv_set_discard_value(Value s, Value key)
{
    int r = discard_key(as_set(s), key);
    if (r < 0) {
        Value t = frozen_key(key);
        if (t == V_NULL)
            return -1;
        r = discard_key(as_set(s), t);
    }
    return r;
}

static int set_merge(PvSet *s, PvSet *o)
{
    if (o == s || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key != V_NULL)
                s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++) {
            Value k = o->table[i].key;
            if (k != V_NULL && k != DUMMY)
                insert_clean(s->table, (uint64_t)s->mask, k, o->table[i].hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        Value k = o->table[i].key;
        if (k != V_NULL && k != DUMMY && add_entry(s, k, o->table[i].hash) < 0)
            return -1;
    }
    return 0;
}

int pv_set_update(Value sv, Value other)
{
    PvSet *s = as_set(sv);
    if (is_anyset(other))
        return set_merge(s, as_set(other));
    if (v_is(other, &pv_dict_type)) {
        PvDict *d = (PvDict *)v_obj(other);
        if ((s->fill + d->used) * 5 >= s->mask * 3)
            table_resize(s, (s->used + d->used) * 2);
        for (int64_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key != V_NULL && add_entry(s, d->entries[i].key, d->entries[i].hash) < 0)
                return -1;
        return 0;
    }
    Value it = pv_iter(other);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value k = pv_next(it);
        if (k == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        if (add_key(s, k) < 0)
            return -1;
    }
}

static Value set_copy(Value s)
{
    Value r = make_basetype(s);
    if (pv_set_update(r, s) < 0)
        return V_NULL;
    return r;
}

static void set_clear(PvSet *s) { set_empty(s); }

static void swap_bodies(PvSet *a, PvSet *b)
{
    PvSet t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    if (is_frozen(v_from(a)) && is_frozen(v_from(b))) {
        a->hash = b->hash;
        b->hash = t.hash;
    } else {
        a->hash = b->hash = -1;
    }
}

Value pv_set_intersection(Value sv, Value other)
{
    if (sv == other)
        return set_copy(sv);
    Value r = make_basetype(sv);
    PvSet *res = as_set(r), *s = as_set(sv);
    if (is_anyset(other)) {
        PvSet *o = as_set(other);
        if (o->used > s->used) {
            PvSet *t = s;
            s = o;
            o = t;
        }
        int64_t pos = 0;
        PvSetEntry *e;
        while (set_next(o, &pos, &e)) {
            Value k = e->key;
            int64_t h = e->hash;
            int c = contains_entry(s, k, h);
            if (c < 0 || (c && add_entry(res, k, h) < 0))
                return V_NULL;
        }
        return r;
    }
    Value it = pv_iter(other);
    if (it == V_NULL)
        return V_NULL;
    for (;;) {
        Value k = pv_next(it);
        if (k == V_NULL)
            return pv_err_occurred() ? V_NULL : r;
        int64_t h;
        if (key_hash(k, &h) < 0)
            return V_NULL;
        int c = contains_entry(s, k, h);
        if (c < 0 || (c && add_entry(res, k, h) < 0))
            return V_NULL;
    }
}

int pv_set_difference_update(Value sv, Value other)
{
    PvSet *s = as_set(sv);
    if (sv == other) {
        set_clear(s);
        return 0;
    }
    if (is_anyset(other)) {
        if ((as_set(other)->used >> 3) > s->used) {
            other = pv_set_intersection(sv, other);
            if (other == V_NULL)
                return -1;
        }
        PvSet *o = as_set(other);
        int64_t pos = 0;
        PvSetEntry *e;
        while (set_next(o, &pos, &e))
            if (discard_entry(s, e->key, e->hash) < 0)
                return -1;
    } else {
        Value it = pv_iter(other);
        if (it == V_NULL)
            return -1;
        for (;;) {
            Value k = pv_next(it);
            if (k == V_NULL) {
                if (pv_err_occurred())
                    return -1;
                break;
            }
            if (discard_key(s, k) < 0)
                return -1;
        }
    }
    /* more than a quarter dummies: resize them away */
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

static Value set_difference(Value sv, Value other)
{
    PvSet *s = as_set(sv);
    int64_t osize;
    if (is_anyset(other))
        osize = as_set(other)->used;
    else if (v_is(other, &pv_dict_type))
        osize = ((PvDict *)v_obj(other))->used;
    else
        osize = -1;
    if (osize < 0 || (s->used >> 2) > osize) {
        Value r = set_copy(sv);
        if (r == V_NULL || pv_set_difference_update(r, other) < 0)
            return V_NULL;
        return r;
    }
    Value r = make_basetype(sv);
    int64_t pos = 0;
    PvSetEntry *e;
    bool dict = v_is(other, &pv_dict_type);
    while (set_next(s, &pos, &e)) {
        Value k = e->key;
        int64_t h = e->hash;
        int c;
        if (dict) {
            Value v = pv_dict_get(other, k);
            c = v != V_NULL ? 1 : pv_err_occurred() ? -1 : 0;
        } else {
            c = contains_entry(as_set(other), k, h);
        }
        if (c < 0 || (!c && add_entry(as_set(r), k, h) < 0))
            return V_NULL;
    }
    return r;
}

int pv_set_symmetric_difference_update(Value sv, Value other)
{
    PvSet *s = as_set(sv);
    if (sv == other) {
        set_clear(s);
        return 0;
    }
    if (v_is(other, &pv_dict_type)) {
        PvDict *d = (PvDict *)v_obj(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            PvDictEntry en = d->entries[i];
            if (en.key == V_NULL)
                continue;
            int c = discard_entry(s, en.key, en.hash);
            if (c < 0 || (c == 0 && add_entry(s, en.key, en.hash) < 0))
                return -1;
        }
        return 0;
    }
    Value os = other;
    if (!is_anyset(other)) {
        os = make_basetype(sv);
        if (pv_set_update(os, other) < 0)
            return -1;
    }
    int64_t pos = 0;
    PvSetEntry *e;
    while (set_next(as_set(os), &pos, &e)) {
        Value k = e->key;
        int64_t h = e->hash;
        int c = discard_entry(s, k, h);
        if (c < 0 || (c == 0 && add_entry(s, k, h) < 0))
            return -1;
    }
    return 0;
}

static Value set_symmetric_difference(Value sv, Value other)
{
    Value r = make_basetype(sv);
    if (pv_set_update(r, other) < 0 || pv_set_symmetric_difference_update(r, sv) < 0)
        return V_NULL;
    return r;
}

/* -1, 0, 1 */
static int set_issubset(Value sv, Value other)
{
    PvSet *s = as_set(sv);
    if (!is_anyset(other)) {
        Value t = pv_set_intersection(sv, other);
        if (t == V_NULL)
            return -1;
        return as_set(t)->used == s->used;
    }
    if (s->used > as_set(other)->used)
        return 0;
    int64_t pos = 0;
    PvSetEntry *e;
    while (set_next(s, &pos, &e)) {
        int c = contains_entry(as_set(other), e->key, e->hash);
        if (c <= 0)
            return c;
    }
    return 1;
}

static int set_issuperset(Value sv, Value other)
{
    if (is_anyset(other))
        return set_issubset(other, sv);
    Value it = pv_iter(other);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value k = pv_next(it);
        if (k == V_NULL)
            return pv_err_occurred() ? -1 : 1;
        int c = contains_key(as_set(sv), k);
        if (c <= 0)
            return c;
    }
}

static int set_isdisjoint(Value sv, Value other)
{
    PvSet *s = as_set(sv);
    if (sv == other)
        return s->used == 0;
    if (v_is(other, &pv_set_type) || v_is(other, &pv_frozenset_type)) {
        PvSet *o = as_set(other);
        if (o->used > s->used) {
            PvSet *t = s;
            s = o;
            o = t;
        }
        int64_t pos = 0;
        PvSetEntry *e;
        while (set_next(o, &pos, &e)) {
            int c = contains_entry(s, e->key, e->hash);
            if (c != 0)
                return c < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = pv_iter(other);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value k = pv_next(it);
        if (k == V_NULL)
            return pv_err_occurred() ? -1 : 1;
        int c = contains_key(s, k);
        if (c != 0)
            return c < 0 ? -1 : 0;
    }
}

/* ---- slots ---- */

static Value set_repr(Value self)
{
    const char *tname = v_obj(self)->type->name;
    if (pv_repr_enter(self))
        return pv_str_printf("%s(...)", tname);
    if (as_set(self)->used == 0) {
        pv_repr_leave(self);
        return pv_str_printf("%s()", tname);
    }
    Value l = pv_sequence_list(self);
    Value r = l == V_NULL ? V_NULL : pv_repr(l);
    pv_repr_leave(self);
    if (r == V_NULL)
        return V_NULL;
    PvStrBuf b;
    pv_sb_init(&b);
    bool plain = v_is(self, &pv_set_type);
    if (!plain) {
        pv_sb_ascii(&b, tname);
        pv_sb_char(&b, '(');
    }
    pv_sb_char(&b, '{');
    for (int64_t i = 1; i + 1 < pv_str_len(r); i++)
        pv_sb_char(&b, pv_str_char(r, i));
    pv_sb_char(&b, '}');
    if (!plain)
        pv_sb_char(&b, ')');
    return pv_sb_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int frozenset_hash(Value self, int64_t *out)
{
    PvSet *s = as_set(self);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    /* xor over live entries only: CPython xors every slot and then removes
     * the empty and dummy ones, which comes to the same */
    uint64_t h = 0;
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != V_NULL && s->table[i].key != DUMMY)
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == UINT64_MAX)
        h = 590923713ULL;
    s->hash = (int64_t)h;
    *out = s->hash;
    return 0;
}

static Value set_richcompare(Value a, Value b, int op)
{
    if (!is_anyset(a) || !is_anyset(b))
        return V_NOTIMPLEMENTED;
    PvSet *sa = as_set(a), *sb = as_set(b);
    int r;
    switch (op) {
    case PV_EQ:
    case PV_NE:
        if (sa->used != sb->used)
            r = 0;
        else if (sa->hash != -1 && sb->hash != -1 && sa->hash != sb->hash)
            r = 0;
        else
            r = set_issubset(a, b);
        if (r >= 0 && op == PV_NE)
            r = !r;
        break;
    case PV_LE: r = set_issubset(a, b); break;
    case PV_GE: r = set_issuperset(a, b); break;
    case PV_LT: r = sa->used >= sb->used ? 0 : set_issubset(a, b); break;
    case PV_GT: r = sa->used <= sb->used ? 0 : set_issuperset(a, b); break;
    default: return V_NOTIMPLEMENTED;
    }
    if (r < 0)
        return V_NULL;
    return v_bool(r != 0);
}

static Value set_binop(Value a, Value b, int op)
{
    bool inplace = op >= PV_NB_COUNT;
    if (inplace)
        op -= PV_NB_COUNT;
    if (op != PV_NB_OR && op != PV_NB_AND && op != PV_NB_SUBTRACT && op != PV_NB_XOR)
        return V_NOTIMPLEMENTED;
    if (!is_anyset(a) || !is_anyset(b))
        return V_NOTIMPLEMENTED;
    if (inplace && v_isinstance(a, &pv_set_type)) {
        int rc = 0;
        switch (op) {
        case PV_NB_OR: rc = pv_set_update(a, b); break;
        case PV_NB_SUBTRACT: rc = pv_set_difference_update(a, b); break;
        case PV_NB_XOR: rc = pv_set_symmetric_difference_update(a, b); break;
        case PV_NB_AND: {
            Value t = pv_set_intersection(a, b);
            if (t == V_NULL)
                return V_NULL;
            swap_bodies(as_set(a), as_set(t));
            break;
        }
        }
        return rc < 0 ? V_NULL : a;
    }
    switch (op) {
    case PV_NB_OR: {
        Value r = set_copy(a);
        if (r == V_NULL || a == b)
            return r;
        return pv_set_update(r, b) < 0 ? V_NULL : r;
    }
    case PV_NB_AND: return pv_set_intersection(a, b);
    case PV_NB_SUBTRACT: return set_difference(a, b);
    default: return set_symmetric_difference(a, b);
    }
}

static int64_t set_len(Value self) { return as_set(self)->used; }

/* ---- iterator ---- */
typedef struct SetIter {
    PvObject ob;
    Value set;          /* V_NULL once exhausted */
    int64_t used, pos, len;
} SetIter;

static Value iter_self(Value self) { return self; }

static Value setiter_next(Value self)
{
    SetIter *it = (SetIter *)v_obj(self);
    if (it->set == V_NULL)
        return V_NULL;
    PvSet *s = as_set(it->set);
    if (it->used != s->used) {
        pv_err_set_str(&pv_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return V_NULL;
    }
    PvSetEntry *e;
    if (!set_next(s, &it->pos, &e)) {
        it->set = V_NULL;
        return V_NULL;
    }
    it->len--;
    return e->key;
}

static Value setiter_repr(Value self)
{
    return pv_str_printf("<set_iterator object at %p>", (void *)v_obj(self));
}

PvType pv_set_iter_type = {
    .ob = {&pv_type_type},
    .name = "set_iterator",
    .base = &pv_object_type,
    .size = sizeof(SetIter),
    .repr = setiter_repr,
    .iter = iter_self,
    .next = setiter_next,
};

static Value set_iter(Value self)
{
    SetIter *it = (SetIter *)pv_new_object(&pv_set_iter_type, sizeof(SetIter));
    it->set = self;
    it->used = it->len = as_set(self)->used;
    return v_from(it);
}

/* ---- methods ---- */

static const char *qual(Value self, const char *meth)
{
    static char buf[64];
    snprintf(buf, sizeof buf, "%s.%s", is_frozen(self) ? "frozenset" : "set", meth);
    return buf;
}

static Value m_add(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("set.add", argc, kwnames) < 0 || pv_set_add(self, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static Value m_discard(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("set.discard", argc, kwnames) < 0 || pv_set_discard_value(self, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static Value m_remove(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("set.remove", argc, kwnames) < 0)
        return V_NULL;
    int r = pv_set_discard_value(self, argv[0]);
    if (r < 0)
        return V_NULL;
    if (r == 0) {
        pv_err_key(argv[0]);
        return V_NULL;
    }
    return V_NONE;
}

static Value m_pop(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("set.pop", argc, kwnames) < 0)
        return V_NULL;
    PvSet *s = as_set(self);
    if (s->used == 0) {
        pv_err_key(pv_str_cstr("pop from an empty set"));
        return V_NULL;
    }
    PvSetEntry *e = &s->table[s->finger & s->mask], *limit = &s->table[s->mask];
    while (e->key == V_NULL || e->key == DUMMY) {
        e++;
        if (e > limit)
            e = s->table;
    }
    Value k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    return k;
}

static Value m_clear(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs("set.clear", argc, kwnames) < 0)
        return V_NULL;
    set_clear(as_set(self));
    return V_NONE;
}

static Value m_copy(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_noargs(qual(self, "copy"), argc, kwnames) < 0)
        return V_NULL;
    if (v_is(self, &pv_frozenset_type))
        return self;
    return set_copy(self);
}

static Value m_update(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("set.update", kwnames) < 0)
        return V_NULL;
    for (int i = 0; i < argc; i++)
        if (pv_set_update(self, argv[i]) < 0)
            return V_NULL;
    return V_NONE;
}

static Value m_union(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw(qual(self, "union"), kwnames) < 0)
        return V_NULL;
    Value r = set_copy(self);
    for (int i = 0; r != V_NULL && i < argc; i++)
        if (argv[i] != self && pv_set_update(r, argv[i]) < 0)
            return V_NULL;
    return r;
}

static Value intersection_multi(Value self, int argc, const Value *argv)
{
    if (argc == 0)
        return set_copy(self);
    Value r = self;
    for (int i = 0; i < argc; i++) {
        r = pv_set_intersection(r, argv[i]);
        if (r == V_NULL)
            return V_NULL;
    }
    return r;
}

static Value m_intersection(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw(qual(self, "intersection"), kwnames) < 0)
        return V_NULL;
    return intersection_multi(self, argc, argv);
}

static Value m_intersection_update(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("set.intersection_update", kwnames) < 0)
        return V_NULL;
    Value t = intersection_multi(self, argc, argv);
    if (t == V_NULL)
        return V_NULL;
    swap_bodies(as_set(self), as_set(t));
    return V_NONE;
}

static Value m_difference(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw(qual(self, "difference"), kwnames) < 0)
        return V_NULL;
    if (argc == 0)
        return set_copy(self);
    Value r = set_difference(self, argv[0]);
    for (int i = 1; r != V_NULL && i < argc; i++)
        if (pv_set_difference_update(r, argv[i]) < 0)
            return V_NULL;
    return r;
}

static Value m_difference_update(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("set.difference_update", kwnames) < 0)
        return V_NULL;
    for (int i = 0; i < argc; i++)
        if (pv_set_difference_update(self, argv[i]) < 0)
            return V_NULL;
    return V_NONE;
}

static Value m_symmetric_difference(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg(qual(self, "symmetric_difference"), argc, kwnames) < 0)
        return V_NULL;
    return set_symmetric_difference(self, argv[0]);
}

static Value m_symmetric_difference_update(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg("set.symmetric_difference_update", argc, kwnames) < 0 ||
        pv_set_symmetric_difference_update(self, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static Value bool_result(int r) { return r < 0 ? V_NULL : v_bool(r != 0); }

static Value m_issubset(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg(qual(self, "issubset"), argc, kwnames) < 0)
        return V_NULL;
    return bool_result(set_issubset(self, argv[0]));
}

static Value m_issuperset(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg(qual(self, "issuperset"), argc, kwnames) < 0)
        return V_NULL;
    return bool_result(set_issuperset(self, argv[0]));
}

static Value m_isdisjoint(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_onearg(qual(self, "isdisjoint"), argc, kwnames) < 0)
        return V_NULL;
    return bool_result(set_isdisjoint(self, argv[0]));
}

static Value set_new_slot(PvType *type, int argc, const Value *argv, Value kwnames)
{
    bool frozen = pv_type_is_subtype(type, &pv_frozenset_type);
    const char *name = frozen ? "frozenset" : "set";
    /* a class derived from set: filled by __init__ */
    if (!frozen && type != &pv_set_type)
        return make_set(type);
    if (pv_check_no_kw(name, kwnames) < 0 || pv_check_positional(type->name, argc, 0, 1) < 0)
        return V_NULL;
    if (frozen && type == &pv_frozenset_type && argc == 1 && v_is(argv[0], &pv_frozenset_type))
        return argv[0];
    Value s = make_set(type);
    if (argc == 1 && pv_set_update(s, argv[0]) < 0)
        return V_NULL;
    return s;
}

static int set_init(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_check_no_kw("set", kwnames) < 0 ||
        pv_check_positional(pv_type(self)->name, argc, 0, 1) < 0)
        return -1;
    set_clear((PvSet *)v_obj(self));
    return argc == 1 ? pv_set_update(self, argv[0]) : 0;
}

static const PvMethodDef set_methods[] = {
    {"add", m_add, 0},
    {"discard", m_discard, 0},
    {"remove", m_remove, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};

static const PvMethodDef frozenset_methods[] = {
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0},
};

static int set_contains_slot(Value self, Value key) { return pv_set_contains(self, key); }

PvType pv_set_type = {
    .ob = {&pv_type_type},
    .name = "set",
    .base = &pv_object_type,
    .size = sizeof(PvSet),
    .flags = PV_TF_BASETYPE,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .binop = set_binop,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new = set_new_slot,
    .init = set_init,
    .methods = set_methods,
};

PvType pv_frozenset_type = {
    .ob = {&pv_type_type},
    .name = "frozenset",
    .base = &pv_object_type,
    .size = sizeof(PvSet),
    .flags = PV_TF_BASETYPE,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .binop = set_binop,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .new = set_new_slot,
    .methods = frozenset_methods,
};
