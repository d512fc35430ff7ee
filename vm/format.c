/* vm/format.c: the format-spec mini-language of format(), f-strings and
 * str.format for int, float, complex and str, laid out as CPython 3.11's
 * formatter_unicode.c does (same checks in the same order, same messages).
 * The digits themselves come from int.c (pv_int_digits) and float.c
 * (pv_double_to_string).  The 'n' type uses the C locale: no grouping.
 */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "format.h"
#include "num.h"
#include "runtime.h"

typedef struct {
    uint32_t fill;
    uint32_t align;
    bool alternate;
    bool no_neg_0;
    char sign;          /* 0, '+', '-', ' ' */
    int64_t width;      /* -1: none */
    int grouping;       /* 0 none, ',' or '_' */
    int group_size;     /* 3, or 4 for '_' with b/o/x/X */
    int64_t precision;  /* -1: none */
    uint32_t type;
} Spec;

static void err_grouping(int sep, uint32_t c)
{
    if (c > 32 && c < 128)
        pv_err_format(&pv_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (char)c);
    else
        pv_err_format(&pv_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)c);
}

static Value unknown_type(uint32_t c, Value v)
{
    if (c > 32 && c < 128)
        pv_err_format(&pv_exc_ValueError, "Unknown format code '%c' for object of type '%s'", (char)c,
                      pv_type_name(v));
    else
        pv_err_format(&pv_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)c,
                      pv_type_name(v));
    return V_NULL;
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static uint32_t decimal_of(uint32_t c)
{
    /* format specs only take ASCII digits in practice; CPython accepts any
     * Unicode decimal, which pv_num_to_ascii-style mapping would add */
    return c >= '0' && c <= '9' ? c - '0' : 10;
}

