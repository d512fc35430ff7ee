/* compiler/compileall.h: turning source files into .pyc files on disk, the
 * way python3.11's py_compile (`pyc FILE.py...`) and compileall (`pyc -r`)
 * do it: where the .pyc goes, its header, up-to-date checks, the messages,
 * atomic writes and parallel workers.  Not option parsing (main.c) and not
 * compilation itself (codegen.h).
 */
#ifndef PYC_COMPILEALL_H
#define PYC_COMPILEALL_H

#include <regex.h>
#include <stdbool.h>

typedef enum {
    CA_TIMESTAMP,       /* header: source mtime and size */
    CA_CHECKED_HASH,    /* PEP 552: source hash, checked by importlib */
    CA_UNCHECKED_HASH,  /* PEP 552: source hash, never checked */
} CaInvalidation;

typedef struct CaOptions {
    bool recursive;       /* -r: compileall (walk, messages, skip up-to-date) */
    int optimize;         /* 0, 1 (-O), 2 (-OO) */
    bool force;           /* -f: compile even if the .pyc looks up to date */
    bool legacy;          /* -b: NAME.pyc next to NAME.py */
    int quiet;            /* -q: errors only; -qq: nothing */
    int maxlevels;        /* directory depth for -r (compileall's default 1000) */
    const regex_t *rx;    /* -x: skip files whose path matches (search) */
    const char *ddir;     /* -d */
    const char *stripdir; /* -s */
    const char *prependdir; /* -p */
    const char *output;   /* -o: the .pyc of the only file */
    CaInvalidation mode;
    int jobs;             /* worker processes (1: compile in this process) */
} CaOptions;

/* py_compile's default: checked-hash when SOURCE_DATE_EPOCH is set and
 * non-empty, timestamp otherwise. */
CaInvalidation ca_default_invalidation(void);

/* Compiles every file in PATHS (and, with o->recursive, every .py file in
 * the trees of the directories among them).  Messages go to stdout as
 * compileall prints them and to stderr; returns the exit status: 0 if all
 * went well, 1 if any file failed to compile or to be written. */
int ca_run(const CaOptions *o, int npaths, char **paths);

#endif
