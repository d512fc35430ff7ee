/* compiler/parser.y: the grammar of Python 3.11 for bison (GLR), building the
 * AST of ast.h.  The rules are the grammar; actions only build nodes, with
 * validation, string/number values and error messages in parse.c (p_*).
 * Expressions are parsed first and checked as targets afterwards, as CPython
 * does.  Not for tokenizing (tokenizer.h) or for reporting errors (parse.c).
 *
 * It is LALR(1) (6 S/R and 2 R/R conflicts, all of them these) except for
 * two spots that bison's GLR mode resolves:
 *  - `with (a, b):` is both a parenthesised list of with-items and a tuple;
 *    %dprec prefers the items as CPython's PEG grammar does;
 *  - the soft keyword `match` (token SOFT_MATCH) starts a match statement or
 *    is a name: both parses run until one fails (at the latest at the ':').
 */
%glr-parser
%define api.pure
%define api.prefix {pyp_}
%define api.location.type {Loc}
%define api.token.prefix {TK_}
%locations
%define parse.error custom
%code top {
#define YYMAXDEPTH 200000 /* deep but valid nesting must not run out */
}
%param {Parser *p}
%expect 6
%expect-rr 2

%code requires {
#include "ast.h"
#include "tokenizer.h"

/* The interface between the grammar and parse.c. */
typedef struct Loc {
    int first_line, first_column, last_line, last_column;
} Loc;

/* A SyntaxError as CPython's exception carries it: 1-based offsets in
 * CPython's units (bytes, or characters when the source declares an
 * encoding), -1 or 0 for none. */
typedef struct SynErr {
    bool set;
    bool from_tokenizer;     /* final: later tokenizer errors do not replace it */
    const char *type;        /* "SyntaxError", "IndentationError", "TabError" */
    char msg[320];
    int lineno, offset, end_lineno, end_offset;
    const char *text;        /* the line shown; NULL: line `lineno` of the file */
    size_t text_len;
} SynErr;

/* file input, an f-string field, or a probe of recorded tokens (parse.c's
 * error diagnosis asks "do tokens i..j form an expression?") */
enum { MODE_FILE, MODE_FSTRING, MODE_PROBE };

typedef struct Parser Parser;
struct Parser {
    Arena *arena;
    Tokenizer *tok;
    int mode;
    int start_token;          /* MODE_PROBE: which start symbol */
    bool started;
    bool at_end;              /* ENDMARKER was handed out */
    Token last;               /* the last token read (the lookahead on errors) */
    int prev_line, prev_col;  /* end of the last token that is not NEWLINE/INDENT/DEDENT */
    /* f-string fields: positions of the "(field)" text map into the file */
    int line_base, col_base;
    const char *sub_src;      /* the "(field)" text */
    size_t sub_len;
    Parser *parent;
    mod_ty mod;
    expr_ty fexpr;            /* result of MODE_FSTRING and MODE_PROBE */
    SynErr *err;
    bool encoding_declared;   /* offsets in characters rather than bytes */
    bool has_bom;             /* the file starts with a UTF-8 BOM */
    /* every token handed out (file mode), for error diagnosis */
    Token *toks;
    int ntoks, captoks;
    bool tok_failed;          /* the tokenizer reported an error while recording */
    TokError tok_err;
    /* MODE_PROBE reads tokens from here */
    const Token *replay;
    int nreplay, ireplay;
    int err_index;            /* index of the lookahead when bison reported an error */
    bool stack_exhausted;     /* bison passed YYMAXDEPTH (pyp_error) */
    int furthest;             /* furthest token CPython's error rules would read */
    bool expect_except_finally; /* ... and only 'except' or 'finally' could follow */
};

/* The text of a NAME, NUMBER or STRING token (in the source buffer). */
typedef struct TokVal {
    const char *s;
    int len;
} TokVal;

/* One item of a parameter list before it is sorted into `arguments`. */
typedef enum { PARAM_PLAIN, PARAM_STAR, PARAM_DSTAR, PARAM_SLASH } ParamKind;
typedef struct ParamItem {
    ParamKind kind;
    arg_ty arg;         /* NULL for a bare '*' and '/' */
    expr_ty dflt;       /* default value or NULL */
    Loc loc;            /* the whole item including its default */
} ParamItem;

/* One item of a call's argument list before it is sorted. */
typedef enum { CARG_POS, CARG_STAR, CARG_KW, CARG_DSTAR, CARG_GENEXP, CARG_COMMA } CallArgKind;
typedef struct CallArg {
    CallArgKind kind;
    expr_ty value;      /* positional value, Starred, or keyword value */
    keyword_ty kw;      /* CARG_KW, CARG_DSTAR */
    Loc loc;
} CallArg;

/* One STRING token of an implicitly concatenated string. */
typedef struct StrTok {
    TokVal text;
    Loc loc;
} StrTok;

/* A class pattern argument: positional (name NULL) or keyword. */
typedef struct PatArg {
    identifier_ty name;
    pattern_ty pat;
    Loc loc;
} PatArg;

/* An except clause before the try statement decides Try or TryStar. */
typedef struct Handler {
    excepthandler_ty h;
    bool star;
    Loc loc;
} Handler;

/* A dict display item (key NULL for **value) or a mapping pattern item. */
typedef struct MapItem {
    expr_ty key;
    expr_ty value;
    pattern_ty pat;
    Loc loc;
} MapItem;
}

%code {
#include <stdint.h>
}

