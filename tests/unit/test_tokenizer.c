/* tests/unit/test_tokenizer.c: the parts of the tokenizer's C interface
 * (compiler/tokenizer.h, compiler/strings.h) that `pyc --tokens` does not
 * show: token kinds for keywords, sticky errors, tokenizer_line, the
 * NFKC identifier, literal flags and body positions, f-string expression
 * positions and the partial result of a failed fstr_split.  Token streams,
 * values and error texts are checked against python3.11 by
 * tests/frontend/check_tokens.py and check_strings.py, not here.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "strings.h"
#include "tokenizer.h"

typedef struct {
    Arena arena;
    Tokenizer *t;
    TokError err;
} Fixture;

static Tokenizer *open_source(Fixture *f, const char *src)
{
    arena_init(&f->arena);
    f->t = tokenizer_new(&f->arena, src, strlen(src), &f->err);
    return f->t;
}

static void close_source(Fixture *f)
{
    tokenizer_free(f->t);
    arena_free(&f->arena);
}

static Token next(Fixture *f)
{
    Token tok;
    ck_assert_msg(tokenizer_next(f->t, &tok, &f->err), "unexpected error: %s", f->err.msg);
    return tok;
}

static bool text_is(const char *s, size_t len, const char *want)
{
    return len == strlen(want) && memcmp(s, want, len) == 0;
}

START_TEST(test_kinds_and_layout)
{
    Fixture f;
    ck_assert_ptr_nonnull(open_source(&f, "if x <> y:\n    match = case\n"));
    TokKind want[] = { T_IF, T_NAME, T_NOTEQUAL, T_NAME, T_COLON, T_NEWLINE, T_INDENT, T_NAME,
                       T_EQUAL, T_NAME, T_NEWLINE, T_DEDENT, T_ENDMARKER, T_ENDMARKER };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        Token tok = next(&f);
        ck_assert_msg(tok.kind == want[i], "token %zu: %s, expected %s", i, tok_names[tok.kind],
                      tok_names[want[i]]);
        if (tok.kind == T_NOTEQUAL)
            ck_assert(text_is(tok.start, tok.len, "<>"));
        if (tok.kind == T_INDENT) {
            ck_assert_int_eq(tok.lineno, 2);
            ck_assert_int_eq(tok.col_offset, 0);
            ck_assert_int_eq(tok.end_col_offset, 4);
        }
        if (tok.kind == T_ENDMARKER)
            ck_assert_int_eq(tok.lineno, 3);
    }
    ck_assert_str_eq(tok_names[T_IF], "'if'");
    ck_assert_str_eq(tok_names[T_NAME], "NAME");
    close_source(&f);
}
END_TEST

START_TEST(test_errors_are_sticky)
{
    Fixture f;
    ck_assert_ptr_nonnull(open_source(&f, "x = 0x\n"));
    next(&f);
    next(&f);
    Token tok;
    ck_assert(!tokenizer_next(f.t, &tok, &f.err));
    ck_assert_str_eq(f.err.msg, "invalid hexadecimal literal");
    ck_assert_int_eq(f.err.lineno, 1);
    ck_assert_int_eq(f.err.offset, 6);
    ck_assert(f.err.after_parser_error == TOKERR_REPLACES);
    TokError again;
    ck_assert(!tokenizer_next(f.t, &tok, &again));
    ck_assert_str_eq(again.msg, f.err.msg);
    close_source(&f);
}
END_TEST

START_TEST(test_decoding_errors)
{
    Fixture f;
    ck_assert_ptr_null(open_source(&f, "# coding: klingon\nx = 1\n"));
    ck_assert_str_eq(f.err.msg, "unknown encoding: klingon");
    ck_assert_int_eq(f.err.lineno, 0);
    arena_free(&f.arena);

    arena_init(&f.arena);
    f.t = tokenizer_new(&f.arena, "x = 1\0\n", 7, &f.err);
    ck_assert_ptr_null(f.t);
    ck_assert_str_eq(f.err.type, "ValueError");
    ck_assert_str_eq(f.err.msg, "source code string cannot contain null bytes");
    arena_free(&f.arena);
}
END_TEST

START_TEST(test_lines)
{
    Fixture f;
    ck_assert_ptr_nonnull(open_source(&f, "a = 1\r\nb = 2\rc"));
    size_t len;
    const char *line = tokenizer_line(f.t, 2, &len);
    ck_assert(text_is(line, len, "b = 2"));
    line = tokenizer_line(f.t, 3, &len);
    ck_assert(text_is(line, len, "c"));
    ck_assert_ptr_null(tokenizer_line(f.t, 4, &len));
    ck_assert_ptr_null(tokenizer_line(f.t, 0, &len));
    close_source(&f);
}
END_TEST

START_TEST(test_identifiers)
{
    Fixture f;
    ck_assert_ptr_nonnull(open_source(&f, "abc \xef\xac\x81le \xef\xbd\x89\xef\xbd\x86\n"));
    Token tok = next(&f);
    size_t len;
    ck_assert_ptr_eq(tokenizer_identifier(&f.arena, &tok, &len), tok.start);
    tok = next(&f); /* U+FB01 LATIN SMALL LIGATURE FI + "le" */
    const char *name = tokenizer_identifier(&f.arena, &tok, &len);
    ck_assert(text_is(name, len, "file"));
    tok = next(&f); /* fullwidth "if": a NAME, normalised to "if" */
    ck_assert_int_eq(tok.kind, T_NAME);
    name = tokenizer_identifier(&f.arena, &tok, &len);
    ck_assert(text_is(name, len, "if"));
    close_source(&f);
}
END_TEST

