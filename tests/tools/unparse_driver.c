/* tests/tools/unparse_driver.c: print the annotations of Python files as
 * compiler/unparse.c writes them (what `from __future__ import annotations`
 * stores), for tests/frontend/check_unparse.py.
 *
 * usage: unparse_driver [--exprs] FILE.py...
 * For each file, a line "F <path>", then one line per annotation (variable,
 * argument and return annotations at any depth), and with --exprs also per
 * statement-level expression (the values of Expr, Assign, AugAssign,
 * AnnAssign and Return, the tests of If, While and Assert, For iterables,
 * Raise exceptions, decorators and parameter defaults), which exercises the
 * unparser on far more code than annotations alone:
 *   A <lineno>:<col>:<end_lineno>:<end_col> <text>
 * positions are the annotation node's (0-based UTF-8 columns, as ast); the
 * text has backslash, newline and carriage return escaped as \\ \n \r, or
 * is "!ValueError" when unparse_expr refuses (an int too long).  A
 * file that does not parse gives "X <path>" (the error goes to stderr).
 */
#include <stdio.h>
#include <string.h>

#include "codegen_internal.h"
#include "frontend.h"

static Arena arena;
static bool all_exprs;

static void print_unparsed(expr_ty e)
{
    if (!e)
        return;
    Obj *s = unparse_expr(&arena, e);
    printf("A %d:%d:%d:%d ", e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    if (!s) {
        puts("!ValueError");
        return;
    }
    for (size_t i = 0; i < s->u.s.len; i++) {
        char c = (char)s->u.s.data[i];
        if (c == '\\')
            fputs("\\\\", stdout);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c == '\r')
            fputs("\\r", stdout);
        else
            putchar(c);
    }
    putchar('\n');
}

static void print_expr(expr_ty e)
{
    if (all_exprs)
        print_unparsed(e);
}

static void print_exprs(asdl_expr_seq *es)
{
    for (int i = 0; i < SEQ_LEN(es); i++)
        print_expr(SEQ_GET(es, i));
}

static void print_args(arguments_ty a)
{
    print_exprs(a->defaults);
    print_exprs(a->kw_defaults); /* holds NULL for a parameter without one */
    for (int i = 0; i < SEQ_LEN(a->posonlyargs); i++)
        print_unparsed(SEQ_GET(a->posonlyargs, i)->annotation);
    for (int i = 0; i < SEQ_LEN(a->args); i++)
        print_unparsed(SEQ_GET(a->args, i)->annotation);
    if (a->vararg)
        print_unparsed(a->vararg->annotation);
    for (int i = 0; i < SEQ_LEN(a->kwonlyargs); i++)
        print_unparsed(SEQ_GET(a->kwonlyargs, i)->annotation);
    if (a->kwarg)
        print_unparsed(a->kwarg->annotation);
}

static void walk(asdl_stmt_seq *body);

static void walk_handlers(asdl_excepthandler_seq *hs)
{
    for (int i = 0; i < SEQ_LEN(hs); i++)
        walk(SEQ_GET(hs, i)->v.ExceptHandler.body);
}

static void walk(asdl_stmt_seq *body)
{
    for (int i = 0; i < SEQ_LEN(body); i++) {
        stmt_ty s = SEQ_GET(body, i);
        switch (s->kind) {
        case FunctionDef_kind:
            print_exprs(s->v.FunctionDef.decorator_list);
            print_args(s->v.FunctionDef.args);
            print_unparsed(s->v.FunctionDef.returns);
            walk(s->v.FunctionDef.body);
            break;
        case AsyncFunctionDef_kind:
            print_exprs(s->v.AsyncFunctionDef.decorator_list);
            print_args(s->v.AsyncFunctionDef.args);
            print_unparsed(s->v.AsyncFunctionDef.returns);
            walk(s->v.AsyncFunctionDef.body);
            break;
        case ClassDef_kind:
            print_exprs(s->v.ClassDef.decorator_list);
            walk(s->v.ClassDef.body);
            break;
        case AnnAssign_kind:
            print_unparsed(s->v.AnnAssign.annotation);
            print_expr(s->v.AnnAssign.value);
            break;
        case Expr_kind:
            print_expr(s->v.Expr.value);
            break;
        case Assign_kind:
            print_expr(s->v.Assign.value);
            break;
        case AugAssign_kind:
            print_expr(s->v.AugAssign.value);
            break;
        case Return_kind:
            print_expr(s->v.Return.value);
            break;
        case Assert_kind:
            print_expr(s->v.Assert.test);
            print_expr(s->v.Assert.msg);
            break;
        case Raise_kind:
            print_expr(s->v.Raise.exc);
            break;
        case For_kind:
            print_expr(s->v.For.iter);
            walk(s->v.For.body);
            walk(s->v.For.orelse);
            break;
        case AsyncFor_kind:
            print_expr(s->v.AsyncFor.iter);
            walk(s->v.AsyncFor.body);
            walk(s->v.AsyncFor.orelse);
            break;
        case While_kind:
            print_expr(s->v.While.test);
            walk(s->v.While.body);
            walk(s->v.While.orelse);
            break;
        case If_kind:
            print_expr(s->v.If.test);
            walk(s->v.If.body);
            walk(s->v.If.orelse);
            break;
        case With_kind:
            walk(s->v.With.body);
            break;
        case AsyncWith_kind:
            walk(s->v.AsyncWith.body);
            break;
        case Match_kind:
            for (int j = 0; j < SEQ_LEN(s->v.Match.cases); j++)
                walk(SEQ_GET(s->v.Match.cases, j)->body);
            break;
        case Try_kind:
            walk(s->v.Try.body);
            walk_handlers(s->v.Try.handlers);
            walk(s->v.Try.orelse);
            walk(s->v.Try.finalbody);
            break;
        case TryStar_kind:
            walk(s->v.TryStar.body);
            walk_handlers(s->v.TryStar.handlers);
            walk(s->v.TryStar.orelse);
            walk(s->v.TryStar.finalbody);
            break;
        default:
            break;
        }
    }
}

int main(int argc, char **argv)
{
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "--exprs") == 0) {
        all_exprs = true;
        first = 2;
    }
    if (argc <= first) {
        fprintf(stderr, "usage: unparse_driver [--exprs] FILE.py...\n");
        return 2;
    }
    int rc = 0;
    for (int i = first; i < argc; i++) {
        arena_init(&arena);
        int status;
        mod_ty m = fe_parse_file(&arena, argv[i], &status);
        if (!m) {
            printf("X %s\n", argv[i]);
            rc = 1;
        } else {
            printf("F %s\n", argv[i]);
            if (m->kind == Module_kind)
                walk(m->v.Module.body);
        }
        arena_free(&arena);
    }
    return rc;
}