%code provides {
int pyp_lex(PYP_STYPE *lval, Loc *lloc, Parser *p);
void pyp_error(Loc *lloc, Parser *p, const char *msg);

#define POS(l) (l).first_line, (l).first_column, (l).last_line, (l).last_column

/* parse.c: values */
identifier_ty p_ident(Parser *p, TokVal t);
expr_ty p_name(Parser *p, TokVal t, Loc l);
expr_ty p_number(Parser *p, TokVal t, Loc l);
expr_ty p_const(Parser *p, ObjKind k, Loc l);
expr_ty p_strings(Parser *p, AstList *toks, Loc l);
identifier_ty p_dotted(Parser *p, identifier_ty a, identifier_ty b);
/* parse.c: building and checking */
expr_ty p_seq_or_tuple(Parser *p, AstList *items, bool comma, Loc l);
expr_ty p_group(Parser *p, expr_ty e, Loc l);
expr_ty p_starred(Parser *p, expr_ty e, Loc l);
expr_ty p_named(Parser *p, expr_ty target, expr_ty value, Loc l);
expr_ty p_boolop(Parser *p, boolop_ty op, AstList *values, Loc l);
expr_ty p_compare(Parser *p, expr_ty left, AstList *pairs, Loc l);
expr_ty p_call(Parser *p, expr_ty func, AstList *args, Loc l);
keyword_ty p_keyword(Parser *p, expr_ty name, expr_ty value, Loc l, Loc eq);
arguments_ty p_arguments(Parser *p, AstList *params, bool lambda);
ParamItem *p_param(Parser *p, ParamKind kind, arg_ty a, expr_ty dflt, Loc l);
CallArg *p_carg(Parser *p, CallArgKind kind, expr_ty value, keyword_ty kw, Loc l);
expr_ty p_slice(Parser *p, expr_ty lower, expr_ty upper, expr_ty step, Loc l);
expr_ty p_subscript(Parser *p, expr_ty value, AstList *items, bool comma, Loc il, Loc l);
expr_ty p_dict(Parser *p, AstList *items, Loc l);
MapItem *p_mapitem(Parser *p, expr_ty key, expr_ty value, Loc l);
comprehension_ty p_comp(Parser *p, expr_ty target, expr_ty iter, AstList *ifs, int is_async);
expr_ty p_comp_expr(Parser *p, expr_kind kind, expr_ty elt, expr_ty value, AstList *gens, Loc l);
bool p_target(Parser *p, expr_ty e, expr_context_ty ctx);
stmt_ty p_expr_stmt(Parser *p, expr_ty e, Loc l);
stmt_ty p_assign(Parser *p, AstList *targets, expr_ty value, Loc l);
stmt_ty p_augassign(Parser *p, expr_ty target, operator_ty op, expr_ty value, Loc l);
stmt_ty p_annassign(Parser *p, expr_ty target, expr_ty ann, expr_ty value, Loc l);
stmt_ty p_delete(Parser *p, AstList *targets, Loc l);
stmt_ty p_funcdef(Parser *p, bool is_async, TokVal name, arguments_ty args, expr_ty returns,
                  AstList *body, Loc l);
stmt_ty p_classdef(Parser *p, TokVal name, AstList *args, AstList *body, Loc l);
stmt_ty p_decorated(Parser *p, AstList *decorators, stmt_ty def);
stmt_ty p_import_from(Parser *p, int level, identifier_ty module, AstList *names, Loc l);
alias_ty p_alias_star(Parser *p, Loc l);
stmt_ty p_try(Parser *p, AstList *body, AstList *handlers, AstList *orelse, AstList *finalbody,
              Loc l);
Handler *p_handler(Parser *p, bool star, expr_ty type, const TokVal *name, AstList *body, Loc l);
stmt_ty p_with(Parser *p, bool is_async, AstList *items, AstList *body, Loc l);
withitem_ty p_withitem(Parser *p, expr_ty e, expr_ty target);
stmt_ty p_match(Parser *p, expr_ty subject, AstList *cases, Loc l);
match_case_ty p_case(Parser *p, pattern_ty pat, expr_ty guard, AstList *body);
pattern_ty p_pat_seq_or_item(Parser *p, AstList *items, bool comma, Loc l);
pattern_ty p_pat_seq(Parser *p, AstList *items, Loc l);
expr_ty p_complex(Parser *p, expr_ty real, operator_ty op, expr_ty imag, Loc l);
pattern_ty p_pat_capture(Parser *p, TokVal name, Loc l);
pattern_ty p_pat_as(Parser *p, pattern_ty pat, TokVal name, Loc l);
pattern_ty p_pat_or(Parser *p, AstList *alts, Loc l);
pattern_ty p_pat_star(Parser *p, const TokVal *name, Loc l);
pattern_ty p_pat_mapping(Parser *p, AstList *items, const TokVal *rest, Loc l);
pattern_ty p_pat_class(Parser *p, expr_ty cls, AstList *args, Loc l);
PatArg *p_patarg(Parser *p, const TokVal *name, pattern_ty pat, Loc l);
expr_ty p_neg_number(Parser *p, expr_ty num, Loc l);
mod_ty p_module(Parser *p, AstList *body);
void p_fstring_result(Parser *p, expr_ty e);
}

%union {
    TokVal tok;
    expr_ty expr;
    stmt_ty stmt;
    pattern_ty pat;
    AstList *list;
    arguments_ty args;
    arg_ty arg;
    keyword_ty kw;
    alias_ty alias;
    withitem_ty witem;
    comprehension_ty comp;
    match_case_ty mcase;
    identifier_ty id;
    ParamItem *param;
    CallArg *carg;
    StrTok *str;
    PatArg *patarg;
    Handler *handler;
    MapItem *mapitem;
    int num;
}

/* Token classes and the parser-only tokens: the soft keywords (NAME tokens
 * the lexer function tells apart) and the start tokens selecting the mode. */
%token <tok> NAME NUMBER STRING SOFT_MATCH SOFT_CASE SOFT_UNDERSCORE
%token ENDMARKER NEWLINE INDENT DEDENT TYPE_COMMENT
%token START_FILE START_FSTRING
%token START_PROBE_EXPRESSION START_PROBE_DISJUNCTION START_PROBE_BITWISE_OR
%token START_PROBE_STAR_EXPRESSIONS START_PROBE_STAR_TARGETS START_PROBE_NAMED

%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}"
%token COLON ":" COMMA "," SEMI ";" PLUS "+" MINUS "-" STAR "*" SLASH "/"
%token VBAR "|" AMPER "&" LESS "<" GREATER ">" EQUAL "=" DOT "." PERCENT "%"
%token EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<=" GREATEREQUAL ">=" TILDE "~"
%token CIRCUMFLEX "^" LEFTSHIFT "<<" RIGHTSHIFT ">>" DOUBLESTAR "**"
%token PLUSEQUAL "+=" MINEQUAL "-=" STAREQUAL "*=" SLASHEQUAL "/=" PERCENTEQUAL "%="
%token AMPEREQUAL "&=" VBAREQUAL "|=" CIRCUMFLEXEQUAL "^=" LEFTSHIFTEQUAL "<<="
%token RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**=" DOUBLESLASH "//" DOUBLESLASHEQUAL "//="
%token AT "@" ATEQUAL "@=" RARROW "->" ELLIPSIS "..." COLONEQUAL ":="

%token FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert"
%token ASYNC "async" AWAIT "await" BREAK "break" CLASS "class" CONTINUE "continue"
%token DEF "def" DEL "del" ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally"
%token FOR "for" FROM "from" GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is"
%token LAMBDA "lambda" NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass" RAISE "raise"
%token RETURN "return" TRY "try" WHILE "while" WITH "with" YIELD "yield"