/* digits at *pos: count consumed, -1 on overflow (error set) */
static int get_integer(Value s, int64_t *pos, int64_t end, int64_t *out)
{
    int64_t acc = 0;
    int n = 0;
    for (; *pos < end; (*pos)++, n++) {
        uint32_t d = decimal_of(pv_str_char(s, *pos));
        if (d > 9)
            break;
        if (acc > (INT64_MAX - (int64_t)d) / 10) {
            pv_err_set_str(&pv_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return n;
}

static int parse_spec(Value spec, Value obj, Spec *f, uint32_t default_type, uint32_t default_align)
{
    int64_t pos = 0, end = pv_str_len(spec);
    bool align_given = false, fill_given = false;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = false;
    f->no_neg_0 = false;
    f->sign = 0;
    f->width = -1;
    f->grouping = 0;
    f->group_size = 3;
    f->precision = -1;
    f->type = default_type;
#define AT(i) pv_str_char(spec, (i))
    if (end - pos >= 2 && is_align(AT(pos + 1))) {
        f->align = AT(pos + 1);
        f->fill = AT(pos);
        fill_given = align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(AT(pos))) {
        f->align = AT(pos);
        align_given = true;
        pos++;
    }
    if (end - pos >= 1 && (AT(pos) == ' ' || AT(pos) == '+' || AT(pos) == '-'))
        f->sign = (char)AT(pos++);
    if (end - pos >= 1 && AT(pos) == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && end - pos >= 1 && AT(pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    int n = get_integer(spec, &pos, end, &f->width);
    if (n < 0)
        return -1;
    if (n == 0)
        f->width = -1;
    if (end - pos >= 1 && AT(pos) == ',') {
        f->grouping = ',';
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == '_') {
        if (f->grouping) {
            pv_err_set_str(&pv_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->grouping = '_';
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == ',') {
        pv_err_set_str(&pv_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (end - pos >= 1 && AT(pos) == '.') {
        pos++;
        n = get_integer(spec, &pos, end, &f->precision);
        if (n < 0)
            return -1;
        if (n == 0) {
            pv_err_set_str(&pv_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        pv_err_format(&pv_exc_ValueError, "Invalid format specifier '%S' for object of type '%s'", spec,
                      pv_type_name(obj));
        return -1;
    }
    if (end - pos == 1)
        f->type = AT(pos);
#undef AT
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                f->group_size = 4;
                break;
            }
            /* fall through */
        default:
            err_grouping(f->grouping, f->type);
            return -1;
        }
    }
    return 0;
}

/* ---- number layout (calc_number_widths + fill_number) ---- */

/* CPython's InsertThousandsGrouping: digits right to left in groups,
 * padded with '0' (and separators) up to min_width; appends to out
 * reversed, returns the count */
static int64_t group_digits(const char *digits, int64_t nd, int64_t min_width, int gsize, char sep, char *rev)
{
    int64_t count = 0, remaining = nd;
    bool use_sep = false, broken = false;
    const char *p = digits + nd;
#define EMIT(l_)                                                        \
    do {                                                                \
        int64_t l = (l_);                                               \
        int64_t nz = l - remaining > 0 ? l - remaining : 0;             \
        int64_t nc = remaining < l ? remaining : l;                     \
        if (nc < 0)                                                     \
            nc = 0;                                                     \
        if (use_sep)                                                    \
            rev[count++] = sep;                                         \
        for (int64_t k = 0; k < nc; k++)                                \
            rev[count++] = *--p;                                        \
        for (int64_t k = 0; k < nz; k++)                                \
            rev[count++] = '0';                                         \
        remaining -= nc;                                                \
        min_width -= l;                                                 \
    } while (0)
    if (gsize > 0) {
        for (;;) {
            int64_t m = remaining > min_width ? remaining : min_width;
            if (m < 1)
                m = 1;
            EMIT(gsize < m ? gsize : m);
            use_sep = true;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        int64_t m = remaining > min_width ? remaining : min_width;
        EMIT(m < 1 ? 1 : m);
    }
#undef EMIT
    return count;
}

static void pad(PvStrBuf *b, uint32_t c, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        pv_sb_char(b, c);
}

/* lays out [sign][prefix][digits grouped][.][remainder] padded to f's
 * width; num is "digits[.remainder]" (no sign) */
static void fill_number(PvStrBuf *b, const Spec *f, char sign_char, const char *prefix, const char *num,
                        int64_t n_digits, bool has_decimal, const char *remainder, bool upper, bool no_pad)
{
    int64_t n_prefix = (int64_t)strlen(prefix), n_rem = (int64_t)strlen(remainder);
    char sign = 0;
    if (f->sign == '+')
        sign = sign_char == '-' ? '-' : '+';
    else if (f->sign == ' ')
        sign = sign_char == '-' ? '-' : ' ';
    else if (sign_char == '-')
        sign = '-';
    int64_t width = no_pad ? -1 : f->width;
    int64_t n_non = (sign ? 1 : 0) + n_prefix + (has_decimal ? 1 : 0) + n_rem;
    int64_t min_width = (!no_pad && f->fill == '0' && f->align == '=') ? width - n_non : 0;
    char *rev = NULL;
    int64_t n_grouped = 0;
    if (n_digits > 0) {
        int64_t mw = min_width > 0 ? min_width : 0;
        rev = pv_alloc_atomic((size_t)(n_digits + mw + (n_digits + mw) / 3 + 8) * 2);
        n_grouped = group_digits(num, n_digits, min_width, f->grouping ? f->group_size : 0,
                                 f->grouping ? (char)f->grouping : 0, rev);
    }
    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t npad = width - (n_non + n_grouped);
    if (npad > 0) {
        switch (f->align) {
        case '<': rpad = npad; break;
        case '^': lpad = npad / 2; rpad = npad - lpad; break;
        case '=': spad = npad; break;
        default: lpad = npad; break;
        }
    }
    pad(b, f->fill, lpad);
    if (sign)
        pv_sb_char(b, (uint32_t)sign);
    for (int64_t i = 0; i < n_prefix; i++)
        pv_sb_char(b, (uint32_t)(upper && prefix[i] >= 'a' && prefix[i] <= 'z' ? prefix[i] - 32 : prefix[i]));
    pad(b, f->fill, spad);
    for (int64_t i = n_grouped - 1; i >= 0; i--) {
        char c = rev[i];
        pv_sb_char(b, (uint32_t)(upper && c >= 'a' && c <= 'z' ? c - 32 : c));
    }
    if (has_decimal)
        pv_sb_char(b, '.');
    for (int64_t i = 0; i < n_rem; i++)
        pv_sb_char(b, (uint8_t)remainder[i]);
    pad(b, f->fill, rpad);
}

/* a float's string from pv_double_to_string, split as parse_number does */
static void layout_float_str(PvStrBuf *b, const Spec *f, const char *s, bool no_pad)
{
    char sign_char = 0;
    if (*s == '-') {
        sign_char = '-';
        s++;
    }
    int64_t nd = 0;
    while (s[nd] >= '0' && s[nd] <= '9')
        nd++;
    bool has_decimal = s[nd] == '.';
    fill_number(b, f, sign_char, "", s, nd, has_decimal, s + nd + (has_decimal ? 1 : 0), false, no_pad);
}

/* ---- float ---- */

static Value format_float(double val, const Spec *f)
{
    uint32_t type = f->type;
    int flags = 0, default_precision = 6;
    bool pct = false;
    if (f->precision > INT_MAX) {
        pv_err_set_str(&pv_exc_ValueError, "precision too big");
        return V_NULL;
    }
    int precision = (int)f->precision;
    if (f->alternate)
        flags |= PV_DTSF_ALT;
    if (f->no_neg_0)
        flags |= PV_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= PV_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    char *s = pv_double_to_string(val, (char)type, precision, flags);
    if (pct) {
        size_t n = strlen(s);
        char *t = pv_alloc_atomic(n + 2);
        memcpy(t, s, n);
        t[n] = '%';
        t[n + 1] = 0;
        s = t;
    }
    PvStrBuf b;
    pv_sb_init(&b);
    Spec g = *f;
    if (f->type == 'n')
        g.grouping = 0;
    layout_float_str(&b, &g, s, false);
    return pv_sb_finish(&b);
}

Value pv_float_format(Value v, Value spec)
{
    if (pv_str_len(spec) == 0)
        return pv_str(v);
    Spec f;
    if (parse_spec(spec, v, &f, 0, '>') < 0)
        return V_NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float(pv_float_val(v), &f);
    default:
        return unknown_type(f.type, v);
    }
}

/* ---- int ---- */

Value pv_int_format(Value v, Value spec)
{
    if (pv_str_len(spec) == 0)
        return pv_str(v);
    Spec f;
    if (parse_spec(spec, v, &f, 'd', '>') < 0)
        return V_NULL;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (pv_int_as_double(v, &d) < 0)
            return V_NULL;
        return format_float(d, &f);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return unknown_type(f.type, v);
    }
    if (f.precision != -1) {
        pv_err_set_str(&pv_exc_ValueError, "Precision not allowed in integer format specifier");
        return V_NULL;
    }
    if (f.no_neg_0) {
        pv_err_set_str(&pv_exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return V_NULL;
    }
    PvStrBuf b;
    pv_sb_init(&b);
    if (f.type == 'c') {
        if (f.sign) {
            pv_err_set_str(&pv_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return V_NULL;
        }
        if (f.alternate) {
            pv_err_set_str(&pv_exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return V_NULL;
        }
        int64_t x;
        if (!pv_int_as_i64(v, &x)) {
            pv_err_set_str(&pv_exc_OverflowError, "Python int too large to convert to C long");
            return V_NULL;
        }
        if (x < 0 || x > 0x10ffff) {
            pv_err_set_str(&pv_exc_OverflowError, "%c arg not in range(0x110000)");
            return V_NULL;
        }
        /* the character is "remainder": no grouping or zero fill applies */
        int64_t total = 1, npad = f.width - total;
        int64_t lpad = 0, rpad = 0;
        if (npad > 0) {
            switch (f.align) {
            case '<': rpad = npad; break;
            case '^': lpad = npad / 2; rpad = npad - lpad; break;
            case '=': lpad = npad; break;
            default: lpad = npad; break;
            }
        }
        pad(&b, f.fill, lpad);
        pv_sb_char(&b, (uint32_t)x);
        pad(&b, f.fill, rpad);
        return pv_sb_finish(&b);
    }
    int base = 10;
    const char *prefix = "";
    switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    const char *d = pv_int_digits(v, base);
    if (!d)
        return V_NULL;
    char sign_char = 0;
    if (*d == '-') {
        sign_char = '-';
        d++;
    }
    Spec g = f;
    if (f.type == 'n')
        g.grouping = 0;
    fill_number(&b, &g, sign_char, f.alternate ? prefix : "", d, (int64_t)strlen(d), false, "", f.type == 'X',
                false);
    return pv_sb_finish(&b);
}

/* ---- complex ---- */

Value pv_complex_format(Value v, Value spec)
{
    if (pv_str_len(spec) == 0)
        return pv_str(v);
    Spec f;
    if (parse_spec(spec, v, &f, 0, '>') < 0)
        return V_NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_type(f.type, v);
    }
    if (f.precision > INT_MAX) {
        pv_err_set_str(&pv_exc_ValueError, "precision too big");
        return V_NULL;
    }
    if (f.fill == '0') {
        pv_err_set_str(&pv_exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return V_NULL;
    }
    if (f.align == '=') {
        pv_err_set_str(&pv_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return V_NULL;
    }
    PvComplex *c = (PvComplex *)v_obj(v);
    double re = c->re, im = c->im;
    int flags = 0, default_precision = 6;
    int precision = (int)f.precision;
    uint32_t type = f.type;
    bool skip_re = false, parens = false;
    if (f.alternate)
        flags |= PV_DTSF_ALT;
    if (f.no_neg_0)
        flags |= PV_DTSF_NO_NEG_0;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !signbit(re))
            skip_re = true;
        else
            parens = true;
    }
    if (type == 'n')
        type = 'g';
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    const char *rs = pv_double_to_string(re, (char)type, precision, flags);
    const char *is = pv_double_to_string(im, (char)type, precision, flags);
    /* the parts without padding, then the whole padded */
    Spec t = f;
    t.fill = 0;
    t.align = '<';
    t.width = -1;
    if (f.type == 'n')
        t.grouping = 0;
    PvStrBuf inner;
    pv_sb_init(&inner);
    if (parens)
        pv_sb_char(&inner, '(');
    if (!skip_re)
        layout_float_str(&inner, &t, rs, true);
    if (!skip_re)
        t.sign = '+';
    layout_float_str(&inner, &t, is, true);
    pv_sb_char(&inner, 'j');
    if (parens)
        pv_sb_char(&inner, ')');
    Value body = pv_sb_finish(&inner);
    int64_t n = pv_str_len(body), npad = f.width - n, lpad = 0, rpad = 0;
    if (npad > 0) {
        switch (f.align) {
        case '<': rpad = npad; break;
        case '^': lpad = npad / 2; rpad = npad - lpad; break;
        default: lpad = npad; break;
        }
    }
    PvStrBuf b;
    pv_sb_init(&b);
    pad(&b, f.fill, lpad);
    pv_sb_str(&b, body);
    pad(&b, f.fill, rpad);
    return pv_sb_finish(&b);
}

/* ---- str ---- */

Value pv_str_format_spec(Value s, Value spec)
{
    if (pv_str_len(spec) == 0) /* a subclass's __str__ decides, as in CPython */
        return v_is(s, &pv_str_type) ? s : pv_str(s);
    Spec f;
    if (parse_spec(spec, s, &f, 's', '<') < 0)
        return V_NULL;
    if (f.type != 's')
        return unknown_type(f.type, s);
    if (f.sign) {
        pv_err_set_str(&pv_exc_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                         : "Sign not allowed in string format specifier");
        return V_NULL;
    }
    if (f.no_neg_0) {
        pv_err_set_str(&pv_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return V_NULL;
    }
    if (f.alternate) {
        pv_err_set_str(&pv_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return V_NULL;
    }
    if (f.align == '=') {
        pv_err_set_str(&pv_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return V_NULL;
    }
    int64_t len = pv_str_len(s);
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len))
        return s;
    if (f.precision >= 0 && len >= f.precision)
        len = f.precision;
    int64_t total = f.width > len ? f.width : len, lpad;
    if (f.align == '>')
        lpad = total - len;
    else if (f.align == '^')
        lpad = (total - len) / 2;
    else
        lpad = 0;
    PvStrBuf b;
    pv_sb_init(&b);
    pad(&b, f.fill, lpad);
    for (int64_t i = 0; i < len; i++)
        pv_sb_char(&b, pv_str_char(s, i));
    pad(&b, f.fill, total - len - lpad);
    return pv_sb_finish(&b);
}
