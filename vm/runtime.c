/* vm/runtime.c: the current exception, the singletons and the generic
 * object protocol (runtime.h): every operation the interpreter performs on
 * values of unknown type goes through here and dispatches on type slots,
 * with CPython 3.11's fallbacks (reflected operators, identity equality) and
 * its TypeError messages.  Not for any one type's behaviour.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "classes.h"

/* ------------------------------------------------------------------ */
/* singletons                                                           */

static Value none_repr(Value v) { (void)v; return pv_str_cstr("None"); }
static Value notimpl_repr(Value v) { (void)v; return pv_str_cstr("NotImplemented"); }
static Value ellipsis_repr(Value v) { (void)v; return pv_str_cstr("Ellipsis"); }
static int none_truth(Value v) { (void)v; return 0; }
static int identity_hash(Value v, int64_t *out)
{
    /* CPython: the address rotated by 4 bits */
    uintptr_t p = (uintptr_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(uintptr_t) - 4)));
    *out = h == -1 ? -2 : h;
    return 0;
}

/* hash(None) is its address in 3.11, so the order of sets holding None
 * depends on where the binary puts it: pvm uses the oracle's value (the
 * non-PIE /usr/bin/python3.11 gives 611532) rather than its own address,
 * which moves whenever pvm's static data changes. */
static int none_hash(Value v, int64_t *out)
{
    (void)v;
    *out = 611532;
    return 0;
}

PvType pv_none_type = {.ob = {&pv_type_type}, .name = "NoneType", .base = &pv_object_type,
                       .repr = none_repr, .truth = none_truth, .hash = none_hash};
PvType pv_notimplemented_type = {.ob = {&pv_type_type}, .name = "NotImplementedType",
                                 .base = &pv_object_type, .repr = notimpl_repr,
                                 .hash = identity_hash};
PvType pv_ellipsis_type = {.ob = {&pv_type_type}, .name = "ellipsis", .base = &pv_object_type,
                           .repr = ellipsis_repr, .hash = identity_hash};
PvObject pv_none = {&pv_none_type};
PvObject pv_notimplemented = {&pv_notimplemented_type};
PvObject pv_ellipsis = {&pv_ellipsis_type};

/* ------------------------------------------------------------------ */
/* exceptions                                                           */

static Value current_exc = V_NULL;

Value pv_err_occurred(void) { return current_exc; }
void pv_err_set(Value exc) { current_exc = exc; }
void pv_err_clear(void) { current_exc = V_NULL; }

Value pv_err_fetch(void)
{
    Value e = current_exc;
    current_exc = V_NULL;
    return e;
}

bool pv_err_matches(PvType *type)
{
    return current_exc != V_NULL && v_isinstance(current_exc, type);
}

void pv_err_set_str(PvType *type, const char *msg)
{
    Value args = pv_tuple_new(1);
    PV_TUPLE_ITEMS(args)[0] = pv_str_cstr(msg);
    current_exc = pv_exc_new(type, args);
}

/* appends the UTF-8 of a str Value to a growing C buffer */
typedef struct CBuf {
    char *p;
    size_t n, cap;
} CBuf;