START_TEST(test_literal_fields)
{
    Fixture f;
    ck_assert_ptr_nonnull(open_source(&f, "x = (u'a\\n', Rb'''\\x''', 'plain')\n"));
    next(&f);
    next(&f);
    next(&f);
    Token tok = next(&f);
    StrLiteral lit;
    ck_assert(str_decode(&f.arena, &tok, &lit, &f.err));
    ck_assert(lit.has_u_prefix && !lit.is_raw && !lit.is_bytes && !lit.is_fstring);
    ck_assert(text_is(lit.value, lit.len, "a\n"));
    ck_assert(text_is(lit.body, lit.body_len, "a\\n"));
    ck_assert_int_eq(lit.body_lineno, 1);
    ck_assert_int_eq(lit.body_col, 7);
    next(&f);
    tok = next(&f);
    ck_assert(str_decode(&f.arena, &tok, &lit, &f.err));
    ck_assert(lit.is_raw && lit.is_bytes && !lit.has_u_prefix);
    ck_assert(text_is(lit.value, lit.len, "\\x"));
    ck_assert_int_eq(lit.body_col, 18);
    next(&f);
    tok = next(&f);
    ck_assert(str_decode(&f.arena, &tok, &lit, &f.err));
    ck_assert_ptr_eq(lit.value, tok.start + 1); /* nothing to decode: no copy */
    close_source(&f);
}
END_TEST

static void fstring(Fixture *f, const char *src, StrLiteral *lit, Token *tok)
{
    ck_assert_ptr_nonnull(open_source(f, src));
    *tok = next(f);
    ck_assert_int_eq(tok->kind, T_STRING);
    ck_assert(str_decode(&f->arena, tok, lit, &f->err));
    ck_assert(lit->is_fstring);
}

