/* vm/bytes.c: bytes (immutable, hash cached) and bytearray (mutable, a
 * growable buffer).  Both share one set of methods that read a (data, len)
 * view and return a result of self's type.  Text codecs are str.c's
 * (str.h); this file only moves bytes.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "coll.h"
#include "num.h"
#include "runtime.h"
#include "search.h"
#include "str.h"

/* ------------------------------------------------------------- storage */

typedef struct View {
    const uint8_t *p;
    int64_t n;
} View;

static bool is_bytes(Value v) { return v_isinstance(v, &pv_bytes_type); }
static bool is_bytearray(Value v) { return v_isinstance(v, &pv_bytearray_type); }
static bool is_byteslike(Value v) { return is_bytes(v) || is_bytearray(v); }

static View view(Value v)
{
    View w;
    if (is_bytes(v)) {
        PvBytes *b = (PvBytes *)v_obj(v);
        w.p = b->data;
        w.n = b->len;
    } else {
        PvByteArray *b = (PvByteArray *)v_obj(v);
        w.p = b->data ? b->data : (const uint8_t *)"";
        w.n = b->len;
    }
    return w;
}

static PvBytes empty_bytes = { { &pv_bytes_type }, 0, -1 };
static Value byte_cache[256];

static PvBytes *bytes_alloc(int64_t n)
{
    PvBytes *b = pv_alloc_atomic(sizeof(PvBytes) + (size_t)n + 1);
    b->ob.type = &pv_bytes_type;
    b->len = n;
    b->hash = -1;
    b->data[n] = 0;
    return b;
}

Value pv_bytes(const void *data, size_t n)
{
    if (n == 0)
        return v_from(&empty_bytes);
    if (n == 1) {
        uint8_t c = *(const uint8_t *)data;
        if (!byte_cache[c]) {
            PvBytes *b = bytes_alloc(1);
            b->data[0] = c;
            byte_cache[c] = v_from(b);
        }
        return byte_cache[c];
    }
    PvBytes *b = bytes_alloc((int64_t)n);
    memcpy(b->data, data, n);
    return v_from(b);
}

static void ba_reserve(PvByteArray *a, int64_t need)
{
    if (need <= a->cap)
        return;
    int64_t cap = a->cap ? a->cap : 16;
    while (cap < need)
        cap *= 2;
    uint8_t *p = pv_alloc_atomic((size_t)cap + 1);
    if (a->len)
        memcpy(p, a->data, (size_t)a->len);
    a->data = p;
    a->cap = cap;
}

static Value bytearray_from(const void *data, int64_t n)
{
    PvByteArray *a = (PvByteArray *)pv_new_object(&pv_bytearray_type, sizeof(PvByteArray));
    ba_reserve(a, n);
    if (n)
        memcpy(a->data, data, (size_t)n);
    a->len = n;
    return v_from(a);
}

/* a result of the same type as self */
static Value like(Value self, const void *data, int64_t n)
{
    return is_bytearray(self) ? bytearray_from(data, n) : pv_bytes(data, (size_t)n);
}

/* a growable byte buffer */
typedef struct Buf {
    uint8_t *p;
    int64_t n, cap;
} Buf;

static void buf_put(Buf *b, const void *src, int64_t n)
{
    if (b->n + n > b->cap) {
        int64_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n)
            cap *= 2;
        uint8_t *p = pv_alloc_atomic((size_t)cap);
        if (b->n)
            memcpy(p, b->p, (size_t)b->n);
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, src, (size_t)n);
    b->n += n;
}

static void buf_byte(Buf *b, uint8_t c)
{
    buf_put(b, &c, 1);
}

static void buf_fill(Buf *b, uint8_t c, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        buf_byte(b, c);
}

static Value buf_finish(Value self, Buf *b)
{
    return like(self, b->p ? b->p : (const uint8_t *)"", b->n);
}

/* ----------------------------------------------------------------- repr */

/* bytearray's repr escapes every single quote, even inside double quotes:
 * a CPython quirk that its output must match */
static Value repr_quoted(const uint8_t *data, int64_t n, char prefix_b_or_0, bool escape_all_sq)
{
    bool sq = false, dq = false;
    for (int64_t i = 0; i < n; i++) {
        if (data[i] == '\'')
            sq = true;
        else if (data[i] == '"')
            dq = true;
    }
    char q = sq && !dq ? '"' : '\'';
    char *out = pv_alloc_atomic((size_t)n * 4 + 4);
    size_t k = 0;
    if (prefix_b_or_0)
        out[k++] = prefix_b_or_0;
    out[k++] = q;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = data[i];
        if (c == q || c == '\\' || (escape_all_sq && c == '\'')) {
            out[k++] = '\\';
            out[k++] = (char)c;
        } else if (c == '\t') {
            out[k++] = '\\';
            out[k++] = 't';
        } else if (c == '\n') {
            out[k++] = '\\';
            out[k++] = 'n';
        } else if (c == '\r') {
            out[k++] = '\\';
            out[k++] = 'r';
        } else if (c < 0x20 || c >= 0x7F) {
            static const char hex[] = "0123456789abcdef";
            out[k++] = '\\';
            out[k++] = 'x';
            out[k++] = hex[c >> 4];
            out[k++] = hex[c & 15];
        } else {
            out[k++] = (char)c;
        }
    }
    out[k++] = q;
    return pv_str_from_latin1((const uint8_t *)out, (int64_t)k);
}

Value pv_bytes_repr(const uint8_t *data, int64_t n, char prefix_b_or_0)
{
    return repr_quoted(data, n, prefix_b_or_0, false);
}

static Value bytes_repr(Value v)
{
    View w = view(v);
    if (is_bytearray(v)) {
        Value inner = repr_quoted(w.p, w.n, 'b', true);
        return pv_str_concat(pv_str_concat(pv_str_printf("%s(", pv_type(v)->name), inner), pv_str_cstr(")"));
    }
    return pv_bytes_repr(w.p, w.n, 'b');
}

static int bytes_hash(Value v, int64_t *out)
{
    PvBytes *b = (PvBytes *)v_obj(v);
    if (b->hash == -1) {
        /* FNV-1a with a final mix: only stability within a run matters */
        uint64_t h = 0xcbf29ce484222325u;
        for (int64_t i = 0; i < b->len; i++)
            h = (h ^ b->data[i]) * 0x100000001b3u;
        h ^= h >> 31;
        h *= 0x9E3779B97F4A7C15u;
        h ^= h >> 29;
        int64_t r = (int64_t)h;
        b->hash = b->len == 0 ? 0 : r == -1 ? -2 : r;   /* hash(b'') == 0 as in CPython */
    }
    *out = b->hash;
    return 0;
}