static void cb_put(CBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 128;
        while (cap < b->n + n + 1)
            cap *= 2;
        b->p = pv_realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void cb_value_str(CBuf *b, Value s)
{
    if (s == V_NULL) {
        pv_err_clear();
        cb_put(b, "<unprintable>", 13);
        return;
    }
    size_t n;
    const char *u = pv_str_utf8(s, &n);
    cb_put(b, u, n);
}

void pv_err_vformat(PvType *type, const char *fmt, va_list ap)
{
    CBuf b = {0};
    cb_put(&b, "", 0);
    Value saved = current_exc;
    for (const char *p = fmt; *p;) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            cb_put(&b, p, n);
            p += n;
            continue;
        }
        const char *start = p++;
        if (*p == '%') {
            cb_put(&b, "%", 1);
            p++;
            continue;
        }
        if (*p == 'S' || *p == 'R' || *p == 'T') {
            Value v = va_arg(ap, Value);
            if (*p == 'T')
                cb_put(&b, pv_type_name(v), strlen(pv_type_name(v)));
            else
                cb_value_str(&b, *p == 'S' ? pv_str(v) : pv_repr(v));
            p++;
            continue;
        }
        while (*p && strchr("-+ #0123456789.", *p))
            p++;
        int lng = 0;
        bool z = false;
        while (*p == 'l') {
            lng++;
            p++;
        }
        if (*p == 'z') {
            z = true;
            p++;
        }
        char spec[32];
        size_t sl = (size_t)(p - start) + 1;
        if (sl >= sizeof spec)
            sl = sizeof spec - 1;
        memcpy(spec, start, sl);
        spec[sl] = 0;
        char tmp[512];
        switch (*p) {
        case 's':
            snprintf(tmp, sizeof tmp, spec, va_arg(ap, const char *));
            break;
        case 'c':
            snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            break;
        case 'p':
            snprintf(tmp, sizeof tmp, spec, va_arg(ap, void *));
            break;
        case 'd':
        case 'i':
            if (z)
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, ptrdiff_t));
            else if (lng == 2)
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, long long));
            else if (lng == 1)
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, long));
            else
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            break;
        default: /* u x X o */
            if (z)
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, size_t));
            else if (lng == 2)
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, unsigned long long));
            else if (lng == 1)
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, unsigned long));
            else
                snprintf(tmp, sizeof tmp, spec, va_arg(ap, unsigned));
            break;
        }
        if (*p)
            p++;
        cb_put(&b, tmp, strlen(tmp));
    }
    current_exc = saved;
    Value args = pv_tuple_new(1);
    PV_TUPLE_ITEMS(args)[0] = pv_str_from_utf8(b.p, b.n);
    current_exc = pv_exc_new(type, args);
}

void pv_err_format(PvType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pv_err_vformat(type, fmt, ap);
    va_end(ap);
}

Value pv_err_no_memory(void)
{
    current_exc = pv_exc_new(&pv_exc_MemoryError, pv_tuple_new(0));
    return V_NULL;
}

