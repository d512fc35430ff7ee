/* compiler/ast.c: placeholder, being written. */
typedef int pyc_placeholder_ast;
