/* compiler/parse.c: placeholder until the parser lands. */
#include "frontend.h"
int fe_dump_ast(const char *path, bool positions, FILE *out)
{
    (void)positions;
    (void)out;
    fprintf(stderr, "pyc: %s: the parser is not implemented yet\n", path);
    return 2;
}
int fe_check_syntax(const char *path)
{
    fprintf(stderr, "pyc: %s: the parser is not implemented yet\n", path);
    return 2;
}