static Value bytes_richcompare(Value a, Value b, int op)
{
    if (!is_byteslike(a) || !is_byteslike(b))
        return V_NOTIMPLEMENTED;
    View x = view(a), y = view(b);
    int64_t n = x.n < y.n ? x.n : y.n;
    int c = n ? memcmp(x.p, y.p, (size_t)n) : 0;
    if (c == 0)
        c = x.n < y.n ? -1 : x.n > y.n ? 1 : 0;
    switch (op) {
    case PV_LT: return v_bool(c < 0);
    case PV_LE: return v_bool(c <= 0);
    case PV_EQ: return v_bool(c == 0);
    case PV_NE: return v_bool(c != 0);
    case PV_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static int64_t bytes_len(Value v)
{
    return view(v).n;
}

/* ------------------------------------------------------------ operators */

static Value bytes_mod(Value fmt, Value args);

static Value bytes_binop(Value a, Value b, int op)
{
    bool inplace = op >= PV_NB_COUNT;
    if (inplace)
        op -= PV_NB_COUNT;
    bool a_b = is_byteslike(a);
    switch (op) {
    case PV_NB_ADD: {
        if (!a_b)
            return V_NOTIMPLEMENTED;
        if (!is_byteslike(b)) {
            pv_err_format(&pv_exc_TypeError, "can't concat %s to %s", pv_type_name(b),
                          pv_type_name(a));
            return V_NULL;
        }
        View x = view(a), y = view(b);
        if (inplace && is_bytearray(a)) {
            PvByteArray *ba = (PvByteArray *)v_obj(a);
            ba_reserve(ba, x.n + y.n);
            memmove(ba->data + x.n, y.p, (size_t)y.n);
            ba->len += y.n;
            return a;
        }
        Buf out = { NULL, 0, 0 };
        buf_put(&out, x.p, x.n);
        buf_put(&out, y.p, y.n);
        return buf_finish(a, &out);
    }
    case PV_NB_MULTIPLY: {
        Value s = a_b ? a : b, n = a_b ? b : a;
        if (!v_isinstance(n, &pv_int_type)) {
            pv_err_format(&pv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          pv_type_name(n));
            return V_NULL;
        }
        int64_t k;
        if (pv_index(n, &k) < 0)
            return V_NULL;
        View x = view(s);
        if (k < 0)
            k = 0;
        if (x.n && k > INT64_MAX / 4 / x.n)
            return pv_err_no_memory();
        Buf out = { NULL, 0, 0 };
        for (int64_t i = 0; i < k; i++)
            buf_put(&out, x.p, x.n);
        if (inplace && a_b && is_bytearray(a)) {
            PvByteArray *ba = (PvByteArray *)v_obj(a);
            ba_reserve(ba, out.n);
            if (out.n)
                memcpy(ba->data, out.p, (size_t)out.n);
            ba->len = out.n;
            return a;
        }
        return buf_finish(s, &out);
    }
    case PV_NB_REMAINDER:
        if (a_b)
            return bytes_mod(a, b);
        return V_NOTIMPLEMENTED;
    default:
        return V_NOTIMPLEMENTED;
    }
}

static Value bytes_getitem(Value v, Value key)
{
    View w = view(v);
    bool ba = is_bytearray(v);
    if (v_isinstance(key, &pv_int_type)) {
        int64_t i;
        if (pv_index(key, &i) < 0) {
            if (pv_err_matches(&pv_exc_OverflowError)) {
                pv_err_clear();
                pv_err_set_str(&pv_exc_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return V_NULL;
        }
        if (i < 0)
            i += w.n;
        if (i < 0 || i >= w.n) {
            pv_err_set_str(&pv_exc_IndexError, ba ? "bytearray index out of range" : "index out of range");
            return V_NULL;
        }
        return v_from_small(w.p[i]);
    }
    if (v_is(key, &pv_slice_type)) {
        int64_t start, stop, step, n;
        if (pv_slice_indices(key, w.n, &start, &stop, &step, &n) < 0)
            return V_NULL;
        if (step == 1)
            return like(v, w.p + start, n);
        Buf out = { NULL, 0, 0 };
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            buf_byte(&out, w.p[j]);
        return buf_finish(v, &out);
    }
    pv_err_format(&pv_exc_TypeError, "%s indices must be integers or slices, not %s",
                  ba ? "bytearray" : "byte", pv_type_name(key));
    return V_NULL;
}

static int byte_value(Value v, uint8_t *out)
{
    int64_t i;
    if (pv_index(v, &i) < 0)
        return -1;
    if (i < 0 || i > 255) {
        pv_err_set_str(&pv_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)i;
    return 0;
}

/* the needle of find & co: bytes-like or an int */
static int needle(Value v, View *out, uint8_t *one, bool search)
{
    if (is_byteslike(v)) {
        *out = view(v);
        return 0;
    }
    if (v_isinstance(v, &pv_int_type)) {
        if (byte_value(v, one) < 0)
            return -1;
        out->p = one;
        out->n = 1;
        return 0;
    }
    if (search)
        pv_err_format(&pv_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                      pv_type_name(v));
    else
        pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                      pv_type_name(v));
    return -1;
}

static int bytes_contains(Value v, Value item)
{
    View sub;
    uint8_t one;
    if (needle(item, &sub, &one, false) < 0)
        return -1;
    View s = view(v);
    return pv_search_bytes(s.p, 0, s.n, sub.p, sub.n, false) >= 0;
}

typedef struct BytesIter {
    PvObject ob;
    Value seq;
    int64_t i;
} BytesIter;

static Value bytesiter_iter(Value self)
{
    return self;
}

static Value bytesiter_next(Value self)
{
    BytesIter *it = (BytesIter *)v_obj(self);
    if (!it->seq)
        return V_NULL;
    View w = view(it->seq);
    if (it->i >= w.n) {
        it->seq = V_NULL;
        return V_NULL;
    }
    return v_from_small(w.p[it->i++]);
}

static PvType bytes_iter_type = {
    .ob = { &pv_type_type },
    .name = "bytes_iterator",
    .base = &pv_object_type,
    .size = sizeof(BytesIter),
    .iter = bytesiter_iter,
    .next = bytesiter_next,
};

static PvType bytearray_iter_type = {
    .ob = { &pv_type_type },
    .name = "bytearray_iterator",
    .base = &pv_object_type,
    .size = sizeof(BytesIter),
    .iter = bytesiter_iter,
    .next = bytesiter_next,
};

static Value bytes_iter(Value v)
{
    PvType *t = is_bytearray(v) ? &bytearray_iter_type : &bytes_iter_type;
    BytesIter *it = (BytesIter *)pv_new_object(t, sizeof(BytesIter));
    it->seq = v;
    it->i = 0;
    return v_from(it);
}

/* --------------------------------------------------------------- methods */

#define METH(name) static Value name(Value self, int argc, const Value *argv, Value kwnames)

static const char *tname(Value self)
{
    return is_bytearray(self) ? "bytearray" : "bytes";
}

static int no_kw(Value self, const char *name, Value kwnames)
{
    if (kwnames && PV_TUPLE_LEN(kwnames) > 0) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes no keyword arguments", tname(self), name);
        return -1;
    }
    return 0;
}

static int exact_args(Value self, const char *name, int argc, Value kwnames, int n)
{
    if (no_kw(self, name, kwnames) < 0)
        return -1;
    if (argc != n) {
        if (n == 0)
            pv_err_format(&pv_exc_TypeError, "%s.%s() takes no arguments (%d given)", tname(self),
                          name, argc);
        else
            pv_err_format(&pv_exc_TypeError, "%s.%s() takes exactly one argument (%d given)",
                          tname(self), name, argc);
        return -1;
    }
    return 0;
}

static int range_args(Value self, const char *name, int argc, Value kwnames, int min, int max)
{
    if (no_kw(self, name, kwnames) < 0)
        return -1;
    if (argc < min || argc > max) {
        bool few = argc < min;
        pv_err_format(&pv_exc_TypeError, "%s expected at %s %d argument%s, got %d", name,
                      few ? "least" : "most", few ? min : max, (few ? min : max) == 1 ? "" : "s",
                      argc);
        return -1;
    }
    return 0;
}

static Value find_common(Value self, int argc, const Value *argv, Value kwnames, const char *name,
                         bool reverse, bool raise)
{
    if (no_kw(self, name, kwnames) < 0)
        return V_NULL;
    if (argc < 1 || argc > 3) {
        pv_err_format(&pv_exc_TypeError, "%s() takes at %s %d argument%s (%d given)", name,
                      argc < 1 ? "least" : "most", argc < 1 ? 1 : 3, argc < 1 ? "" : "s", argc);
        return V_NULL;
    }
    View s = view(self), sub;
    uint8_t one;
    int64_t start, end;
    if (needle(argv[0], &sub, &one, true) < 0 ||
        pv_search_bounds(argc, argv, s.n, &start, &end) < 0)
        return V_NULL;
    int64_t i = pv_search_bytes(s.p, start, end, sub.p, sub.n, reverse);
    if (i < 0 && raise) {
        pv_err_set_str(&pv_exc_ValueError, "subsection not found");
        return V_NULL;
    }
    return pv_int_from_i64(i);
}

METH(b_find) { return find_common(self, argc, argv, kwnames, "find", false, false); }
METH(b_rfind) { return find_common(self, argc, argv, kwnames, "rfind", true, false); }
METH(b_index) { return find_common(self, argc, argv, kwnames, "index", false, true); }
METH(b_rindex) { return find_common(self, argc, argv, kwnames, "rindex", true, true); }

METH(b_count)
{
    if (no_kw(self, "count", kwnames) < 0)
        return V_NULL;
    if (argc < 1 || argc > 3) {
        pv_err_format(&pv_exc_TypeError, "count() takes at %s (%d given)",
                      argc < 1 ? "least 1 argument" : "most 3 arguments", argc);
        return V_NULL;
    }
    View s = view(self), sub;
    uint8_t one;
    int64_t start, end;
    if (needle(argv[0], &sub, &one, true) < 0 ||
        pv_search_bounds(argc, argv, s.n, &start, &end) < 0)
        return V_NULL;
    return pv_int_from_i64(pv_count_bytes(s.p, start, end, sub.p, sub.n, INT64_MAX));
}

static Value startend(Value self, int argc, const Value *argv, Value kwnames, const char *name,
                      bool suffix)
{
    if (no_kw(self, name, kwnames) < 0)
        return V_NULL;
    if (argc < 1 || argc > 3) {
        pv_err_format(&pv_exc_TypeError, "%s() takes at %s (%d given)", name,
                      argc < 1 ? "least 1 argument" : "most 3 arguments", argc);
        return V_NULL;
    }
    View s = view(self);
    int64_t start, end;
    if (pv_search_bounds(argc, argv, s.n, &start, &end) < 0)
        return V_NULL;
    Value p = argv[0];
    int64_t np = 1;
    const Value *items = &p;
    bool tuple = v_isinstance(p, &pv_tuple_type);
    if (tuple) {
        np = PV_TUPLE_LEN(p);
        items = PV_TUPLE_ITEMS(p);
    }
    for (int64_t k = 0; k < np; k++) {
        if (!is_byteslike(items[k])) {
            if (tuple)
                pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                              pv_type_name(items[k]));
            else
                pv_err_format(&pv_exc_TypeError,
                              "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              pv_type_name(p));
            return V_NULL;
        }
        View sub = view(items[k]);
        if (start > s.n || end - start < sub.n)
            continue;
        if (memcmp(s.p + (suffix ? end - sub.n : start), sub.p, (size_t)sub.n) == 0)
            return V_TRUE;
    }
    return V_FALSE;
}

METH(b_startswith) { return startend(self, argc, argv, kwnames, "startswith", false); }
METH(b_endswith) { return startend(self, argc, argv, kwnames, "endswith", true); }

METH(b_decode)
{
    static const char *const names[] = { "encoding", "errors" };
    Value a[2];
    if (pv_parse_args("decode", argc, argv, kwnames, "|OO", names, a) < 0)
        return V_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !v_isinstance(a[i], &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                          pv_type_name(a[i]));
            return V_NULL;
        }
    View w = view(self);
    return pv_str_decode(w.p, w.n, a[0], a[1]);
}

METH(b_hex)
{
    static const char *const names[] = { "sep", "bytes_per_sep" };
    Value a[2];
    if (pv_parse_args("hex", argc, argv, kwnames, "|OO", names, a) < 0)
        return V_NULL;
    uint32_t sep = 0;
    int64_t per = 1;
    if (a[0]) {
        if (v_isinstance(a[0], &pv_str_type) && pv_str_len(a[0]) == 1) {
            sep = pv_str_char(a[0], 0);
        } else if (is_byteslike(a[0]) && view(a[0]).n == 1) {
            sep = view(a[0]).p[0];
        } else if (!v_isinstance(a[0], &pv_str_type) && !is_byteslike(a[0])) {
            /* CPython takes len(sep) before checking its type */
            if (pv_len(a[0]) >= 0)
                pv_err_set_str(&pv_exc_TypeError, "sep must be str or bytes.");
            return V_NULL;
        } else {
            pv_err_set_str(&pv_exc_ValueError, "sep must be length 1.");
            return V_NULL;
        }
        if (sep > 127) {
            pv_err_set_str(&pv_exc_ValueError, "sep must be ASCII.");
            return V_NULL;
        }
    }
    if (a[1] && pv_index(a[1], &per) < 0)
        return V_NULL;
    View w = view(self);
    static const char hex[] = "0123456789abcdef";
    uint8_t *out = pv_alloc_atomic((size_t)w.n * 3 + 1);
    size_t k = 0;
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < w.n; i++) {
        if (sep && i > 0 && group > 0) {
            /* positive: groups counted from the right; negative: the left */
            bool cut = per > 0 ? (w.n - i) % group == 0 : i % group == 0;
            if (cut)
                out[k++] = (uint8_t)sep;
        }
        out[k++] = (uint8_t)hex[w.p[i] >> 4];
        out[k++] = (uint8_t)hex[w.p[i] & 15];
    }
    return pv_str_from_latin1(out, (int64_t)k);
}

static Value b_fromhex(Value type, int argc, const Value *argv, Value kwnames)
{
    bool ba = type == v_from(&pv_bytearray_type);
    if (kwnames && PV_TUPLE_LEN(kwnames)) {
        pv_err_format(&pv_exc_TypeError, "%s.fromhex() takes no keyword arguments",
                      ba ? "bytearray" : "bytes");
        return V_NULL;
    }
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s.fromhex() takes exactly one argument (%d given)",
                      ba ? "bytearray" : "bytes", argc);
        return V_NULL;
    }
    if (!v_isinstance(argv[0], &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "fromhex() argument must be str, not %s",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    Value s = argv[0];
    int64_t n = pv_str_len(s), i = 0;
    Buf out = { NULL, 0, 0 };
    while (true) {
        while (i < n && pv_unicode_isspace(pv_str_char(s, i)))
            i++;
        if (i >= n)
            break;
        int d[2];
        for (int k = 0; k < 2; k++) {
            uint32_t c = i + k < n ? pv_str_char(s, i + k) : 0;
            d[k] = c >= '0' && c <= '9' ? (int)(c - '0')
                   : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
            if (d[k] < 0) {
                pv_err_format(&pv_exc_ValueError,
                              "non-hexadecimal number found in fromhex() arg at position %lld",
                              (long long)(i + k));
                return V_NULL;
            }
        }
        buf_byte(&out, (uint8_t)(d[0] * 16 + d[1]));
        i += 2;
    }
    const uint8_t *p = out.p ? out.p : (const uint8_t *)"";
    return ba ? bytearray_from(p, out.n) : pv_bytes(p, (size_t)out.n);
}

METH(b_join)
{
    if (exact_args(self, "join", argc, kwnames, 1) < 0)
        return V_NULL;
    Value seq = pv_sequence_list(argv[0]);
    if (!seq) {
        if (pv_err_matches(&pv_exc_TypeError)) {
            pv_err_clear();
            pv_err_set_str(&pv_exc_TypeError, "can only join an iterable");
        }
        return V_NULL;
    }
    View sep = view(self);
    Buf out = { NULL, 0, 0 };
    for (int64_t i = 0; i < PV_LIST_LEN(seq); i++) {
        Value x = PV_LIST_ITEMS(seq)[i];
        if (!is_byteslike(x)) {
            pv_err_format(&pv_exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                          (long long)i, pv_type_name(x));
            return V_NULL;
        }
        if (i)
            buf_put(&out, sep.p, sep.n);
        View w = view(x);
        buf_put(&out, w.p, w.n);
    }
    return buf_finish(self, &out);
}

static bool b_space(uint8_t c)
{
    return c == ' ' || (c >= 9 && c <= 13);
}

static Value split_common(Value self, int argc, const Value *argv, Value kwnames, bool right)
{
    static const char *const names[] = { "sep", "maxsplit" };
    Value a[2];
    if (pv_parse_args(right ? "rsplit" : "split", argc, argv, kwnames, "|OO", names, a) < 0)
        return V_NULL;
    int64_t maxsplit = -1;
    if (a[1] && pv_index(a[1], &maxsplit) < 0)
        return V_NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    View s = view(self);
    Value list = pv_list_new(0);
    if (!a[0] || a[0] == V_NONE) {
        if (!right) {
            int64_t i = 0;
            while (true) {
                while (i < s.n && b_space(s.p[i]))
                    i++;
                if (i == s.n)
                    break;
                int64_t j = i;
                if (maxsplit-- <= 0) {
                    pv_list_append(list, like(self, s.p + i, s.n - i));
                    break;
                }
                while (j < s.n && !b_space(s.p[j]))
                    j++;
                pv_list_append(list, like(self, s.p + i, j - i));
                i = j;
            }
            return list;
        }
        int64_t j = s.n;
        while (true) {
            while (j > 0 && b_space(s.p[j - 1]))
                j--;
            if (j == 0)
                break;
            int64_t i = j;
            if (maxsplit-- <= 0) {
                pv_list_append(list, like(self, s.p, j));
                break;
            }
            while (i > 0 && !b_space(s.p[i - 1]))
                i--;
            pv_list_append(list, like(self, s.p + i, j - i));
            j = i;
        }
    } else {
        View sep;
        uint8_t one;
        if (!is_byteslike(a[0])) {
            pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                          pv_type_name(a[0]));
            return V_NULL;
        }
        if (needle(a[0], &sep, &one, false) < 0)
            return V_NULL;
        if (sep.n == 0) {
            pv_err_set_str(&pv_exc_ValueError, "empty separator");
            return V_NULL;
        }
        if (!right) {
            int64_t i = 0, k;
            while (maxsplit-- > 0 && (k = pv_search_bytes(s.p, i, s.n, sep.p, sep.n, false)) >= 0) {
                pv_list_append(list, like(self, s.p + i, k - i));
                i = k + sep.n;
            }
            pv_list_append(list, like(self, s.p + i, s.n - i));
            return list;
        }
        int64_t j = s.n, k;
        while (maxsplit-- > 0 && (k = pv_search_bytes(s.p, 0, j, sep.p, sep.n, true)) >= 0) {
            pv_list_append(list, like(self, s.p + k + sep.n, j - k - sep.n));
            j = k;
        }
        pv_list_append(list, like(self, s.p, j));
    }
    pv_list_reverse(list);
    return list;
}

