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

/* Layout tokens are placed as Python's tokenize module places them (what
 * `pyc --tokens` is checked against), which is not always where CPython's
 * C tokenizer reports its cursor in error messages:
 *   NEWLINE    at the '\n' that ends the logical line, zero width, len 0
 *              (as CPython's parser sees it; also at the end of a last line
 *              that has no newline);
 *   INDENT     the indentation: (line, 0) to (line, its width), text = it;
 *   DEDENT     zero width where the next token starts; at the end of input
 *              with ENDMARKER;
 *   ENDMARKER  zero width at column 0 of the line after the last one.
 * CPython gives INDENT, DEDENT and ENDMARKER no column (-1) and reports
 * errors at them at its cursor, which the parser works out from the line. */
typedef struct Token {
    TokKind kind;
    const char *start;   /* points into the decoded UTF-8 source buffer */
    size_t len;          /* bytes of the token text (NEWLINE/DEDENT/ENDMARKER: 0) */
    int lineno, col_offset;
    int end_lineno, end_col_offset;
} Token;

/* A syntax error found by the tokenizer, in CPython's terms. */
typedef struct TokError {
    const char *type;    /* "SyntaxError", "IndentationError", "TabError",
                            "ValueError" (null bytes: no position at all) */
    char msg[256];       /* CPython's message, e.g. "invalid decimal literal" */
    int lineno, col_offset;          /* 1-based line; 0-based byte column */
    int end_lineno, end_col_offset;  /* -1 when CPython reports none */
    /* Exactly SyntaxError.offset / end_offset as compile() of the file's
     * bytes reports them: CPython counts characters for some errors and
     * bytes for others, and 0 or -1 for "none"; lineno is 0 for encoding
     * errors and -1 (None) for ValueError, end_lineno -1 for None.  The
     * byte columns above locate the same places in the source. */
    int offset, end_offset;
    /* After its parser fails, CPython tokenizes the rest of the file, and a
     * tokenizer error found there can replace the parser's error: */
    enum {
        TOKERR_KEEPS_PARSER_ERROR,  /* no: it only counts where the parser gets to it */
        TOKERR_REPLACES,            /* yes (errors CPython's tokenizer raises itself) */
        TOKERR_REPLACES_IF_LATER,   /* "'(' was never closed": if the parser's error is
                                       on a later line than the bracket (lineno) */
    } after_parser_error;
    /* Only "invalid syntax" at a stray character ('$', '?', '`', '!'):
     * CPython's tokenizer passes it on as an operator and its parser
     * objects, so tokenizer_next goes on after this error. */
    bool resumable;
} TokError;

typedef struct Tokenizer Tokenizer;

/* Decodes `data` (BOM, PEP 263 coding line) to UTF-8 and prepares to
 * tokenize it.  NULL with *err filled if decoding fails.  As CPython,
 * \r\n and \r become \n and a missing final newline is added; UTF-8 is
 * not validated here (bad bytes are errors only inside names and string
 * values, as in CPython).  All memory is in `arena` except flex's own
 * state, which tokenizer_free releases. */
Tokenizer *tokenizer_new(Arena *arena, const char *data, size_t len, TokError *err);
/* Next token; returns false with *err filled on a tokenizing error, and
 * the same error on every later call (unless err->resumable).  After
 * ENDMARKER, ENDMARKER again.  Hard keywords come as their own kinds
 * (T_DEF...), soft keywords (match, case, _) as NAME.  NOTEQUAL may be
 * spelled "<>" (CPython's tokenizer accepts it; its parser then says
 * "invalid syntax").  A character no token can start ('$', '?', '`', a
 * lone '!') is the resumable error "invalid syntax" at that character,
 * which is what CPython's parser says about it in almost every context. */
bool tokenizer_next(Tokenizer *t, Token *tok, TokError *err);
/* The source line `lineno` (without newline), for error display. */
const char *tokenizer_line(Tokenizer *t, int lineno, size_t *len);
void tokenizer_free(Tokenizer *t);

/* The identifier a NAME token spells, NFKC-normalised as CPython does
 * (PEP 3131): the token text itself when it is ASCII, else a copy in
 * `arena`.  Not NUL-terminated. */
const char *tokenizer_identifier(Arena *arena, const Token *tok, size_t *len);

#endif