%type <list> statements statement simple_stmts simple_stmt_list block
%type <stmt> simple_stmt compound_stmt expr_stmt assign_stmt import_stmt import_from
%type <stmt> if_stmt elif_stmt while_stmt for_stmt with_stmt try_stmt funcdef funcdef_raw
%type <stmt> classdef classdef_raw match_stmt return_stmt raise_stmt global_stmt nonlocal_stmt
%type <stmt> del_stmt assert_stmt
%type <list> else_block finally_block assign_targets decorators handlers
%type <handler> handler
%type <list> names dotted_as_names import_as_names import_targets with_items with_head
%type <alias> dotted_as_name import_as_name
%type <id> dotted_name
%type <num> dots augassign comp_op
%type <witem> with_item
%type <expr> star_expressions star_expression star_named_expression named_expression
%type <expr> expression disjunction conjunction inversion comparison bitwise_or bitwise_xor
%type <expr> bitwise_and shift_expr sum term factor power await_primary primary atom
%type <expr> yield_expr annotated_rhs lambdef slice slice_item opt_expr returns_opt
%type <expr> star_targets star_target target_item subject strings_atom name_expr
%type <list> se_list sne_list sne_list_comma star_target_list del_list
%type <list> or_list and_list comp_ops comp_ifs for_if_clauses dict_items
%type <list> slice_list arguments arg_list params param_list lambda_params lambda_param_list
%type <list> strings
%type <carg> arg
%type <param> param lambda_param
%type <args> params_opt lambda_params_opt
%type <comp> for_if_clause
%type <mapitem> dict_item
%type <tok> name pname
%type <expr> name_or_attr attr pattern_name_or_attr pattern_attr signed_number complex_number literal_expr key_expr
%type <pat> patterns pattern as_pattern or_pattern closed_pattern maybe_star_pattern
%type <pat> star_pattern mapping_pattern class_pattern literal_pattern
%type <list> pattern_list pattern_list_comma or_alts case_blocks class_args map_items
%type <patarg> class_arg
%type <mapitem> map_item
%type <mcase> case_block
%type <expr> guard_opt

%%

start
    : START_FILE file
    | START_FSTRING fstring_input
    | START_PROBE_EXPRESSION expression ENDMARKER              { p->fexpr = $2; }
    | START_PROBE_DISJUNCTION disjunction ENDMARKER            { p->fexpr = $2; }
    | START_PROBE_BITWISE_OR bitwise_or ENDMARKER              { p->fexpr = $2; }
    | START_PROBE_STAR_EXPRESSIONS star_expressions ENDMARKER  { p->fexpr = $2; }
    | START_PROBE_STAR_TARGETS star_targets ENDMARKER          { p->fexpr = $2; }
    | START_PROBE_NAMED named_expression ENDMARKER             { p->fexpr = $2; }
    ;

file
    : statements ENDMARKER  { p_module(p, $1); }
    | ENDMARKER             { p_module(p, NULL); }
    ;

/* An f-string replacement field is parsed as "(" field ")" like 3.11 does. */
fstring_input
    : star_expressions newlines ENDMARKER  { p_fstring_result(p, $1); }
    ;

newlines
    : %empty
    | newlines NEWLINE
    ;

/* ---------------------------------------------------------------- statements */

statements
    : statement             { $$ = $1; }
    | statements statement  { $$ = $1; for (int i = 0; i < $2->n; i++) ast_list_append(p->arena, $$, $2->items[i]); }
    ;

statement
    : compound_stmt  { $$ = ast_list1(p->arena, $1); }
    | simple_stmts   { $$ = $1; }
    ;

simple_stmts
    : simple_stmt_list NEWLINE      { $$ = $1; }
    | simple_stmt_list ";" NEWLINE  { $$ = $1; }
    ;

simple_stmt_list
    : simple_stmt                       { $$ = ast_list1(p->arena, $1); }
    | simple_stmt_list ";" simple_stmt  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

simple_stmt
    : expr_stmt
    | assign_stmt
    | return_stmt
    | import_stmt
    | raise_stmt
    | "pass"       { $$ = ast_Pass(p->arena, POS(@$)); }
    | del_stmt
    | assert_stmt
    | "break"      { $$ = ast_Break(p->arena, POS(@$)); }
    | "continue"   { $$ = ast_Continue(p->arena, POS(@$)); }
    | global_stmt
    | nonlocal_stmt
    ;

compound_stmt
    : funcdef
    | if_stmt
    | classdef
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | match_stmt
    ;

/* ----------------------------------------------------------- simple statements */

expr_stmt
    : star_expressions  { if (!($$ = p_expr_stmt(p, $1, @$))) YYABORT; }
    | yield_expr        { $$ = ast_Expr(p->arena, $1, POS(@$)); }
    | star_expressions ":" expression
        { if (!($$ = p_annassign(p, $1, $3, NULL, @$))) YYABORT; }
    | star_expressions ":" expression "=" annotated_rhs
        { if (!($$ = p_annassign(p, $1, $3, $5, @$))) YYABORT; }
    | star_expressions augassign annotated_rhs
        { if (!($$ = p_augassign(p, $1, $2, $3, @$))) YYABORT; }
    ;

assign_stmt
    : assign_targets annotated_rhs  { if (!($$ = p_assign(p, $1, $2, @$))) YYABORT; }
    ;

assign_targets
    : star_expressions "="                 { $$ = ast_list1(p->arena, $1); }
    | assign_targets star_expressions "="  { $$ = ast_list_append(p->arena, $1, $2); }
    ;

annotated_rhs
    : yield_expr
    | star_expressions
    ;

augassign
    : "+="   { $$ = Add; }
    | "-="   { $$ = Sub; }
    | "*="   { $$ = Mult; }
    | "@="   { $$ = MatMult; }
    | "/="   { $$ = Div; }
    | "%="   { $$ = Mod; }
    | "&="   { $$ = BitAnd; }
    | "|="   { $$ = BitOr; }
    | "^="   { $$ = BitXor; }
    | "<<="  { $$ = LShift; }
    | ">>="  { $$ = RShift; }
    | "**="  { $$ = Pow; }
    | "//="  { $$ = FloorDiv; }
    ;

return_stmt
    : "return"                   { $$ = ast_Return(p->arena, NULL, POS(@$)); }
    | "return" star_expressions  { $$ = ast_Return(p->arena, $2, POS(@$)); }
    ;

raise_stmt
    : "raise"                                { $$ = ast_Raise(p->arena, NULL, NULL, POS(@$)); }
    | "raise" expression                     { $$ = ast_Raise(p->arena, $2, NULL, POS(@$)); }
    | "raise" expression "from" expression   { $$ = ast_Raise(p->arena, $2, $4, POS(@$)); }
    ;

global_stmt
    : "global" names    { $$ = ast_Global(p->arena, asdl_identifier_seq_from_list(p->arena, $2), POS(@$)); }
    ;

nonlocal_stmt
    : "nonlocal" names  { $$ = ast_Nonlocal(p->arena, asdl_identifier_seq_from_list(p->arena, $2), POS(@$)); }
    ;

