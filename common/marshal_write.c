/* common/marshal_write.c: the marshal (version 4) writer: Obj graph -> bytes
 * that CPython 3.11's marshal.loads reads back as equal objects, using the
 * type codes CPython chooses.  Sharing is decided by this writer (objects
 * reached twice, equal leaves), not by reference counts as in CPython, so
 * the bytes are not always identical to CPython's; they are deterministic.
 */
#include "marshal.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* One distinct object to write.  Leaves with equal content share a node. */
typedef struct Node {
    const Obj *obj;      /* canonical object */
    uint32_t count;      /* times reached (saturating) */
    int32_t ref;         /* reference index once written with FLAG_REF, else -1 */
    bool busy;           /* being written: a reference to it would be a cycle */
} Node;

/* Open-addressing hash tables (linear probing, power-of-two sizes, at most
 * 3/4 full).  Values are node numbers + 1, 0 marking an empty slot. */
typedef struct PtrTable {        /* every object pointer seen -> its node */
    const Obj **keys;
    uint32_t *vals;
    size_t cap, used;
} PtrTable;

typedef struct ContentTable {    /* leaf content -> the node holding it */
    uint32_t *slots;             /* the key is the node's canonical object */
    size_t cap, used;
} ContentTable;

typedef struct Writer {
    Node *nodes;
    size_t nnodes, capnodes;
    PtrTable ptrs;
    ContentTable leaves;
    ByteBuf *out;
    int32_t nrefs;
} Writer;

static bool is_singleton(const Obj *o)
{
    return o->kind == OBJ_NONE || o->kind == OBJ_FALSE || o->kind == OBJ_TRUE ||
           o->kind == OBJ_STOPITER || o->kind == OBJ_ELLIPSIS;
}

static bool is_leaf(const Obj *o)
{
    return o->kind == OBJ_INT || o->kind == OBJ_FLOAT || o->kind == OBJ_COMPLEX ||
           o->kind == OBJ_BYTES || o->kind == OBJ_STR;
}

static uint64_t mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const uint8_t *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ULL; /* FNV-1a */
    return h;
}

static size_t hash_ptr(const Obj *o) { return (size_t)mix64((uint64_t)(uintptr_t)o); }

static size_t hash_content(const Obj *o)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ o->kind;
    switch ((ObjKind)o->kind) {
    case OBJ_INT:
        if (!o->u.i.big)
            return (size_t)mix64(h ^ (uint64_t)o->u.i.value);
        h = hash_bytes(h, &o->u.i.big->sign, sizeof o->u.i.big->sign);
        h = hash_bytes(h, o->u.i.big->digits, o->u.i.big->ndigits * sizeof(uint16_t));
        break;
    case OBJ_FLOAT:
        h = hash_bytes(h, &o->u.f, sizeof o->u.f);
        break;
    case OBJ_COMPLEX:
        h = hash_bytes(h, &o->u.c.re, sizeof o->u.c.re);
        h = hash_bytes(h, &o->u.c.im, sizeof o->u.c.im);
        break;
    case OBJ_STR:
        h ^= (uint64_t)(o->flags & OBJ_STR_INTERNED) << 8;
        /* fall through */
    case OBJ_BYTES:
        h = hash_bytes(h, o->u.s.data, o->u.s.len);
        break;
    default:
        break;
    }
    return (size_t)mix64(h);
}

/* Leaves merged into one node must read back as the same value with the
 * same type code: interned and plain strings stay apart. */
static bool same_content(const Obj *a, const Obj *b)
{
    if (a->kind != b->kind)
        return false;
    if (a->kind == OBJ_STR &&
        (a->flags & OBJ_STR_INTERNED) != (b->flags & OBJ_STR_INTERNED))
        return false;
    return obj_equal(a, b);
}

static void *zalloc(size_t size)
{
    void *q = calloc(1, size);
    if (!q)
        abort(); /* as arena/bytebuf: allocation failure is fatal */
    return q;
}

/* Slot of `o` in the pointer table: holding it, or the empty one where it
 * belongs. */
static size_t ptr_slot(const PtrTable *t, const Obj *o)
{
    size_t mask = t->cap - 1, i = hash_ptr(o) & mask;
    while (t->keys[i] && t->keys[i] != o)
        i = (i + 1) & mask;
    return i;
}

