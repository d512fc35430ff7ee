/* compiler/parser.y: the Python 3.11 grammar (bison).
 *
 * Foundation stage: a token-stream skeleton so the generated parser is part of
 * pyc (and provably absent from pvm).  The complete grammar, AST building and
 * CPython-grade SyntaxErrors arrive with the front-end issue.
 */
%define api.pure full
%define api.prefix {pyk_yy}
%define parse.error verbose
%param {void *scanner}
%parse-param {long *ntokens}

%code requires {
#include <stddef.h>
}
%code {
int pyk_yylex(PYK_YYSTYPE *lval, void *scanner);
static void pyk_yyerror(void *scanner, long *ntokens, const char *msg);
}

%token TOK_NEWLINE TOK_NAME TOK_NUMBER TOK_OP

%%
file_input
    : %empty
    | file_input token      { (*ntokens)++; }
    ;
token
    : TOK_NEWLINE | TOK_NAME | TOK_NUMBER | TOK_OP
    ;
%%

static void pyk_yyerror(void *scanner, long *ntokens, const char *msg)
{
    (void)scanner;
    (void)ntokens;
    (void)msg;
}