names
    : name            { $$ = ast_list1(p->arena, p_ident(p, $1)); }
    | names "," name  { $$ = ast_list_append(p->arena, $1, p_ident(p, $3)); }
    ;

/* del takes full expressions so that the error names what cannot be deleted. */
del_stmt
    : "del" del_list      { if (!($$ = p_delete(p, $2, @$))) YYABORT; }
    | "del" del_list ","  { if (!($$ = p_delete(p, $2, @$))) YYABORT; }
    ;

del_list
    : star_expression               { $$ = ast_list1(p->arena, $1); }
    | del_list "," star_expression  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

assert_stmt
    : "assert" expression                 { $$ = ast_Assert(p->arena, $2, NULL, POS(@$)); }
    | "assert" expression "," expression  { $$ = ast_Assert(p->arena, $2, $4, POS(@$)); }
    ;

import_stmt
    : "import" dotted_as_names  { $$ = ast_Import(p->arena, asdl_alias_seq_from_list(p->arena, $2), POS(@$)); }
    | import_from
    ;

import_from
    : "from" dotted_name "import" import_targets       { if (!($$ = p_import_from(p, 0, $2, $4, @$))) YYABORT; }
    | "from" dots dotted_name "import" import_targets  { if (!($$ = p_import_from(p, $2, $3, $5, @$))) YYABORT; }
    | "from" dots "import" import_targets              { if (!($$ = p_import_from(p, $2, NULL, $4, @$))) YYABORT; }
    ;

/* '...' is one token, worth three dots. */
dots
    : "."         { $$ = 1; }
    | "..."       { $$ = 3; }
    | dots "."    { $$ = $1 + 1; }
    | dots "..."  { $$ = $1 + 3; }
    ;

import_targets
    : "(" import_as_names ")"      { $$ = $2; }
    | "(" import_as_names "," ")"  { $$ = $2; }
    | import_as_names
    | "*"                          { $$ = ast_list1(p->arena, p_alias_star(p, @1)); }
    ;

import_as_names
    : import_as_name                      { $$ = ast_list1(p->arena, $1); }
    | import_as_names "," import_as_name  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

import_as_name
    : name            { $$ = ast_alias(p->arena, p_ident(p, $1), NULL, POS(@$)); }
    | name "as" name  { $$ = ast_alias(p->arena, p_ident(p, $1), p_ident(p, $3), POS(@$)); }
    ;

dotted_as_names
    : dotted_as_name                      { $$ = ast_list1(p->arena, $1); }
    | dotted_as_names "," dotted_as_name  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

dotted_as_name
    : dotted_name            { $$ = ast_alias(p->arena, $1, NULL, POS(@$)); }
    | dotted_name "as" name  { $$ = ast_alias(p->arena, $1, p_ident(p, $3), POS(@$)); }
    ;

dotted_name
    : name                  { $$ = p_ident(p, $1); }
    | dotted_name "." name  { $$ = p_dotted(p, $1, p_ident(p, $3)); }
    ;

/* --------------------------------------------------------- compound statements */

block
    : NEWLINE INDENT statements DEDENT  { $$ = $3; }
    | simple_stmts
    ;

decorators
    : "@" named_expression NEWLINE             { $$ = ast_list1(p->arena, $2); }
    | decorators "@" named_expression NEWLINE  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

/* The node starts at 'def'/'class', not at the decorators. */
funcdef
    : funcdef_raw
    | decorators funcdef_raw  { $$ = p_decorated(p, $1, $2); }
    ;

funcdef_raw
    : "def" name "(" params_opt ")" returns_opt ":" block
        { if (!($$ = p_funcdef(p, false, $2, $4, $6, $8, @$))) YYABORT; }
    | "async" "def" name "(" params_opt ")" returns_opt ":" block
        { if (!($$ = p_funcdef(p, true, $3, $5, $7, $9, @$))) YYABORT; }
    ;

returns_opt
    : %empty             { $$ = NULL; }
    | "->" expression    { $$ = $2; }
    ;

params_opt
    : %empty  { $$ = p_arguments(p, NULL, false); }
    | params  { if (!($$ = p_arguments(p, $1, false))) YYABORT; }
    ;

params
    : param_list
    | param_list ","
    ;

param_list
    : param                 { $$ = ast_list1(p->arena, $1); }
    | param_list "," param  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

param
    : name
        { $$ = p_param(p, PARAM_PLAIN, ast_arg(p->arena, p_ident(p, $1), NULL, NULL, POS(@$)), NULL, @$); }
    | name ":" expression
        { $$ = p_param(p, PARAM_PLAIN, ast_arg(p->arena, p_ident(p, $1), $3, NULL, POS(@$)), NULL, @$); }
    | name "=" expression
        { $$ = p_param(p, PARAM_PLAIN, ast_arg(p->arena, p_ident(p, $1), NULL, NULL, POS(@1)), $3, @$); }
    | name ":" expression "=" expression
        { Loc l = @1; l.last_line = @3.last_line; l.last_column = @3.last_column;
          $$ = p_param(p, PARAM_PLAIN, ast_arg(p->arena, p_ident(p, $1), $3, NULL, POS(l)), $5, @$); }
    | "*"
        { $$ = p_param(p, PARAM_STAR, NULL, NULL, @$); }
    | "*" name
        { $$ = p_param(p, PARAM_STAR, ast_arg(p->arena, p_ident(p, $2), NULL, NULL, POS(@2)), NULL, @$); }
    | "*" name ":" star_expression
        { Loc l = @2; l.last_line = @4.last_line; l.last_column = @4.last_column;
          $$ = p_param(p, PARAM_STAR, ast_arg(p->arena, p_ident(p, $2), $4, NULL, POS(l)), NULL, @$); }
    | "**" name
        { $$ = p_param(p, PARAM_DSTAR, ast_arg(p->arena, p_ident(p, $2), NULL, NULL, POS(@2)), NULL, @$); }
    | "**" name ":" expression
        { Loc l = @2; l.last_line = @4.last_line; l.last_column = @4.last_column;
          $$ = p_param(p, PARAM_DSTAR, ast_arg(p->arena, p_ident(p, $2), $4, NULL, POS(l)), NULL, @$); }
    | "/"
        { $$ = p_param(p, PARAM_SLASH, NULL, NULL, @$); }
    ;

classdef
    : classdef_raw
    | decorators classdef_raw  { $$ = p_decorated(p, $1, $2); }
    ;

classdef_raw
    : "class" name ":" block                   { if (!($$ = p_classdef(p, $2, NULL, $4, @$))) YYABORT; }
    | "class" name "(" ")" ":" block           { if (!($$ = p_classdef(p, $2, NULL, $6, @$))) YYABORT; }
    | "class" name "(" arguments ")" ":" block { if (!($$ = p_classdef(p, $2, $4, $7, @$))) YYABORT; }
    ;