static void ptr_grow(PtrTable *t)
{
    PtrTable nt = { .cap = t->cap ? 2 * t->cap : 256, .used = t->used };
    nt.keys = zalloc(nt.cap * sizeof *nt.keys);
    nt.vals = zalloc(nt.cap * sizeof *nt.vals);
    for (size_t i = 0; i < t->cap; i++) {
        if (t->keys[i]) {
            size_t j = ptr_slot(&nt, t->keys[i]);
            nt.keys[j] = t->keys[i];
            nt.vals[j] = t->vals[i];
        }
    }
    free(t->keys);
    free(t->vals);
    *t = nt;
}

/* Node number (+1) of `o`, or 0 if it was never seen. */
static uint32_t ptr_get(const PtrTable *t, const Obj *o)
{
    if (!t->cap)
        return 0;
    size_t i = ptr_slot(t, o);
    return t->keys[i] ? t->vals[i] : 0;
}

/* Slot of the leaf `o` in the content table (for growing: `nodes` gives
 * each slot's key). */
static size_t leaf_slot(const ContentTable *t, const Node *nodes, const Obj *o)
{
    size_t mask = t->cap - 1, i = hash_content(o) & mask;
    while (t->slots[i] && !same_content(nodes[t->slots[i] - 1].obj, o))
        i = (i + 1) & mask;
    return i;
}

static void leaf_grow(ContentTable *t, const Node *nodes)
{
    ContentTable nt = { .cap = t->cap ? 2 * t->cap : 256, .used = t->used };
    nt.slots = zalloc(nt.cap * sizeof *nt.slots);
    for (size_t i = 0; i < t->cap; i++) {
        if (t->slots[i]) {
            /* keys are distinct, so the probe stops at an empty slot */
            size_t mask = nt.cap - 1, j = hash_content(nodes[t->slots[i] - 1].obj) & mask;
            while (nt.slots[j])
                j = (j + 1) & mask;
            nt.slots[j] = t->slots[i];
        }
    }
    free(t->slots);
    *t = nt;
}

static uint32_t new_node(Writer *w, const Obj *o)
{
    if (w->nnodes == w->capnodes) {
        size_t cap = w->capnodes ? 2 * w->capnodes : 256;
        Node *p = realloc(w->nodes, cap * sizeof *p);
        if (!p || cap >= UINT32_MAX)
            abort();
        w->nodes = p;
        w->capnodes = cap;
    }
    w->nodes[w->nnodes] = (Node){ .obj = o, .count = 0, .ref = -1, .busy = false };
    return (uint32_t)++w->nnodes;
}

/* The node for `o`, created (or merged with an equal leaf) on first sight. */
static Node *node_for(Writer *w, const Obj *o)
{
    if ((w->ptrs.used + 1) * 4 >= w->ptrs.cap * 3)
        ptr_grow(&w->ptrs);
    size_t i = ptr_slot(&w->ptrs, o);
    if (w->ptrs.keys[i])
        return &w->nodes[w->ptrs.vals[i] - 1];
    uint32_t v;
    if (is_leaf(o)) {
        if ((w->leaves.used + 1) * 4 >= w->leaves.cap * 3)
            leaf_grow(&w->leaves, w->nodes);
        size_t j = leaf_slot(&w->leaves, w->nodes, o);
        if (!w->leaves.slots[j]) {
            w->leaves.slots[j] = new_node(w, o);
            w->leaves.used++;
        }
        v = w->leaves.slots[j];
    } else {
        v = new_node(w, o);
    }
    w->ptrs.keys[i] = o;
    w->ptrs.vals[i] = v;
    w->ptrs.used++;
    return &w->nodes[v - 1];
}

/* Children in write order; returns how many (at most 11 for code). */
static size_t children(const Obj *o, const Obj *const **items, const Obj *fields[11])
{
    switch ((ObjKind)o->kind) {
    case OBJ_TUPLE: case OBJ_LIST: case OBJ_SET: case OBJ_FROZENSET:
        *items = (const Obj *const *)o->u.seq.items;
        return o->u.seq.n;
    case OBJ_DICT:
        *items = (const Obj *const *)o->u.seq.items;
        return 2 * o->u.seq.n;
    case OBJ_CODE: {
        const Code *c = o->u.code;
        const Obj *f[11] = { c->code, c->consts, c->names, c->localsplusnames,
                             c->localspluskinds, c->filename, c->name, c->qualname,
                             c->linetable, c->exceptiontable, NULL };
        memcpy(fields, f, sizeof f);
        *items = fields;
        return 10;
    }
    default:
        return 0;
    }
}

