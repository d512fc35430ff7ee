/* compiler/tokenizer.c: everything around the flex scanner (lexer.l) that
 * makes it CPython 3.11's tokenizer: source decoding (BOM, PEP 263 coding
 * lines, newline normalisation), the indentation and bracket stacks, number
 * and identifier validation, error messages with CPython's exact positions,
 * the Tokenizer object the parser pulls tokens from, and `pyc --tokens`.
 * String literal values and f-string splitting live in strings.c.
 */
#include "tokenizer.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "frontend.h"
#include "lexer_state.h"
#include "lexer.h"
#include "repr.h"
#include "strings.h"
#include "unicode_data.h"

const char *const tok_names[T_COUNT] = {
#define CLS(id) #id,
#define TOK(id, text) "'" text "'",
#define KW(id, text) "'" text "'",
#include "tokens.def"
#undef CLS
#undef TOK
#undef KW
};

/* The kind column of `pyc --tokens`: Python's token module names, except
 * that hard keywords say KEYWORD (tokenize calls them NAME). */
static const char *const kind_ids[T_COUNT] = {
#define CLS(id) #id,
#define TOK(id, text) #id,
#define KW(id, text) "KEYWORD",
#include "tokens.def"
#undef CLS
#undef TOK
#undef KW
};

static const struct {
    const char *text;
    size_t len;
    TokKind kind;
} keywords[] = {
#define CLS(id)
#define TOK(id, text)
#define KW(id, text) { text, sizeof text - 1, T_##id },
#include "tokens.def"
#undef CLS
#undef TOK
#undef KW
};

struct Tokenizer {
    Lexer lx;
    Arena *arena;
    yyscan_t scanner;
    bool at_eof;            /* the scanner reported the end; only layout and ENDMARKER remain */
    bool failed;            /* errors are sticky: the same error again */
    TokError error;
    const char **lines;     /* line start index for tokenizer_line, built on demand */
    int nlines;
};

/* ------------------------------------------------------------------ */
/* Positions                                                            */

/* Line number and line start of p (a pointer into src).  Moves the
 * tracking point, so the common forward walk costs O(source) in total. */
static int locate(Lexer *lx, const char *p, const char **line_start)
{
    if (p >= lx->track) {
        const char *q = lx->track;
        for (;;) {
            const char *nl = memchr(q, '\n', (size_t)(p - q));
            if (!nl)
                break;
            lx->track_lineno++;
            lx->track_line_start = nl + 1;
            q = nl + 1;
        }
    } else {
        /* Backwards: rare (error paths); walk back to p. */
        const char *q = lx->track;
        while (q > p) {
            q--;
            if (*q == '\n')
                lx->track_lineno--;
        }
        const char *ls = p;
        while (ls > lx->src && ls[-1] != '\n')
            ls--;
        lx->track_line_start = ls;
    }
    lx->track = p;
    *line_start = lx->track_line_start;
    return lx->track_lineno;
}

/* The length of s[0..n) decoded from UTF-8 with "replace" (each invalid
 * sequence one U+FFFD), which is how CPython counts error columns. */
static int decoded_length(const char *s, size_t n)
{
    int count = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
        } else {
            size_t clen = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2, bad_start, bad_end;
            const char *reason;
            if (utf8_validate(s + i, clen <= n - i ? clen : n - i, &bad_start, &bad_end, &reason))
                i += clen;
            else
                i += bad_end - bad_start;
        }
        count++;
    }
    return count;
}

/* Byte column of the character with index `chars` in the line. */
static int byte_col_of_char(const char *line, int chars)
{
    int i = 0;
    while (chars > 0 && line[i] != '\n' && line[i] != '\0') {
        i++;
        while (((unsigned char)line[i] & 0xC0) == 0x80)
            i++;
        chars--;
    }
    return i + chars;
}

static size_t line_length(const char *line)
{
    const char *nl = strchr(line, '\n');
    return nl ? (size_t)(nl - line) : strlen(line);
}

/* The number of characters that start in the first n bytes of the line as
 * CPython sees it when it reads the line back for an error: decoded with
 * "replace" and encoded again, so each invalid byte sequence became one
 * U+FFFD of 3 bytes.  (A character cut by n still counts.) */
static int repaired_char_count(const char *line, size_t len, size_t n)
{
    size_t pos = 0, repaired = 0;
    int chars = 0;
    while (pos < len && repaired < n) {
        size_t avail = len - pos < 4 ? len - pos : 4, bad_start, bad_end;
        const char *reason;
        unsigned char c = (unsigned char)line[pos];
        size_t clen = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (c < 0x80 || utf8_validate(line + pos, clen <= avail ? clen : avail, &bad_start, &bad_end, &reason)) {
            pos += clen;
            repaired += clen;
        } else {
            pos += bad_end - bad_start;
            repaired += 3;
        }
        chars++;
    }
    return chars + (repaired < n ? (int)(n - repaired) : 0);
}

/* CPython's parser converts a 1-based byte offset to characters only when
 * the tokenizer knows an encoding (a coding line or a BOM), and it counts
 * them in the line as read back from the file: line 1 then still starts
 * with the BOM (3 bytes, 1 character) the offset did not count. */