START_TEST(test_fstring_fields)
{
    Fixture f;
    StrLiteral lit;
    Token tok;
    fstring(&f, "f'''a{x!r:>{w}}\n  { y = }{{'''\n", &lit, &tok);
    FStrPart *parts;
    size_t n;
    ck_assert(fstr_split(&f.arena, &lit, &parts, &n, &f.err));
    ck_assert_int_eq(n, 5);
    ck_assert(!parts[0].is_field && text_is(parts[0].text, parts[0].text_len, "a"));
    ck_assert(parts[1].is_field && text_is(parts[1].expr, parts[1].expr_len, "x"));
    ck_assert_int_eq(parts[1].conversion, 'r');
    ck_assert_int_eq(parts[1].expr_lineno, 1);
    ck_assert_int_eq(parts[1].expr_col, 6);
    ck_assert_ptr_eq(parts[1].expr, tok.start + 6);
    ck_assert(parts[1].has_spec);
    ck_assert_int_eq(parts[1].nspec, 2);
    ck_assert(text_is(parts[1].spec[0].text, parts[1].spec[0].text_len, ">"));
    ck_assert(parts[1].spec[1].is_field && text_is(parts[1].spec[1].expr, parts[1].spec[1].expr_len, "w"));
    ck_assert(text_is(parts[2].text, parts[2].text_len, "\n  "));
    ck_assert(text_is(parts[3].expr, parts[3].expr_len, " y "));
    ck_assert(text_is(parts[3].debug, parts[3].debug_len, " y = "));
    ck_assert_int_eq(parts[3].conversion, 'r'); /* implied by '=' */
    ck_assert_int_eq(parts[3].expr_lineno, 2);
    ck_assert_int_eq(parts[3].expr_col, 3);
    ck_assert(!parts[3].has_spec);
    ck_assert(!parts[4].is_field && text_is(parts[4].text, parts[4].text_len, "{"));
    close_source(&f);
}
END_TEST

START_TEST(test_fstring_partial_result)
{
    Fixture f;
    StrLiteral lit;
    Token tok;
    fstring(&f, "f'{a}{b c!x}{d}'\n", &lit, &tok);
    FStrPart *parts;
    size_t n;
    ck_assert(!fstr_split(&f.arena, &lit, &parts, &n, &f.err));
    ck_assert_str_eq(f.err.msg, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    /* {b c} was delimited before the conversion failed: CPython compiles
     * it first, so its syntax error is the one reported. */
    ck_assert_int_eq(n, 2);
    ck_assert(text_is(parts[1].expr, parts[1].expr_len, "b c"));
    close_source(&f);
}
END_TEST

START_TEST(test_utf8)
{
    size_t start, end;
    const char *reason;
    ck_assert(utf8_validate("a\xc3\xa9\xf0\x9f\x98\x80", 7, &start, &end, &reason));
    ck_assert(!utf8_validate("ab\xed\xa0\x80", 5, &start, &end, &reason));
    ck_assert_int_eq(start, 2);
    ck_assert_int_eq(end, 3);
    ck_assert_str_eq(reason, "invalid continuation byte");
    ck_assert(!utf8_validate("a\xf0\x9f\x98", 4, &start, &end, &reason));
    ck_assert_int_eq(end, 4);
    ck_assert_str_eq(reason, "unexpected end of data");
    char msg[200];
    format_decode_error(msg, sizeof msg, "utf-8", "a\xf0\x9f\x98", 1, 4, "unexpected end of data");
    ck_assert_str_eq(msg, "'utf-8' codec can't decode bytes in position 1-3: unexpected end of data");
    const char *p = "\xed\xa0\x80";
    ck_assert_uint_eq(utf8_next(&p), 0xD800);
}
END_TEST

static Suite *tokenizer_suite(void)
{
    Suite *s = suite_create("tokenizer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_kinds_and_layout);
    tcase_add_test(tc, test_errors_are_sticky);
    tcase_add_test(tc, test_decoding_errors);
    tcase_add_test(tc, test_lines);
    tcase_add_test(tc, test_identifiers);
    tcase_add_test(tc, test_literal_fields);
    tcase_add_test(tc, test_fstring_fields);
    tcase_add_test(tc, test_fstring_partial_result);
    tcase_add_test(tc, test_utf8);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(tokenizer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
