/* compiler/strings.c: the values of string literal tokens, as CPython 3.11's
 * parser computes them: prefixes, escape sequences (\N{NAME} through ICU's
 * name data, cut down to Python 3.11's by compiler/unicode_data.h), UTF-8
 * checks with CPython's error texts, and the splitting of f-strings into
 * literal text and replacement fields.  Compiling the field expressions and
 * concatenating adjacent literals are the parser's work.
 */
#include "strings.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>

#include "object.h"
#include "unicode_data.h"

/* ------------------------------------------------------------------ */
/* UTF-8                                                                */

bool utf8_validate(const char *s, size_t len, size_t *start, size_t *end, const char **reason)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t more;
        unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
        if (c < 0xC2 || c > 0xF4) {
            *start = i;
            *end = i + 1;
            *reason = "invalid start byte";
            return false;
        } else if (c < 0xE0) {
            more = 1;
        } else if (c < 0xF0) {
            more = 2;
            if (c == 0xE0)
                lo = 0xA0; /* no overlong forms */
            else if (c == 0xED)
                hi = 0x9F; /* no surrogates */
        } else {
            more = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; /* nothing above U+10FFFF */
        }
        for (size_t k = 1; k <= more; k++) {
            if (i + k >= len) {
                *start = i;
                *end = len;
                *reason = "unexpected end of data";
                return false;
            }
            unsigned b = u[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
                *start = i;
                *end = i + k;
                *reason = "invalid continuation byte";
                return false;
            }
        }
        i += more + 1;
    }
    return true;
}

uint32_t utf8_next(const char **p)
{
    const uint8_t *u = (const uint8_t *)*p;
    uint32_t c = u[0];
    if (c >= 0x80 && c < 0xC0) { /* a stray continuation byte stands for itself */
        *p += 1;
        return c;
    }
    *p += utf8_decode(u, &c);
    return c;
}

void format_decode_error(char *buf, size_t size, const char *codec, const char *s, size_t start,
                         size_t end, const char *reason)
{
    if (end == start + 1)
        snprintf(buf, size, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                 (unsigned char)s[start], start, reason);
    else
        snprintf(buf, size, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start,
                 end - 1, reason);
}

/* Surrogates too: surrogatepass, as marshal writes them. */
static size_t put_utf8(char *out, uint32_t cp)
{
    return utf8_encode(cp, (uint8_t *)out);
}

/* ------------------------------------------------------------------ */
/* \N{NAME}                                                             */


/* Short names of the Hangul jamo (Unicode's Jamo.txt): leading consonants,
 * vowels, trailing consonants.  A syllable's name is "HANGUL SYLLABLE "
 * followed by one of each. */
static const char *const jamo_lead[] = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                         "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
static const char *const jamo_vowel[] = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                          "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
static const char *const jamo_trail[] = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                          "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                          "SS", "NG", "J", "C", "K", "T", "P", "H" };

/* The longest jamo name that starts s (first in table order on a tie), as
 * CPython matches them: greedily, one part after the other. */
static int match_jamo(const char *s, size_t len, const char *const *names, int count, size_t *used)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(names[i]);
        if ((best < 0 || n > best_len) && n <= len && memcmp(s, names[i], n) == 0) {
            best = i;
            best_len = n;
        }
    }
    *used = best_len;
    return best;
}

static bool lookup_hangul(const char *s, size_t len, uint32_t *cp)
{
    size_t used;
    int l = match_jamo(s, len, jamo_lead, 19, &used);
    s += used, len -= used;
    int v = match_jamo(s, len, jamo_vowel, 21, &used);
    s += used, len -= used;
    int t = match_jamo(s, len, jamo_trail, 28, &used);
    len -= used;
    if (l < 0 || v < 0 || t < 0 || len != 0)
        return false;
    *cp = 0xAC00 + ((uint32_t)l * 21 + (uint32_t)v) * 28 + (uint32_t)t;
    return true;
}

/* What \N{name} means in Python 3.11: Hangul syllables and CJK unified
 * ideographs by their exact (upper case) algorithmic names; every other
 * character name and alias regardless of case. */