static int parser_offset(const Lexer *lx, const char *line, int byte_offset)
{
    if (!lx->encoding_declared || byte_offset <= 0)
        return byte_offset;
    int extra = 0;
    if (lx->bom && line == lx->src) {
        if (byte_offset <= 3)
            return 1;
        byte_offset -= 3;
        extra = 1;
    }
    size_t len = line_length(line) + 1; /* its newline counts */
    size_t n = (size_t)byte_offset;
    if (n > len + 1)
        n = len + 1;
    return extra + repaired_char_count(line, len, n);
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */

static void set_msg(TokError *e, const char *fmt, va_list ap)
{
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

/* The tokenizer's own syntax errors point at its cursor: the offset is the
 * number of characters from the line start to `cur` (just past the last
 * character read). */
static int fail_at_cursor(Lexer *lx, const char *type, const char *cur, const char *fmt, ...)
{
    const char *ls;
    int line = locate(lx, cur, &ls);
    TokError *e = &lx->err;
    e->type = type;
    e->after_parser_error = TOKERR_REPLACES;
    e->resumable = false;
    e->lineno = e->end_lineno = line;
    e->offset = e->end_offset = decoded_length(ls, (size_t)(cur - ls));
    e->col_offset = e->end_col_offset = e->offset > 0 ? byte_col_of_char(ls, e->offset - 1) : -1;
    va_list ap;
    va_start(ap, fmt);
    set_msg(e, fmt, ap);
    va_end(ap);
    return LX_ERROR;
}

/* Errors the parser raises from a tokenizer error code at a known place:
 * 1-based byte offsets, converted to characters when an encoding is known. */
static int fail_parser(Lexer *lx, const char *type, int lineno, const char *line,
                       int byte_offset, int end_byte_offset, const char *fmt, ...)
{
    TokError *e = &lx->err;
    e->type = type;
    e->after_parser_error = TOKERR_KEEPS_PARSER_ERROR;
    e->resumable = false;
    e->lineno = e->end_lineno = lineno;
    e->offset = parser_offset(lx, line, byte_offset);
    e->end_offset = end_byte_offset > 0 ? parser_offset(lx, line, end_byte_offset) : end_byte_offset;
    e->col_offset = byte_offset > 0 ? byte_offset - 1 : -1;
    e->end_col_offset = end_byte_offset > 0 ? end_byte_offset - 1 : -1;
    va_list ap;
    va_start(ap, fmt);
    set_msg(e, fmt, ap);
    va_end(ap);
    return LX_ERROR;
}

static void error_without_position(TokError *e, const char *type, int lineno, const char *fmt, ...)
{
    e->type = type;
    e->after_parser_error = TOKERR_REPLACES;
    e->resumable = false;
    e->lineno = lineno;
    e->offset = -1;
    e->end_lineno = -1;
    e->end_offset = -1;
    e->col_offset = e->end_col_offset = -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ */
/* Layout: newlines, indentation, continuation lines                    */

static inline const char *to_src(const Lexer *lx, const char *scan_ptr)
{
    return lx->src + (scan_ptr - lx->scan);
}

static int set_token(Lexer *lx, TokKind kind, const char *start, size_t len)
{
    lx->tok_start = start;
    lx->tok_len = len;
    lx->line_start = false;
    return (int)kind;
}

/* "unexpected EOF while parsing" after a backslash-newline at the very end:
 * CPython reports the line of that backslash with its cursor at the line's
 * end (newline included) and no end position. */
static int fail_eof_after_continuation(Lexer *lx, const char *backslash)
{
    const char *ls;
    int line = locate(lx, backslash, &ls);
    int offset = (int)(line_length(ls) + 1);
    return fail_parser(lx, "SyntaxError", line, ls, offset, -1, "unexpected EOF while parsing");
}

int lx_newline(Lexer *lx, const char *text)
{
    const char *p = to_src(lx, text);
    lx->buffer_start = p + 1;
    if (lx->level > 0) { /* implicit line joining */
        lx->line_start = true;
        return 0;
    }
    set_token(lx, T_NEWLINE, p, 0);
    return T_NEWLINE;
}

int lx_continuation(Lexer *lx, const char *text)
{
    lx->last_continuation = to_src(lx, text);
    /* CPython reads every line's indentation, even inside brackets, and a
     * continuation there starts a new line buffer. */
    if (lx->line_start)
        lx->buffer_start = lx->last_continuation + 2;
    return 0;
}

int lx_bad_continuation(Lexer *lx, const char *text)
{
    /* CPython: the character after the backslash as a 1-based byte offset
     * from the start of its line buffer, which can be an earlier line
     * (converted as if it were in this line when an encoding is declared);
     * the end is 0. */
    const char *p = to_src(lx, text);
    const char *ls;
    int line = locate(lx, p, &ls);
    return fail_parser(lx, "SyntaxError", line, ls, (int)(p + 1 - lx->buffer_start) + 1, 0,
                       "unexpected character after line continuation character");
}

/* Measures the indentation of a logical line as CPython does: tabs to the
 * next multiple of 8 (and 1 for the alternate count that detects mixing),
 * form feeds reset, and a backslash continuation inside the indentation
 * fixes the column at the first backslash that is not in column 0. */
int lx_indentation(Lexer *lx, const char *text, size_t len)
{
    const char *p = to_src(lx, text), *end = p + len;
    int col = 0, altcol = 0, cont_col = 0;
    for (const char *q = p; q < end; q++) {
        switch (*q) {
        case ' ': col++, altcol++; break;
        case '\t': col = (col / 8 + 1) * 8, altcol++; break;
        case '\f': col = altcol = 0; break;
        case '\\':
            if (!cont_col)
                cont_col = col;
            lx->last_continuation = q;
            q++; /* the newline */
            break;
        default: break;
        }
    }
    if (end == lx->src_end) /* the indentation ended in a continuation at EOF */
        return fail_eof_after_continuation(lx, lx->last_continuation);
    if (cont_col)
        col = altcol = cont_col;

    const char *ls;
    int line = locate(lx, end, &ls);
    lx->layout_line = ls;
    lx->layout_at = end;
    lx->buffer_start = ls;
    if (*end == '\\') /* not followed by a newline: CPython fails before comparing */
        return lx_bad_continuation(lx, lx->scan + (end - lx->src));
    int top = lx->indent;
    if (col == lx->indents[top]) {
        if (altcol != lx->altindents[top])
            goto tab_error;
    } else if (col > lx->indents[top]) {
        if (top + 1 >= LX_MAX_INDENT)
            return fail_parser(lx, "IndentationError", line, ls, 1, 0, "too many levels of indentation");
        if (altcol <= lx->altindents[top])
            goto tab_error;
        lx->indent = top + 1;
        lx->indents[top + 1] = col;
        lx->altindents[top + 1] = altcol;
        lx->pending = 1;
    } else {
        while (lx->indent > 0 && col < lx->indents[lx->indent]) {
            lx->indent--;
            lx->pending--;
        }
        if (col != lx->indents[lx->indent]) {
            /* Reported with the cursor at the end of the line (newline
             * included) and no end, like "unexpected EOF". */
            return fail_parser(lx, "IndentationError", line, ls, (int)(line_length(ls) + 1), -1,
                               "unindent does not match any outer indentation level");
        }
        if (altcol != lx->altindents[lx->indent])
            goto tab_error;
    }
    return lx->pending ? LX_LAYOUT : 0;

tab_error:
    return fail_parser(lx, "TabError", line, ls, 1, 0, "inconsistent use of tabs and spaces in indentation");
}

int lx_end_of_input(Lexer *lx)
{
    /* In the middle of a logical line: inside brackets, or after a final
     * backslash continuation (the source always ends with a newline). */
    if (lx->level > 0) {
        int i = lx->level - 1;
        fail_parser(lx, "SyntaxError", lx->parens[i].lineno, lx->parens[i].line_start, lx->parens[i].col + 1, 0,
                    "'%c' was never closed", lx->parens[i].ch);
        lx->err.after_parser_error = TOKERR_REPLACES_IF_LATER;
        return LX_ERROR;
    }
    return fail_eof_after_continuation(lx, lx->last_continuation ? lx->last_continuation
                                                                 : lx->src_end - 1);
}

/* ------------------------------------------------------------------ */
/* Brackets and operators                                               */

int lx_operator(Lexer *lx, TokKind kind, const char *text, size_t len)
{
    return set_token(lx, kind, to_src(lx, text), len);
}

int lx_open_bracket(Lexer *lx, TokKind kind, const char *text)
{
    const char *p = to_src(lx, text);
    if (lx->level >= LX_MAX_LEVEL)
        return fail_at_cursor(lx, "SyntaxError", p + 1, "too many nested parentheses");
    const char *ls;
    int line = locate(lx, p, &ls);
    lx->parens[lx->level].ch = *p;
    lx->parens[lx->level].lineno = line;
    lx->parens[lx->level].line_start = ls;
    lx->parens[lx->level].col = (int)(p - ls);
    lx->level++;
    return set_token(lx, kind, p, 1);
}

int lx_close_bracket(Lexer *lx, TokKind kind, const char *text)
{
    const char *p = to_src(lx, text);
    char c = *p;
    if (lx->level == 0)
        return fail_at_cursor(lx, "SyntaxError", p + 1, "unmatched '%c'", c);
    lx->level--;
    char open = lx->parens[lx->level].ch;
    if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
        const char *ls;
        int line = locate(lx, p, &ls);
        if (lx->parens[lx->level].lineno != line)
            return fail_at_cursor(lx, "SyntaxError", p + 1,
                                  "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                  c, open, lx->parens[lx->level].lineno);
        return fail_at_cursor(lx, "SyntaxError", p + 1,
                              "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    return set_token(lx, kind, p, 1);
}

int lx_bad_char(Lexer *lx, const char *text)
{
    const char *p = to_src(lx, text);
    unsigned char c = (unsigned char)*p;
    if (c < 0x20 || c == 0x7f)
        return fail_at_cursor(lx, "SyntaxError", p + 1, "invalid non-printable character U+%04X", c);
    /* '$', '?', '`', '!': CPython passes them to the parser as an operator
     * it cannot use, which reports "invalid syntax" at that token. */
    const char *ls;
    int line = locate(lx, p, &ls);
    int col = (int)(p - ls);
    fail_parser(lx, "SyntaxError", line, ls, col + 1, col + 2, "invalid syntax");
    lx->err.resumable = true;
    return LX_ERROR;
}

/* ------------------------------------------------------------------ */
/* Strings                                                              */

int lx_string(Lexer *lx, const char *text, size_t len)
{
    return set_token(lx, T_STRING, to_src(lx, text), len);
}

int lx_unterminated_string(Lexer *lx, const char *text, size_t len, bool triple)
{
    const char *start = to_src(lx, text), *end = start + len;
    /* "detected at" the line where reading stopped: the newline that ends a
     * one-line string, or the last line of the source. */
    const char *ls;
    int detected = locate(lx, end == lx->src_end ? end - 1 : end, &ls);
    if (triple)
        return fail_at_cursor(lx, "SyntaxError", start + 1,
                              "unterminated triple-quoted string literal (detected at line %d)", detected);
    return fail_at_cursor(lx, "SyntaxError", start + 1,
                          "unterminated string literal (detected at line %d)", detected);
}

/* ------------------------------------------------------------------ */
/* Identifiers                                                          */


static bool is_xid_start(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return unicode_in_ranges(unicode_xid_start, cp);
}

static bool is_xid_continue(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
    return unicode_in_ranges(unicode_xid_continue, cp);
}

static TokKind keyword_kind(const char *s, size_t len)
{
    /* Keywords are 2 to 8 letters; most names are not keywords and fail on
     * the length or the first letter. */
    if (len < 2 || len > 8)
        return T_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (keywords[i].len == len && keywords[i].text[0] == s[0] && memcmp(keywords[i].text, s, len) == 0)
            return keywords[i].kind;
    }
    return T_NAME;
}

int lx_name(Lexer *lx, const char *text, size_t len)
{
    const char *p = to_src(lx, text), *end = p + len;
    bool ascii = true;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)p[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return set_token(lx, keyword_kind(p, len), p, len);

    size_t bad_start, bad_end;
    const char *reason;
    if (!utf8_validate(p, len, &bad_start, &bad_end, &reason)) {
        /* CPython re-raises the decoder's error at its cursor (the end of
         * the name), in bytes, with no end. */
        char detail[200];
        format_decode_error(detail, sizeof detail, "utf-8", p, bad_start, bad_end, reason);
        const char *ls;
        int line = locate(lx, end, &ls);
        int off = (int)(end - ls);
        fail_parser(lx, "SyntaxError", line, ls, off, -1, "(unicode error) %s", detail);
        lx->err.after_parser_error = TOKERR_REPLACES; /* the decoder's exception is already set */
        return LX_ERROR;
    }
    const char *q = p;
    bool first = true;
    while (q < end) {
        const char *char_start = q;
        uint32_t cp = utf8_next(&q);
        if (first ? !is_xid_start(cp) : !is_xid_continue(cp)) {
            if (cp >= 0x80 && unicode_isprintable(cp))
                return fail_at_cursor(lx, "SyntaxError", q, "invalid character '%.*s' (U+%04X)",
                                      (int)(q - char_start), char_start, (unsigned)cp);
            return fail_at_cursor(lx, "SyntaxError", q, "invalid non-printable character U+%04X", (unsigned)cp);
        }
        first = false;
    }
    return set_token(lx, T_NAME, p, len);
}

const char *tokenizer_identifier(Arena *arena, const Token *tok, size_t *len)
{
    bool ascii = true;
    for (size_t i = 0; i < tok->len; i++) {
        if ((unsigned char)tok->start[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    *len = tok->len;
    if (ascii)
        return tok->start;

    /* UTF-8 -> UTF-16 -> NFKC -> UTF-8, each size asked for first.  Cannot
     * fail for text lx_name accepted; if ICU did, the name stays as it is. */
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status))
        return tok->start;
    int32_t n16 = 0;
    u_strFromUTF8(NULL, 0, &n16, tok->start, (int32_t)tok->len, &status);
    status = U_ZERO_ERROR;
    UChar *in = arena_alloc(arena, ((size_t)n16 + 1) * sizeof(UChar));
    u_strFromUTF8(in, n16 + 1, NULL, tok->start, (int32_t)tok->len, &status);
    /* NFKC makes at most 18 code units of one (U+FDFA). */
    int32_t cap = n16 * 18 + 1;
    UChar *norm = arena_alloc(arena, (size_t)cap * sizeof(UChar));
    int32_t nlen = unorm2_normalize(nfkc, in, n16, norm, cap, &status);
    if (U_FAILURE(status))
        return tok->start;
    int32_t out_len = 0;
    u_strToUTF8(NULL, 0, &out_len, norm, nlen, &status);
    status = U_ZERO_ERROR;
    char *out = arena_alloc(arena, (size_t)out_len + 1);
    u_strToUTF8(out, out_len + 1, NULL, norm, nlen, &status);
    if (U_FAILURE(status))
        return tok->start;
    *len = (size_t)out_len;
    return out;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_hex_digit(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' ||
           (unsigned char)c >= 0x80;
}

/* s is at p + 1 and the keyword ends there, not inside a longer name. */
static bool is_word(const char *p, const char *rest)
{
    size_t n = strlen(rest);
    return strncmp(p + 1, rest, n) == 0 && !is_name_char(p[1 + n]);
}

/* What may follow a number.  CPython 3.11 accepts a number directly
 * followed by the keywords "and", "else", "for", "or", "not" (as whole
 * words) or by "if", "in", "is" (by their first two letters only), with a
 * DeprecationWarning we do not emit, and rejects any other name character
 * with "invalid <kind> literal", reported before that character. */
static bool number_end_ok(Lexer *lx, const char *p, const char *kind)
{
    bool keyword = false;
    switch (*p) {
    case 'a': keyword = is_word(p, "nd"); break;
    case 'e': keyword = is_word(p, "lse"); break;
    case 'f': keyword = is_word(p, "or"); break;
    case 'i': keyword = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': keyword = is_word(p, "r"); break;
    case 'n': keyword = is_word(p, "ot"); break;
    default: break;
    }
    if (!keyword && is_name_char(*p)) {
        fail_at_cursor(lx, "SyntaxError", p, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits with single underscores between them, from p (a digit). */
static const char *decimal_tail(Lexer *lx, const char *p)
{
    for (;;) {
        while (is_digit(*p))
            p++;
        if (*p != '_')
            return p;
        p++;
        if (!is_digit(*p)) {
            fail_at_cursor(lx, "SyntaxError", p, "invalid decimal literal");
            return NULL;
        }
    }
}

/* Radix literals after "0x"/"0o"/"0b": underscores only between digits;
 * a decimal digit beyond the radix gets its own message, reported after it. */
static const char *radix_tail(Lexer *lx, const char *p, int radix, const char *kind)
{
    for (;;) {
        if (*p == '_')
            p++;
        bool ok = radix == 16 ? is_hex_digit(*p) : (*p >= '0' && *p < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(*p))
                fail_at_cursor(lx, "SyntaxError", p + 1, "invalid digit '%c' in %s literal", *p, kind);
            else
                fail_at_cursor(lx, "SyntaxError", p, "invalid %s literal", kind);
            return NULL;
        }
        while (radix == 16 ? is_hex_digit(*p) : (*p >= '0' && *p < '0' + radix))
            p++;
        if (*p != '_')
            break;
    }
    if (radix != 16 && is_digit(*p)) {
        fail_at_cursor(lx, "SyntaxError", p + 1, "invalid digit '%c' in %s literal", *p, kind);
        return NULL;
    }
    return number_end_ok(lx, p, kind) ? p : NULL;
}

/* Fraction, exponent and imaginary suffix of a decimal number; p is just
 * past the integer part (and past the '.', if `fraction`). */
static const char *decimal_rest(Lexer *lx, const char *p, bool fraction)
{
    if (!fraction && *p == '.') {
        p++;
        fraction = true;
    }
    if (fraction && is_digit(*p)) {
        p = decimal_tail(lx, p);
        if (!p)
            return NULL;
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!is_digit(*p)) {
                fail_at_cursor(lx, "SyntaxError", p, "invalid decimal literal");
                return NULL;
            }
        } else if (!is_digit(*p)) {
            /* Not an exponent after all ("1else"): the number ends at 'e'. */
            return number_end_ok(lx, e, "decimal") ? e : NULL;
        }
        p = decimal_tail(lx, p);
        if (!p)
            return NULL;
    }
    if (*p == 'j' || *p == 'J') {
        p++;
        return number_end_ok(lx, p, "imaginary") ? p : NULL;
    }
    return number_end_ok(lx, p, "decimal") ? p : NULL;
}

int lx_number(Lexer *lx, const char *text, size_t *len)
{
    const char *start = to_src(lx, text), *p = start, *end;
    if (*p == '.') {
        end = decimal_rest(lx, p + 1, true);
    } else if (*p != '0') {
        p = decimal_tail(lx, p);
        end = p ? decimal_rest(lx, p, false) : NULL;
    } else {
        p++;
        if (*p == 'x' || *p == 'X')
            end = radix_tail(lx, p + 1, 16, "hexadecimal");
        else if (*p == 'o' || *p == 'O')
            end = radix_tail(lx, p + 1, 8, "octal");
        else if (*p == 'b' || *p == 'B')
            end = radix_tail(lx, p + 1, 2, "binary");
        else {
            /* Zeros (with underscores); a nonzero digit after them is only
             * allowed in a float or imaginary literal. */
            for (;;) {
                if (*p == '_') {
                    p++;
                    if (!is_digit(*p)) {
                        fail_at_cursor(lx, "SyntaxError", p, "invalid decimal literal");
                        return LX_ERROR;
                    }
                }
                if (*p != '0')
                    break;
                p++;
            }
            const char *zeros_end = p + 1; /* CPython's cursor, one past */
            bool nonzero = is_digit(*p);
            if (nonzero && !(p = decimal_tail(lx, p)))
                return LX_ERROR;
            if (nonzero && *p != '.' && *p != 'e' && *p != 'E' && *p != 'j' && *p != 'J') {
                const char *ls;
                int line = locate(lx, start, &ls);
                TokError *e = &lx->err;
                e->type = "SyntaxError";
                e->after_parser_error = TOKERR_REPLACES;
                e->resumable = false;
                e->lineno = e->end_lineno = line;
                e->offset = (int)(start - ls) + 1;          /* bytes, as CPython */
                e->end_offset = (int)(zeros_end - ls);
                e->col_offset = e->offset - 1;
                e->end_col_offset = e->end_offset - 1;
                snprintf(e->msg, sizeof e->msg, "%s",
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
                return LX_ERROR;
            }
            end = decimal_rest(lx, p, false);
        }
    }
    if (!end)
        return LX_ERROR;
    *len = (size_t)(end - start);
    return set_token(lx, T_NUMBER, start, *len);
}

/* ------------------------------------------------------------------ */
/* Source decoding                                                      */

/* CPython's shortcut names for the codecs it decodes itself. */
static const char *normal_encoding_name(const char *name, char *buf)
{
    int i;
    for (i = 0; i < 12 && name[i]; i++)
        buf[i] = name[i] == '_' ? '-' : (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    buf[i] = '\0';
    if (!strcmp(buf, "utf-8") || !strncmp(buf, "utf-8-", 6))
        return "utf-8";
    if (!strcmp(buf, "latin-1") || !strcmp(buf, "iso-8859-1") || !strcmp(buf, "iso-latin-1") ||
        !strncmp(buf, "latin-1-", 8) || !strncmp(buf, "iso-8859-1-", 11) || !strncmp(buf, "iso-latin-1-", 12))
        return "iso-8859-1";
    return name;
}

/* The PEP 263 declaration on one line, if the line is a comment that has
 * one; *is_code says the line holds something other than a comment, which
 * ends the search. */
static bool coding_spec(const char *line, size_t len, char *spec, size_t spec_size, bool *is_code)
{
    size_t i = 0;
    *is_code = false;
    for (; i < len; i++) {
        char c = line[i];
        if (c == '#' || c == '\n')
            break;
        if (c != ' ' && c != '\t' && c != '\f') {
            *is_code = true;
            return false;
        }
    }
    if (i >= len || line[i] != '#')
        return false;
    for (; i + 6 < len; i++) {
        if (memcmp(line + i, "coding", 6) != 0)
            continue;
        const char *t = line + i + 6;
        if (*t != ':' && *t != '=')
            continue;
        do
            t++;
        while (*t == ' ' || *t == '\t');
        const char *begin = t;
        while ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (*t >= '0' && *t <= '9') ||
               *t == '-' || *t == '_' || *t == '.')
            t++;
        if (t > begin) {
            size_t n = (size_t)(t - begin);
            if (n >= spec_size)
                n = spec_size - 1;
            char raw[128], normal[16];
            memcpy(raw, begin, n);
            raw[n] = '\0';
            snprintf(spec, spec_size, "%s", normal_encoding_name(raw, normal));
            return true;
        }
    }
    return false;
}

/* Python codec names (normalised: lower case, other runs of punctuation
 * as '_') to the canonical codec and iconv's name for it. */
static const struct {
    const char *alias, *codec, *iconv_name;
} codecs[] = {
    { "ascii", "ascii", NULL }, { "646", "ascii", NULL }, { "us_ascii", "ascii", NULL },
    { "us", "ascii", NULL }, { "iso646_us", "ascii", NULL }, { "ansi_x3.4_1968", "ascii", NULL },
    { "cp367", "ascii", NULL }, { "csascii", "ascii", NULL },
    { "latin_1", "latin_1", NULL }, { "latin1", "latin_1", NULL }, { "latin", "latin_1", NULL },
    { "l1", "latin_1", NULL }, { "iso8859_1", "latin_1", NULL }, { "iso_8859_1", "latin_1", NULL },
    { "8859", "latin_1", NULL }, { "cp819", "latin_1", NULL }, { "iso8859", "latin_1", NULL },
    { "utf_8", "utf_8", NULL }, { "utf8", "utf_8", NULL }, { "u8", "utf_8", NULL },
    { "utf", "utf_8", NULL }, { "cp65001", "utf_8", NULL },
    { "iso8859_2", "iso8859_2", "ISO-8859-2" }, { "latin2", "iso8859_2", "ISO-8859-2" },
    { "l2", "iso8859_2", "ISO-8859-2" }, { "iso8859_3", "iso8859_3", "ISO-8859-3" },
    { "latin3", "iso8859_3", "ISO-8859-3" }, { "iso8859_4", "iso8859_4", "ISO-8859-4" },
    { "latin4", "iso8859_4", "ISO-8859-4" }, { "iso8859_5", "iso8859_5", "ISO-8859-5" },
    { "cyrillic", "iso8859_5", "ISO-8859-5" }, { "iso8859_6", "iso8859_6", "ISO-8859-6" },
    { "arabic", "iso8859_6", "ISO-8859-6" }, { "iso8859_7", "iso8859_7", "ISO-8859-7" },
    { "greek", "iso8859_7", "ISO-8859-7" }, { "iso8859_8", "iso8859_8", "ISO-8859-8" },
    { "hebrew", "iso8859_8", "ISO-8859-8" }, { "iso8859_9", "iso8859_9", "ISO-8859-9" },
    { "latin5", "iso8859_9", "ISO-8859-9" }, { "iso8859_10", "iso8859_10", "ISO-8859-10" },
    { "latin6", "iso8859_10", "ISO-8859-10" }, { "iso8859_11", "iso8859_11", "ISO-8859-11" },
    { "thai", "iso8859_11", "ISO-8859-11" }, { "iso8859_13", "iso8859_13", "ISO-8859-13" },
    { "latin7", "iso8859_13", "ISO-8859-13" }, { "iso8859_14", "iso8859_14", "ISO-8859-14" },
    { "latin8", "iso8859_14", "ISO-8859-14" }, { "iso8859_15", "iso8859_15", "ISO-8859-15" },
    { "latin9", "iso8859_15", "ISO-8859-15" }, { "l9", "iso8859_15", "ISO-8859-15" },
    { "iso8859_16", "iso8859_16", "ISO-8859-16" }, { "latin10", "iso8859_16", "ISO-8859-16" },
    { "cp1250", "cp1250", "CP1250" }, { "windows_1250", "cp1250", "CP1250" },
    { "cp1251", "cp1251", "CP1251" }, { "windows_1251", "cp1251", "CP1251" },
    { "cp1252", "cp1252", "CP1252" }, { "windows_1252", "cp1252", "CP1252" },
    { "cp1253", "cp1253", "CP1253" }, { "windows_1253", "cp1253", "CP1253" },
    { "cp1254", "cp1254", "CP1254" }, { "windows_1254", "cp1254", "CP1254" },
    { "cp1255", "cp1255", "CP1255" }, { "windows_1255", "cp1255", "CP1255" },
    { "cp1256", "cp1256", "CP1256" }, { "windows_1256", "cp1256", "CP1256" },
    { "cp1257", "cp1257", "CP1257" }, { "windows_1257", "cp1257", "CP1257" },
    { "cp1258", "cp1258", "CP1258" }, { "windows_1258", "cp1258", "CP1258" },
    { "cp437", "cp437", "CP437" }, { "437", "cp437", "CP437" }, { "ibm437", "cp437", "CP437" },
    { "cp850", "cp850", "CP850" }, { "850", "cp850", "CP850" }, { "ibm850", "cp850", "CP850" },
    { "cp852", "cp852", "CP852" }, { "cp866", "cp866", "CP866" }, { "866", "cp866", "CP866" },
    { "koi8_r", "koi8_r", "KOI8-R" }, { "cskoi8r", "koi8_r", "KOI8-R" },
    { "koi8_u", "koi8_u", "KOI8-U" }, { "mac_roman", "mac_roman", "MACINTOSH" },
    { "macroman", "mac_roman", "MACINTOSH" }, { "macintosh", "mac_roman", "MACINTOSH" },
    { "euc_jp", "euc_jp", "EUC-JP" }, { "eucjp", "euc_jp", "EUC-JP" }, { "ujis", "euc_jp", "EUC-JP" },
    { "shift_jis", "shift_jis", "SHIFT_JIS" }, { "sjis", "shift_jis", "SHIFT_JIS" },
    { "shiftjis", "shift_jis", "SHIFT_JIS" }, { "s_jis", "shift_jis", "SHIFT_JIS" },
    { "cp932", "cp932", "CP932" }, { "ms932", "cp932", "CP932" }, { "mskanji", "cp932", "CP932" },
    { "euc_kr", "euc_kr", "EUC-KR" }, { "euckr", "euc_kr", "EUC-KR" },
    { "cp949", "cp949", "CP949" }, { "gb2312", "gb2312", "EUC-CN" }, { "euc_cn", "gb2312", "EUC-CN" },
    { "gbk", "gbk", "GBK" }, { "cp936", "gbk", "GBK" }, { "gb18030", "gb18030", "GB18030" },
    { "big5", "big5", "BIG5" }, { "big5_tw", "big5", "BIG5" }, { "cp950", "cp950", "CP950" },
    { "big5hkscs", "big5hkscs", "BIG5-HKSCS" }, { "iso2022_jp", "iso2022_jp", "ISO-2022-JP" },
};

/* Python's normalize_encoding plus its lower-casing. */
static void normalize_codec_name(const char *name, char *out, size_t size)
{
    size_t n = 0;
    bool punct = false;
    for (const char *p = name; *p && n + 2 < size; p++) {
        char c = *p;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
            if (punct && n)
                out[n++] = '_';
            out[n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            punct = false;
        } else {
            punct = true;
        }
    }
    out[n] = '\0';
}

static bool is_single_byte_codec(const char *codec)
{
    return !strncmp(codec, "iso8859", 7) || !strncmp(codec, "cp", 2) || !strncmp(codec, "koi8", 4) ||
           !strncmp(codec, "mac", 3);
}

/* Converts in[0..len) from `codec` to UTF-8 into the arena. */
static char *convert_to_utf8(Arena *arena, const char *in, size_t len, const char *codec,
                             const char *iconv_name, size_t *out_len, TokError *err)
{
    if (!strcmp(codec, "ascii")) {
        for (size_t i = 0; i < len; i++) {
            if ((unsigned char)in[i] >= 0x80) {
                error_without_position(err, "SyntaxError", 0,
                                       "'ascii' codec can't decode byte 0x%02x in position %zu: "
                                       "ordinal not in range(128)", (unsigned char)in[i], i);
                return NULL;
            }
        }
        *out_len = len;
        return arena_memdup(arena, in, len + 1);
    }
    size_t cap = len * 4 + 4;
    char *out = arena_alloc(arena, cap);
    if (!strcmp(codec, "latin_1")) {
        size_t n = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)in[i];
            if (c < 0x80) {
                out[n++] = (char)c;
            } else {
                out[n++] = (char)(0xC0 | (c >> 6));
                out[n++] = (char)(0x80 | (c & 0x3F));
            }
        }
        out[n] = '\0';
        *out_len = n;
        return out;
    }
    iconv_t cd = iconv_open("UTF-8", iconv_name);
    if (cd == (iconv_t)-1) {
        error_without_position(err, "SyntaxError", 0, "unknown encoding: %s", codec);
        return NULL;
    }
    char *inp = (char *)in, *outp = out;
    size_t in_left = len, out_left = cap - 1;
    size_t r = iconv(cd, &inp, &in_left, &outp, &out_left);
    int saved_errno = errno;
    iconv_close(cd);
    if (r == (size_t)-1) {
        size_t pos = (size_t)(inp - in);
        unsigned char byte = (unsigned char)in[pos];
        if (is_single_byte_codec(codec))
            error_without_position(err, "SyntaxError", 0,
                                   "'charmap' codec can't decode byte 0x%02x in position %zu: "
                                   "character maps to <undefined>", byte, pos);
        else
            error_without_position(err, "SyntaxError", 0,
                                   "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec, byte, pos,
                                   saved_errno == EINVAL ? "incomplete multibyte sequence"
                                                         : "illegal multibyte sequence");
        return NULL;
    }
    *outp = '\0';
    *out_len = (size_t)(outp - out);
    return out;
}

/* The source as CPython's tokenizer sees it: null bytes rejected, \r\n and
 * \r turned into \n, a final \n added, the BOM and a coding declaration
 * honoured, converted to UTF-8 (UTF-8 itself is not validated here: CPython
 * only notices bad bytes where it decodes them, in names and strings). */
static bool decode_source(Arena *arena, const char *data, size_t len, Lexer *lx, TokError *err)
{
    if (memchr(data, '\0', len)) {
        error_without_position(err, "ValueError", -1, "source code string cannot contain null bytes");
        return false;
    }
    char *buf = arena_alloc(arena, len + 2);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && data[i + 1] == '\n')
                i++;
        } else {
            buf[n++] = data[i];
        }
    }
    if (n > 0 && buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = '\0';

    char *text = buf;
    bool bom = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        text += 3;
        n -= 3;
    }
    char spec[128] = "";
    bool found = false, is_code = false;
    const char *nl1 = memchr(text, '\n', n);
    if (nl1) {
        found = coding_spec(text, (size_t)(nl1 + 1 - text), spec, sizeof spec, &is_code);
        const char *line2 = nl1 + 1;
        const char *nl2 = memchr(line2, '\n', n - (size_t)(line2 - text));
        if (!found && !is_code && nl2)
            found = coding_spec(line2, (size_t)(nl2 + 1 - line2), spec, sizeof spec, &is_code);
    }
    lx->encoding_declared = bom || found;
    lx->bom = bom;
    if (bom && found && strcmp(spec, "utf-8") != 0) {
        error_without_position(err, "SyntaxError", 0, "encoding problem: %s with BOM", spec);
        return false;
    }
    if (found && strcmp(spec, "utf-8") != 0) {
        char normal[128];
        normalize_codec_name(spec, normal, sizeof normal);
        if (!strncmp(normal, "iso_8859_", 9)) /* Python's aliases spell ISO-8859-N both ways */
            memmove(normal + 3, normal + 4, strlen(normal + 4) + 1);
        const char *codec = NULL, *iconv_name = NULL;
        for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++) {
            if (!strcmp(codecs[i].alias, normal)) {
                codec = codecs[i].codec;
                iconv_name = codecs[i].iconv_name;
                break;
            }
        }
        if (!codec) {
            error_without_position(err, "SyntaxError", 0, "unknown encoding: %s", spec);
            return false;
        }
        if (strcmp(codec, "utf_8") != 0) {
            size_t out_len;
            char *out = convert_to_utf8(arena, text, n, codec, iconv_name, &out_len, err);
            if (!out)
                return false;
            text = out;
            n = out_len;
        }
    }
    lx->src = text;
    lx->src_end = text + n;
    return true;
}

/* ------------------------------------------------------------------ */
/* The Tokenizer                                                        */

Tokenizer *tokenizer_new(Arena *arena, const char *data, size_t len, TokError *err)
{
    Tokenizer *t = arena_alloc(arena, sizeof *t);
    t->arena = arena;
    Lexer *lx = &t->lx;
    if (!decode_source(arena, data, len, lx, err))
        return NULL;
    size_t n = (size_t)(lx->src_end - lx->src);
    lx->scan = arena_alloc(arena, n + 2); /* zero-filled: the two NULs flex needs */
    memcpy(lx->scan, lx->src, n);
    lx->track = lx->track_line_start = lx->src;
    lx->track_lineno = 1;
    if (pyc_yylex_init_extra(lx, &t->scanner) != 0) {
        fprintf(stderr, "fatal: out of memory\n");
        abort();
    }
    pyc_yy_scan_buffer(lx->scan, n + 2, t->scanner);
    lx_begin_source(t->scanner);
    return t;
}

static void fill_token(Lexer *lx, Token *tok, TokKind kind, const char *start, size_t len)
{
    const char *ls;
    tok->kind = kind;
    tok->start = start;
    tok->len = len;
    tok->lineno = locate(lx, start, &ls);
    tok->col_offset = (int)(start - ls);
    if (kind == T_STRING && memchr(start, '\n', len)) {
        tok->end_lineno = locate(lx, start + len, &ls);
        tok->end_col_offset = (int)(start + len - ls);
    } else {
        tok->end_lineno = tok->lineno;
        tok->end_col_offset = tok->col_offset + (int)len;
    }
}

bool tokenizer_next(Tokenizer *t, Token *tok, TokError *err)
{
    Lexer *lx = &t->lx;
    if (t->failed) {
        *err = t->error;
        return false;
    }
    for (;;) {
        if (lx->pending > 0) {
            /* INDENT spans the indentation, as Python's tokenize has it. */
            lx->pending--;
            const char *ls;
            locate(lx, lx->layout_at, &ls);
            fill_token(lx, tok, T_INDENT, ls, (size_t)(lx->layout_at - ls));
            return true;
        }
        if (lx->pending < 0) {
            lx->pending++;
            fill_token(lx, tok, T_DEDENT, lx->layout_at, 0);
            return true;
        }
        if (t->at_eof) {
            fill_token(lx, tok, T_ENDMARKER, lx->src_end, 0);
            return true;
        }
        int code = pyc_yylex(t->scanner);
        switch (code) {
        case LX_LAYOUT:
            continue;
        case LX_ERROR:
            *err = lx->err;
            if (!lx->err.resumable) {
                t->failed = true;
                t->error = lx->err;
            }
            return false;
        case LX_EOF:
            /* Close every open block, then ENDMARKER, all on the line after
             * the last one. */
            t->at_eof = true;
            lx->pending = -lx->indent;
            lx->indent = 0;
            lx->layout_at = lx->src_end;
            continue;
        default:
            fill_token(lx, tok, (TokKind)code, lx->tok_start, lx->tok_len);
            return true;
        }
    }
}

const char *tokenizer_line(Tokenizer *t, int lineno, size_t *len)
{
    Lexer *lx = &t->lx;
    if (!t->lines) {
        int n = 1;
        for (const char *p = lx->src; (p = memchr(p, '\n', (size_t)(lx->src_end - p))); p++)
            n++;
        t->lines = arena_alloc(t->arena, (size_t)n * sizeof *t->lines);
        t->nlines = 0;
        const char *p = lx->src;
        while (p < lx->src_end) {
            t->lines[t->nlines++] = p;
            const char *nl = memchr(p, '\n', (size_t)(lx->src_end - p));
            p = nl ? nl + 1 : lx->src_end;
        }
    }
    if (lineno < 1 || lineno > t->nlines)
        return NULL;
    const char *line = t->lines[lineno - 1];
    *len = line_length(line);
    return line;
}

void tokenizer_free(Tokenizer *t)
{
    if (t && t->scanner) {
        pyc_yylex_destroy(t->scanner);
        t->scanner = NULL;
    }
}

/* ------------------------------------------------------------------ */
/* pyc --tokens                                                          */

/* Python's ascii() of a str given as UTF-8 (surrogates allowed), or of a
 * bytes object: the same text tests/frontend/check_tokens.py makes. */
static void put_ascii(FILE *out, const char *s, size_t len, bool bytes)
{
    bool single = memchr(s, '\'', len) != NULL, dbl = memchr(s, '"', len) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    if (bytes)
        fputc('b', out);
    fputc(quote, out);
    const char *p = s, *end = s + len;
    while (p < end) {
        uint32_t c;
        unsigned char b = (unsigned char)*p;
        if (bytes || b < 0x80) {
            c = b;
            p++;
        } else {
            size_t bad_start, bad_end;
            const char *reason;
            size_t avail = (size_t)(end - p) < 4 ? (size_t)(end - p) : 4;
            const char *q = p;
            /* Surrogates (ED A0..BF xx) are legal in values; real garbage
             * (only in erroneous tokens) is shown byte by byte. */
            if ((b == 0xED && avail >= 3) || utf8_validate(p, avail, &bad_start, &bad_end, &reason) ||
                bad_start > 0) {
                c = utf8_next(&q);
                p = q;
            } else {
                c = b;
                p++;
            }
        }
        if (c == (uint32_t)quote || c == '\\')
            fprintf(out, "\\%c", (char)c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80) || (c >= 0x80 && c < 0x100))
            fprintf(out, "\\x%02x", (unsigned)c);
        else if (c < 0x80)
            fputc((int)c, out);
        else if (c < 0x10000)
            fprintf(out, "\\u%04x", (unsigned)c);
        else
            fprintf(out, "\\U%08x", (unsigned)c);
    }
    fputc(quote, out);
}

