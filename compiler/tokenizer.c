/* compiler/tokenizer.c: placeholder until the tokenizer lands. */
#include "frontend.h"
int fe_dump_tokens(const char *path, FILE *out)
{
    (void)out;
    fprintf(stderr, "pyc: %s: the tokenizer is not implemented yet\n", path);
    return 2;
}