/* Pass 1: how often each distinct object is reached.  The depth rule is
 * CPython's (every object written counts, the top one is depth 1), so this
 * fails exactly when writing would. */
__attribute__((warn_unused_result))
static int count_refs(Writer *w, const Obj *o, int depth)
{
    if (!o || depth > MARSHAL_MAX_DEPTH)
        return -1;
    if (is_singleton(o))
        return 0;
    Node *n = node_for(w, o);
    if (n->count == UINT32_MAX || n->count++ > 0)
        return 0;
    const Obj *const *items = NULL;
    const Obj *fields[11];
    size_t k = children(o, &items, fields);
    for (size_t i = 0; i < k; i++)
        if (count_refs(w, items[i], depth + 1) < 0)
            return -1;
    return 0;
}

static void put_i32(ByteBuf *b, int32_t v) { bb_u32le(b, (uint32_t)v); }

static void put_double(ByteBuf *b, double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    for (int i = 0; i < 8; i++)
        bb_byte(b, (uint8_t)(u >> (8 * i)));
}

static void put_digits(ByteBuf *b, int sign, const uint16_t *d, size_t n)
{
    put_i32(b, sign < 0 ? -(int32_t)n : (int32_t)n);
    for (size_t i = 0; i < n; i++) {
        bb_byte(b, (uint8_t)d[i]);
        bb_byte(b, (uint8_t)(d[i] >> 8));
    }
}

__attribute__((warn_unused_result))
static int w_int(ByteBuf *b, uint8_t flag, const Obj *o)
{
    const BigDigits *big = o->u.i.big;
    if (!big) {
        int64_t v = o->u.i.value;
        if (v >= INT32_MIN && v <= INT32_MAX) {
            bb_byte(b, TYPE_INT | flag);
            put_i32(b, (int32_t)v);
            return 0;
        }
        uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
        uint16_t d[5];
        size_t n = 0;
        for (; mag; mag >>= 15)
            d[n++] = (uint16_t)(mag & 0x7fff);
        bb_byte(b, TYPE_LONG | flag);
        put_digits(b, v < 0 ? -1 : 1, d, n);
        return 0;
    }
    size_t n = big->ndigits;
    while (n > 0 && big->digits[n - 1] == 0)
        n--; /* the reader refuses a zero top digit */
    if (n > INT32_MAX)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (big->digits[i] > 0x7fff)
            return -1;
    bb_byte(b, TYPE_LONG | flag);
    put_digits(b, big->sign, big->digits, n);
    return 0;
}