static void put_parts(FILE *out, const FStrPart *parts, size_t n)
{
    fputc('[', out);
    for (size_t i = 0; i < n; i++) {
        const FStrPart *p = &parts[i];
        if (i)
            fputs(", ", out);
        if (!p->is_field) {
            put_ascii(out, p->text, p->text_len, false);
            continue;
        }
        fputc('(', out);
        put_ascii(out, p->expr, p->expr_len, false);
        fputs(", ", out);
        if (p->debug)
            put_ascii(out, p->debug, p->debug_len, false);
        else
            fputs("None", out);
        fprintf(out, ", %d, ", p->conversion);
        if (p->has_spec)
            put_parts(out, p->spec, p->nspec);
        else
            fputs("None", out);
        fputc(')', out);
    }
    fputc(']', out);
}

static void put_int_or_none(FILE *out, int v, bool none)
{
    if (none)
        fputs(" None", out);
    else
        fprintf(out, " %d", v);
}

static void report_error(FILE *out, const char *path, const TokError *e)
{
    bool no_line = e->lineno < 0, no_end = e->end_lineno < 0;
    fprintf(out, "ERROR %s", e->type);
    put_int_or_none(out, e->lineno, no_line);
    put_int_or_none(out, e->offset, no_line);
    put_int_or_none(out, e->end_lineno, no_end);
    put_int_or_none(out, e->end_offset, no_end);
    fprintf(out, " %s\n", e->msg);
    if (no_line)
        fprintf(stderr, "pyc: %s: %s: %s\n", path, e->type, e->msg);
    else
        fprintf(stderr, "pyc: %s:%d:%d: %s: %s\n", path, e->lineno, e->offset, e->type, e->msg);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fclose(f);
            return NULL;
        }
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        cap *= 2;
        char *bigger = realloc(buf, cap);
        if (!bigger)
            free(buf);
        buf = bigger;
    }
    bool failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Places a string value error where CPython's parser reports it: at the
 * token after the run of strings (col_offset + 1, end_col_offset + 1). */