METH(b_split) { return split_common(self, argc, argv, kwnames, false); }
METH(b_rsplit) { return split_common(self, argc, argv, kwnames, true); }

static Value strip_common(Value self, int argc, const Value *argv, Value kwnames, const char *name,
                          bool left, bool right)
{
    if (range_args(self, name, argc, kwnames, 0, 1) < 0)
        return V_NULL;
    View chars = { NULL, -1 };
    if (argc > 0 && argv[0] != V_NONE) {
        if (!is_byteslike(argv[0])) {
            pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                          pv_type_name(argv[0]));
            return V_NULL;
        }
        chars = view(argv[0]);
    }
    View s = view(self);
    int64_t i = 0, j = s.n;
#define STRIPPED(c) (chars.n < 0 ? b_space(c) : memchr(chars.p, (c), (size_t)chars.n) != NULL)
    if (left)
        while (i < j && STRIPPED(s.p[i]))
            i++;
    if (right)
        while (j > i && STRIPPED(s.p[j - 1]))
            j--;
#undef STRIPPED
    return like(self, s.p + i, j - i);
}

METH(b_strip) { return strip_common(self, argc, argv, kwnames, "strip", true, true); }
METH(b_lstrip) { return strip_common(self, argc, argv, kwnames, "lstrip", true, false); }
METH(b_rstrip) { return strip_common(self, argc, argv, kwnames, "rstrip", false, true); }

