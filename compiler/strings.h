/* compiler/strings.h: the value of string literal tokens: prefix handling,
 * escape decoding (incl. \N{NAME}), bytes/str rules, and the splitting of an
 * f-string into literal text and replacement fields.  Parsing the field
 * expressions is the parser's job (it calls itself on field->expr).
 */
#ifndef PYC_STRINGS_H
#define PYC_STRINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "tokenizer.h"

typedef struct StrLiteral {
    bool is_bytes;
    bool is_fstring;
    bool is_raw;
    bool has_u_prefix;    /* ast.Constant.kind == 'u' */
    const char *value;    /* decoded: UTF-8 (surrogatepass) for str, raw bytes for bytes; not for f-strings */
    size_t len;
    const char *body;     /* the text between the quotes, undecoded */
    size_t body_len;
    int body_lineno, body_col;  /* position of body[0] in the file */
} StrLiteral;

/* Decodes one STRING token.  For f-strings only the prefix/body fields are
 * filled; use fstr_split.  Returns false with *err set (CPython's message,
 * e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in position
 * 0-1: truncated \xXX escape"). */
bool str_decode(Arena *arena, const Token *tok, StrLiteral *out, TokError *err);

typedef struct FStrPart FStrPart;
struct FStrPart {
    bool is_field;
    /* literal part: decoded text ({{ and }} collapsed, escapes applied unless raw) */
    const char *text;
    size_t text_len;
    /* field part */
    const char *expr;       /* expression source text inside the braces */
    size_t expr_len;
    int expr_lineno, expr_col;  /* where expr[0] is in the file */
    int conversion;         /* -1, 's', 'r' or 'a' */
    const char *debug;      /* for {x=}: the text up to and including '=' with its spacing, else NULL */
    size_t debug_len;
    FStrPart *spec;         /* format spec parts (may contain fields), NULL if none */
    size_t nspec;
    bool has_spec;          /* a ':' was present (spec may be empty) */
};

/* Splits the body of an f-string literal.  Returns false with *err set
 * (CPython 3.11 messages: "f-string: expecting '}'", "f-string: single '}'
 * is not allowed", "f-string expression part cannot include a backslash",
 * "f-string: empty expression not allowed", ...). */
bool fstr_split(Arena *arena, const StrLiteral *lit, FStrPart **parts, size_t *nparts,
                TokError *err);

#endif
