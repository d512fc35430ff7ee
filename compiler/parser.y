/* compiler/parser.y: placeholder skeleton until the grammar lands. */
%define api.pure full
%define api.prefix {pyk_yy}
%param {void *scanner}
%code {
int pyk_yylex(void *lval, void *scanner);
static void pyk_yyerror(void *scanner, const char *msg) { (void)scanner; (void)msg; }
}
%token TOK_ANY
%%
file_input: %empty | file_input TOK_ANY ;
%%
