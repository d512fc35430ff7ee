/* compiler/strings.h: the value of string literal tokens: prefix handling,
 * escape decoding (incl. \N{NAME}), bytes/str rules, and the splitting of an
 * f-string into literal text and replacement fields.  Parsing the field
 * expressions is the parser's job (it calls itself on field->expr).
 */
#ifndef PYC_STRINGS_H
#define PYC_STRINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "tokenizer.h"

typedef struct StrLiteral {
    bool is_bytes;
    bool is_fstring;
    bool is_raw;
    bool has_u_prefix;    /* ast.Constant.kind == 'u' */
    const char *value;    /* decoded: UTF-8 (surrogatepass) for str, raw bytes for bytes; not for
                             f-strings.  Not NUL-terminated; may point into the source. */
    size_t len;
    const char *body;     /* the text between the quotes, undecoded */
    size_t body_len;
    int body_lineno, body_col;  /* position of body[0] in the file */
} StrLiteral;

/* Decodes one STRING token.  For f-strings only the prefix/body fields are
 * filled; use fstr_split.  Returns false with *err set (CPython's message,
 * e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in position
 * 0-1: truncated \xXX escape").
 *
 * Where CPython reports string errors: its parser decodes a whole run of
 * adjacent STRING tokens when it has read the token after the run, and
 * reports the first error there (that token's col_offset + 1 and
 * end_col_offset + 1, as bytes, or characters when the file declares an
 * encoding; see fe_dump_tokens in tokenizer.c, which does exactly this).
 * The positions in *err here are only the literal's body start.  Invalid
 * escapes are kept as they are (CPython's DeprecationWarning is not
 * emitted). */
bool str_decode(Arena *arena, const Token *tok, StrLiteral *out, TokError *err);

typedef struct FStrPart FStrPart;
struct FStrPart {
    bool is_field;
    /* literal part: decoded text ({{ and }} collapsed, escapes applied unless raw) */
    const char *text;
    size_t text_len;
    /* field part */
    const char *expr;       /* expression source text inside the braces; points into the
                               token's text in the source, so expr - tok->start is its offset */
    size_t expr_len;
    int expr_lineno, expr_col;  /* where expr[0] is in the file */
    int conversion;         /* -1, 's', 'r' or 'a', as FormattedValue.conversion: {x=} with
                               neither conversion nor spec already has 'r' here */
    const char *debug;      /* for {x=}: the text from just after '{' through '=' and the
                               blanks after it, exactly as CPython keeps it (into the source),
                               else NULL.  CPython appends it to the literal text before
                               the field. */
    size_t debug_len;
    FStrPart *spec;         /* format spec parts (may contain fields), NULL if none */
    size_t nspec;
    bool has_spec;          /* a ':' was present (spec may be empty) */
};

/* Splits the body of an f-string literal into literal parts (adjacent
 * pieces merged, empty ones dropped) and fields.  Returns false with *err
 * set (CPython 3.11 messages: "f-string: expecting '}'", "f-string: single
 * '}' is not allowed", "f-string expression part cannot include a
 * backslash", "f-string: empty expression not allowed", ...; positions as
 * for str_decode).
 *
 * On failure *parts and *nparts still hold what came before the error, fields
 * (and their format specs) included as far as they got: CPython compiles
 * each field's expression the moment it has found its end, so an error in
 * one of those expressions wins over *err.  The parser should compile the
 * expressions of the partial result in order (depth first into specs) and
 * report *err only if they all compile. */
bool fstr_split(Arena *arena, const StrLiteral *lit, FStrPart **parts, size_t *nparts,
                TokError *err);

/* CPython's strict UTF-8 decoder on s[0..len): true if valid; otherwise
 * false and the first error as its UnicodeDecodeError has it: bytes
 * [*start, *end) and the reason ("invalid start byte", "invalid continuation byte",
 * "unexpected end of data"). */
bool utf8_validate(const char *s, size_t len, size_t *start, size_t *end, const char **reason);
/* The code point at *p (valid UTF-8, surrogates allowed); advances *p. */
uint32_t utf8_next(const char **p);
/* str() of that UnicodeDecodeError: "'utf-8' codec can't decode byte 0xf6
 * in position 3: invalid start byte" (or "bytes in position 3-4"). */
void format_decode_error(char *buf, size_t size, const char *codec, const char *s, size_t start,
                         size_t end, const char *reason);

#endif