static bool lookup_char_name(const char *name, size_t len, uint32_t *cp)
{
    if (len >= 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0)
        return lookup_hangul(name + 16, len - 16, cp);
    if (len >= 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        if (len != 26 && len != 27)
            return false;
        uint32_t v = 0;
        for (size_t i = 22; i < len; i++) {
            char c = name[i];
            if (c >= '0' && c <= '9')
                v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'A' && c <= 'F')
                v = v * 16 + (uint32_t)(c - 'A' + 10);
            else
                return false;
        }
        if (!unicode_in_ranges(unicode_cjk_unified, v))
            return false;
        *cp = v;
        return true;
    }
    char upper[128];
    if (len == 0 || len >= sizeof upper)
        return false; /* the longest name is 88 characters */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 0x80 || c == 0)
            return false;
        upper[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    upper[len] = '\0';

    size_t lo = 0, hi = sizeof unicode_aliases / sizeof unicode_aliases[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(upper, unicode_aliases[mid].name);
        if (c == 0) {
            *cp = unicode_aliases[mid].cp;
            return true;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }

    /* ICU knows Unicode 15; keep only what 3.11 names, and only by exactly
     * that name. */
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, upper, &status);
    if (U_FAILURE(status) || c < 0 || !unicode_in_ranges(unicode_named, (uint32_t)c))
        return false;
    char canonical[128];
    status = U_ZERO_ERROR;
    u_charName(c, U_UNICODE_CHAR_NAME, canonical, sizeof canonical, &status);
    if (U_FAILURE(status) || strcmp(canonical, upper) != 0)
        return false;
    *cp = (uint32_t)c;
    return true;
}

/* ------------------------------------------------------------------ */
/* Escape decoding                                                      */

/* Where errors in string values are placed: CPython reports them at the
 * token after the string(s) (the parser's lookahead), which only the parser
 * knows; this is the literal's own body start. */
static bool value_error(TokError *err, int lineno, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool value_error(TokError *err, int lineno, int col, const char *fmt, ...)
{
    err->type = "SyntaxError";
    err->after_parser_error = TOKERR_KEEPS_PARSER_ERROR;
    err->resumable = false;
    err->lineno = err->end_lineno = lineno;
    err->col_offset = err->end_col_offset = col;
    err->offset = err->end_offset = col + 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return false;
}

typedef struct {
    TokError *err;
    int lineno, col;    /* error placement (see value_error) */
} Where;

/* CPython runs the unicode-escape codec over a copy of the text in which
 * every non-ASCII character became "\U%08x" and a backslash before one (or
 * at the very end) became "\u005c"; its error positions count in that copy. */
static size_t escape_codec_offset(const char *s, size_t len, size_t idx)
{
    size_t pos = 0, j = 0;
    while (j < idx) {
        unsigned char c = (unsigned char)s[j];
        if (c == '\\') {
            pos++, j++;
            if (j >= len || (unsigned char)s[j] >= 0x80) {
                pos += 5;
                continue;
            }
            pos++, j++; /* the escaped character goes with it */
        } else if (c < 0x80) {
            pos++, j++;
        } else {
            if ((c & 0xC0) != 0x80) /* a character's first byte */
                pos += 10;
            j++;
        }
    }
    return pos;
}

static bool escape_error(const Where *w, const char *s, size_t len, size_t start, size_t end,
                         const char *reason)
{
    size_t a = escape_codec_offset(s, len, start), b = escape_codec_offset(s, len, end);
    if (b == a + 1)
        return value_error(w->err, w->lineno, w->col,
                           "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                           a, reason);
    return value_error(w->err, w->lineno, w->col,
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", a,
                       b - 1, reason);
}

/* True if s[0..len) is valid UTF-8, else false with CPython's error. */
static bool check_utf8(const Where *w, const char *s, size_t len)
{
    size_t start, end;
    const char *reason;
    if (utf8_validate(s, len, &start, &end, &reason))
        return true;
    char detail[200];
    format_decode_error(detail, sizeof detail, "utf-8", s, start, end, reason);
    return value_error(w->err, w->lineno, w->col, "(unicode error) %s", detail);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Simple one-character escapes shared by str and bytes; -1 if not one. */
static int simple_escape(char c)
{
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'b': return '\b';
    case 'f': return '\f';
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return -1;
    }
}

/* Decodes a non-raw str body into out (room for len bytes: escapes never
 * grow).  Invalid escapes stay as they are (CPython only warns). */
static bool decode_str_escapes(const Where *w, const char *s, size_t len, char *out, size_t *out_len)
{
    /* CPython checks all the UTF-8 before it decodes any escape, one run of
     * non-ASCII bytes at a time (positions count from the run). */
    for (size_t i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && (unsigned char)s[j] >= 0x80)
            j++;
        if (!check_utf8(w, s + i, j - i))
            return false;
        i = j;
    }

    size_t n = 0, i = 0;
    while (i < len) {
        char c = s[i];
        if (c != '\\') {
            out[n++] = c;
            i++;
            continue;
        }
        size_t start = i++;
        if (i >= len || (unsigned char)s[i] >= 0x80) { /* a backslash stays one */
            out[n++] = '\\';
            continue;
        }
        c = s[i++];
        int simple = simple_escape(c);
        if (simple >= 0) {
            out[n++] = (char)simple;
            continue;
        }
        uint32_t cp = 0;
        int digits = 0;
        const char *reason = NULL;
        switch (c) {
        case '\n':
            continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                cp = cp * 8 + (uint32_t)(s[i++] - '0');
            n += put_utf8(out + n, cp); /* up to U+01FF: CPython only warns above \377 */
            continue;
        case 'x': digits = 2, reason = "truncated \\xXX escape"; break;
        case 'u': digits = 4, reason = "truncated \\uXXXX escape"; break;
        case 'U': digits = 8, reason = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
            const char *malformed = "malformed \\N character escape";
            if (i >= len || s[i] != '{')
                return escape_error(w, s, len, start, i, malformed);
            size_t name = ++i;
            while (i < len && s[i] != '}')
                i++;
            if (i >= len || i == name)
                return escape_error(w, s, len, start, i, malformed);
            i++;
            if (!lookup_char_name(s + name, i - 1 - name, &cp))
                return escape_error(w, s, len, start, i, "unknown Unicode character name");
            n += put_utf8(out + n, cp);
            continue;
        }
        default:
            out[n++] = '\\';
            out[n++] = c;
            continue;
        }
        for (int k = 0; k < digits; k++, i++) {
            int h = i < len ? hex_value(s[i]) : -1;
            if (h < 0)
                return escape_error(w, s, len, start, i, reason);
            cp = cp * 16 + (uint32_t)h;
        }
        if (cp > 0x10FFFF)
            return escape_error(w, s, len, start, i, "illegal Unicode character");
        n += put_utf8(out + n, cp);
    }
    *out_len = n;
    return true;
}

