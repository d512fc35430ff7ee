/* vm/str_format.c: str.format, str.format_map, str.__format__ and the
 * %-operator (pv_str_mod), byte-identical to CPython's output and errors.
 * Not here: the format-spec mini-language for one value (format.c).
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coll.h"
#include "format.h"
#include "num.h"
#include "object.h"
#include "repr.h"
#include "runtime.h"
#include "str.h"
#include "str_impl.h"
#include "str_unicode.h"

/* ------------------------------------------------------------ str.format */

typedef struct FmtState {
    const Value *args;        /* positional */
    int64_t nargs;
    Value kwargs;             /* dict, or V_NULL */
    Value mapping;            /* format_map's mapping, or V_NULL */
    int auto_index;           /* -1 manual numbering seen, else the next index */
    bool manual;
} FmtState;

static Value vformat(FmtState *st, Value fmt, int64_t start, int64_t end, int depth);

static bool parse_index(PvStr *s, int64_t a, int64_t b, int64_t *out)
{
    if (a >= b)
        return false;
    int64_t v = 0;
    for (int64_t i = a; i < b; i++) {
        uint32_t c = ch(s, i);
        if (c < '0' || c > '9')
            return false;
        if (v > (INT64_MAX - 9) / 10) {
            v = -1;    /* too many digits: flagged below */
            for (; i < b; i++)
                if (ch(s, i) < '0' || ch(s, i) > '9')
                    return false;
            break;
        }
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

/* the object a field name [a, b) designates */
static Value get_field(FmtState *st, Value fmt, int64_t a, int64_t b)
{
    PvStr *s = STR(fmt);
    int64_t i = a;
    while (i < b && ch(s, i) != '.' && ch(s, i) != '[')
        i++;
    Value obj;
    int64_t idx;
    if (i == a || parse_index(s, a, i, &idx)) {
        if (i == a) {
            if (st->manual) {
                pv_err_set_str(&pv_exc_ValueError,
                               "cannot switch from manual field specification to automatic field numbering");
                return V_NULL;
            }
            idx = st->auto_index++;
        } else {
            if (idx < 0) {
                pv_err_set_str(&pv_exc_ValueError, "Too many decimal digits in format string");
                return V_NULL;
            }
            if (st->auto_index > 0) {
                pv_err_set_str(&pv_exc_ValueError,
                               "cannot switch from automatic field numbering to manual field specification");
                return V_NULL;
            }
            st->manual = true;
        }
        if (st->mapping) {
            pv_err_set_str(&pv_exc_ValueError, "Format string contains positional fields");
            return V_NULL;
        }
        if (idx >= st->nargs) {
            pv_err_format(&pv_exc_IndexError,
                          "Replacement index %lld out of range for positional args tuple",
                          (long long)idx);
            return V_NULL;
        }
        obj = st->args[idx];
    } else {
        Value key = pv_str_substr(fmt, a, i);
        Value m = st->mapping ? st->mapping : st->kwargs;
        if (!m) {
            pv_err_set(pv_exc_new(&pv_exc_KeyError, pv_tuple_from(1, &key)));
            return V_NULL;
        }
        if (st->mapping) {
            obj = pv_getitem(m, key);
        } else {
            obj = pv_dict_get(m, key);
            if (!obj && !pv_err_occurred())
                pv_err_set(pv_exc_new(&pv_exc_KeyError, pv_tuple_from(1, &key)));
        }
        if (!obj)
            return V_NULL;
    }
    /* then .attr and [key] */
    while (i < b) {
        uint32_t c = ch(s, i);
        if (c == '.') {
            int64_t j = ++i;
            while (j < b && ch(s, j) != '.' && ch(s, j) != '[')
                j++;
            if (j == i) {
                pv_err_set_str(&pv_exc_ValueError, "Empty attribute in format string");
                return V_NULL;
            }
            obj = pv_getattr(obj, pv_str_substr(fmt, i, j));
            if (!obj)
                return V_NULL;
            i = j;
        } else if (c == '[') {
            int64_t j = ++i;
            while (j < b && ch(s, j) != ']')
                j++;
            if (j == b) {
                pv_err_set_str(&pv_exc_ValueError, "Missing ']' in format string");
                return V_NULL;
            }
            if (j == i) {
                pv_err_set_str(&pv_exc_ValueError, "Empty attribute in format string");
                return V_NULL;
            }
            Value key;
            if (parse_index(s, i, j, &idx) && idx >= 0)
                key = pv_int_from_i64(idx);
            else
                key = pv_str_substr(fmt, i, j);
            obj = pv_getitem(obj, key);
            if (!obj)
                return V_NULL;
            i = j + 1;
            if (i < b && ch(s, i) != '.' && ch(s, i) != '[') {
                pv_err_set_str(&pv_exc_ValueError,
                               "Only '.' or '[' may follow ']' in format field specifier");
                return V_NULL;
            }
        } else {
            pv_err_set_str(&pv_exc_ValueError,
                           "Only '.' or '[' may follow ']' in format field specifier");
            return V_NULL;
        }
    }
    return obj;
}

/* One replacement field starting after its '{' at *pos: parsed in one pass
 * as CPython does (so the same malformed strings give the same errors),
 * rendered into out; *pos ends after the closing '}'. */
static int render_field(PvStrBuf *out, FmtState *st, Value fmt, int64_t *pos, int64_t end,
                        int depth)
{
    PvStr *s = STR(fmt);
    int64_t p = *pos, name_start = p;
    uint32_t c = 0;
    while (p < end) {
        c = ch(s, p++);
        if (c == '{') {
            pv_err_set_str(&pv_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (p < end && ch(s, p) != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    int64_t name_end = p - 1;
    uint32_t conv = 0;
    int64_t spec_start = -1, spec_end = -1;
    bool nested = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (p >= end) {
                pv_err_set_str(&pv_exc_ValueError,
                               "end of string while looking for conversion specifier");
                return -1;
            }
            conv = ch(s, p++);
            if (p < end) {
                uint32_t d = ch(s, p++);
                if (d == '}')
                    done = true;
                else if (d != ':') {
                    pv_err_set_str(&pv_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (!done) {
            spec_start = p;
            int64_t count = 1;
            while (p < end) {
                uint32_t d = ch(s, p++);
                if (d == '{') {
                    nested = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    spec_end = p - 1;
                    break;
                }
            }
            if (spec_end < 0) {
                pv_err_set_str(&pv_exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
        }
    } else if (c != '}') {
        pv_err_set_str(&pv_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = p;
    Value obj = get_field(st, fmt, name_start, name_end);
    if (!obj)
        return -1;
    switch (conv) {
    case 0: break;
    case 'r': obj = pv_repr(obj); break;
    case 's': obj = pv_str(obj); break;
    case 'a': obj = pv_ascii(obj); break;
    default:
        if (conv > 32 && conv < 127)
            pv_err_format(&pv_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        else
            pv_err_format(&pv_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        return -1;
    }
    if (!obj)
        return -1;
    /* the spec is expanded after the field's object is fetched, so
     * automatic numbering counts the field before its nested ones */
    Value spec = V_EMPTY;
    if (spec_start >= 0) {
        spec = nested ? vformat(st, fmt, spec_start, spec_end, depth - 1)
                      : pv_str_substr(fmt, spec_start, spec_end);
        if (!spec)
            return -1;
    }
    Value r = pv_format(obj, spec);
    if (!r)
        return -1;
    pv_sb_str(out, r);
    return 0;
}

static Value vformat(FmtState *st, Value fmt, int64_t start, int64_t end, int depth)
{
    if (depth <= 0) {
        pv_err_set_str(&pv_exc_ValueError, "Max string recursion exceeded");
        return V_NULL;
    }
    PvStr *s = STR(fmt);
    PvStrBuf out;
    pv_sb_init(&out);
    int64_t i = start;
    while (i < end) {
        uint32_t c = ch(s, i);
        if (c != '{' && c != '}') {
            pv_sb_char(&out, c);
            i++;
            continue;
        }
        bool at_end = i + 1 >= end;
        if (!at_end && ch(s, i + 1) == c) {
            pv_sb_char(&out, c);
            i += 2;
            continue;
        }
        if (c == '}') {
            pv_err_set_str(&pv_exc_ValueError, "Single '}' encountered in format string");
            return V_NULL;
        }
        if (at_end) {
            pv_err_set_str(&pv_exc_ValueError, "Single '{' encountered in format string");
            return V_NULL;
        }
        i++;
        if (render_field(&out, st, fmt, &i, end, depth) < 0)
            return V_NULL;
    }
    return pv_sb_finish(&out);
}

SHARED_METH(pv_str_meth_format)
{
    FmtState st = { argv, argc, V_NULL, V_NULL, 0, false };
    if (pv_str_has_kwargs(kwnames)) {
        int64_t nk = PV_TUPLE_LEN(kwnames);
        st.nargs = argc - nk;
        st.kwargs = pv_dict_new();
        for (int64_t k = 0; k < nk; k++)
            if (pv_dict_set(st.kwargs, PV_TUPLE_ITEMS(kwnames)[k], argv[st.nargs + k]) < 0)
                return V_NULL;
    }
    return vformat(&st, self, 0, STR(self)->len, 2);
}

SHARED_METH(pv_str_meth_format_map)
{
    if (pv_str_exact_args("format_map", argc, kwnames, 1) < 0)
        return V_NULL;
    FmtState st = { NULL, 0, V_NULL, argv[0], 0, false };
    return vformat(&st, self, 0, STR(self)->len, 2);
}

SHARED_METH(pv_str_meth___format__)
{
    if (pv_str_exact_args("__format__", argc, kwnames, 1) < 0)
        return V_NULL;
    if (!pv_str_check(argv[0])) {
        pv_err_format(&pv_exc_TypeError, "__format__() argument must be str, not %s",
                      pv_type_name(argv[0]));
        return V_NULL;
    }
    return pv_str_format_spec(self, argv[0]);
}

/* -------------------------------------------------------- %-formatting */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct ModState {
    Value args;              /* the current argument source */
    int64_t arglen, argidx;  /* CPython's bookkeeping: -1/-2 for one object */
    Value dict;              /* args when it is a mapping, else V_NULL */
} ModState;

static Value next_arg(ModState *st)
{
    if (st->argidx < st->arglen) {
        int64_t i = st->argidx++;
        return st->arglen < 0 ? st->args : PV_TUPLE_ITEMS(st->args)[i];
    }
    pv_err_set_str(&pv_exc_TypeError, "not enough arguments for format string");
    return V_NULL;
}

/* writes body (ASCII digits with an optional leading '-') padded as the
 * conversion's flags say; numeric bodies get the sign and the 0x prefix
 * treatment */
static void mod_output(PvStrBuf *b, const char *body, size_t n, int flags, int64_t width,
                       bool numeric, char type)
{
    char sign = 0;
    if (numeric) {
        if (n > 0 && body[0] == '-') {
            sign = '-';
            body++;
            n--;
        } else if (flags & F_SIGN) {
            sign = '+';
        } else if (flags & F_BLANK) {
            sign = ' ';
        }
    }
    bool prefix = numeric && (flags & F_ALT) && (type == 'x' || type == 'X' || type == 'o');
    uint32_t fill = numeric && (flags & F_ZERO) && !(flags & F_LJUST) ? '0' : ' ';
    int64_t len = (int64_t)n + (sign ? 1 : 0);
    int64_t padding = width > len ? width - len : 0;
    if (!(flags & F_LJUST) && fill == ' ')
        pv_sb_repeat(b, ' ', padding);
    if (sign)
        pv_sb_char(b, (uint8_t)sign);
    if (prefix) {
        /* the body starts with the prefix; zeros go after it */
        pv_sb_char(b, (uint8_t)body[0]);
        pv_sb_char(b, (uint8_t)body[1]);
        body += 2;
        n -= 2;
    }
    if (!(flags & F_LJUST) && fill == '0')
        pv_sb_repeat(b, '0', padding);
    pv_sb_reserve(b, (int64_t)n);
    for (size_t i = 0; i < n; i++)
        pv_sb_char(b, (uint8_t)body[i]);
    if (flags & F_LJUST)
        pv_sb_repeat(b, ' ', padding);
}

/* an int for %d %x %o as CPython's _PyUnicode_FormatLong writes it */
static const char *format_long(Value v, char type, int flags, int64_t prec, size_t *n)
{
    const char *digits;
    bool neg;
    if (type == 'd') {
        Value r = pv_int_repr(v);
        if (!r)
            return NULL;
        digits = pv_str_utf8(r, NULL);
        neg = digits[0] == '-';
        if (neg)
            digits++;
    } else {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(v, z);
        neg = mpz_sgn(z) < 0;
        mpz_abs(z, z);
        char *buf = pv_alloc_atomic(mpz_sizeinbase(z, 16) + 2);
        mpz_get_str(buf, type == 'o' ? 8 : type == 'X' ? -16 : 16, z);
        mpz_clear(z);
        digits = buf;
    }
    size_t nd = strlen(digits);
    size_t zeros = prec > (int64_t)nd ? (size_t)prec - nd : 0;
    char *out = pv_alloc_atomic(nd + zeros + 4);
    size_t k = 0;
    if (neg)
        out[k++] = '-';
    if ((flags & F_ALT) && type != 'd') {
        out[k++] = '0';
        out[k++] = type == 'o' ? 'o' : type;
    }
    memset(out + k, '0', zeros);
    k += zeros;
    memcpy(out + k, digits, nd);
    k += nd;
    out[k] = 0;
    *n = k;
    return out;
}

static int mod_int_arg(Value v, char type, Value *out)
{
    if (v_is(v, &pv_bool_type)) {
        *out = v_from_small(v == V_TRUE);   /* %d of True is 1 */
        return 0;
    }
    if (v_isinstance(v, &pv_int_type)) {
        *out = v;
        return 0;
    }
    if ((type == 'd' || type == 'i' || type == 'u') && v_isinstance(v, &pv_float_type)) {
        *out = pv_int_from_double(pv_float_val(v));
        return *out ? 0 : -1;
    }
    if (type == 'd' || type == 'i' || type == 'u')
        pv_err_format(&pv_exc_TypeError, "%%%c format: a real number is required, not %s", type,
                      pv_type_name(v));
    else
        pv_err_format(&pv_exc_TypeError, "%%%c format: an integer is required, not %s", type,
                      pv_type_name(v));
    return -1;
}

static int mod_star(ModState *st, int64_t *out)
{
    Value v = next_arg(st);
    if (!v)
        return -1;
    if (!v_isinstance(v, &pv_int_type)) {
        pv_err_set_str(&pv_exc_TypeError, "* wants int");
        return -1;
    }
    if (!pv_int_as_i64(v, out) || *out > INT32_MAX || *out < -INT32_MAX) {
        pv_err_set_str(&pv_exc_ValueError, "width too big");
        return -1;
    }
    return 0;
}

Value pv_str_mod(Value fmtv, Value args)
{
    PvStr *f = STR(fmtv);
    ModState st;
    if (v_isinstance(args, &pv_tuple_type)) {
        st.args = args;
        st.arglen = PV_TUPLE_LEN(args);
        st.argidx = 0;
    } else {
        st.args = args;
        st.arglen = -1;
        st.argidx = -2;
    }
    st.dict = V_NULL;
    if (pv_type(args)->getitem && !v_isinstance(args, &pv_tuple_type) && !pv_str_check(args))
        st.dict = args;
    PvStrBuf b;
    pv_sb_init(&b);
    int64_t i = 0, n = f->len;
    while (i < n) {
        uint32_t c = ch(f, i);
        if (c != '%') {
            int64_t j = i + 1;
            while (j < n && ch(f, j) != '%')
                j++;
            pv_sb_substr(&b, f, i, j);
            i = j;
            continue;
        }
        i++;
        /* only "%%" right after the '%' is a literal: "%5%" is an error */
        if (i < n && ch(f, i) == '%') {
            pv_sb_char(&b, '%');
            i++;
            continue;
        }
        /* %(key) */
        if (i < n && ch(f, i) == '(') {
            if (!st.dict) {
                pv_err_set_str(&pv_exc_TypeError, "format requires a mapping");
                return V_NULL;
            }
            int64_t j = ++i, depth = 1;
            while (j < n) {
                uint32_t d = ch(f, j);
                if (d == ')' && --depth == 0)
                    break;
                if (d == '(')
                    depth++;
                j++;
            }
            if (j >= n) {
                pv_err_set_str(&pv_exc_ValueError, "incomplete format key");
                return V_NULL;
            }
            Value v = pv_getitem(st.dict, pv_str_substr(fmtv, i, j));
            if (!v)
                return V_NULL;
            st.args = v;
            st.arglen = -1;
            st.argidx = -2;
            i = j + 1;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t d = ch(f, i);
            if (d == '-') flags |= F_LJUST;
            else if (d == '+') flags |= F_SIGN;
            else if (d == ' ') flags |= F_BLANK;
            else if (d == '#') flags |= F_ALT;
            else if (d == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < n && ch(f, i) == '*') {
            if (mod_star(&st, &width) < 0)
                return V_NULL;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n && ch(f, i) >= '0' && ch(f, i) <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (ch(f, i) - '0');
                if (width > INT32_MAX) {
                    pv_err_set_str(&pv_exc_ValueError, "width too big");
                    return V_NULL;
                }
                i++;
            }
        }
        if (i < n && ch(f, i) == '.') {
            i++;
            prec = 0;
            if (i < n && ch(f, i) == '*') {
                if (mod_star(&st, &prec) < 0)
                    return V_NULL;
                if (prec < 0)
                    prec = 0;
                i++;
            } else {
                while (i < n && ch(f, i) >= '0' && ch(f, i) <= '9') {
                    prec = prec * 10 + (ch(f, i) - '0');
                    if (prec > INT32_MAX) {
                        pv_err_set_str(&pv_exc_ValueError, "precision too big");
                        return V_NULL;
                    }
                    i++;
                }
            }
        }
        while (i < n && (ch(f, i) == 'h' || ch(f, i) == 'l' || ch(f, i) == 'L'))
            i++;
        if (i >= n) {
            pv_err_set_str(&pv_exc_ValueError, "incomplete format");
            return V_NULL;
        }
        uint32_t type = ch(f, i++);
        Value v = next_arg(&st);
        if (!v)
            return V_NULL;
        switch (type) {
        case 's': case 'r': case 'a': {
            Value s = type == 's' ? pv_str(v) : type == 'r' ? pv_repr(v) : pv_ascii(v);
            if (!s)
                return V_NULL;
            int64_t len = STR(s)->len;
            if (prec >= 0 && prec < len)
                len = prec;
            int64_t padding = width > len ? width - len : 0;
            if (!(flags & F_LJUST))
                pv_sb_repeat(&b, ' ', padding);
            pv_sb_substr(&b, STR(s), 0, len);
            if (flags & F_LJUST)
                pv_sb_repeat(&b, ' ', padding);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            Value iv;
            if (mod_int_arg(v, (char)type, &iv) < 0)
                return V_NULL;
            char t = type == 'x' || type == 'X' || type == 'o' ? (char)type : 'd';
            size_t len;
            if (t == 'd' && prec < 0 && v_is_small(iv)) {
                char buf[24];
                char *d = pv_small_decimal(v_small(iv), buf);
                mod_output(&b, d, (size_t)(buf + 24 - d), flags, width, true, t);
                break;
            }
            const char *body = format_long(iv, t, flags, prec, &len);
            if (!body)
                return V_NULL;
            mod_output(&b, body, len, flags, width, true, t);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (v_isinstance(v, &pv_float_type)) {
                d = pv_float_val(v);
            } else if (v_isinstance(v, &pv_int_type)) {
                if (pv_int_as_double(v, &d) < 0)
                    return V_NULL;
            } else {
                pv_err_format(&pv_exc_TypeError, "must be real number, not %s", pv_type_name(v));
                return V_NULL;
            }
            const char *body = pv_double_to_string(d, (char)type, prec < 0 ? 6 : (int)prec,
                                                   flags & F_ALT ? PV_DTSF_ALT : 0);
            mod_output(&b, body, strlen(body), flags, width, true, (char)type);
            break;
        }
        case 'c': {
            uint32_t cc;
            if (pv_str_check(v)) {
                if (STR(v)->len != 1) {
                    pv_err_set_str(&pv_exc_TypeError, "%c requires int or char");
                    return V_NULL;
                }
                cc = ch(STR(v), 0);
            } else if (v_isinstance(v, &pv_int_type)) {
                int64_t k;
                if (!pv_int_as_i64(v, &k) || k < 0 || k > 0x10FFFF) {
                    pv_err_set_str(&pv_exc_OverflowError, "%c arg not in range(0x110000)");
                    return V_NULL;
                }
                cc = (uint32_t)k;
            } else {
                pv_err_set_str(&pv_exc_TypeError, "%c requires int or char");
                return V_NULL;
            }
            int64_t padding = width > 1 ? width - 1 : 0;
            if (!(flags & F_LJUST))
                pv_sb_repeat(&b, ' ', padding);
            pv_sb_char(&b, cc);
            if (flags & F_LJUST)
                pv_sb_repeat(&b, ' ', padding);
            break;
        }
        default:
            pv_err_format(&pv_exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                          type >= 32 && type <= 126 ? (char)type : '?', (unsigned)type,
                          (long long)(i - 1));
            return V_NULL;
        }
    }
    if (st.argidx < st.arglen && !st.dict) {
        pv_err_set_str(&pv_exc_TypeError, "not all arguments converted during string formatting");
        return V_NULL;
    }
    return pv_sb_finish(&b);
}