static void place_at_token(Tokenizer *t, TokError *e, int lineno, int col, int end_lineno, int end_col)
{
    size_t len;
    const char *line = tokenizer_line(t, lineno, &len);
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    e->col_offset = col;
    e->end_col_offset = end_col;
    e->offset = line ? parser_offset(&t->lx, line, col + 1) : col + 1;
    e->end_offset = line ? parser_offset(&t->lx, line, end_col + 1) : end_col + 1;
}

/* Prints the value of a STRING token; false with *err if it has none. */
static bool print_string_value(FILE *out, Arena *arena, const Token *tok, TokError *err)
{
    StrLiteral lit;
    if (!str_decode(arena, tok, &lit, err))
        return false;
    if (lit.is_fstring) {
        FStrPart *parts;
        size_t nparts;
        if (!fstr_split(arena, &lit, &parts, &nparts, err))
            return false;
        fputs(" = ", out);
        put_parts(out, parts, nparts);
    } else {
        fputs(" = ", out);
        put_ascii(out, lit.value, lit.len, lit.is_bytes);
    }
    return true;
}

/* One line per token:
 *     LINE:COL-ENDLINE:ENDCOL KIND 'text'
 * KIND as Python's token module names it (KEYWORD for hard keywords), the
 * text as Python's ascii() shows a str, columns in UTF-8 bytes.  A
 * non-ASCII NAME adds " = 'nfkc form'"; a STRING adds " = value": ascii()
 * of the str or bytes, or for an f-string a list of literal texts and
 * (expr, debug or None, conversion, spec list or None) tuples.  An error
 * ends the output with
 *     ERROR Type LINENO OFFSET END_LINENO END_OFFSET message
 * with CPython's values (None where it has none), and exit status 1. */
