/* compiler/compileall.c: from source files to .pyc files on disk, placed,
 * headed, skipped and reported exactly as python3.11's py_compile and
 * compileall do (Lib/py_compile.py, Lib/compileall.py, importlib's
 * cache_from_source), so a user of either finds the same files and the same
 * messages.  Deliberate differences are listed in docs/pyc-cli.md.
 *
 * One run is a list of jobs built by walking the arguments in the parent:
 * notes ("Listing 'd'...") and files.  Each file job yields its stdout and
 * stderr text and a status; the parent prints them in list order, so the
 * output of -j N is the output of -j 1 whatever order workers finish in.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "bytebuf.h"
#include "codegen.h"
#include "compileall.h"
#include "object.h"
#include "pyc.h"
#include "repr.h"

#define CACHE_TAG "cpython-311"

typedef struct Job {
    char *path;    /* the source as walked; NULL for a note */
    char *dfile;   /* name stored in the code and shown in errors; NULL = path */
    char *out, *err;
    size_t outlen, errlen;
    int status;
    bool done;
} Job;

typedef struct JobList {
    Job *v;
    size_t n, cap;
} JobList;

static char *xstrdup(const char *s)
{
    char *p = strdup(s);
    if (!p) {
        fputs("pyc: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static char *bb_take(ByteBuf *b)
{
    char *s = xstrdup(bb_cstr(b));
    bb_free(b);
    return s;
}

/* ---- Paths, spelled as os.path and importlib spell them ---- */

/* os.path.join(a, b) on POSIX: an absolute b discards a. */
static char *path_join(const char *a, const char *b)
{
    ByteBuf r;
    bb_init(&r);
    if (b[0] != '/') {
        bb_str(&r, a);
        if (a[0] && a[strlen(a) - 1] != '/')
            bb_byte(&r, '/');
    }
    bb_str(&r, b);
    return bb_take(&r);
}

static const char *path_basename(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* importlib's _path_join: the non-empty parts, right-stripped of '/',
 * joined with '/'. */
static void importlib_join(ByteBuf *r, const char *const *parts, int n)
{
    bool first = true;
    for (int i = 0; i < n; i++) {
        size_t len = strlen(parts[i]);
        if (!len)
            continue;
        while (len > 0 && parts[i][len - 1] == '/')
            len--;
        if (!first)
            bb_byte(r, '/');
        bb_put(r, parts[i], len);
        first = false;
    }
}

/* importlib.util.cache_from_source, including its quirks: the head is
 * split at the last '/' and joined back only if non-empty ("/x.py" maps to
 * "__pycache__/x...", relative, as in CPython), a name without a dot gets
 * the tag glued on ("x" -> "xcpython-311.pyc").  PYTHONPYCACHEPREFIX moves
 * the file to PREFIX/<absolute source directory>/ as sys.pycache_prefix
 * does. */
static char *cache_path(const char *src, int optimize)
{
    ByteBuf name, r;
    const char *slash = strrchr(src, '/');
    const char *tail = slash ? slash + 1 : src;
    const char *dot = strrchr(tail, '.');
    const char *prefix = getenv("PYTHONPYCACHEPREFIX");
    char *head = xstrdup(src);

    head[slash ? slash - src : 0] = '\0';
    bb_init(&name);
    if (!dot)
        bb_str(&name, tail);
    else if (dot == tail)
        bb_printf(&name, "%s.", dot + 1);
    else
        bb_printf(&name, "%.*s.", (int)(dot - tail), tail);
    bb_str(&name, CACHE_TAG);
    if (optimize > 0)
        bb_printf(&name, ".opt-%d", optimize);
    bb_str(&name, ".pyc");

    bb_init(&r);
    if (prefix && prefix[0]) {
        ByteBuf abs;
        bb_init(&abs);
        if (head[0] != '/') {
            char cwd[4096];
            const char *parts[2] = { getcwd(cwd, sizeof cwd) ? cwd : "", head };
            importlib_join(&abs, parts, 2);
        } else {
            bb_str(&abs, head);
        }
        const char *h = bb_cstr(&abs);
        while (*h == '/')
            h++;
        const char *parts[3] = { prefix, h, bb_cstr(&name) };
        importlib_join(&r, parts, 3);
        bb_free(&abs);
    } else {
        const char *parts[3] = { head, "__pycache__", bb_cstr(&name) };
        importlib_join(&r, parts, 3);
    }
    free(head);
    bb_free(&name);
    return bb_take(&r);
}

/* The name compiled into the code (compileall.compile_file's dfile):
 * -d DDIR gives DDIR/basename; -s removes, for each leading component of
 * STRIP equal to the path's component at the same position, the first
 * component with that value (compileall's list.remove, quirks included);
 * -p prepends with os.path.join.  NULL when none applies. */
static char *make_dfile(const char *fullname, const char *ddir, const char *strip,
                        const char *prepend)
{
    char *dfile = ddir ? path_join(ddir, path_basename(fullname)) : NULL;

    if (strip) {
        char *f = xstrdup(fullname), *s = xstrdup(strip);
        size_t nf = 1, ns = 1, np;
        for (char *c = f; *c; c++)
            nf += *c == '/';
        for (char *c = s; *c; c++)
            ns += *c == '/';
        char **fp = malloc(nf * sizeof *fp), **sp = malloc(ns * sizeof *sp);
        char **parts = malloc(nf * sizeof *parts);
        if (!fp || !sp || !parts) {
            fputs("pyc: out of memory\n", stderr);
            exit(2);
        }
        nf = ns = 0;
        for (char *c = f, *start = f;; c++) {
            if (*c == '/' || !*c) {
                bool end = !*c;
                *c = '\0';
                fp[nf++] = start;
                start = c + 1;
                if (end)
                    break;
            }
        }
        for (char *c = s, *start = s;; c++) {
            if (*c == '/' || !*c) {
                bool end = !*c;
                *c = '\0';
                sp[ns++] = start;
                start = c + 1;
                if (end)
                    break;
            }
        }
        memcpy(parts, fp, nf * sizeof *parts);
        np = nf;
        for (size_t i = 0; i < nf && i < ns; i++) {
            if (strcmp(sp[i], fp[i]) != 0)
                continue;
            for (size_t k = 0; k < np; k++) {
                if (!strcmp(parts[k], sp[i])) {
                    memmove(parts + k, parts + k + 1, (np - k - 1) * sizeof *parts);
                    np--;
                    break;
                }
            }
        }
        free(dfile);
        /* compileall fails on an empty join (STRIP is the whole path);
         * keeping the path is the useful reading. */
        dfile = xstrdup(np ? parts[0] : fullname);
        for (size_t k = 1; k < np; k++) {
            char *j = path_join(dfile, parts[k]);
            free(dfile);
            dfile = j;
        }
        free(parts);
        free(fp);
        free(sp);
        free(f);
        free(s);
    }
    if (prepend) {
        char *j = path_join(prepend, dfile ? dfile : fullname);
        free(dfile);
        dfile = j;
    }
    return dfile;
}

/* repr() of a file name as python3.11 shows it in compileall's messages:
 * os.fsdecode (undecodable bytes become U+DC80..U+DCFF) then str repr. */
static void repr_path(ByteBuf *b, const char *path)
{
    const uint8_t *s = (const uint8_t *)path;
    bool has_sq = strchr(path, '\'') != NULL, has_dq = strchr(path, '"') != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';

    bb_byte(b, (uint8_t)q);
    while (*s) {
        uint32_t cp = *s;
        size_t n = 1;
        if (cp >= 0x80) {
            /* Strict UTF-8 (no overlongs, no encoded surrogates, <= U+10FFFF). */
            uint8_t lo = 0x80, hi = 0xBF;
            size_t need = 0;
            if (cp >= 0xC2 && cp <= 0xDF)
                need = 1, cp &= 0x1F;
            else if (cp >= 0xE0 && cp <= 0xEF) {
                need = 2;
                lo = cp == 0xE0 ? 0xA0 : 0x80;
                hi = cp == 0xED ? 0x9F : 0xBF;
                cp &= 0x0F;
            } else if (cp >= 0xF0 && cp <= 0xF4) {
                need = 3;
                lo = cp == 0xF0 ? 0x90 : 0x80;
                hi = cp == 0xF4 ? 0x8F : 0xBF;
                cp &= 0x07;
            }
            bool ok = need > 0 && s[1] >= lo && s[1] <= hi;
            for (size_t k = 2; ok && k <= need; k++)
                ok = s[k] >= 0x80 && s[k] <= 0xBF;
            if (ok) {
                for (size_t k = 1; k <= need; k++)
                    cp = (cp << 6) | (s[k] & 0x3F);
                n = need + 1;
            } else {
                cp = 0xDC00 + *s;
            }
        }
        if (cp == '\\' || cp == (uint32_t)q)
            bb_printf(b, "\\%c", (char)cp);
        else if (cp == '\t')
            bb_str(b, "\\t");
        else if (cp == '\n')
            bb_str(b, "\\n");
        else if (cp == '\r')
            bb_str(b, "\\r");
        else if (cp < 0x20 || cp == 0x7F)
            bb_printf(b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x80 || unicode_isprintable(cp))
            bb_put(b, s, n);
        else if (cp < 0x100)
            bb_printf(b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            bb_printf(b, "\\u%04x", (unsigned)cp);
        else
            bb_printf(b, "\\U%08x", (unsigned)cp);
        s += n;
    }
    bb_byte(b, (uint8_t)q);
}

static void print_repr_line(FILE *f, const char *before, const char *path, const char *after)
{
    ByteBuf b;
    bb_init(&b);
    bb_str(&b, before);
    repr_path(&b, path);
    bb_str(&b, after);
    fwrite(b.data, 1, b.len, f);
    bb_free(&b);
}

/* os.stat().st_mtime is sec + nsec * 1e-9 as a double and compileall and
 * importlib truncate that with int(): the same arithmetic gives the same
 * (sometimes rounded-up) second. */
static uint32_t stat_mtime(const struct stat *st)
{
    double t = (double)st->st_mtim.tv_sec + (double)st->st_mtim.tv_nsec * 1e-9;
    return (uint32_t)(int64_t)t;
}

/* ---- Writing ---- */

static void os_error(const CaOptions *o, FILE *err, const char *path, int errnum)
{
    if (o->quiet < 2)
        fprintf(err, "pyc: %s: %s\n", path, strerror(errnum));
}

__attribute__((warn_unused_result))
static int write_all(int fd, const uint8_t *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/* os.makedirs(dir) where a missing dir is created with its parents and an
 * existing one is fine. */
__attribute__((warn_unused_result))
static int make_dirs(char *dir)
{
    struct stat st;
    if (!dir[0] || stat(dir, &st) == 0)
        return 0;
    for (char *c = dir + 1; *c; c++) {
        if (*c != '/')
            continue;
        *c = '\0';
        int rc = mkdir(dir, 0777);
        int e = errno;
        *c = '/';
        if (rc < 0 && e != EEXIST) {
            errno = e;
            return -1;
        }
    }
    if (mkdir(dir, 0777) < 0 && errno != EEXIST)
        return -1;
    return 0;
}

/* importlib's _write_atomic: a temporary file next to PATH, renamed over
 * it; on any failure the temporary is removed and PATH is untouched.
 * Errors name PATH (the file the user asked for), not the temporary. */
__attribute__((warn_unused_result))
static int write_atomic(const CaOptions *o, FILE *err, const char *path,
                        const uint8_t *data, size_t len, mode_t mode)
{
    static unsigned counter;
    size_t plen = strlen(path) + 48;
    char *tmp = malloc(plen);
    int fd;

    if (!tmp) {
        os_error(o, err, path, ENOMEM);
        return -1;
    }
    snprintf(tmp, plen, "%s.%ld.%u.tmp", path, (long)getpid(), counter++);
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 0666);
    if (fd < 0) {
        os_error(o, err, path, errno);
        free(tmp);
        return -1;
    }
    int e = 0;
    if (write_all(fd, data, len) < 0)
        e = errno;
    if (close(fd) < 0 && !e)
        e = errno;
    if (!e && rename(tmp, path) < 0)
        e = errno;
    if (e) {
        os_error(o, err, path, e);
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

/* -o to a terminal, pipe or device (/dev/stdout, /dev/full): no rename is
 * possible, so the bytes go straight there. */
__attribute__((warn_unused_result))
static int write_direct(const CaOptions *o, FILE *err, const char *path,
                        const uint8_t *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        os_error(o, err, path, errno);
        return -1;
    }
    if (write_all(fd, data, len) < 0) {
        int e = errno;
        close(fd);
        os_error(o, err, path, e);
        return -1;
    }
    if (close(fd) < 0) {
        os_error(o, err, path, errno);
        return -1;
    }
    return 0;
}

/* ---- Compiling one file ---- */

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* py_compile's PyCompileError.msg.  REPORT is the error as
 * compile_module_source printed it (an uncaught exception's report).
 * Exactly SyntaxError (py_compile tests `is SyntaxError`) keeps its
 * traceback.format_exception_only text, which ends in a newline; every
 * other exception, IndentationError and TabError included, becomes
 * "Sorry: Type: str(exc)", without a newline, where str() of a
 * SyntaxError subclass appends " (BASENAME, line N)". */
static void compile_error_msg(ByteBuf *msg, const char *report)
{
    const char *last = report, *end = report + strlen(report);
    while (end > report && end[-1] == '\n')
        end--;
    for (const char *c = report; c < end; c++)
        if (*c == '\n')
            last = c + 1;
    if (starts_with(last, "SyntaxError:")) {
        bb_str(msg, report);
        if (!msg->len || msg->data[msg->len - 1] != '\n')
            bb_byte(msg, '\n');
        return;
    }
    bb_str(msg, "Sorry: ");
    bb_put(msg, last, (size_t)(end - last));
    /* str(MemoryError()) is empty: "Sorry: MemoryError: ". */
    if (!memchr(last, ':', (size_t)(end - last)))
        bb_str(msg, ": ");
    if (!starts_with(last, "IndentationError:") && !starts_with(last, "TabError:"))
        return;
    const char *file = strstr(report, "  File \"");
    const char *eol = file ? strchr(file, '\n') : NULL;
    if (!file || !eol)
        return;
    file += strlen("  File \"");
    const char *sep = NULL;
    for (const char *c = file; c + 8 <= eol; c++)
        if (!strncmp(c, "\", line ", 8))
            sep = c;
    if (!sep)
        return;
    const char *base = file;
    for (const char *c = file; c < sep; c++)
        if (*c == '/')
            base = c + 1;
    bb_printf(msg, " (%.*s, line %ld)", (int)(sep - base), base, strtol(sep + 8, NULL, 10));
}

/* py_compile.compile(fullname, cfile, dfile): the checks on CFILE, read,
 * compile, makedirs, header, atomic write.  Returns 0 or 1. */
static int compile_to(const CaOptions *o, const char *fullname, const char *cfile,
                      const char *dfile, FILE *out, FILE *err)
{
    struct stat st;
    bool direct = false;
    uint8_t *src = NULL;
    size_t srclen = 0;
    char why[512];
    int status = 1;
    Arena arena;
    ByteBuf pyc;

    arena_init(&arena);
    bb_init(&pyc);
    if (lstat(cfile, &st) == 0) {
        /* -o /dev/stdout is a symlink to a device: fine to write through. */
        struct stat target;
        if (o->output && S_ISLNK(st.st_mode) && stat(cfile, &target) == 0
            && (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode)))
            st = target;
        if (S_ISLNK(st.st_mode)) {
            if (o->quiet < 2)
                fprintf(err, "pyc: %s: is a symbolic link; not replacing it with a regular file\n",
                        cfile);
            goto done;
        }
        if (o->output && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
            direct = true;
        } else if (!S_ISREG(st.st_mode)) {
            if (o->quiet < 2)
                fprintf(err, "pyc: %s: not a regular file; not replacing it\n", cfile);
            goto done;
        }
    }
    if (pyc_read_all(fullname, &src, &srclen, why, sizeof why) < 0) {
        if (o->quiet < 2)
            fprintf(err, "pyc: %s\n", why);
        goto done;
    }

    CompileOptions co = { .optimize = o->optimize, .filename = dfile ? dfile : fullname };
    char *report = NULL;
    size_t reportlen = 0;
    FILE *rf = open_memstream(&report, &reportlen);
    if (!rf) {
        os_error(o, err, fullname, errno);
        goto done;
    }
    int cstatus = 0;
    Code *code = compile_module_source(&arena, (const char *)src, srclen, &co, rf, &cstatus);
    fclose(rf);
    if (!code) {
        if (o->quiet < 2) {
            ByteBuf msg;
            bb_init(&msg);
            compile_error_msg(&msg, report ? report : "");
            if (o->recursive) {
                if (o->quiet)
                    print_repr_line(out, "*** Error compiling ", fullname, "...\n");
                else
                    fputs("*** ", out);
                fwrite(msg.data, 1, msg.len, out);
                fputc('\n', out);
            } else {
                fwrite(msg.data, 1, msg.len, err);
                if (msg.len && msg.data[msg.len - 1] != '\n')
                    fputc('\n', err);
            }
            bb_free(&msg);
        }
        free(report);
        goto done;
    }
    /* Warnings of a successful compilation go to stderr, as python3.11's
     * warnings module shows them, whatever -q says. */
    if (reportlen)
        fwrite(report, 1, reportlen, err);
    free(report);

    PycHeader hdr = { .magic = PYC_MAGIC_NUMBER };
    if (o->mode == CA_TIMESTAMP) {
        if (stat(fullname, &st) < 0) {
            os_error(o, err, fullname, errno);
            goto done;
        }
        hdr.mtime = stat_mtime(&st);
        hdr.source_size = (uint32_t)st.st_size;
    } else {
        hdr.flags = PYC_FLAG_HASH_BASED
                    | (o->mode == CA_CHECKED_HASH ? PYC_FLAG_CHECK_SOURCE : 0);
        pyc_source_hash(src, srclen, hdr.source_hash);
    }
    Obj *codeobj = obj_code(&arena);
    codeobj->u.code = code;
    if (pyc_write(&hdr, codeobj, &pyc) < 0) {
        if (o->quiet < 2)
            fprintf(err, "pyc: %s: the code object cannot be marshalled\n", fullname);
        goto done;
    }

    if (direct) {
        if (write_direct(o, err, cfile, pyc.data, pyc.len) < 0)
            goto done;
    } else {
        const char *slash = strrchr(cfile, '/');
        if (slash && slash > cfile) {
            char *dir = xstrdup(cfile);
            dir[slash - cfile] = '\0';
            int rc = make_dirs(dir);
            if (rc < 0)
                os_error(o, err, dir, errno);
            free(dir);
            if (rc < 0)
                goto done;
        }
        /* importlib's _calc_mode: the source's permissions, plus owner write. */
        mode_t mode = stat(fullname, &st) == 0 ? st.st_mode : 0666;
        if (write_atomic(o, err, cfile, pyc.data, pyc.len, mode | 0200) < 0)
            goto done;
    }
    status = 0;
done:
    free(src);
    bb_free(&pyc);
    arena_free(&arena);
    return status;
}

/* compileall.compile_file for one walked path. */
static int compileall_file(const CaOptions *o, const char *fullname, const char *dfile,
                           FILE *out, FILE *err)
{
    struct stat st;
    if (o->rx && regexec(o->rx, fullname, 0, NULL, 0) == 0)
        return 0;
    if (stat(fullname, &st) < 0 || !S_ISREG(st.st_mode))
        return 0;
    const char *name = path_basename(fullname);
    size_t nl = strlen(name);
    if (nl < 3 || strcmp(name + nl - 3, ".py") != 0)
        return 0;

    char *cfile;
    if (o->legacy) {
        cfile = malloc(strlen(fullname) + 2);
        if (!cfile)
            return 1;
        sprintf(cfile, "%sc", fullname);
    } else {
        cfile = cache_path(fullname, o->optimize);
    }
    if (!o->force) {
        /* compileall's test: magic, flags 0 and the mtime (not the size),
         * so hash-based files are always rewritten. */
        uint8_t expect[12], actual[12];
        uint32_t m = stat_mtime(&st);
        expect[0] = PYC_MAGIC_NUMBER & 0xFF;
        expect[1] = PYC_MAGIC_NUMBER >> 8;
        expect[2] = '\r';
        expect[3] = '\n';
        memset(expect + 4, 0, 4);
        for (int i = 0; i < 4; i++)
            expect[8 + i] = (uint8_t)(m >> (8 * i));
        FILE *f = fopen(cfile, "rb");
        if (f) {
            size_t got = fread(actual, 1, sizeof actual, f);
            fclose(f);
            if (got == sizeof actual && !memcmp(expect, actual, sizeof actual)) {
                free(cfile);
                return 0;
            }
        }
    }
    if (!o->quiet)
        print_repr_line(out, "Compiling ", fullname, "...\n");
    int rc = compile_to(o, fullname, cfile, dfile, out, err);
    free(cfile);
    return rc;
}

/* py_compile.compile for one file named on the command line. */
static int py_compile_file(const CaOptions *o, const char *fullname, const char *dfile,
                           FILE *out, FILE *err)
{
    if (o->rx && regexec(o->rx, fullname, 0, NULL, 0) == 0)
        return 0;
    char *cfile;
    if (o->output) {
        cfile = xstrdup(o->output);
    } else if (o->legacy) {
        cfile = malloc(strlen(fullname) + 2);
        if (!cfile)
            return 1;
        sprintf(cfile, "%sc", fullname);
    } else {
        cfile = cache_path(fullname, o->optimize);
    }
    int rc = compile_to(o, fullname, cfile, dfile, out, err);
    free(cfile);
    return rc;
}

static void run_job(const CaOptions *o, Job *j)
{
    FILE *out = open_memstream(&j->out, &j->outlen);
    FILE *err = open_memstream(&j->err, &j->errlen);
    if (!out || !err) {
        fputs("pyc: out of memory\n", stderr);
        exit(2);
    }
    if (o->recursive)
        j->status = compileall_file(o, j->path, j->dfile, out, err);
    else
        j->status = py_compile_file(o, j->path, j->dfile, out, err);
    fclose(out);
    fclose(err);
    j->done = true;
}

/* ---- The job list ---- */

static Job *job_add(JobList *l)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        Job *v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            fputs("pyc: out of memory\n", stderr);
            exit(2);
        }
        l->v = v;
        l->cap = cap;
    }
    Job *j = &l->v[l->n++];
    memset(j, 0, sizeof *j);
    return j;
}

static void note_add(JobList *l, char *out, char *err, int status)
{
    Job *j = job_add(l);
    j->out = out;
    j->outlen = out ? strlen(out) : 0;
    j->err = err;
    j->errlen = err ? strlen(err) : 0;
    j->status = status;
    j->done = true;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* compileall._walk_dir: sorted names, __pycache__ skipped, everything that
 * is not a directory yielded (compile_file filters), real subdirectories
 * (not symlinks, not . or ..) entered while MAXLEVELS allows. */
static void walk_dir(const CaOptions *o, JobList *l, const char *dir, int maxlevels,
                     const char *strip, const char *prepend)
{
    if (!o->quiet) {
        ByteBuf b;
        bb_init(&b);
        bb_str(&b, "Listing ");
        repr_path(&b, dir);
        bb_str(&b, "...\n");
        note_add(l, bb_take(&b), NULL, 0);
    }
    DIR *d = opendir(dir);
    if (!d) {
        /* compileall prints "Can't list" and carries on successfully; an
         * argument or subdirectory we cannot read is a failure here. */
        ByteBuf b;
        bb_init(&b);
        if (o->quiet < 2)
            bb_printf(&b, "pyc: %s: %s\n", dir, strerror(errno));
        note_add(l, NULL, bb_take(&b), 1);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 32;
            char **v = realloc(names, cap * sizeof *v);
            if (!v) {
                fputs("pyc: out of memory\n", stderr);
                exit(2);
            }
            names = v;
        }
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char *full = path_join(dir, names[i]);
        struct stat st;
        if (!strcmp(names[i], "__pycache__")) {
            free(full);
        } else if (!is_dir(full)) {
            Job *j = job_add(l);
            j->path = full;
            j->dfile = make_dfile(full, NULL, strip, prepend);
        } else {
            if (maxlevels > 0 && lstat(full, &st) == 0 && !S_ISLNK(st.st_mode))
                walk_dir(o, l, full, maxlevels - 1, strip, prepend);
            free(full);
        }
        free(names[i]);
    }
    free(names);
}

static void build_jobs(const CaOptions *o, JobList *l, int npaths, char **paths)
{
    for (int i = 0; i < npaths; i++) {
        struct stat st;
        const char *p = paths[i];
        if (!o->recursive || (stat(p, &st) == 0 && S_ISREG(st.st_mode))) {
            Job *j = job_add(l);
            j->path = xstrdup(p);
            j->dfile = make_dfile(p, o->ddir, o->stripdir, o->prependdir);
        } else if (o->ddir) {
            /* compile_dir turns -d into "strip the argument, prepend DDIR". */
            walk_dir(o, l, p, o->maxlevels, p, o->ddir);
        } else {
            walk_dir(o, l, p, o->maxlevels, o->stripdir, o->prependdir);
        }
    }
}

/* ---- Running the jobs ---- */

static size_t print_ready(JobList *l, size_t next, int *status)
{
    while (next < l->n && l->v[next].done) {
        Job *j = &l->v[next++];
        if (j->outlen) {
            fwrite(j->out, 1, j->outlen, stdout);
            fflush(stdout);
        }
        if (j->errlen) {
            fwrite(j->err, 1, j->errlen, stderr);
            fflush(stderr);
        }
        if (j->status)
            *status = 1;
        free(j->out);
        free(j->err);
        j->out = j->err = NULL;
    }
    return next;
}

typedef struct ResultHead {
    uint32_t idx;
    int32_t status;
    uint32_t outlen, errlen;
} ResultHead;

typedef struct Worker {
    pid_t pid;
    int to, from;     /* job indices out, results in */
    long current;     /* job being compiled, -1 when idle */
    ByteBuf in;       /* partial result bytes */
} Worker;

__attribute__((warn_unused_result))
static int read_full(int fd, void *buf, size_t len)
{
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t r = read(fd, p, len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        p += r;
        len -= (size_t)r;
    }
    return 0;
}

static void worker_main(const CaOptions *o, JobList *l, int from_parent, int to_parent)
{
    uint32_t idx;
    while (read_full(from_parent, &idx, sizeof idx) == 0 && idx < l->n) {
        Job *j = &l->v[idx];
        run_job(o, j);
        ResultHead h = { idx, j->status, (uint32_t)j->outlen, (uint32_t)j->errlen };
        ByteBuf b;
        bb_init(&b);
        bb_put(&b, &h, sizeof h);
        bb_put(&b, j->out, j->outlen);
        bb_put(&b, j->err, j->errlen);
        if (write_all(to_parent, b.data, b.len) < 0)
            _exit(3);
        bb_free(&b);
        free(j->out);
        free(j->err);
    }
    _exit(0);
}

static long next_file(JobList *l, size_t *cursor)
{
    while (*cursor < l->n && l->v[*cursor].done)
        (*cursor)++;
    return *cursor < l->n ? (long)(*cursor)++ : -1;
}

static void send_job(Worker *w, JobList *l, size_t *cursor)
{
    long idx = next_file(l, cursor);
    if (idx >= 0) {
        uint32_t u = (uint32_t)idx;
        if (write_all(w->to, (const uint8_t *)&u, sizeof u) == 0) {
            w->current = idx;
            return;
        }
    }
    w->current = -1;
    if (w->to >= 0)
        close(w->to);
    w->to = -1;
}

/* Takes complete records out of w->in. */
static void take_results(Worker *w, JobList *l)
{
    size_t off = 0;
    while (w->in.len - off >= sizeof(ResultHead)) {
        ResultHead h;
        memcpy(&h, w->in.data + off, sizeof h);
        size_t need = sizeof h + h.outlen + h.errlen;
        if (w->in.len - off < need || h.idx >= l->n)
            break;
        Job *j = &l->v[h.idx];
        const char *p = (const char *)w->in.data + off + sizeof h;
        j->out = malloc(h.outlen + 1);
        j->err = malloc(h.errlen + 1);
        if (!j->out || !j->err) {
            fputs("pyc: out of memory\n", stderr);
            exit(2);
        }
        memcpy(j->out, p, h.outlen);
        memcpy(j->err, p + h.outlen, h.errlen);
        j->outlen = h.outlen;
        j->errlen = h.errlen;
        j->status = h.status;
        j->done = true;
        if (w->current == (long)h.idx)
            w->current = -1;
        off += need;
    }
    memmove(w->in.data, w->in.data + off, w->in.len - off);
    w->in.len -= off;
}

static void fail_job(Job *j, const char *why)
{
    ByteBuf b;
    bb_init(&b);
    bb_printf(&b, "pyc: %s: %s\n", j->path, why);
    j->err = bb_take(&b);
    j->errlen = strlen(j->err);
    j->status = 1;
    j->done = true;
}

/* Forked workers, each fed one job index at a time through a pipe; the
 * parent prints finished jobs as soon as all earlier ones are printed. */
static int run_parallel(const CaOptions *o, JobList *l, int nworkers)
{
    Worker *w = calloc((size_t)nworkers, sizeof *w);
    struct pollfd *pf = calloc((size_t)nworkers, sizeof *pf);
    size_t cursor = 0, printed = 0;
    int status = 0, started = 0;
    void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN);

    if (!w || !pf) {
        fputs("pyc: out of memory\n", stderr);
        exit(2);
    }
    fflush(stdout);
    fflush(stderr);
    for (int i = 0; i < nworkers; i++) {
        int down[2], up[2];
        w[i].to = w[i].from = -1;
        w[i].current = -1;
        bb_init(&w[i].in);
        if (pipe(down) < 0)
            break;
        if (pipe(up) < 0) {
            close(down[0]);
            close(down[1]);
            break;
        }
        pid_t pid = fork();
        if (pid < 0) {
            close(down[0]);
            close(down[1]);
            close(up[0]);
            close(up[1]);
            break;
        }
        if (pid == 0) {
            for (int k = 0; k < i; k++) {
                if (w[k].to >= 0)
                    close(w[k].to);
                if (w[k].from >= 0)
                    close(w[k].from);
            }
            close(down[1]);
            close(up[0]);
            signal(SIGPIPE, SIG_DFL);
            worker_main(o, l, down[0], up[1]);
        }
        close(down[0]);
        close(up[1]);
        w[i].pid = pid;
        w[i].to = down[1];
        w[i].from = up[0];
        started++;
    }
    if (started == 0) {
        /* No processes to be had: do the work here. */
        for (size_t i = 0; i < l->n; i++) {
            if (!l->v[i].done)
                run_job(o, &l->v[i]);
            printed = print_ready(l, printed, &status);
        }
        goto out;
    }
    for (int i = 0; i < started; i++)
        send_job(&w[i], l, &cursor);
    printed = print_ready(l, printed, &status);

    for (;;) {
        int nfds = 0;
        for (int i = 0; i < started; i++) {
            if (w[i].from >= 0) {
                pf[nfds].fd = w[i].from;
                pf[nfds].events = POLLIN;
                pf[nfds].revents = 0;
                nfds++;
            }
        }
        if (nfds == 0)
            break;
        if (poll(pf, (nfds_t)nfds, -1) < 0) {
            if (errno == EINTR)
                continue;
            perror("pyc: poll");
            exit(2);
        }
        for (int k = 0; k < nfds; k++) {
            if (!pf[k].revents)
                continue;
            Worker *x = NULL;
            for (int i = 0; i < started; i++)
                if (w[i].from == pf[k].fd)
                    x = &w[i];
            uint8_t buf[65536];
            ssize_t r = read(x->from, buf, sizeof buf);
            if (r < 0 && errno == EINTR)
                continue;
            if (r > 0) {
                bb_put(&x->in, buf, (size_t)r);
                take_results(x, l);
                if (x->current < 0)
                    send_job(x, l, &cursor);
                continue;
            }
            /* EOF: the worker is gone. */
            close(x->from);
            x->from = -1;
            if (x->to >= 0)
                close(x->to);
            x->to = -1;
            int ws = 0;
            while (waitpid(x->pid, &ws, 0) < 0 && errno == EINTR)
                ;
            x->pid = 0;
            if (x->current >= 0 && !l->v[x->current].done) {
                char why[96];
                if (WIFSIGNALED(ws))
                    snprintf(why, sizeof why, "the compiler crashed (signal %d)", WTERMSIG(ws));
                else
                    snprintf(why, sizeof why, "the compiler exited with status %d",
                             WIFEXITED(ws) ? WEXITSTATUS(ws) : -1);
                fail_job(&l->v[x->current], why);
            }
            x->current = -1;
        }
        printed = print_ready(l, printed, &status);
    }
    /* Jobs left when every worker died. */
    for (size_t i = 0; i < l->n; i++)
        if (!l->v[i].done)
            fail_job(&l->v[i], "not compiled (no worker left)");
out:
    printed = print_ready(l, printed, &status);
    for (int i = 0; i < started; i++) {
        if (w[i].pid > 0)
            waitpid(w[i].pid, NULL, 0);
        bb_free(&w[i].in);
    }
    signal(SIGPIPE, old_pipe);
    free(w);
    free(pf);
    return status;
}

CaInvalidation ca_default_invalidation(void)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    return s && s[0] ? CA_CHECKED_HASH : CA_TIMESTAMP;
}

int ca_run(const CaOptions *o, int npaths, char **paths)
{
    JobList l = { 0 };
    int status = 0;
    size_t nfiles = 0;

    build_jobs(o, &l, npaths, paths);
    for (size_t i = 0; i < l.n; i++)
        nfiles += !l.v[i].done;
    int jobs = o->jobs;
    if (jobs <= 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = n > 0 ? (int)n : 1;
    }
    if ((size_t)jobs > nfiles)
        jobs = (int)nfiles;
    if (jobs > 1) {
        status = run_parallel(o, &l, jobs);
    } else {
        size_t printed = 0;
        for (size_t i = 0; i < l.n; i++) {
            if (!l.v[i].done)
                run_job(o, &l.v[i]);
            printed = print_ready(&l, printed, &status);
        }
    }
    for (size_t i = 0; i < l.n; i++) {
        free(l.v[i].path);
        free(l.v[i].dfile);
    }
    free(l.v);
    return status;
}