static bool decode_bytes_escapes(const Where *w, const char *s, size_t len, char *out, size_t *out_len)
{
    size_t n = 0, i = 0;
    while (i < len) {
        char c = s[i];
        if (c != '\\') {
            out[n++] = c;
            i++;
            continue;
        }
        size_t start = i++;
        if (i >= len)
            return value_error(w->err, w->lineno, w->col, "(value error) Trailing \\ in string");
        c = s[i++];
        int simple = simple_escape(c);
        if (simple >= 0) {
            out[n++] = (char)simple;
        } else if (c == '\n') {
            /* line continuation */
        } else if (c >= '0' && c <= '7') {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            out[n++] = (char)(v & 0xFF); /* \400 and up wrap, with a warning in CPython */
        } else if (c == 'x') {
            int h1 = i < len ? hex_value(s[i]) : -1;
            int h2 = i + 1 < len ? hex_value(s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0)
                return value_error(w->err, w->lineno, w->col, "(value error) invalid \\x escape at position %zu",
                                   start);
            out[n++] = (char)(h1 * 16 + h2);
            i += 2;
        } else {
            out[n++] = '\\';
            out[n++] = c;
        }
    }
    *out_len = n;
    return true;
}

/* ------------------------------------------------------------------ */
/* Literals                                                             */

