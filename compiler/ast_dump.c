/* compiler/ast_dump.c: placeholder, being written. */
typedef int pyc_placeholder_ast_dump;