METH(b_replace)
{
    if (range_args(self, "replace", argc, kwnames, 2, 3) < 0)
        return V_NULL;
    for (int i = 0; i < 2; i++)
        if (!is_byteslike(argv[i])) {
            pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                          pv_type_name(argv[i]));
            return V_NULL;
        }
    int64_t count = -1;
    if (argc > 2 && pv_index(argv[2], &count) < 0)
        return V_NULL;
    if (count < 0)
        count = INT64_MAX;
    View s = view(self), old = view(argv[0]), new = view(argv[1]);
    Buf out = { NULL, 0, 0 };
    int64_t i = 0;
    if (old.n == 0) {
        for (; i <= s.n && count > 0; i++, count--) {
            buf_put(&out, new.p, new.n);
            if (i < s.n)
                buf_byte(&out, s.p[i]);
        }
        if (i < s.n)
            buf_put(&out, s.p + i, s.n - i);
        return buf_finish(self, &out);
    }
    int64_t k;
    while (count-- > 0 && (k = pv_search_bytes(s.p, i, s.n, old.p, old.n, false)) >= 0) {
        buf_put(&out, s.p + i, k - i);
        buf_put(&out, new.p, new.n);
        i = k + old.n;
    }
    buf_put(&out, s.p + i, s.n - i);
    return buf_finish(self, &out);
}