static const char *const binop_symbols[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

Value pv_err_binop(Value a, Value b, int op)
{
    if (op == PV_NB_POWER || op == PV_NB_POWER + 13)
        pv_err_format(&pv_exc_TypeError,
                      "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                      binop_symbols[op], pv_type_name(a), pv_type_name(b));
    else
        pv_err_format(&pv_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      binop_symbols[op], pv_type_name(a), pv_type_name(b));
    return V_NULL;
}

/* ------------------------------------------------------------------ */
/* protocol                                                             */

const char *pv_type_name(Value v) { return pv_type(v)->name; }

static int c_recursion_depth;

int pv_enter_recursive_call(const char *where)
{
    if (++c_recursion_depth > pv_recursion_limit) {
        c_recursion_depth--;
        pv_err_format(&pv_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void pv_leave_recursive_call(void) { c_recursion_depth--; }

Value pv_repr(Value v)
{
    PvType *t = pv_type(v);
    Value (*repr)(Value) = pv_object_type.repr;
    for (PvType *k = t; k; k = k->base)
        if (k->repr) {
            repr = k->repr;
            break;
        }
    if (pv_enter_recursive_call(" while getting the repr of an object") < 0)
        return V_NULL;
    Value r = repr(v);
    pv_leave_recursive_call();
    return r;
}

Value pv_str(Value v)
{
    PvType *t = pv_type(v);
    if (t == &pv_str_type)
        return v;
    for (PvType *k = t; k; k = k->base) {
        if (k->str)
            return k->str(v);
        if (k->repr)
            return k->repr(v);
    }
    return pv_object_type.repr(v);
}

Value pv_ascii(Value v)
{
    Value r = pv_repr(v);
    if (r == V_NULL || ((PvStr *)v_obj(r))->ascii)
        return r;
    PvStrBuf b;
    pv_sb_init(&b);
    for (int64_t i = 0; i < pv_str_len(r); i++) {
        uint32_t c = pv_str_char(r, i);
        char tmp[16];
        if (c < 0x80) {
            pv_sb_char(&b, c);
            continue;
        }
        if (c < 0x100)
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
        else
            snprintf(tmp, sizeof tmp, "\\U%08x", c);
        pv_sb_ascii(&b, tmp);
    }
    return pv_sb_finish(&b);
}

int pv_hash(Value v, int64_t *out)
{
    if (v_is_small(v)) {
        *out = pv_int_hash(v);
        return 0;
    }
    PvType *t = pv_type(v);
    for (PvType *k = t; k; k = k->base) {
        if (k->hash)
            return k->hash(v, out);
        if (k->richcompare && k->richcompare != pv_object_richcompare)
            break; /* defines equality without hash: unhashable */
    }
    pv_err_format(&pv_exc_TypeError, "unhashable type: '%s'", t->name);
    return -1;
}

int pv_truth(Value v)
{
    if (v == V_TRUE)
        return 1;
    if (v == V_FALSE || v == V_NONE)
        return 0;
    if (v_is_small(v))
        return v_small(v) != 0;
    for (PvType *k = pv_type(v); k; k = k->base) {
        if (k->truth)
            return k->truth(v);
        if (k->len) {
            int64_t n = k->len(v);
            return n < 0 ? -1 : n > 0;
        }
    }
    return 1;
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {PV_GT, PV_GE, PV_EQ, PV_NE, PV_LT, PV_LE};

static Value (*find_richcompare(PvType *t))(Value, Value, int)
{
    for (; t; t = t->base)
        if (t->richcompare)
            return t->richcompare;
    return pv_object_richcompare;
}

Value pv_richcompare(Value a, Value b, int op)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    Value (*fa)(Value, Value, int) = find_richcompare(ta);
    Value (*fb)(Value, Value, int) = find_richcompare(tb);
    /* CPython's do_richcompare: the reflected method first when b's type
     * is a proper subclass of a's; a class's slot serves every operand, so
     * the reflected call is made even when fa == fb (types differ) */
    bool reflected_first = ta != tb && pv_type_is_subtype(tb, ta) &&
                           (fb != fa || (tb->flags & PV_TF_HEAPTYPE));
    Value r;
    if (reflected_first) {
        r = fb(b, a, swapped_op[op]);
        if (r == V_NULL || r != V_NOTIMPLEMENTED)
            return r;
    }
    r = fa(a, b, op);
    if (r == V_NULL || r != V_NOTIMPLEMENTED)
        return r;
    if (!reflected_first && (fb != fa || ((ta->flags | tb->flags) & PV_TF_HEAPTYPE))) {
        r = fb(b, a, swapped_op[op]);
        if (r != V_NOTIMPLEMENTED)
            return r;
    }
    if (op == PV_EQ)
        return v_bool(a == b);
    if (op == PV_NE)
        return v_bool(a != b);
    pv_err_format(&pv_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                  cmp_symbols[op], ta->name, tb->name);
    return V_NULL;
}

int pv_richcompare_bool(Value a, Value b, int op)
{
    if (a == b) {
        if (op == PV_EQ)
            return 1;
        if (op == PV_NE)
            return 0;
    }
    if (v_is_small(a) && v_is_small(b)) {
        intptr_t x = v_small(a), y = v_small(b);
        switch (op) {
        case PV_LT: return x < y;
        case PV_LE: return x <= y;
        case PV_EQ: return x == y;
        case PV_NE: return x != y;
        case PV_GT: return x > y;
        default: return x >= y;
        }
    }
    Value r = pv_richcompare(a, b, op);
    if (r == V_NULL)
        return -1;
    if (r == V_TRUE)
        return 1;
    if (r == V_FALSE)
        return 0;
    return pv_truth(r);
}

static Value (*find_binop(PvType *t))(Value, Value, int)
{
    for (; t; t = t->base)
        if (t->binop)
            return t->binop;
    return NULL;
}

/* A built-in sequence's `binop` also does concatenation and repetition,
 * which CPython tries only after both operands' numeric methods
 * (sq_concat / sq_repeat, the count through __index__): so a class
 * operand goes first against them. */
static bool is_numeric_type(PvType *t)
{
    return pv_type_is_subtype(t, &pv_int_type) || pv_type_is_subtype(t, &pv_float_type) ||
           pv_type_is_subtype(t, &pv_complex_type);
}

static Value class_vs_sequence(Value a, Value b, int op, bool *handled)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    bool ha = (ta->flags & PV_TF_HEAPTYPE) != 0, hb = (tb->flags & PV_TF_HEAPTYPE) != 0;
    int base = op >= PV_NB_COUNT ? op - PV_NB_COUNT : op;
    *handled = false;
    if (ha == hb || (base != PV_NB_ADD && base != PV_NB_MULTIPLY) ||
        is_numeric_type(ha ? tb : ta))
        return V_NULL;
    Value cls = ha ? a : b;
    Value (*fc)(Value, Value, int) = find_binop(pv_type(cls));
    *handled = true;
    if (fc) {
        Value r = fc(a, b, op >= PV_NB_COUNT && ha ? op : base);
        if (r != V_NOTIMPLEMENTED)
            return r;
    }
    if (base == PV_NB_MULTIPLY && pv_type_lookup(pv_type(cls), ID(__index__)) != V_NULL) {
        Value n = pv_index_value(cls);
        if (n == V_NULL)
            return V_NULL;
        return ha ? pv_binop(n, b, op) : pv_binop(a, n, op);
    }
    Value seq = ha ? b : a;
    Value (*fs)(Value, Value, int) = find_binop(pv_type(seq));
    if (fs) {
        Value r = fs(a, b, op);
        if (r != V_NOTIMPLEMENTED)
            return r;
    }
    bool str_like = v_isinstance(seq, &pv_str_type) || v_isinstance(seq, &pv_list_type) ||
                    v_isinstance(seq, &pv_tuple_type);
    bool bytes_like = v_isinstance(seq, &pv_bytes_type) || v_isinstance(seq, &pv_bytearray_type);
    if (base == PV_NB_MULTIPLY && (str_like || bytes_like)) {
        pv_err_format(&pv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      pv_type_name(cls));
        return V_NULL;
    }
    if (base == PV_NB_ADD && seq == a && str_like) {
        pv_err_format(&pv_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                      pv_type_name(a), pv_type_name(b), pv_type_name(a));
        return V_NULL;
    }
    if (base == PV_NB_ADD && seq == a && bytes_like) {
        pv_err_format(&pv_exc_TypeError, "can't concat %s to %s", pv_type_name(b),
                      pv_type_name(a));
        return V_NULL;
    }
    return pv_err_binop(a, b, op);
}

Value pv_binop(Value a, Value b, int op)
{
    PvType *ta = pv_type(a), *tb = pv_type(b);
    Value (*fa)(Value, Value, int) = find_binop(ta);
    Value (*fb)(Value, Value, int) = find_binop(tb);
    Value r;
    if ((ta->flags | tb->flags) & PV_TF_HEAPTYPE) {
        bool handled;
        r = class_vs_sequence(a, b, op, &handled);
        if (handled)
            return r;
    }
    if (op >= PV_NB_COUNT) {
        /* in place: the left operand's own in-place form first */
        if (fa) {
            r = fa(a, b, op);
            if (r != V_NOTIMPLEMENTED)
                return r;
        }
        Value res = pv_binop(a, b, op - PV_NB_COUNT);
        if (res == V_NULL && pv_err_matches(&pv_exc_TypeError)) {
            /* re-word the message with the augmented operator */
            Value e = pv_err_fetch();
            Value args = ((PvException *)v_obj(e))->args;
            size_t n;
            if (PV_TUPLE_LEN(args) == 1 && v_is(PV_TUPLE_ITEMS(args)[0], &pv_str_type) &&
                !strncmp(pv_str_utf8(PV_TUPLE_ITEMS(args)[0], &n), "unsupported operand", 19))
                return pv_err_binop(a, b, op);
            pv_err_set(e);
        }
        return res;
    }
    bool reflected_first = ta != tb && fb && fb != fa && pv_type_is_subtype(tb, ta);
    if (reflected_first) {
        r = fb(a, b, op);
        if (r != V_NOTIMPLEMENTED)
            return r;
    }
    if (fa) {
        r = fa(a, b, op);
        if (r != V_NOTIMPLEMENTED)
            return r;
    }
    if (!reflected_first && fb && fb != fa) {
        r = fb(a, b, op);
        if (r != V_NOTIMPLEMENTED)
            return r;
    }
    return pv_err_binop(a, b, op);
}

Value pv_unary(Value v, int op)
{
    for (PvType *k = pv_type(v); k; k = k->base)
        if (k->unary) {
            Value r = k->unary(v, op);
            if (r != V_NOTIMPLEMENTED)
                return r;
            break;
        }
    static const char *const names[] = {"unary -", "unary +", "unary ~"};
    pv_err_format(&pv_exc_TypeError, "bad operand type for %s: '%s'", names[op],
                  pv_type_name(v));
    return V_NULL;
}

Value pv_not(Value v)
{
    int t = pv_truth(v);
    return t < 0 ? V_NULL : v_bool(!t);
}

int64_t pv_len(Value v)
{
    for (PvType *k = pv_type(v); k; k = k->base)
        if (k->len)
            return k->len(v);
    pv_err_format(&pv_exc_TypeError, "object of type '%s' has no len()", pv_type_name(v));
    return -1;
}

/* a class instance with __index__ used as a built-in sequence's index */
static Value sequence_key(Value obj, Value key)
{
    if (v_is_small(key) || !(pv_type(key)->flags & PV_TF_HEAPTYPE) ||
        (pv_type(obj)->flags & PV_TF_HEAPTYPE) || !(pv_type(obj)->flags & PV_TF_SEQUENCE ||
        v_is(obj, &pv_str_type) || v_is(obj, &pv_range_type) || v_is(obj, &pv_bytes_type) ||
        v_is(obj, &pv_bytearray_type)))
        return key;
    if (pv_type_lookup(pv_type(key), ID(__index__)) == V_NULL)
        return key;
    return pv_index_value(key);
}

Value pv_getitem(Value obj, Value key)
{
    key = sequence_key(obj, key);
    if (key == V_NULL)
        return V_NULL;
    for (PvType *k = pv_type(obj); k; k = k->base)
        if (k->getitem)
            return k->getitem(obj, key);
    if (obj == v_from(&pv_type_type))
        return pv_genericalias_new(obj, key); /* type[C], with no __class_getitem__ */
    if (pv_is_type(obj)) {
        /* Cls[key]: the class's __class_getitem__ (an implicit classmethod) */
        Value m = pv_type_lookup((PvType *)v_obj(obj), ID(__class_getitem__));
        if (m != V_NULL) {
            Value f = pv_descr_get(m, V_NULL, obj);
            return f == V_NULL ? V_NULL : pv_call1(f, key);
        }
        pv_err_format(&pv_exc_TypeError, "type '%s' is not subscriptable",
                      ((PvType *)v_obj(obj))->name);
        return V_NULL;
    }
    pv_err_format(&pv_exc_TypeError, "'%s' object is not subscriptable", pv_type_name(obj));
    return V_NULL;
}

int pv_setitem(Value obj, Value key, Value val)
{
    key = sequence_key(obj, key);
    if (key == V_NULL)
        return -1;
    for (PvType *k = pv_type(obj); k; k = k->base)
        if (k->setitem)
            return k->setitem(obj, key, val);
    pv_err_format(&pv_exc_TypeError, "'%s' object does not support item assignment",
                  pv_type_name(obj));
    return -1;
}

int pv_delitem(Value obj, Value key)
{
    key = sequence_key(obj, key);
    if (key == V_NULL)
        return -1;
    for (PvType *k = pv_type(obj); k; k = k->base)
        if (k->setitem)
            return k->setitem(obj, key, V_NULL);
    pv_err_format(&pv_exc_TypeError, "'%s' object doesn't support item deletion",
                  pv_type_name(obj));
    return -1;
}

int pv_contains(Value container, Value item)
{
    for (PvType *k = pv_type(container); k; k = k->base)
        if (k->contains)
            return k->contains(container, item);
    bool iterable = false;
    for (PvType *k = pv_type(container); k && !iterable; k = k->base)
        iterable = k->iter || k->getitem;
    if (!iterable) {
        pv_err_format(&pv_exc_TypeError, "argument of type '%s' is not iterable",
                      pv_type_name(container));
        return -1;
    }
    Value it = pv_iter(container);
    if (it == V_NULL)
        return -1;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? -1 : 0;
        int r = pv_richcompare_bool(x, item, PV_EQ);
        if (r != 0)
            return r;
    }
}

Value pv_iter(Value v)
{
    for (PvType *k = pv_type(v); k; k = k->base) {
        if (k->iter)
            return k->iter(v);
        if (k->getitem)
            return pv_seq_iter_new(v);
    }
    pv_err_format(&pv_exc_TypeError, "'%s' object is not iterable", pv_type_name(v));
    return V_NULL;
}

Value pv_next_slot(Value it)
{
    for (PvType *k = pv_type(it); k; k = k->base)
        if (k->next)
            return k->next(it);
    pv_err_format(&pv_exc_TypeError, "'%s' object is not an iterator", pv_type_name(it));
    return V_NULL;
}

Value pv_next(Value it)
{
    Value r = pv_next_slot(it);
    /* a slot may end with StopIteration carrying a value (a generator's
     * return): the end all the same (CPython's PyIter_Next) */
    if (r == V_NULL && pv_err_matches(&pv_exc_StopIteration))
        pv_err_clear();
    return r;
}

/* a method found on the type that LOAD_METHOD may call with obj first,
 * without binding: a Python function or a built-in method descriptor */
static bool is_unbound_method(Value m)
{
    if (v_is(m, &pv_function_type))
        return true;
    if (v_is(m, &pv_builtin_type)) {
        PvBuiltin *b = (PvBuiltin *)v_obj(m);
        return b->self == V_NULL && b->owner && !b->classmeth;
    }
    return false;
}

static Value attribute_error(Value obj, Value name)
{
    if (v_is(obj, &pv_module_type) && pv_module_initializing(obj))
        pv_err_format(&pv_exc_AttributeError,
                      "partially initialized module '%S' has no attribute '%S' (most likely due "
                      "to a circular import)",
                      ((PvModule *)v_obj(obj))->name, name);
    else if (v_is(obj, &pv_module_type))
        pv_err_format(&pv_exc_AttributeError, "module '%S' has no attribute '%S'",
                      ((PvModule *)v_obj(obj))->name, name);
    else if (pv_is_type(obj))
        pv_err_format(&pv_exc_AttributeError, "type object '%s' has no attribute '%S'",
                      ((PvType *)v_obj(obj))->name, name);
    else
        pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'",
                      pv_type_name(obj), name);
    Value e = pv_err_occurred();
    ((PvException *)v_obj(e))->name = name;
    ((PvException *)v_obj(e))->obj = obj;
    return V_NULL;
}

/* Built-in objects: the type's own hook (instance fields), then the MRO
 * with descriptor binding.  Classes' instances (slots.c) and type objects
 * (type.c) have CPython's full rules. */
Value pv_getattr(Value obj, Value name)
{
    PvType *t = pv_type(obj);
    if (t->flags & PV_TF_HEAPTYPE)
        return pv_heap_getattr(obj, name);
    if (t == &pv_type_type)
        return pv_type_getattro(obj, name);
    for (PvType *k = t; k; k = k->base)
        if (k->getattr) {
            Value r = k->getattr(obj, name);
            if (r != V_NULL || pv_err_occurred())
                return r;
            break;
        }
    Value m = pv_type_lookup(t, name);
    if (m != V_NULL)
        return pv_descr_get(m, obj, v_from(t));
    if (pv_str_eq_cstr(name, "__class__"))
        return v_from(t);
    return attribute_error(obj, name);
}

Value pv_getattr_cstr(Value obj, const char *name)
{
    return pv_getattr(obj, pv_str_intern_cstr(name));
}

Value pv_getmethod(Value obj, Value name, bool *unbound)
{
    *unbound = false;
    PvType *t = pv_type(obj);
    if (t->flags & PV_TF_HEAPTYPE) {
        /* a function on the class, not shadowed by the instance dict or a
         * custom __getattribute__, is called unbound */
        Value m = pv_type_lookup(t, name);
        if (m != V_NULL && is_unbound_method(m)) {
            Value *dp = pv_instance_dict_slot(obj);
            if (!(t->flags & PV_TF_GETATTRIBUTE) &&
                (!dp || *dp == V_NULL || pv_dict_get_str(*dp, name) == V_NULL) &&
                !pv_err_occurred()) {
                *unbound = true;
                return m;
            }
        }
        return pv_getattr(obj, name);
    }
    if (t == &pv_type_type)
        return pv_type_getattro(obj, name);
    for (PvType *k = t; k; k = k->base)
        if (k->getattr) {
            Value r = k->getattr(obj, name);
            if (r != V_NULL || pv_err_occurred())
                return r;
            break;
        }
    Value m = pv_type_lookup(t, name);
    if (m != V_NULL) {
        if (is_unbound_method(m)) {
            *unbound = true;
            return m;
        }
        return pv_descr_get(m, obj, v_from(t));
    }
    return pv_getattr(obj, name);
}

Value pv_lookup_special(Value obj, Value name, bool *unbound)
{
    *unbound = false;
    PvType *t = pv_type(obj);
    Value m = pv_type_lookup(t, name);
    if (m == V_NULL)
        return V_NULL;
    if (is_unbound_method(m)) {
        *unbound = true;
        return m;
    }
    return pv_descr_get(m, obj, v_from(t));
}

int pv_setattr(Value obj, Value name, Value val)
{
    PvType *t = pv_type(obj);
    if (t->flags & PV_TF_HEAPTYPE)
        return pv_heap_setattr(obj, name, val);
    if (t == &pv_type_type)
        return pv_type_setattro(obj, name, val);
    for (PvType *k = t; k; k = k->base)
        if (k->setattr)
            return k->setattr(obj, name, val);
    Value m = pv_type_lookup(t, name);
    if (m != V_NULL) {
        for (PvType *k = pv_type(m); k; k = k->base)
            if (k->descr_set)
                return k->descr_set(m, obj, val);
        pv_err_format(&pv_exc_AttributeError, "'%s' object attribute '%S' is read-only",
                      pv_type_name(obj), name);
        return -1;
    }
    pv_err_format(&pv_exc_AttributeError, "'%s' object has no attribute '%S'",
                  pv_type_name(obj), name);
    return -1;
}

Value pv_call(Value f, int argc, const Value *argv, Value kwnames)
{
    for (PvType *k = pv_type(f); k; k = k->base)
        if (k->call)
            return k->call(f, argc, argv, kwnames);
    pv_err_format(&pv_exc_TypeError, "'%s' object is not callable", pv_type_name(f));
    return V_NULL;
}

Value pv_call0(Value f) { return pv_call(f, 0, NULL, V_NULL); }
Value pv_call1(Value f, Value a) { return pv_call(f, 1, &a, V_NULL); }

Value pv_call_ex(Value f, Value args, Value kwargs)
{
    int64_t n = PV_TUPLE_LEN(args);
    int64_t nk = 0;
    if (kwargs != V_NULL)
        nk = ((PvDict *)v_obj(kwargs))->used;
    Value *argv = pv_alloc(sizeof(Value) * (size_t)(n + nk + 1));
    memcpy(argv, PV_TUPLE_ITEMS(args), sizeof(Value) * (size_t)n);
    Value kwnames = V_NULL;
    if (nk) {
        kwnames = pv_tuple_new(nk);
        int64_t pos = 0, i = 0;
        Value k, v;
        while (pv_dict_next(kwargs, &pos, &k, &v)) {
            if (!v_is(k, &pv_str_type)) {
                pv_err_set_str(&pv_exc_TypeError, "keywords must be strings");
                return V_NULL;
            }
            PV_TUPLE_ITEMS(kwnames)[i] = k;
            argv[n + i] = v;
            i++;
        }
    }
    return pv_call(f, (int)(n + nk), argv, kwnames);
}

Value pv_format(Value v, Value spec)
{
    PvType *t = pv_type(v);
    if (t->flags & PV_TF_HEAPTYPE) {
        Value r = pv_call_special(v, ID(__format__), 1, &spec);
        if (r != V_NULL && !v_isinstance(r, &pv_str_type)) {
            pv_err_format(&pv_exc_TypeError, "__format__ must return a str, not %s",
                          pv_type_name(r));
            return V_NULL;
        }
        return r;
    }
    if (pv_type_is_subtype(t, &pv_int_type) || t == &pv_bool_type) {
        if (t == &pv_bool_type && pv_str_len(spec) == 0)
            return pv_str(v);
        return pv_int_format(v, spec);
    }
    if (t == &pv_float_type)
        return pv_float_format(v, spec);
    if (t == &pv_str_type || t == &pv_complex_type) {
        Value m = pv_getattr_cstr(v, "__format__");
        if (m == V_NULL)
            return V_NULL;
        return pv_call1(m, spec);
    }
    if (pv_str_len(spec) != 0) {
        pv_err_format(&pv_exc_TypeError, "unsupported format string passed to %s.__format__",
                      t->name);
        return V_NULL;
    }
    return pv_str(v);
}

/* ------------------------------------------------------------------ */
/* argument parsing                                                     */

int pv_no_kwargs(const char *fname, Value kwnames)
{
    if (kwnames != V_NULL && PV_TUPLE_LEN(kwnames) > 0) {
        pv_err_format(&pv_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int pv_parse_args(const char *fname, int argc, const Value *argv, Value kwnames,
                  const char *spec, const char *const *names, Value *out)
{
    int nparams = 0, nrequired = -1, npositional = -1;
    for (const char *s = spec; *s; s++) {
        if (*s == '|') {
            if (nrequired < 0)
                nrequired = nparams;
        } else if (*s == '$') {
            if (npositional < 0)
                npositional = nparams;
        } else {
            nparams++;
        }
    }
    if (nrequired < 0)
        nrequired = nparams;
    if (npositional < 0)
        npositional = nparams;
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    int npos = argc - nkw;
    for (int i = 0; i < nparams; i++)
        out[i] = V_NULL;
    if (npos > npositional) {
        if (nrequired == npositional)
            pv_err_format(&pv_exc_TypeError, "%s() takes exactly %d argument%s (%d given)", fname,
                          npositional, npositional == 1 ? "" : "s", npos);
        else
            pv_err_format(&pv_exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname,
                          npositional, npositional == 1 ? "" : "s", npos);
        return -1;
    }
    for (int i = 0; i < npos; i++)
        out[i] = argv[i];
    for (int k = 0; k < nkw; k++) {
        Value name = PV_TUPLE_ITEMS(kwnames)[k];
        int idx = -1;
        for (int i = 0; i < nparams; i++)
            if (names && names[i] && pv_str_eq_cstr(name, names[i]))
                idx = i;
        if (idx < 0) {
            /* argument clinic's wording, which 3.11's built-ins use */
            pv_err_format(&pv_exc_TypeError, "'%S' is an invalid keyword argument for %s()", name,
                          fname);
            return -1;
        }
        if (out[idx] != V_NULL) {
            pv_err_format(&pv_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[idx], idx + 1);
            return -1;
        }
        out[idx] = argv[npos + k];
    }
    for (int i = 0; i < nrequired; i++)
        if (out[i] == V_NULL) {
            if (names && names[i] && i >= npos)
                pv_err_format(&pv_exc_TypeError,
                              "%s() missing required argument '%s' (pos %d)", fname, names[i],
                              i + 1);
            else
                pv_err_format(&pv_exc_TypeError,
                              "%s() takes %s %d argument%s (%d given)", fname,
                              nrequired == npositional ? "exactly" : "at least", nrequired,
                              nrequired == 1 ? "" : "s", npos);
            return -1;
        }
    return 0;
}

/* ------------------------------------------------------------------ */
/* interned names                                                       */

Value pv_s___name__, pv_s___doc__, pv_s___module__, pv_s___qualname__, pv_s___build_class__,
    pv_s___main__, pv_s___builtins__, pv_s___file__;

void pv_runtime_init(void)
{
    pv_s___name__ = pv_str_intern_cstr("__name__");
    pv_s___doc__ = pv_str_intern_cstr("__doc__");
    pv_s___module__ = pv_str_intern_cstr("__module__");
    pv_s___qualname__ = pv_str_intern_cstr("__qualname__");
    pv_s___build_class__ = pv_str_intern_cstr("__build_class__");
    pv_s___main__ = pv_str_intern_cstr("__main__");
    pv_s___builtins__ = pv_str_intern_cstr("__builtins__");
    pv_s___file__ = pv_str_intern_cstr("__file__");
    pv_types_init();
}