bool str_decode(Arena *arena, const Token *tok, StrLiteral *out, TokError *err)
{
    memset(out, 0, sizeof *out);
    const char *s = tok->start;
    size_t n = tok->len, i = 0;
    for (; i < n && s[i] != '\'' && s[i] != '"'; i++) {
        switch (s[i] | 0x20) {
        case 'b': out->is_bytes = true; break;
        case 'r': out->is_raw = true; break;
        case 'f': out->is_fstring = true; break;
        case 'u': out->has_u_prefix = true; break;
        default: break;
        }
    }
    char q = s[i];
    size_t quotes = (n - i >= 6 && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
    out->body = s + i + quotes;
    out->body_len = n - i - 2 * quotes;
    out->body_lineno = tok->lineno;
    out->body_col = tok->col_offset + (int)(i + quotes);
    if (out->is_fstring)
        return true;

    Where w = { err, out->body_lineno, out->body_col };
    const char *body = out->body;
    size_t len = out->body_len;
    bool has_backslash = memchr(body, '\\', len) != NULL;
    if (out->is_bytes) {
        for (size_t k = 0; k < len; k++)
            if ((unsigned char)body[k] >= 0x80)
                return value_error(err, w.lineno, w.col, "bytes can only contain ASCII literal characters");
    } else if (out->is_raw || !has_backslash) {
        if (!check_utf8(&w, body, len))
            return false;
    }
    if (out->is_raw || !has_backslash) {
        out->value = body;
        out->len = len;
        return true;
    }
    char *buf = arena_alloc(arena, len + 1);
    size_t buf_len;
    bool ok = out->is_bytes ? decode_bytes_escapes(&w, body, len, buf, &buf_len)
                            : decode_str_escapes(&w, body, len, buf, &buf_len);
    if (!ok)
        return false;
    out->value = buf;
    out->len = buf_len;
    return true;
}

/* ------------------------------------------------------------------ */
/* f-strings                                                            */

/* CPython's limit on bracket nesting inside one replacement field. */
#define FSTRING_MAX_NESTING 200

typedef struct {
    FStrPart *items;
    size_t n, cap;
} PartVec;

typedef struct {
    Arena *arena;
    const StrLiteral *lit;
    const char *end;
    bool raw;
    Where where;
    /* Decoded literal text waiting to become a part; adjacent pieces (split
     * at {{ and }}) merge, as CPython merges them. */
    char *text;
    size_t text_len;
} FCtx;

static size_t push_part(FCtx *c, PartVec *v)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        FStrPart *items = arena_alloc(c->arena, cap * sizeof *items);
        if (v->n)
            memcpy(items, v->items, v->n * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    memset(&v->items[v->n], 0, sizeof v->items[v->n]);
    return v->n++;
}

static void flush_text(FCtx *c, PartVec *v)
{
    if (c->text_len == 0)
        return; /* empty pieces (a lone "\<newline>") vanish */
    size_t k = push_part(c, v);
    v->items[k].text = arena_memdup(c->arena, c->text, c->text_len);
    v->items[k].text_len = c->text_len;
    c->text_len = 0;
}

static bool add_text(FCtx *c, const char *s, size_t len)
{
    size_t n;
    if (c->raw) {
        if (!check_utf8(&c->where, s, len))
            return false;
        memcpy(c->text + c->text_len, s, len);
        n = len;
    } else if (!decode_str_escapes(&c->where, s, len, c->text + c->text_len, &n)) {
        return false;
    }
    c->text_len += n;
    return true;
}

static bool fstr_error(FCtx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fstr_error(FCtx *c, const char *fmt, ...)
{
    TokError *err = c->where.err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->type = "SyntaxError";
    err->after_parser_error = TOKERR_KEEPS_PARSER_ERROR;
    err->resumable = false;
    err->lineno = err->end_lineno = c->where.lineno;
    err->col_offset = err->end_col_offset = c->where.col;
    err->offset = err->end_offset = c->where.col + 1;
    return false;
}

static void locate_in_body(const FCtx *c, const char *p, int *lineno, int *col)
{
    const char *body = c->lit->body, *line_start = body;
    int line = c->lit->body_lineno;
    for (const char *q = body; q < p; q++) {
        if (*q == '\n') {
            line++;
            line_start = q + 1;
        }
    }
    *lineno = line;
    *col = line_start == body ? c->lit->body_col + (int)(p - body) : (int)(p - line_start);
}

static bool parse_parts(FCtx *c, const char **pp, int level, PartVec *out);

/* One replacement field; *pp is at its '{'.  The field is appended as soon
 * as its expression is delimited: CPython compiles the expression before it
 * looks at '=', the conversion and the format spec. */
static bool parse_field(FCtx *c, const char **pp, int level, PartVec *out)
{
    const char *p = *pp, *end = c->end;
    if (level >= 2)
        return fstr_error(c, "f-string: expressions nested too deeply");
    const char *expr = ++p;
    char quote = 0;
    bool triple = false;
    char stack[FSTRING_MAX_NESTING];
    int depth = 0;
    for (; p < end; p++) {
        char ch = *p;
        if (ch == '\\')
            return fstr_error(c, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (!triple) {
                    quote = 0;
                } else if (p + 2 < end && p[1] == ch && p[2] == ch) {
                    p += 2;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            triple = p + 2 < end && p[1] == ch && p[2] == ch;
            if (triple)
                p += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= FSTRING_MAX_NESTING)
                return fstr_error(c, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            return fstr_error(c, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            /* != == <= >= are operators, not the end of the expression */
            if (p + 1 < end && p[1] == '=' && ch != ':' && ch != '}') {
                p++;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0)
                return fstr_error(c, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                return fstr_error(c, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                                  ch, open);
        }
    }
    const char *expr_end = p;
    if (quote)
        return fstr_error(c, "f-string: unterminated string");
    if (depth)
        return fstr_error(c, "f-string: unmatched '%c'", stack[depth - 1]);
    if (p >= end)
        return fstr_error(c, "f-string: expecting '}'");
    const char *q = expr;
    while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f'))
        q++;
    if (q == expr_end) {
        if (*p == '!' || *p == ':' || *p == '=')
            return fstr_error(c, "f-string: expression required before '%c'", *p);
        return fstr_error(c, "f-string: empty expression not allowed");
    }

    size_t k = push_part(c, out);
    FStrPart *f = &out->items[k];
    f->is_field = true;
    f->expr = expr;
    f->expr_len = (size_t)(expr_end - expr);
    f->conversion = -1;
    locate_in_body(c, expr, &f->expr_lineno, &f->expr_col);

    if (*p == '=') {
        p++;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\v' || *p == '\f'))
            p++;
        if (p >= end)
            return fstr_error(c, "f-string: expecting '}'");
        f->debug = expr;
        f->debug_len = (size_t)(p - expr);
    }
    if (*p == '!') {
        p++;
        if (p >= end)
            return fstr_error(c, "f-string: expecting '}'");
        char conv = *p++;
        if (conv != 's' && conv != 'r' && conv != 'a')
            return fstr_error(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        f->conversion = conv;
    }
    if (p < end && *p == ':') {
        p++;
        if (p >= end)
            return fstr_error(c, "f-string: expecting '}'");
        PartVec spec = { 0 };
        bool ok = parse_parts(c, &p, level + 1, &spec);
        f = &out->items[k];
        f->has_spec = true;
        f->spec = spec.items;
        f->nspec = spec.n;
        if (!ok)
            return false;
    }
    if (p >= end || *p != '}')
        return fstr_error(c, "f-string: expecting '}'");
    p++;
    if (f->debug && f->conversion == -1 && !f->has_spec)
        f->conversion = 'r'; /* {x=} means {x=!r} */
    *pp = p;
    return true;
}

/* Literal text and fields up to the end of the f-string (level 0) or up to
 * the '}' that ends a format spec (level > 0, where {{ and }} are not
 * escapes). */
static bool parse_parts(FCtx *c, const char **pp, int level, PartVec *out)
{
    const char *p = *pp, *end = c->end;
    for (;;) {
        const char *chunk = p;
        bool doubled = false;
        while (p < end) {
            char ch = *p++;
            if (!c->raw && ch == '\\' && p < end) {
                ch = *p++;
                if (ch == 'N') {
                    /* skip a \N{...} whole: its braces are not fields */
                    if (p < end && *p++ == '{')
                        while (p < end && *p++ != '}') {
                        }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0 && p < end && *p == ch) {
                    doubled = true; /* the piece keeps one brace */
                    break;
                }
                if (level == 0 && ch == '}') {
                    *pp = p;
                    flush_text(c, out);
                    return fstr_error(c, "f-string: single '}' is not allowed");
                }
                p--;
                break;
            }
        }
        if (p > chunk && !add_text(c, chunk, (size_t)(p - chunk))) {
            flush_text(c, out);
            return false;
        }
        if (doubled) {
            p++;
            continue;
        }
        if (p >= end || *p == '}')
            break;
        flush_text(c, out);
        if (!parse_field(c, &p, level, out))
            return false;
    }
    flush_text(c, out);
    *pp = p;
    return true;
}

bool fstr_split(Arena *arena, const StrLiteral *lit, FStrPart **parts, size_t *nparts, TokError *err)
{
    FCtx c = {
        .arena = arena,
        .lit = lit,
        .end = lit->body + lit->body_len,
        .raw = lit->is_raw,
        .where = { err, lit->body_lineno, lit->body_col },
        .text = arena_alloc(arena, lit->body_len + 1),
        .text_len = 0,
    };
    PartVec v = { 0 };
    const char *p = lit->body;
    bool ok = parse_parts(&c, &p, 0, &v);
    *parts = v.items;
    *nparts = v.n;
    return ok;
}
