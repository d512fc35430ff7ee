/* compiler/tokenizer.h: the interface between the tokenizer (lexer.l, flex)
 * and the parser (parser.y, bison).  The tokenizer knows nothing of bison:
 * the parser maps TokKind to its own token numbers.
 *
 * Positions follow CPython's AST: lines from 1, columns as UTF-8 byte
 * offsets from the start of the line, end positions exclusive.
 */
#ifndef PYC_TOKENIZER_H
#define PYC_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

typedef enum {
#define CLS(id) T_##id,
#define TOK(id, text) T_##id,
#define KW(id, text) T_##id,
#include "tokens.def"
#undef CLS
#undef TOK
#undef KW
    T_COUNT
} TokKind;

extern const char *const tok_names[T_COUNT];  /* "NAME", "'('", "'def'" ... */

typedef struct Token {
    TokKind kind;
    const char *start;   /* points into the decoded UTF-8 source buffer */
    size_t len;          /* bytes of the token text (NEWLINE/INDENT/DEDENT may be 0) */
    int lineno, col_offset;
    int end_lineno, end_col_offset;
} Token;

/* A syntax error found by the tokenizer, in CPython's terms. */
typedef struct TokError {
    const char *type;    /* "SyntaxError", "IndentationError", "TabError" */
    char msg[256];       /* CPython's message, e.g. "invalid decimal literal" */
    int lineno, col_offset;          /* 1-based line; 0-based byte column */
    int end_lineno, end_col_offset;  /* -1 when CPython reports none */
} TokError;

typedef struct Tokenizer Tokenizer;

/* Decodes `data` (BOM, PEP 263 coding line) to UTF-8 and prepares to
 * tokenize it.  NULL with *err filled if decoding fails. */
Tokenizer *tokenizer_new(Arena *arena, const char *data, size_t len, TokError *err);
/* Next token; returns false with *err filled on a tokenizing error. */
bool tokenizer_next(Tokenizer *t, Token *tok, TokError *err);
/* The source line `lineno` (without newline), for error display. */
const char *tokenizer_line(Tokenizer *t, int lineno, size_t *len);
void tokenizer_free(Tokenizer *t);

#endif