if_stmt
    : "if" named_expression ":" block elif_stmt
        { $$ = ast_If(p->arena, $2, asdl_stmt_seq_from_list(p->arena, $4),
                      asdl_stmt_seq_from_list(p->arena, ast_list1(p->arena, $5)), POS(@$)); }
    | "if" named_expression ":" block else_block
        { $$ = ast_If(p->arena, $2, asdl_stmt_seq_from_list(p->arena, $4),
                      asdl_stmt_seq_from_list(p->arena, $5), POS(@$)); }
    ;

elif_stmt
    : "elif" named_expression ":" block elif_stmt
        { $$ = ast_If(p->arena, $2, asdl_stmt_seq_from_list(p->arena, $4),
                      asdl_stmt_seq_from_list(p->arena, ast_list1(p->arena, $5)), POS(@$)); }
    | "elif" named_expression ":" block else_block
        { $$ = ast_If(p->arena, $2, asdl_stmt_seq_from_list(p->arena, $4),
                      asdl_stmt_seq_from_list(p->arena, $5), POS(@$)); }
    ;

else_block
    : %empty            { $$ = NULL; }
    | "else" ":" block  { $$ = $3; }
    ;

while_stmt
    : "while" named_expression ":" block else_block
        { $$ = ast_While(p->arena, $2, asdl_stmt_seq_from_list(p->arena, $4),
                         asdl_stmt_seq_from_list(p->arena, $5), POS(@$)); }
    ;

for_stmt
    : "for" star_targets "in" star_expressions ":" block else_block
        { if (!p_target(p, $2, Store)) YYABORT;
          $$ = ast_For(p->arena, $2, $4, asdl_stmt_seq_from_list(p->arena, $6),
                       asdl_stmt_seq_from_list(p->arena, $7), NULL, POS(@$)); }
    | "async" "for" star_targets "in" star_expressions ":" block else_block
        { if (!p_target(p, $3, Store)) YYABORT;
          $$ = ast_AsyncFor(p->arena, $3, $5, asdl_stmt_seq_from_list(p->arena, $7),
                            asdl_stmt_seq_from_list(p->arena, $8), NULL, POS(@$)); }
    ;

with_stmt
    : "with" with_head ":" block          { if (!($$ = p_with(p, false, $2, $4, @$))) YYABORT; }
    | "async" "with" with_head ":" block  { if (!($$ = p_with(p, true, $3, $5, @$))) YYABORT; }
    ;

/* `with (a, b):` parses both ways; the parenthesised items win, as in 3.11. */
with_head
    : "(" with_items ")"      %dprec 2  { $$ = $2; }
    | "(" with_items "," ")"  %dprec 2  { $$ = $2; }
    | with_items              %dprec 1
    ;

with_items
    : with_item                 { $$ = ast_list1(p->arena, $1); }
    | with_items "," with_item  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

with_item
    : expression                   { $$ = p_withitem(p, $1, NULL); }
    | expression "as" star_target  { if (!($$ = p_withitem(p, $1, $3))) YYABORT; }
    ;

try_stmt
    : "try" ":" block finally_block
        { if (!($$ = p_try(p, $3, NULL, NULL, $4, @$))) YYABORT; }
    | "try" ":" block handlers else_block
        { if (!($$ = p_try(p, $3, $4, $5, NULL, @$))) YYABORT; }
    | "try" ":" block handlers else_block finally_block
        { if (!($$ = p_try(p, $3, $4, $5, $6, @$))) YYABORT; }
    ;

finally_block
    : "finally" ":" block  { $$ = $3; }
    ;

handlers
    : handler           { $$ = ast_list1(p->arena, $1); }
    | handlers handler  { $$ = ast_list_append(p->arena, $1, $2); }
    ;

handler
    : "except" ":" block
        { $$ = p_handler(p, false, NULL, NULL, $3, @$); }
    | "except" expression ":" block
        { $$ = p_handler(p, false, $2, NULL, $4, @$); }
    | "except" expression "as" name ":" block
        { $$ = p_handler(p, false, $2, &$4, $6, @$); }
    | "except" "*" expression ":" block
        { $$ = p_handler(p, true, $3, NULL, $5, @$); }
    | "except" "*" expression "as" name ":" block
        { $$ = p_handler(p, true, $3, &$5, $7, @$); }
    ;

/* ------------------------------------------------------------ match statement */

match_stmt
    : SOFT_MATCH subject ":" NEWLINE INDENT case_blocks DEDENT
        { if (!($$ = p_match(p, $2, $6, @$))) YYABORT; }
    ;

subject
    : sne_list        { if (!($$ = p_seq_or_tuple(p, $1, false, @$))) YYABORT; }
    | sne_list ","    { if (!($$ = p_seq_or_tuple(p, $1, true, @$))) YYABORT; }
    ;

case_blocks
    : case_block              { $$ = ast_list1(p->arena, $1); }
    | case_blocks case_block  { $$ = ast_list_append(p->arena, $1, $2); }
    ;

case_block
    : SOFT_CASE patterns guard_opt ":" block  { $$ = p_case(p, $2, $3, $5); }
    ;

guard_opt
    : %empty                   { $$ = NULL; }
    | "if" named_expression    { $$ = $2; }
    ;

patterns
    : pattern_list      { if (!($$ = p_pat_seq_or_item(p, $1, false, @$))) YYABORT; }
    | pattern_list ","  { if (!($$ = p_pat_seq_or_item(p, $1, true, @$))) YYABORT; }
    ;

pattern_list
    : maybe_star_pattern                   { $$ = ast_list1(p->arena, $1); }
    | pattern_list "," maybe_star_pattern  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

pattern_list_comma
    : pattern_list
    | pattern_list ","
    ;

maybe_star_pattern
    : star_pattern
    | pattern
    ;

star_pattern
    : "*" pname            { $$ = p_pat_star(p, &$2, @$); }
    | "*" SOFT_UNDERSCORE  { $$ = p_pat_star(p, NULL, @$); }
    ;

pattern
    : as_pattern
    | or_pattern
    ;

as_pattern
    : or_pattern "as" pname  { $$ = p_pat_as(p, $1, $3, @$); }
    ;

or_pattern
    : or_alts  { $$ = p_pat_or(p, $1, @$); }
    ;

or_alts
    : closed_pattern              { $$ = ast_list1(p->arena, $1); }
    | or_alts "|" closed_pattern  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

