/* compiler/lexer_state.h: the state shared by the flex rules (lexer.l) and the
 * C around them (tokenizer.c), which owns all decisions: indentation, brackets,
 * number and identifier checks, error positions.  Private to those two files;
 * the parser sees only tokenizer.h.
 */
#ifndef PYC_LEXER_STATE_H
#define PYC_LEXER_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "tokenizer.h"

/* Codes yylex returns besides TokKind values. */
enum {
    LX_EOF = T_COUNT + 1,   /* end of input reached */
    LX_LAYOUT,              /* INDENT/DEDENT tokens are pending */
    LX_ERROR,               /* Lexer.err is filled */
};

#define LX_MAX_INDENT 100   /* CPython's MAXINDENT */
#define LX_MAX_LEVEL 200    /* CPython's MAXLEVEL: bracket nesting */

typedef struct Lexer {
    /* The decoded source (UTF-8, newlines normalised to \n, ends with \n
     * unless empty, NUL-terminated) and flex's private copy of it: flex
     * writes NULs into the buffer it scans, tokens point into `src`. */
    const char *src, *src_end;
    char *scan;
    bool encoding_declared;     /* a coding line or BOM: CPython converts
                                   parser-reported byte offsets to characters */
    bool bom;                   /* the file started with one (now removed) */

    /* The token (or error position) the last action produced, in `src`. */
    const char *tok_start;
    size_t tok_len;

    /* Bracket stack: what the errors about brackets need. */
    int level;
    struct {
        char ch;
        int lineno, col;
        const char *line_start;
    } parens[LX_MAX_LEVEL];

    /* Indentation stack in columns (tabs to multiples of 8) and alternate
     * columns (tabs count 1): they must agree, or it is a TabError. */
    int indent;
    int indents[LX_MAX_INDENT + 1], altindents[LX_MAX_INDENT + 1];
    int pending;                /* > 0: INDENTs to emit, < 0: DEDENTs */
    const char *layout_line;    /* start of the line the layout tokens are on */
    const char *layout_at;      /* where its first token starts */

    /* The last line continuation (backslash-newline) consumed, if the next
     * thing is the end of input that is an error. */
    const char *last_continuation;
    /* Where CPython's line buffer starts: the last line it read between
     * tokens.  Lines read inside a string or after a backslash-newline
     * extend the buffer, and one error counts its column from here. */
    const char *buffer_start;
    bool line_start;            /* nothing but blanks since the last newline */

    /* Line bookkeeping for positions: the line that `track` is on. */
    const char *track, *track_line_start;
    int track_lineno;

    TokError err;
} Lexer;

/* Actions (lexer.l) call these; each returns a code for yylex to return, or
 * 0 for "nothing to return, keep scanning".  Pointers are into flex's copy
 * (`scan`) and are translated to `src` inside. */
int lx_indentation(Lexer *lx, const char *text, size_t len);
int lx_newline(Lexer *lx, const char *text);
int lx_continuation(Lexer *lx, const char *text);
int lx_bad_continuation(Lexer *lx, const char *text);
int lx_name(Lexer *lx, const char *text, size_t len);
/* Scans the number starting at text; *len is set to its length (never more
 * than the generous match flex made). */
int lx_number(Lexer *lx, const char *text, size_t *len);
int lx_string(Lexer *lx, const char *text, size_t len);
int lx_unterminated_string(Lexer *lx, const char *text, size_t len, bool triple);
int lx_operator(Lexer *lx, TokKind kind, const char *text, size_t len);
int lx_open_bracket(Lexer *lx, TokKind kind, const char *text);
int lx_close_bracket(Lexer *lx, TokKind kind, const char *text);
int lx_bad_char(Lexer *lx, const char *text);
int lx_end_of_input(Lexer *lx);

/* Puts a fresh scanner (a yyscan_t) at the start of a logical line. */
void lx_begin_source(void *scanner);

#endif