int fe_dump_tokens(const char *path, FILE *out)
{
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        fprintf(stderr, "pyc: %s: %s\n", path, strerror(errno));
        return 2;
    }
    Arena arena;
    arena_init(&arena);
    TokError err;
    int status = 0;
    Tokenizer *t = tokenizer_new(&arena, data, len, &err);
    if (!t) {
        report_error(out, path, &err);
        status = 1;
    }
    /* Errors CPython's parser reports (a string's value, a stray '$') are
     * emulated as it does: the first one is kept, the rest of the file is
     * still tokenized, and some tokenizer errors found there win. */
    bool parser_failed = false, placing = false;
    TokError parser_err;
    while (t) {
        Token tok;
        bool ok = tokenizer_next(t, &tok, &err);
        if (!ok && err.resumable) {
            if (placing) /* the stray character is the token after the strings */
                place_at_token(t, &parser_err, err.lineno, err.col_offset, err.end_lineno, err.end_col_offset);
            else if (!parser_failed)
                parser_err = err;
            parser_failed = true;
            placing = false;
            continue;
        }
        if (!ok) {
            if (parser_failed && err.after_parser_error != TOKERR_REPLACES &&
                !(err.after_parser_error == TOKERR_REPLACES_IF_LATER && parser_err.lineno > err.lineno))
                err = parser_err;
            report_error(out, path, &err);
            status = 1;
            break;
        }
        if (placing && tok.kind != T_STRING) { /* strings are decoded a run at a time */
            place_at_token(t, &parser_err, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
            placing = false;
        }
        if (parser_failed) {
            if (tok.kind == T_ENDMARKER) {
                report_error(out, path, &parser_err);
                status = 1;
                break;
            }
            continue;
        }
        fprintf(out, "%d:%d-%d:%d %s ", tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset,
                kind_ids[tok.kind]);
        put_ascii(out, tok.start, tok.len, false);
        if (tok.kind == T_NAME) {
            size_t name_len;
            const char *name = tokenizer_identifier(&arena, &tok, &name_len);
            if (name != tok.start) { /* non-ASCII: show the NFKC form */
                fputs(" = ", out);
                put_ascii(out, name, name_len, false);
            }
        }
        if (tok.kind == T_STRING && !print_string_value(out, &arena, &tok, &parser_err))
            parser_failed = placing = true;
        fputc('\n', out);
        if (tok.kind == T_ENDMARKER)
            break;
    }
    tokenizer_free(t);
    arena_free(&arena);
    free(data);
    if (fflush(out) != 0 && status == 0) {
        fprintf(stderr, "pyc: error writing the tokens\n");
        status = 2;
    }
    return status;
}