closed_pattern
    : literal_pattern
    | pname                       { $$ = p_pat_capture(p, $1, @$); }
    | SOFT_UNDERSCORE             { $$ = ast_MatchAs(p->arena, NULL, NULL, POS(@$)); }
    | pattern_attr                { $$ = ast_MatchValue(p->arena, $1, POS(@$)); }
    | "(" pattern ")"             { $$ = $2; }
    | "(" ")"                     { $$ = p_pat_seq(p, NULL, @$); }
    | "(" maybe_star_pattern "," ")"
        { $$ = p_pat_seq(p, ast_list1(p->arena, $2), @$); }
    | "(" maybe_star_pattern "," pattern_list_comma ")"
        { AstList *l = ast_list1(p->arena, $2);
          for (int i = 0; i < $4->n; i++) ast_list_append(p->arena, l, $4->items[i]);
          $$ = p_pat_seq(p, l, @$); }
    | "[" "]"                     { $$ = p_pat_seq(p, NULL, @$); }
    | "[" pattern_list_comma "]"  { $$ = p_pat_seq(p, $2, @$); }
    | mapping_pattern
    | class_pattern
    ;

literal_pattern
    : signed_number                 { $$ = ast_MatchValue(p->arena, $1, POS(@$)); }
    | complex_number                { $$ = ast_MatchValue(p->arena, $1, POS(@$)); }
    | strings_atom                  { $$ = ast_MatchValue(p->arena, $1, POS(@$)); }
    | "None"                        { $$ = ast_MatchSingleton(p->arena, obj_singleton(p->arena, OBJ_NONE), POS(@$)); }
    | "True"                        { $$ = ast_MatchSingleton(p->arena, obj_singleton(p->arena, OBJ_TRUE), POS(@$)); }
    | "False"                       { $$ = ast_MatchSingleton(p->arena, obj_singleton(p->arena, OBJ_FALSE), POS(@$)); }
    ;

/* Mapping keys are expressions: literals and dotted names. */
literal_expr
    : signed_number
    | complex_number
    | strings_atom
    | "None"                    { $$ = p_const(p, OBJ_NONE, @$); }
    | "True"                    { $$ = p_const(p, OBJ_TRUE, @$); }
    | "False"                   { $$ = p_const(p, OBJ_FALSE, @$); }
    ;

/* real +/- imaginary; parse.c checks which part is which */
complex_number
    : signed_number "+" NUMBER  { if (!($$ = p_complex(p, $1, Add, p_number(p, $3, @3), @$))) YYABORT; }
    | signed_number "-" NUMBER  { if (!($$ = p_complex(p, $1, Sub, p_number(p, $3, @3), @$))) YYABORT; }
    ;

signed_number
    : NUMBER      { if (!($$ = p_number(p, $1, @$))) YYABORT; }
    | "-" NUMBER  { $$ = p_neg_number(p, p_number(p, $2, @2), @$); }
    ;

name_or_attr
    : name  { $$ = p_name(p, $1, @$); }
    | attr
    ;

attr
    : name_or_attr "." name
        { $$ = ast_Attribute(p->arena, $1, p_ident(p, $3), Load, POS(@$)); }
    ;

/* In a pattern '_' is the wildcard, so '_.x' and '_()' are errors there
 * (3.11 tries the wildcard first); mapping keys take any dotted name. */
pattern_name_or_attr
    : pname  { $$ = p_name(p, $1, @$); }
    | pattern_attr
    ;

pattern_attr
    : pattern_name_or_attr "." name
        { $$ = ast_Attribute(p->arena, $1, p_ident(p, $3), Load, POS(@$)); }
    ;

mapping_pattern
    : "{" "}"                                 { $$ = p_pat_mapping(p, NULL, NULL, @$); }
    | "{" "**" pname "}"                      { $$ = p_pat_mapping(p, NULL, &$3, @$); }
    | "{" "**" pname "," "}"                  { $$ = p_pat_mapping(p, NULL, &$3, @$); }
    | "{" map_items "}"                       { $$ = p_pat_mapping(p, $2, NULL, @$); }
    | "{" map_items "," "}"                   { $$ = p_pat_mapping(p, $2, NULL, @$); }
    | "{" map_items "," "**" pname "}"        { $$ = p_pat_mapping(p, $2, &$5, @$); }
    | "{" map_items "," "**" pname "," "}"    { $$ = p_pat_mapping(p, $2, &$5, @$); }
    ;

map_items
    : map_item                { $$ = ast_list1(p->arena, $1); }
    | map_items "," map_item  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

map_item
    : key_expr ":" pattern  { $$ = p_mapitem(p, $1, NULL, @$); $$->pat = $3; }
    ;

key_expr
    : literal_expr
    | attr
    ;

class_pattern
    : pattern_name_or_attr "(" ")"                 { if (!($$ = p_pat_class(p, $1, NULL, @$))) YYABORT; }
    | pattern_name_or_attr "(" class_args ")"      { if (!($$ = p_pat_class(p, $1, $3, @$))) YYABORT; }
    | pattern_name_or_attr "(" class_args "," ")"  { if (!($$ = p_pat_class(p, $1, $3, @$))) YYABORT; }
    ;

class_args
    : class_arg                 { $$ = ast_list1(p->arena, $1); }
    | class_args "," class_arg  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

class_arg
    : pattern                { $$ = p_patarg(p, NULL, $1, @$); }
    | name "=" pattern       { $$ = p_patarg(p, &$1, $3, @$); }
    ;

/* --------------------------------------------------------------- expressions */

star_expressions
    : se_list      { $$ = p_seq_or_tuple(p, $1, false, @$); }
    | se_list ","  { $$ = p_seq_or_tuple(p, $1, true, @$); }
    ;

se_list
    : star_expression              { $$ = ast_list1(p->arena, $1); }
    | se_list "," star_expression  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

star_expression
    : "*" bitwise_or  { $$ = p_starred(p, $2, @$); }
    | expression
    ;

sne_list
    : star_named_expression               { $$ = ast_list1(p->arena, $1); }
    | sne_list "," star_named_expression  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

sne_list_comma
    : sne_list
    | sne_list ","
    ;

star_named_expression
    : "*" bitwise_or  { $$ = p_starred(p, $2, @$); }
    | named_expression
    ;

/* The target of ':=' is checked afterwards, for CPython's messages. */
named_expression
    : expression ":=" expression  { if (!($$ = p_named(p, $1, $3, @$))) YYABORT; }
    | expression
    ;

expression
    : disjunction
    | disjunction "if" disjunction "else" expression  { $$ = ast_IfExp(p->arena, $3, $1, $5, POS(@$)); }
    | lambdef
    ;

yield_expr
    : "yield"                          { $$ = ast_Yield(p->arena, NULL, POS(@$)); }
    | "yield" star_expressions         { $$ = ast_Yield(p->arena, $2, POS(@$)); }
    | "yield" "from" expression        { $$ = ast_YieldFrom(p->arena, $3, POS(@$)); }
    ;

lambdef
    : "lambda" lambda_params_opt ":" expression  { $$ = ast_Lambda(p->arena, $2, $4, POS(@$)); }
    ;