__attribute__((warn_unused_result))
static int w_str(ByteBuf *b, uint8_t flag, const Obj *o)
{
    size_t len = o->u.s.len;
    const uint8_t *p = o->u.s.data;
    bool interned = (o->flags & OBJ_STR_INTERNED) != 0;
    bool ascii = true;
    if (len > INT32_MAX)
        return -1;
    for (size_t i = 0; i < len && ascii; i++)
        ascii = p[i] < 0x80;
    if (ascii && len < 256) {
        bb_byte(b, (interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
        bb_byte(b, (uint8_t)len);
    } else {
        bb_byte(b, (ascii ? (interned ? TYPE_ASCII_INTERNED : TYPE_ASCII)
                          : (interned ? TYPE_INTERNED : TYPE_UNICODE)) | flag);
        put_i32(b, (int32_t)len);
    }
    bb_put(b, p, len);
    return 0;
}

__attribute__((warn_unused_result))
static int w_object(Writer *w, const Obj *o)
{
    ByteBuf *b = w->out;
    switch ((ObjKind)o->kind) {
    case OBJ_NONE: bb_byte(b, TYPE_NONE); return 0;
    case OBJ_FALSE: bb_byte(b, TYPE_FALSE); return 0;
    case OBJ_TRUE: bb_byte(b, TYPE_TRUE); return 0;
    case OBJ_STOPITER: bb_byte(b, TYPE_STOPITER); return 0;
    case OBJ_ELLIPSIS: bb_byte(b, TYPE_ELLIPSIS); return 0;
    default: break;
    }

    Node *n = &w->nodes[ptr_get(&w->ptrs, o) - 1];
    if (n->ref >= 0) {
        if (n->busy)
            return -1; /* a cycle: the reader would refuse it */
        bb_byte(b, TYPE_REF);
        put_i32(b, n->ref);
        return 0;
    }
    uint8_t flag = 0;
    if (n->count > 1) {
        if (w->nrefs == INT32_MAX)
            return -1;
        /* Numbered when its first byte is written: the reader reserves the
         * slot at the same point, before reading any parts. */
        n->ref = w->nrefs++;
        flag = FLAG_REF;
    }
    o = n->obj;
    n->busy = true;
    int rc = 0;
    switch ((ObjKind)o->kind) {
    case OBJ_INT:
        rc = w_int(b, flag, o);
        break;
    case OBJ_FLOAT:
        bb_byte(b, TYPE_BINARY_FLOAT | flag);
        put_double(b, o->u.f);
        break;
    case OBJ_COMPLEX:
        bb_byte(b, TYPE_BINARY_COMPLEX | flag);
        put_double(b, o->u.c.re);
        put_double(b, o->u.c.im);
        break;
    case OBJ_BYTES:
        if (o->u.s.len > INT32_MAX)
            return -1;
        bb_byte(b, TYPE_STRING | flag);
        put_i32(b, (int32_t)o->u.s.len);
        bb_put(b, o->u.s.data, o->u.s.len);
        break;
    case OBJ_STR:
        rc = w_str(b, flag, o);
        break;
    case OBJ_TUPLE: case OBJ_LIST: case OBJ_SET: case OBJ_FROZENSET: case OBJ_DICT: {
        size_t k = o->u.seq.n;
        if (k > INT32_MAX)
            return -1;
        if (o->kind == OBJ_TUPLE && k < 256) {
            bb_byte(b, TYPE_SMALL_TUPLE | flag);
            bb_byte(b, (uint8_t)k);
        } else {
            static const uint8_t codes[] = {
                [OBJ_TUPLE] = TYPE_TUPLE, [OBJ_LIST] = TYPE_LIST, [OBJ_DICT] = TYPE_DICT,
                [OBJ_SET] = TYPE_SET, [OBJ_FROZENSET] = TYPE_FROZENSET,
            };
            bb_byte(b, codes[o->kind] | flag);
            if (o->kind != OBJ_DICT)
                put_i32(b, (int32_t)k);
        }
        size_t slots = o->kind == OBJ_DICT ? 2 * k : k;
        for (size_t i = 0; i < slots && rc == 0; i++)
            rc = w_object(w, o->u.seq.items[i]);
        if (o->kind == OBJ_DICT)
            bb_byte(b, TYPE_NULL);
        break;
    }
    case OBJ_CODE: {
        const Code *c = o->u.code;
        bb_byte(b, TYPE_CODE | flag);
        put_i32(b, c->argcount);
        put_i32(b, c->posonlyargcount);
        put_i32(b, c->kwonlyargcount);
        put_i32(b, c->stacksize);
        put_i32(b, c->flags);
        const Obj *before[] = { c->code, c->consts, c->names, c->localsplusnames,
                                c->localspluskinds, c->filename, c->name, c->qualname };
        for (size_t i = 0; i < 8 && rc == 0; i++)
            rc = w_object(w, before[i]);
        put_i32(b, c->firstlineno);
        if (rc == 0)
            rc = w_object(w, c->linetable);
        if (rc == 0)
            rc = w_object(w, c->exceptiontable);
        break;
    }
    default:
        rc = -1;
        break;
    }
    n->busy = false;
    return rc;
}

int marshal_write(const Obj *o, ByteBuf *out)
{
    Writer w = { .out = out };
    size_t start = out->len;
    int rc = -1;

    if (count_refs(&w, o, 1) < 0)
        goto fail;
    if (w_object(&w, o) < 0)
        goto fail;
    rc = 0;
fail:
    if (rc < 0)
        out->len = start; /* no partial output */
    free(w.nodes);
    free(w.leaves.slots);
    free(w.ptrs.keys);
    free(w.ptrs.vals);
    return rc;
}
