/* compiler/frontend.h: entry points of the front end used by main.c.
 * Each returns a process exit status (0 ok, 1 syntax error reported on
 * stderr in CPython's format, 2 usage/I/O error).
 */
#ifndef PYC_FRONTEND_H
#define PYC_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* `pyc --tokens FILE.py`: one line per token (tokenizer.c). */
int fe_dump_tokens(const char *path, FILE *out);

/* `pyc --dump-ast [--positions] FILE.py`: exactly ast.dump(ast.parse(src))
 * (include_attributes=True with positions) plus a newline (parse.c). */
int fe_dump_ast(const char *path, bool positions, FILE *out);

/* The same on LEN bytes at DATA already in memory (PATH only names the file
 * in messages): appends the dump to OUT and returns 0, or returns 1 after
 * printing the SyntaxError to ERRF (nothing if ERRF is NULL).  Used by
 * fe_dump_ast and the parser fuzzer (tests/fuzz/fuzz_parse.c). */
struct ByteBuf;
int fe_dump_ast_mem(const char *path, const char *data, size_t len, bool positions,
                    struct ByteBuf *out, FILE *errf);

/* `pyc FILE.py` until code generation lands: parse, report the first
 * SyntaxError as CPython does (parse.c). */
int fe_check_syntax(const char *path);

/* For the passes after parsing: the AST (ast.h) of FILE.py, allocated in
 * `arena` (nothing in it points into the source), or NULL after reporting
 * the error as fe_check_syntax does; *status as above (parse.c). */
struct Arena;
struct mod_s;
struct mod_s *fe_parse_file(struct Arena *arena, const char *path, int *status);

/* The same on LEN bytes at DATA already in memory; PATH names the file in
 * the report, which goes to ERRF (nothing if NULL) (parse.c). */
struct mod_s *fe_parse_mem(struct Arena *arena, const char *path, const char *data, size_t len,
                           FILE *errf, int *status);

#endif