lambda_params_opt
    : %empty         { $$ = p_arguments(p, NULL, true); }
    | lambda_params  { if (!($$ = p_arguments(p, $1, true))) YYABORT; }
    ;

lambda_params
    : lambda_param_list
    | lambda_param_list ","
    ;

lambda_param_list
    : lambda_param                        { $$ = ast_list1(p->arena, $1); }
    | lambda_param_list "," lambda_param  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

lambda_param
    : name
        { $$ = p_param(p, PARAM_PLAIN, ast_arg(p->arena, p_ident(p, $1), NULL, NULL, POS(@$)), NULL, @$); }
    | name "=" expression
        { $$ = p_param(p, PARAM_PLAIN, ast_arg(p->arena, p_ident(p, $1), NULL, NULL, POS(@1)), $3, @$); }
    | "*"
        { $$ = p_param(p, PARAM_STAR, NULL, NULL, @$); }
    | "*" name
        { $$ = p_param(p, PARAM_STAR, ast_arg(p->arena, p_ident(p, $2), NULL, NULL, POS(@2)), NULL, @$); }
    | "**" name
        { $$ = p_param(p, PARAM_DSTAR, ast_arg(p->arena, p_ident(p, $2), NULL, NULL, POS(@2)), NULL, @$); }
    | "/"
        { $$ = p_param(p, PARAM_SLASH, NULL, NULL, @$); }
    ;

disjunction
    : conjunction
    | or_list  { $$ = p_boolop(p, Or, $1, @$); }
    ;

or_list
    : conjunction "or" conjunction  { $$ = ast_list_append(p->arena, ast_list1(p->arena, $1), $3); }
    | or_list "or" conjunction      { $$ = ast_list_append(p->arena, $1, $3); }
    ;

conjunction
    : inversion
    | and_list  { $$ = p_boolop(p, And, $1, @$); }
    ;

and_list
    : inversion "and" inversion  { $$ = ast_list_append(p->arena, ast_list1(p->arena, $1), $3); }
    | and_list "and" inversion   { $$ = ast_list_append(p->arena, $1, $3); }
    ;

inversion
    : "not" inversion  { $$ = ast_UnaryOp(p->arena, Not, $2, POS(@$)); }
    | comparison
    ;

comparison
    : bitwise_or
    | bitwise_or comp_ops  { $$ = p_compare(p, $1, $2, @$); }
    ;

/* Pairs of (operator, operand), operators boxed as list items. */
comp_ops
    : comp_op bitwise_or           { $$ = ast_list_append(p->arena, ast_list1(p->arena, (void *)(intptr_t)$1), $2); }
    | comp_ops comp_op bitwise_or  { $$ = ast_list_append(p->arena, ast_list_append(p->arena, $1, (void *)(intptr_t)$2), $3); }
    ;

comp_op
    : "=="        { $$ = Eq; }
    | "!="        { $$ = NotEq; }
    | "<"         { $$ = Lt; }
    | "<="        { $$ = LtE; }
    | ">"         { $$ = Gt; }
    | ">="        { $$ = GtE; }
    | "in"        { $$ = In; }
    | "not" "in"  { $$ = NotIn; }
    | "is"        { $$ = Is; }
    | "is" "not"  { $$ = IsNot; }
    ;

bitwise_or
    : bitwise_or "|" bitwise_xor  { $$ = ast_BinOp(p->arena, $1, BitOr, $3, POS(@$)); }
    | bitwise_xor
    ;

bitwise_xor
    : bitwise_xor "^" bitwise_and  { $$ = ast_BinOp(p->arena, $1, BitXor, $3, POS(@$)); }
    | bitwise_and
    ;

bitwise_and
    : bitwise_and "&" shift_expr  { $$ = ast_BinOp(p->arena, $1, BitAnd, $3, POS(@$)); }
    | shift_expr
    ;

shift_expr
    : shift_expr "<<" sum  { $$ = ast_BinOp(p->arena, $1, LShift, $3, POS(@$)); }
    | shift_expr ">>" sum  { $$ = ast_BinOp(p->arena, $1, RShift, $3, POS(@$)); }
    | sum
    ;

sum
    : sum "+" term  { $$ = ast_BinOp(p->arena, $1, Add, $3, POS(@$)); }
    | sum "-" term  { $$ = ast_BinOp(p->arena, $1, Sub, $3, POS(@$)); }
    | term
    ;

term
    : term "*" factor   { $$ = ast_BinOp(p->arena, $1, Mult, $3, POS(@$)); }
    | term "/" factor   { $$ = ast_BinOp(p->arena, $1, Div, $3, POS(@$)); }
    | term "//" factor  { $$ = ast_BinOp(p->arena, $1, FloorDiv, $3, POS(@$)); }
    | term "%" factor   { $$ = ast_BinOp(p->arena, $1, Mod, $3, POS(@$)); }
    | term "@" factor   { $$ = ast_BinOp(p->arena, $1, MatMult, $3, POS(@$)); }
    | factor
    ;

factor
    : "+" factor  { $$ = ast_UnaryOp(p->arena, UAdd, $2, POS(@$)); }
    | "-" factor  { $$ = ast_UnaryOp(p->arena, USub, $2, POS(@$)); }
    | "~" factor  { $$ = ast_UnaryOp(p->arena, Invert, $2, POS(@$)); }
    | power
    ;

power
    : await_primary "**" factor  { $$ = ast_BinOp(p->arena, $1, Pow, $3, POS(@$)); }
    | await_primary
    ;

await_primary
    : "await" primary  { $$ = ast_Await(p->arena, $2, POS(@$)); }
    | primary
    ;

primary
    : primary "." name                { $$ = ast_Attribute(p->arena, $1, p_ident(p, $3), Load, POS(@$)); }
    | primary "(" ")"                 { $$ = p_call(p, $1, NULL, @$); }
    | primary "(" arguments ")"       { if (!($$ = p_call(p, $1, $3, @$))) YYABORT; }
    | primary "[" slice_list "]"      { if (!($$ = p_subscript(p, $1, $3, false, @3, @$))) YYABORT; }
    | primary "[" slice_list "," "]"  { Loc l = @3; l.last_line = @4.last_line; l.last_column = @4.last_column;
                                        if (!($$ = p_subscript(p, $1, $3, true, l, @$))) YYABORT; }
    | atom
    ;

slice_list
    : slice_item                 { $$ = ast_list1(p->arena, $1); }
    | slice_list "," slice_item  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

slice_item
    : slice
    | "*" expression  { $$ = p_starred(p, $2, @$); }
    ;

slice
    : named_expression
    | ":" opt_expr                            { $$ = p_slice(p, NULL, $2, NULL, @$); }
    | expression ":" opt_expr                 { $$ = p_slice(p, $1, $3, NULL, @$); }
    | ":" opt_expr ":" opt_expr               { $$ = p_slice(p, NULL, $2, $4, @$); }
    | expression ":" opt_expr ":" opt_expr    { $$ = p_slice(p, $1, $3, $5, @$); }
    ;