static Value partition_common(Value self, int argc, const Value *argv, Value kwnames, bool right)
{
    if (exact_args(self, right ? "rpartition" : "partition", argc, kwnames, 1) < 0)
        return V_NULL;
    if (!is_byteslike(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    View s = view(self), sep = view(argv[0]);
    if (sep.n == 0) {
        pv_err_set_str(&pv_exc_ValueError, "empty separator");
        return V_NULL;
    }
    int64_t i = pv_search_bytes(s.p, 0, s.n, sep.p, sep.n, right);
    Value t[3];
    if (i < 0) {
        Value whole = like(self, s.p, s.n), empty = like(self, "", 0);
        t[0] = right ? empty : whole;
        t[1] = like(self, "", 0);
        t[2] = right ? whole : like(self, "", 0);
    } else {
        t[0] = like(self, s.p, i);
        t[1] = like(self, sep.p, sep.n);
        t[2] = like(self, s.p + i + sep.n, s.n - i - sep.n);
    }
    return pv_tuple_from(3, t);
}

METH(b_partition) { return partition_common(self, argc, argv, kwnames, false); }
METH(b_rpartition) { return partition_common(self, argc, argv, kwnames, true); }

static Value map_case(Value self, int argc, Value kwnames, const char *name, int how)
{
    if (exact_args(self, name, argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    Buf out = { NULL, 0, 0 };
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if ((how == 0 && up) || (how == 2 && up))
            c = (uint8_t)(c + 32);
        else if ((how == 1 && lo) || (how == 2 && lo))
            c = (uint8_t)(c - 32);
        buf_byte(&out, c);
    }
    return buf_finish(self, &out);
}

METH(b_lower) { (void)argv; return map_case(self, argc, kwnames, "lower", 0); }
METH(b_upper) { (void)argv; return map_case(self, argc, kwnames, "upper", 1); }
METH(b_swapcase) { (void)argv; return map_case(self, argc, kwnames, "swapcase", 2); }

static Value is_common(Value self, int argc, Value kwnames, const char *name, int (*pred)(int))
{
    if (exact_args(self, name, argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    if (s.n == 0)
        return V_FALSE;
    for (int64_t i = 0; i < s.n; i++)
        if (s.p[i] >= 0x80 || !pred(s.p[i]))
            return V_FALSE;
    return V_TRUE;
}

METH(b_isdigit) { (void)argv; return is_common(self, argc, kwnames, "isdigit", isdigit); }
METH(b_isalpha) { (void)argv; return is_common(self, argc, kwnames, "isalpha", isalpha); }
METH(b_isalnum) { (void)argv; return is_common(self, argc, kwnames, "isalnum", isalnum); }
METH(b_isspace) { (void)argv; return is_common(self, argc, kwnames, "isspace", isspace); }

static Value case_pred(Value self, int argc, Value kwnames, const char *name, bool upper)
{
    if (exact_args(self, name, argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    bool cased = false;
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            return V_FALSE;
        if (upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z'))
            cased = true;
    }
    return v_bool(cased);
}

METH(b_islower) { (void)argv; return case_pred(self, argc, kwnames, "islower", false); }
METH(b_isupper) { (void)argv; return case_pred(self, argc, kwnames, "isupper", true); }

METH(b_isascii)
{
    (void)argv;
    if (exact_args(self, "isascii", argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    for (int64_t i = 0; i < s.n; i++)
        if (s.p[i] >= 0x80)
            return V_FALSE;
    return V_TRUE;
}

static Value affix_common(Value self, int argc, const Value *argv, Value kwnames, bool suffix)
{
    if (exact_args(self, suffix ? "removesuffix" : "removeprefix", argc, kwnames, 1) < 0)
        return V_NULL;
    if (!is_byteslike(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    View s = view(self), a = view(argv[0]);
    if (a.n <= s.n && memcmp(suffix ? s.p + s.n - a.n : s.p, a.p, (size_t)a.n) == 0)
        return like(self, suffix ? s.p : s.p + a.n, s.n - a.n);
    return is_bytes(self) ? self : like(self, s.p, s.n);
}

METH(b_removeprefix) { return affix_common(self, argc, argv, kwnames, false); }
METH(b_removesuffix) { return affix_common(self, argc, argv, kwnames, true); }

/* ------------------------------------------------- padding and layout */

/* an int argument that must fit a C ssize_t, with CPython's overflow text */
static int ssize_arg(Value v, int64_t *out)
{
    if (pv_is_int(v) && !pv_int_as_i64(v, out)) {
        pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return pv_index(v, out);
}

/* self unchanged: the object itself for exact bytes, a copy otherwise */
static Value same(Value self)
{
    if (v_is(self, &pv_bytes_type))
        return self;
    View s = view(self);
    return like(self, s.p, s.n);
}

static Value padded(Value self, int64_t left, int64_t right, uint8_t fill)
{
    View s = view(self);
    Buf out = { NULL, 0, 0 };
    buf_fill(&out, fill, left);
    buf_put(&out, s.p, s.n);
    buf_fill(&out, fill, right);
    return buf_finish(self, &out);
}

/* 0 center, 1 ljust, 2 rjust */
static Value justify(Value self, int argc, const Value *argv, Value kwnames, int how)
{
    static const char *const names[] = { "center", "ljust", "rjust" };
    if (kwnames && PV_TUPLE_LEN(kwnames) > 0) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes no keyword arguments", tname(self),
                      names[how]);
        return V_NULL;
    }
    if (range_args(self, names[how], argc, kwnames, 1, 2) < 0)
        return V_NULL;
    int64_t width;
    if (ssize_arg(argv[0], &width) < 0)
        return V_NULL;
    uint8_t fill = ' ';
    if (argc > 1) {
        if (!is_byteslike(argv[1]) || view(argv[1]).n != 1) {
            pv_err_format(&pv_exc_TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %s", names[how],
                          pv_type_name(argv[1]));
            return V_NULL;
        }
        fill = view(argv[1]).p[0];
    }
    int64_t len = view(self).n;
    if (width <= len)
        return same(self);
    int64_t marg = width - len;
    if (how == 1)
        return padded(self, 0, marg, fill);
    if (how == 2)
        return padded(self, marg, 0, fill);
    /* CPython's rounding: the odd byte goes left only when width is odd */
    int64_t left = marg / 2 + (marg & width & 1);
    return padded(self, left, marg - left, fill);
}

METH(b_center) { return justify(self, argc, argv, kwnames, 0); }
METH(b_ljust) { return justify(self, argc, argv, kwnames, 1); }
METH(b_rjust) { return justify(self, argc, argv, kwnames, 2); }

METH(b_zfill)
{
    if (exact_args(self, "zfill", argc, kwnames, 1) < 0)
        return V_NULL;
    int64_t width;
    if (ssize_arg(argv[0], &width) < 0)
        return V_NULL;
    View s = view(self);
    if (width <= s.n)
        return same(self);
    Buf out = { NULL, 0, 0 };
    int64_t i = 0;
    if (s.n > 0 && (s.p[0] == '+' || s.p[0] == '-'))
        buf_byte(&out, s.p[i++]);
    buf_fill(&out, '0', width - s.n);
    buf_put(&out, s.p + i, s.n - i);
    return buf_finish(self, &out);
}

METH(b_expandtabs)
{
    static const char *const names[] = { "tabsize" };
    Value a[1] = { V_NULL };
    if (pv_parse_args("expandtabs", argc, argv, kwnames, "|O", names, a) < 0)
        return V_NULL;
    int64_t tab = 8;
    if (a[0]) {
        if (pv_is_int(a[0]) && (!pv_int_as_i64(a[0], &tab) || tab > INT32_MAX || tab < INT32_MIN)) {
            pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C int");
            return V_NULL;
        }
        if (pv_index(a[0], &tab) < 0)
            return V_NULL;
    }
    View s = view(self);
    Buf out = { NULL, 0, 0 };
    int64_t col = 0;
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        if (c == '\t') {
            if (tab > 0) {
                buf_fill(&out, ' ', tab - col % tab);
                col += tab - col % tab;
            }
        } else {
            buf_byte(&out, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return buf_finish(self, &out);
}

METH(b_splitlines)
{
    static const char *const names[] = { "keepends" };
    Value a[1] = { V_NULL };
    if (pv_parse_args("splitlines", argc, argv, kwnames, "|O", names, a) < 0)
        return V_NULL;
    int64_t keep = 0;
    if (a[0] && pv_index(a[0], &keep) < 0)
        return V_NULL;
    View s = view(self);
    Value list = pv_list_new(0);
    for (int64_t i = 0; i < s.n;) {
        int64_t j = i;
        while (j < s.n && s.p[j] != '\n' && s.p[j] != '\r')
            j++;
        int64_t eol = j;
        if (j < s.n)
            j += s.p[j] == '\r' && j + 1 < s.n && s.p[j + 1] == '\n' ? 2 : 1;
        pv_list_append(list, like(self, s.p + i, (keep ? j : eol) - i));
        i = j;
    }
    return list;
}

/* ----------------------------------------------------- ASCII word case */

static bool b_upper_c(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_lower_c(uint8_t c) { return c >= 'a' && c <= 'z'; }

METH(b_title)
{
    (void)argv;
    if (exact_args(self, "title", argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    Buf out = { NULL, 0, 0 };
    bool in_word = false;
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        if (b_lower_c(c) && !in_word)
            c = (uint8_t)(c - 32);
        else if (b_upper_c(c) && in_word)
            c = (uint8_t)(c + 32);
        in_word = b_lower_c(c) || b_upper_c(c);
        buf_byte(&out, c);
    }
    return buf_finish(self, &out);
}

METH(b_capitalize)
{
    (void)argv;
    if (exact_args(self, "capitalize", argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    Buf out = { NULL, 0, 0 };
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        if (i == 0 && b_lower_c(c))
            c = (uint8_t)(c - 32);
        else if (i > 0 && b_upper_c(c))
            c = (uint8_t)(c + 32);
        buf_byte(&out, c);
    }
    return buf_finish(self, &out);
}

METH(b_istitle)
{
    (void)argv;
    if (exact_args(self, "istitle", argc, kwnames, 0) < 0)
        return V_NULL;
    View s = view(self);
    bool cased = false, in_word = false;
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        if (b_upper_c(c)) {
            if (in_word)
                return V_FALSE;
            in_word = cased = true;
        } else if (b_lower_c(c)) {
            if (!in_word)
                return V_FALSE;
            cased = true;
        } else {
            in_word = false;
        }
    }
    return v_bool(cased);
}

/* ------------------------------------------------------------ translate */

static int byteslike_arg(Value v, View *out)
{
    if (!is_byteslike(v)) {
        pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                      pv_type_name(v));
        return -1;
    }
    *out = view(v);
    return 0;
}

METH(b_translate)
{
    static const char *const names[] = { NULL, "delete" };
    Value a[2] = { V_NULL, V_NULL };
    if (argc == 0) {
        pv_err_set_str(&pv_exc_TypeError,
                       "translate() takes at least 1 positional argument (0 given)");
        return V_NULL;
    }
    if (pv_parse_args("translate", argc, argv, kwnames, "O|O", names, a) < 0)
        return V_NULL;
    View table = { NULL, 0 }, del = { (const uint8_t *)"", 0 };
    if (a[0] != V_NONE) {
        if (byteslike_arg(a[0], &table) < 0)
            return V_NULL;
        if (table.n != 256) {
            pv_err_set_str(&pv_exc_ValueError, "translation table must be 256 characters long");
            return V_NULL;
        }
    }
    if (a[1] && byteslike_arg(a[1], &del) < 0)
        return V_NULL;
    bool drop[256] = { false };
    for (int64_t i = 0; i < del.n; i++)
        drop[del.p[i]] = true;
    View s = view(self);
    Buf out = { NULL, 0, 0 };
    bool changed = false;
    for (int64_t i = 0; i < s.n; i++) {
        uint8_t c = s.p[i];
        if (drop[c]) {
            changed = true;
            continue;
        }
        uint8_t t = table.p ? table.p[c] : c;
        changed |= t != c;
        buf_byte(&out, t);
    }
    return changed ? buf_finish(self, &out) : same(self);
}

static Value b_maketrans(Value type, int argc, const Value *argv, Value kwnames)
{
    if (kwnames && PV_TUPLE_LEN(kwnames)) {
        pv_err_set_str(&pv_exc_TypeError, type == v_from(&pv_bytearray_type)
                                              ? "bytearray.maketrans() takes no keyword arguments"
                                              : "bytes.maketrans() takes no keyword arguments");
        return V_NULL;
    }
    if (argc != 2) {
        pv_err_format(&pv_exc_TypeError, "maketrans expected 2 arguments, got %d", argc);
        return V_NULL;
    }
    View from, to;
    if (byteslike_arg(argv[0], &from) < 0 || byteslike_arg(argv[1], &to) < 0)
        return V_NULL;
    if (from.n != to.n) {
        pv_err_set_str(&pv_exc_ValueError, "maketrans arguments must have same length");
        return V_NULL;
    }
    uint8_t table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (uint8_t)i;
    for (int64_t i = 0; i < from.n; i++)
        table[from.p[i]] = to.p[i];
    return pv_bytes(table, 256);
}

/* ------------------------------------------------------ bytearray edits */

#define BA(v) ((PvByteArray *)v_obj(v))

/* the bytes of an assigned value: bytes-like, or an iterable of ints */
static int bytes_of(Value v, View *out)
{
    if (is_byteslike(v)) {
        View w = view(v);
        /* copy: the source may be the target itself */
        uint8_t *p = pv_alloc_atomic((size_t)w.n + 1);
        memcpy(p, w.p, (size_t)w.n);
        out->p = p;
        out->n = w.n;
        return 0;
    }
    if (v_isinstance(v, &pv_int_type) || v_isinstance(v, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    Value list = pv_sequence_list(v);
    if (!list)
        return -1;
    uint8_t *p = pv_alloc_atomic((size_t)PV_LIST_LEN(list) + 1);
    for (int64_t i = 0; i < PV_LIST_LEN(list); i++)
        if (byte_value(PV_LIST_ITEMS(list)[i], &p[i]) < 0)
            return -1;
    out->p = p;
    out->n = PV_LIST_LEN(list);
    return 0;
}

/* replaces a[lo:hi] by n bytes */
static void splice(PvByteArray *a, int64_t lo, int64_t hi, const uint8_t *p, int64_t n)
{
    int64_t tail = a->len - hi;
    int64_t newlen = a->len - (hi - lo) + n;
    ba_reserve(a, newlen);
    memmove(a->data + lo + n, a->data + hi, (size_t)tail);
    if (n)
        memcpy(a->data + lo, p, (size_t)n);
    a->len = newlen;
}

static int bytearray_setitem(Value self, Value key, Value val)
{
    PvByteArray *a = BA(self);
    if (v_isinstance(key, &pv_int_type)) {
        int64_t i;
        if (pv_index(key, &i) < 0)
            return -1;
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len) {
            pv_err_set_str(&pv_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!val) {
            splice(a, i, i + 1, NULL, 0);
            return 0;
        }
        uint8_t c;
        if (byte_value(val, &c) < 0)
            return -1;
        a->data[i] = c;
        return 0;
    }
    if (!v_is(key, &pv_slice_type)) {
        pv_err_format(&pv_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      pv_type_name(key));
        return -1;
    }
    int64_t start, stop, step, n;
    if (pv_slice_indices(key, a->len, &start, &stop, &step, &n) < 0)
        return -1;
    View src = { (const uint8_t *)"", 0 };
    if (val && bytes_of(val, &src) < 0)
        return -1;
    if (step == 1) {
        if (stop < start)
            stop = start;
        splice(a, start, stop, src.p, src.n);
        return 0;
    }
    if (!val) {
        /* delete an extended slice: keep the others in order */
        if (n <= 0)
            return 0;
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        int64_t w = 0;
        for (int64_t i = 0, k = start; i < a->len; i++) {
            if (i == k && k < start + step * n) {
                k += step;
                continue;
            }
            a->data[w++] = a->data[i];
        }
        a->len = w;
        return 0;
    }
    if (src.n != n) {
        pv_err_format(&pv_exc_ValueError,
                      "attempt to assign bytes of size %lld to extended slice of size %lld",
                      (long long)src.n, (long long)n);
        return -1;
    }
    for (int64_t i = 0, k = start; i < n; i++, k += step)
        a->data[k] = src.p[i];
    return 0;
}

METH(ba_append)
{
    if (exact_args(self, "append", argc, kwnames, 1) < 0)
        return V_NULL;
    uint8_t c;
    if (byte_value(argv[0], &c) < 0)
        return V_NULL;
    PvByteArray *a = BA(self);
    ba_reserve(a, a->len + 1);
    a->data[a->len++] = c;
    return V_NONE;
}

METH(ba_extend)
{
    if (exact_args(self, "extend", argc, kwnames, 1) < 0)
        return V_NULL;
    View src;
    if (v_isinstance(argv[0], &pv_str_type)) {
        pv_err_set_str(&pv_exc_TypeError, "expected iterable of integers; got: 'str'");
        return V_NULL;
    }
    if (v_isinstance(argv[0], &pv_int_type)) {
        pv_err_format(&pv_exc_TypeError, "can't extend bytearray with %s", pv_type_name(argv[0]));
        return V_NULL;
    }
    if (bytes_of(argv[0], &src) < 0)
        return V_NULL;
    PvByteArray *a = BA(self);
    splice(a, a->len, a->len, src.p, src.n);
    return V_NONE;
}

METH(ba_pop)
{
    if (range_args(self, "pop", argc, kwnames, 0, 1) < 0)
        return V_NULL;
    PvByteArray *a = BA(self);
    int64_t i = -1;
    if (argc > 0 && pv_index(argv[0], &i) < 0)
        return V_NULL;
    if (a->len == 0) {
        pv_err_set_str(&pv_exc_IndexError, "pop from empty bytearray");
        return V_NULL;
    }
    if (i < 0)
        i += a->len;
    if (i < 0 || i >= a->len) {
        pv_err_set_str(&pv_exc_IndexError, "pop index out of range");
        return V_NULL;
    }
    uint8_t c = a->data[i];
    splice(a, i, i + 1, NULL, 0);
    return v_from_small(c);
}

METH(ba_insert)
{
    if (range_args(self, "insert", argc, kwnames, 2, 2) < 0)
        return V_NULL;
    PvByteArray *a = BA(self);
    int64_t i;
    uint8_t c;
    if (pv_index(argv[0], &i) < 0 || byte_value(argv[1], &c) < 0)
        return V_NULL;
    if (i < 0 && (i += a->len) < 0)
        i = 0;
    if (i > a->len)
        i = a->len;
    splice(a, i, i, &c, 1);
    return V_NONE;
}

METH(ba_remove)
{
    if (exact_args(self, "remove", argc, kwnames, 1) < 0)
        return V_NULL;
    uint8_t c;
    if (byte_value(argv[0], &c) < 0)
        return V_NULL;
    PvByteArray *a = BA(self);
    for (int64_t i = 0; i < a->len; i++)
        if (a->data[i] == c) {
            splice(a, i, i + 1, NULL, 0);
            return V_NONE;
        }
    pv_err_set_str(&pv_exc_ValueError, "value not found in bytearray");
    return V_NULL;
}

METH(ba_clear)
{
    (void)argv;
    if (exact_args(self, "clear", argc, kwnames, 0) < 0)
        return V_NULL;
    BA(self)->len = 0;
    return V_NONE;
}

METH(ba_copy)
{
    (void)argv;
    if (exact_args(self, "copy", argc, kwnames, 0) < 0)
        return V_NULL;
    return bytearray_from(BA(self)->data, BA(self)->len);
}

METH(ba_reverse)
{
    (void)argv;
    if (exact_args(self, "reverse", argc, kwnames, 0) < 0)
        return V_NULL;
    PvByteArray *a = BA(self);
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        uint8_t t = a->data[i];
        a->data[i] = a->data[j];
        a->data[j] = t;
    }
    return V_NONE;
}

/* ---------------------------------------------------------- constructors */

/* bytes(x) / bytearray(x) contents */
static int initial_bytes(const char *tn, int argc, const Value *argv, Value kwnames, View *out)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    Value a[3];
    if (pv_parse_args(tn, argc, argv, kwnames, "|OOO", names, a) < 0)
        return -1;
    out->p = (const uint8_t *)"";
    out->n = 0;
    /* argument clinic checks the types of encoding and errors first */
    for (int i = 1; i < 3; i++)
        if (a[i] && !v_isinstance(a[i], &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "%s() argument '%s' must be str, not %s", tn,
                          names[i], pv_type_name(a[i]));
            return -1;
        }
    Value x = a[0];
    if (!x) {
        if (a[1] || a[2]) {
            pv_err_set_str(&pv_exc_TypeError,
                           a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (!v_is_small(x) && (pv_type(x)->flags & PV_TF_HEAPTYPE) && !strcmp(tn, "bytes")) {
        /* bytes(obj): a class's __bytes__ */
        bool unbound;
        Value m = pv_lookup_special(x, pv_str_intern_cstr("__bytes__"), &unbound);
        if (m != V_NULL) {
            Value r = unbound ? pv_call1(m, x) : pv_call0(m);
            if (!r)
                return -1;
            if (!v_isinstance(r, &pv_bytes_type)) {
                pv_err_format(&pv_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                              pv_type_name(r));
                return -1;
            }
            *out = view(r);
            return 0;
        }
    }
    if (v_isinstance(x, &pv_str_type)) {
        if (!a[1]) {
            pv_err_set_str(&pv_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        for (int i = 1; i < 3; i++)
            if (a[i] && !v_isinstance(a[i], &pv_str_type)) {
                pv_err_format(&pv_exc_TypeError, "%s() argument '%s' must be str, not %s", tn,
                              names[i], pv_type_name(a[i]));
                return -1;
            }
        Value b = pv_str_encode(x, a[1], a[2]);
        if (!b)
            return -1;
        *out = view(b);
        return 0;
    }
    if (a[1] || a[2]) {
        pv_err_set_str(&pv_exc_TypeError,
                       a[1] ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    if (is_byteslike(x)) {
        *out = view(x);
        return 0;
    }
    if (v_isinstance(x, &pv_int_type)) {
        int64_t n;
        if (pv_index(x, &n) < 0)
            return -1;
        if (n < 0) {
            pv_err_set_str(&pv_exc_ValueError, "negative count");
            return -1;
        }
        out->p = pv_alloc_atomic((size_t)n + 1);   /* zeroed by the collector? be explicit */
        memset((void *)out->p, 0, (size_t)n + 1);
        out->n = n;
        return 0;
    }
    Value it = pv_iter(x);
    if (!it) {
        if (pv_err_matches(&pv_exc_TypeError)) {
            pv_err_clear();
            pv_err_format(&pv_exc_TypeError, "cannot convert '%s' object to %s", pv_type_name(x), tn);
        }
        return -1;
    }
    Buf b = { NULL, 0, 0 };
    Value item;
    while ((item = pv_next(it)) != V_NULL) {
        int64_t i;
        if (pv_index(item, &i) < 0)
            return -1;
        if (i < 0 || i > 255) {
            pv_err_set_str(&pv_exc_ValueError, "bytes must be in range(0, 256)");
            return -1;
        }
        buf_byte(&b, (uint8_t)i);
    }
    if (pv_err_occurred())
        return -1;
    out->p = b.p ? b.p : (const uint8_t *)"";
    out->n = b.n;
    return 0;
}

static Value bytes_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    View w;
    if (initial_bytes("bytes", argc, argv, kwnames, &w) < 0)
        return V_NULL;
    if (argc == 1 && !kwnames && v_is(argv[0], &pv_bytes_type) && type == &pv_bytes_type)
        return argv[0];
    Value r = pv_bytes(w.p, (size_t)w.n);
    return type == &pv_bytes_type ? r : pv_subtype_instance(type, r);
}

/* a class derived from bytearray: empty here, filled by __init__ */
static Value bytearray_new(PvType *type, int argc, const Value *argv, Value kwnames)
{
    if (type != &pv_bytearray_type)
        return v_from(pv_new_object(type, sizeof(PvByteArray)));
    View w;
    if (initial_bytes("bytearray", argc, argv, kwnames, &w) < 0)
        return V_NULL;
    return bytearray_from(w.p, w.n);
}

static int bytearray_init(Value self, int argc, const Value *argv, Value kwnames)
{
    View w;
    if (initial_bytes("bytearray", argc, argv, kwnames, &w) < 0)
        return -1;
    PvByteArray *a = (PvByteArray *)v_obj(self);
    a->len = 0;
    ba_reserve(a, w.n);
    if (w.n)
        memmove(a->data, w.p, (size_t)w.n);
    a->len = w.n;
    return 0;
}

/* ------------------------------------------------------------ bytes % x
 * Parsed here; each numeric conversion is handed to str's %-formatting
 * as a one-conversion format (its output is ASCII), so the two agree. */

static Value bytes_mod(Value fmtv, Value args)
{
    View f = view(fmtv);
    bool tuple = v_isinstance(args, &pv_tuple_type);
    Value cur = args;
    int64_t arglen = tuple ? PV_TUPLE_LEN(args) : -1, argidx = tuple ? 0 : -2;
    Value dict = V_NULL;
    if (pv_type(args)->getitem && !tuple && !is_byteslike(args) &&
        !v_isinstance(args, &pv_str_type))
        dict = args;
    Buf out = { NULL, 0, 0 };
    int64_t i = 0;
    while (i < f.n) {
        if (f.p[i] != '%') {
            buf_byte(&out, f.p[i++]);
            continue;
        }
        int64_t spec_start = i++;
        if (i < f.n && f.p[i] == '%') {
            buf_byte(&out, '%');
            i++;
            continue;
        }
        if (i < f.n && f.p[i] == '(') {
            if (!dict) {
                pv_err_set_str(&pv_exc_TypeError, "format requires a mapping");
                return V_NULL;
            }
            int64_t j = ++i, depth = 1;
            for (; j < f.n; j++) {
                if (f.p[j] == ')' && --depth == 0)
                    break;
                if (f.p[j] == '(')
                    depth++;
            }
            if (j >= f.n) {
                pv_err_set_str(&pv_exc_ValueError, "incomplete format key");
                return V_NULL;
            }
            cur = pv_getitem(dict, pv_bytes(f.p + i, (size_t)(j - i)));
            if (!cur)
                return V_NULL;
            arglen = -1;
            argidx = -2;
            i = j + 1;
            spec_start = i - 1;   /* the rest of the spec follows the key */
        }
        /* flags, width, precision: '*' takes arguments */
        Buf spec = { NULL, 0, 0 };
        buf_byte(&spec, '%');
        Value starv[3];
        int nstar = 0;
        bool ljust = false;
        int64_t width = 0, prec = -1;
        while (i < f.n && strchr("-+ #0", f.p[i]) && f.p[i]) {
            if (f.p[i] == '-')
                ljust = true;
            buf_byte(&spec, f.p[i++]);
        }
        for (int part = 0; part < 2; part++) {
            if (part == 1) {
                if (i >= f.n || f.p[i] != '.')
                    break;
                buf_byte(&spec, f.p[i++]);
                prec = 0;
            }
            if (i < f.n && f.p[i] == '*') {
                if (argidx >= arglen) {
                    pv_err_set_str(&pv_exc_TypeError, "not enough arguments for format string");
                    return V_NULL;
                }
                Value s = arglen < 0 ? cur : PV_TUPLE_ITEMS(cur)[argidx];
                argidx++;
                if (!v_isinstance(s, &pv_int_type)) {
                    pv_err_set_str(&pv_exc_TypeError, "* wants int");
                    return V_NULL;
                }
                int64_t k;
                pv_int_as_i64(s, &k);
                if (part == 0) {
                    if (k < 0) {
                        ljust = true;
                        k = -k;
                    }
                    width = k;
                } else {
                    prec = k < 0 ? 0 : k;
                }
                starv[nstar++] = s;
                buf_byte(&spec, '*');
                i++;
            } else {
                int64_t k = 0;
                while (i < f.n && f.p[i] >= '0' && f.p[i] <= '9') {
                    k = k * 10 + (f.p[i] - '0');
                    buf_byte(&spec, f.p[i++]);
                }
                if (part == 0)
                    width = k;
                else
                    prec = k;
            }
        }
        while (i < f.n && (f.p[i] == 'h' || f.p[i] == 'l' || f.p[i] == 'L'))
            i++;
        if (i >= f.n) {
            pv_err_set_str(&pv_exc_ValueError, "incomplete format");
            return V_NULL;
        }
        uint8_t type = f.p[i++];
        (void)spec_start;
        if (argidx >= arglen) {
            pv_err_set_str(&pv_exc_TypeError, "not enough arguments for format string");
            return V_NULL;
        }
        Value v = arglen < 0 ? cur : PV_TUPLE_ITEMS(cur)[argidx];
        argidx++;
        View body;
        uint8_t one;
        switch (type) {
        case 's': case 'b':
            if (!is_byteslike(v)) {
                pv_err_format(&pv_exc_TypeError,
                              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                              pv_type_name(v));
                return V_NULL;
            }
            body = view(v);
            if (prec >= 0 && prec < body.n)
                body.n = prec;
            break;
        case 'r': case 'a': {
            Value r = pv_ascii(v);
            if (!r)
                return V_NULL;
            size_t n;
            body.p = (const uint8_t *)pv_str_utf8(r, &n);
            body.n = (int64_t)n;
            if (prec >= 0 && prec < body.n)
                body.n = prec;
            break;
        }
        case 'c':
            if (is_byteslike(v) && view(v).n == 1) {
                one = view(v).p[0];
            } else if (v_isinstance(v, &pv_int_type)) {
                int64_t k;
                if (!pv_int_as_i64(v, &k) || k < 0 || k > 255) {
                    pv_err_set_str(&pv_exc_OverflowError, "%c arg not in range(256)");
                    return V_NULL;
                }
                one = (uint8_t)k;
            } else {
                pv_err_set_str(&pv_exc_TypeError,
                               "%c requires an integer in range(256) or a single byte");
                return V_NULL;
            }
            body.p = &one;
            body.n = 1;
            break;
        default: {
            /* numbers: let str's %-formatting do the conversion */
            buf_byte(&spec, type);
            Value items[4];
            for (int k = 0; k < nstar; k++)
                items[k] = starv[k];
            items[nstar] = v;
            Value s = pv_str_mod(pv_str_from_latin1(spec.p, spec.n), pv_tuple_from(nstar + 1, items));
            if (!s) {
                if (pv_err_matches(&pv_exc_ValueError) && !strchr("diuxXoeEfFgG", type)) {
                    pv_err_clear();
                    pv_err_format(&pv_exc_ValueError,
                                  "unsupported format character '%c' (0x%x) at index %lld",
                                  type >= 32 && type <= 126 ? (char)type : '?', (unsigned)type,
                                  (long long)(i - 1));
                }
                return V_NULL;
            }
            size_t n;
            const char *u = pv_str_utf8(s, &n);
            buf_put(&out, u, (int64_t)n);
            continue;
        }
        }
        int64_t pad = width > body.n ? width - body.n : 0;
        if (!ljust)
            buf_fill(&out, ' ', pad);
        buf_put(&out, body.p, body.n);
        if (ljust)
            buf_fill(&out, ' ', pad);
    }
    if (argidx < arglen && !dict) {
        pv_err_set_str(&pv_exc_TypeError, "not all arguments converted during bytes formatting");
        return V_NULL;
    }
    return buf_finish(fmtv, &out);
}

/* ------------------------------------------------------------------ types */

/* bytes and bytearray: the same methods, plus bytearray's edits */
#define BYTES_METHODS \
    { "capitalize", b_capitalize, 0 }, \
    { "center", b_center, 0 }, \
    { "count", b_count, 0 }, \
    { "decode", b_decode, 0 }, \
    { "endswith", b_endswith, 0 }, \
    { "expandtabs", b_expandtabs, 0 }, \
    { "find", b_find, 0 }, \
    { "fromhex", b_fromhex, PV_METH_CLASS }, \
    { "hex", b_hex, 0 }, \
    { "index", b_index, 0 }, \
    { "isalnum", b_isalnum, 0 }, \
    { "isalpha", b_isalpha, 0 }, \
    { "isascii", b_isascii, 0 }, \
    { "isdigit", b_isdigit, 0 }, \
    { "islower", b_islower, 0 }, \
    { "isspace", b_isspace, 0 }, \
    { "istitle", b_istitle, 0 }, \
    { "isupper", b_isupper, 0 }, \
    { "join", b_join, 0 }, \
    { "ljust", b_ljust, 0 }, \
    { "lower", b_lower, 0 }, \
    { "lstrip", b_lstrip, 0 }, \
    { "maketrans", b_maketrans, PV_METH_CLASS }, \
    { "partition", b_partition, 0 }, \
    { "removeprefix", b_removeprefix, 0 }, \
    { "removesuffix", b_removesuffix, 0 }, \
    { "replace", b_replace, 0 }, \
    { "rfind", b_rfind, 0 }, \
    { "rindex", b_rindex, 0 }, \
    { "rjust", b_rjust, 0 }, \
    { "rpartition", b_rpartition, 0 }, \
    { "rsplit", b_rsplit, 0 }, \
    { "rstrip", b_rstrip, 0 }, \
    { "split", b_split, 0 }, \
    { "splitlines", b_splitlines, 0 }, \
    { "startswith", b_startswith, 0 }, \
    { "strip", b_strip, 0 }, \
    { "swapcase", b_swapcase, 0 }, \
    { "title", b_title, 0 }, \
    { "translate", b_translate, 0 }, \
    { "upper", b_upper, 0 }, \
    { "zfill", b_zfill, 0 },

static const PvMethodDef bytes_methods[] = {
    BYTES_METHODS
    { NULL, NULL, 0 },
};

/* bytearray has every bytes method plus the mutators; kept as one table so
 * lookup stays a single walk */
static const PvMethodDef bytearray_methods[] = {
    BYTES_METHODS
    { "append", ba_append, 0 },
    { "clear", ba_clear, 0 },
    { "copy", ba_copy, 0 },
    { "extend", ba_extend, 0 },
    { "insert", ba_insert, 0 },
    { "pop", ba_pop, 0 },
    { "remove", ba_remove, 0 },
    { "reverse", ba_reverse, 0 },
    { NULL, NULL, 0 },
};

PvType pv_bytes_type = {
    .ob = { &pv_type_type },
    .name = "bytes",
    .base = &pv_object_type,
    .flags = PV_TF_BASETYPE,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .binop = bytes_binop,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .new = bytes_new,
    .methods = bytes_methods,
};

PvType pv_bytearray_type = {
    .ob = { &pv_type_type },
    .name = "bytearray",
    .base = &pv_object_type,
    .size = sizeof(PvByteArray),
    .flags = PV_TF_BASETYPE,
    .repr = bytes_repr,
    .richcompare = bytes_richcompare,
    .binop = bytes_binop,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .new = bytearray_new,
    .init = bytearray_init,
    .methods = bytearray_methods,
};