opt_expr
    : %empty      { $$ = NULL; }
    | expression
    ;

atom
    : name_expr
    | "True"                { $$ = p_const(p, OBJ_TRUE, @$); }
    | "False"               { $$ = p_const(p, OBJ_FALSE, @$); }
    | "None"                { $$ = p_const(p, OBJ_NONE, @$); }
    | "..."                 { $$ = p_const(p, OBJ_ELLIPSIS, @$); }
    | NUMBER                { if (!($$ = p_number(p, $1, @$))) YYABORT; }
    | strings_atom
    | "(" ")"               { $$ = ast_Tuple(p->arena, asdl_expr_seq_new(p->arena, 0), Load, POS(@$)); }
    | "(" yield_expr ")"    { $$ = p_group(p, $2, @$); }
    | "(" sne_list ")"      { if (!($$ = p_seq_or_tuple(p, $2, false, @$))) YYABORT;
                              if (!($$ = p_group(p, $$, @$))) YYABORT; }
    | "(" sne_list "," ")"  { if (!($$ = p_seq_or_tuple(p, $2, true, @$))) YYABORT; }
    | "(" named_expression for_if_clauses ")"
        { $$ = p_comp_expr(p, GeneratorExp_kind, $2, NULL, $3, @$); }
    | "[" "]"               { $$ = ast_List(p->arena, asdl_expr_seq_new(p->arena, 0), Load, POS(@$)); }
    | "[" sne_list_comma "]"
        { $$ = ast_List(p->arena, asdl_expr_seq_from_list(p->arena, $2), Load, POS(@$)); }
    | "[" named_expression for_if_clauses "]"
        { $$ = p_comp_expr(p, ListComp_kind, $2, NULL, $3, @$); }
    | "{" "}"               { $$ = p_dict(p, NULL, @$); }
    | "{" dict_items "}"      { $$ = p_dict(p, $2, @$); }
    | "{" dict_items "," "}"  { $$ = p_dict(p, $2, @$); }
    | "{" sne_list_comma "}"
        { $$ = ast_Set(p->arena, asdl_expr_seq_from_list(p->arena, $2), POS(@$)); }
    | "{" named_expression for_if_clauses "}"
        { $$ = p_comp_expr(p, SetComp_kind, $2, NULL, $3, @$); }
    | "{" expression ":" expression for_if_clauses "}"
        { $$ = p_comp_expr(p, DictComp_kind, $2, $4, $5, @$); }
    ;

name_expr
    : name  { $$ = p_name(p, $1, @$); }
    ;

strings_atom
    : strings  { if (!($$ = p_strings(p, $1, @$))) YYABORT; }
    ;

strings
    : STRING          { StrTok *s = arena_alloc(p->arena, sizeof *s); s->text = $1; s->loc = @1;
                        $$ = ast_list1(p->arena, s); }
    | strings STRING  { StrTok *s = arena_alloc(p->arena, sizeof *s); s->text = $2; s->loc = @2;
                        $$ = ast_list_append(p->arena, $1, s); }
    ;

dict_items
    : dict_item                 { $$ = ast_list1(p->arena, $1); }
    | dict_items "," dict_item  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

dict_item
    : expression ":" expression  { $$ = p_mapitem(p, $1, $3, @$); }
    | "**" bitwise_or            { $$ = p_mapitem(p, NULL, $2, @$); }
    ;

for_if_clauses
    : for_if_clause                 { $$ = ast_list1(p->arena, $1); }
    | for_if_clauses for_if_clause  { $$ = ast_list_append(p->arena, $1, $2); }
    ;

for_if_clause
    : "for" star_targets "in" disjunction comp_ifs
        { if (!p_target(p, $2, Store)) YYABORT; $$ = p_comp(p, $2, $4, $5, 0); }
    | "async" "for" star_targets "in" disjunction comp_ifs
        { if (!p_target(p, $3, Store)) YYABORT; $$ = p_comp(p, $3, $5, $6, 1); }
    ;

comp_ifs
    : %empty                        { $$ = NULL; }
    | comp_ifs "if" disjunction     { $$ = ast_list_append(p->arena, $1, $3); }
    ;

/* Targets of for loops and comprehensions stop before 'in': no comparisons. */
star_targets
    : star_target_list      { $$ = p_seq_or_tuple(p, $1, false, @$); }
    | star_target_list ","  { $$ = p_seq_or_tuple(p, $1, true, @$); }
    ;

star_target_list
    : target_item                       { $$ = ast_list1(p->arena, $1); }
    | star_target_list "," target_item  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

target_item
    : "*" bitwise_or  { $$ = p_starred(p, $2, @$); }
    | bitwise_or
    ;

star_target
    : target_item
    ;

arguments
    : arg_list
    | arg_list ","  { $$ = ast_list_append(p->arena, $1, p_carg(p, CARG_COMMA, NULL, NULL, @2)); }
    ;

arg_list
    : arg               { $$ = ast_list1(p->arena, $1); }
    | arg_list "," arg  { $$ = ast_list_append(p->arena, $1, $3); }
    ;

arg
    : named_expression                 { $$ = p_carg(p, CARG_POS, $1, NULL, @$); }
    | "*" expression                   { $$ = p_carg(p, CARG_STAR, p_starred(p, $2, @$), NULL, @$); }
    | "**" expression                  { $$ = p_carg(p, CARG_DSTAR, $2, ast_keyword(p->arena, NULL, $2, POS(@$)), @$); }
    | expression "=" expression        { keyword_ty k = p_keyword(p, $1, $3, @$, @2); if (!k) YYABORT;
                                         $$ = p_carg(p, CARG_KW, $3, k, @$); }
    | named_expression for_if_clauses  { $$ = p_carg(p, CARG_GENEXP, p_comp_expr(p, GeneratorExp_kind, $1, NULL, $2, @$), NULL, @$); }
    ;

name
    : NAME
    | SOFT_MATCH
    | SOFT_CASE
    | SOFT_UNDERSCORE
    ;

/* A name that can be bound by a pattern: not the wildcard '_'. */
pname
    : NAME
    | SOFT_MATCH
    | SOFT_CASE
    ;

%%

/* Records where bison stopped; parse.c's diagnosis words the message. */
static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
    pyp_error(NULL, p, NULL);
    yysymbol_kind_t expected[8];
    int n = yypcontext_expected_tokens(ctx, expected, 8);
    p->expect_except_finally = n > 0;
    for (int i = 0; i < n; i++)
        if (expected[i] != YYSYMBOL_EXCEPT && expected[i] != YYSYMBOL_FINALLY)
            p->expect_except_finally = false;
    return 0;
}
