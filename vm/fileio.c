/* vm/fileio.c: the binary layers of pvm's files, as CPython's _io module
 * shows them: FileIO (one fd, one system call per operation: open(...,
 * buffering=0)) and BufferedReader / BufferedWriter / BufferedRandom over a
 * FileIO (what open(..., 'rb') and friends return), with CPython's error
 * messages, which differ by layer.  The text layer is textio.c, open()
 * open.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <gc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exc.h"
#include "fileio.h"
#include "runtime.h"

#define CHUNK 8192

/* ---- errors ---- */
Value pv_err_errno(int err, Value filename)
{
    Value a[3] = {pv_int_from_i64(err), pv_str_cstr(strerror(err)), filename};
    Value e = pv_exc_new_checked(&pv_exc_OSError, pv_tuple_from(filename ? 3 : 2, a));
    if (e != V_NULL)
        pv_err_set(e);
    return V_NULL;
}

Value pv_unsupported(const char *msg)
{
    pv_err_set(pv_exc_new(&pv_exc_UnsupportedOperation, pv_tuple_from(1, (Value[]){pv_str_cstr(msg)})));
    return V_NULL;
}

Value pv_closed_error(const char *msg)
{
    pv_err_set_str(&pv_exc_ValueError, msg);
    return V_NULL;
}

static const char CLOSED[] = "I/O operation on closed file"; /* most methods */
static const char CLOSED_DOT[] = "I/O operation on closed file."; /* IOBase's */

/* Argument Clinic's argument-count messages for the _io methods */
static bool nargs(Value self, const char *fname, int argc, Value kwnames, int min, int max)
{
    const char *tname = pv_type_name(self);
    if (strncmp(tname, "_io.", 4) == 0)
        tname += 4;
    if (kwnames != V_NULL && PV_TUPLE_LEN(kwnames) > 0) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes no keyword arguments", tname, fname);
        return false;
    }
    if (max == 0 && argc > 0) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes no arguments (%d given)", tname, fname,
                      argc);
        return false;
    }
    if (min == 1 && max == 1 && argc != 1) {
        pv_err_format(&pv_exc_TypeError, "%s.%s() takes exactly one argument (%d given)", tname,
                      fname, argc);
        return false;
    }
    if (argc > max) {
        pv_err_format(&pv_exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                      max == 1 ? "" : "s", argc);
        return false;
    }
    if (argc < min) {
        pv_err_format(&pv_exc_TypeError, "%s expected at least %d argument%s, got %d", fname,
                      min, min == 1 ? "" : "s", argc);
        return false;
    }
    return true;
}

bool pv_io_int(Value v, int64_t *out, int64_t min, int64_t max, PvType *ovf_type,
               const char *msg)
{
    if (v_isinstance(v, &pv_int_type) && (!pv_int_as_i64(v, out) || *out < min || *out > max)) {
        pv_err_set_str(ovf_type, msg);
        return false;
    }
    return pv_index(v, out) == 0;
}

bool pv_io_slot_noargs(int argc, Value kwnames)
{
    int nkw = kwnames == V_NULL ? 0 : (int)PV_TUPLE_LEN(kwnames);
    if (argc - nkw > 0) {
        pv_err_format(&pv_exc_TypeError, "expected 0 arguments, got %d", argc - nkw);
        return false;
    }
    if (nkw) {
        pv_err_set_str(&pv_exc_TypeError, "wrapper __next__() takes no keyword arguments");
        return false;
    }
    return true;
}

#define SSIZE_ARG(v, out)                                                                    \
    pv_io_int(v, out, INT64_MIN, INT64_MAX, &pv_exc_OverflowError,                          \
              "Python int too large to convert to C ssize_t")

/* read(size=-1)'s argument: "argument should be integer or None" */
static bool size_arg(int argc, const Value *argv, int64_t *n)
{
    *n = -1;
    if (argc == 0 || argv[0] == V_NONE)
        return true;
    if (!v_isinstance(argv[0], &pv_int_type)) {
        pv_err_format(&pv_exc_TypeError, "argument should be integer or None, not '%s'",
                      pv_type_name(argv[0]));
        return false;
    }
    return pv_index(argv[0], n) == 0;
}

/* bytes and bytearray (the bytes-like objects pvm has) */
static bool bytes_arg(Value v, const uint8_t **p, int64_t *n)
{
    if (v_isinstance(v, &pv_bytes_type)) {
        *p = ((PvBytes *)v_obj(v))->data;
        *n = ((PvBytes *)v_obj(v))->len;
        return true;
    }
    if (v_isinstance(v, &pv_bytearray_type)) {
        PvByteArray *b = (PvByteArray *)v_obj(v);
        *p = b->data ? b->data : (const uint8_t *)"";
        *n = b->len;
        return true;
    }
    pv_err_format(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                  pv_type_name(v));
    return false;
}

/* ---- system calls, retried on EINTR ---- */
static int64_t sys_read(int fd, void *buf, size_t n)
{
    ssize_t r;
    do
        r = read(fd, buf, n);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        pv_err_errno(errno, V_NULL);
    return r;
}

static int sys_write_all(int fd, const uint8_t *p, int64_t n)
{
    while (n > 0) {
        ssize_t r = write(fd, p, (size_t)n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            pv_err_errno(errno, V_NULL);
            return -1;
        }
        p += r;
        n -= r;
    }
    return 0;
}

static int64_t sys_seek(int fd, int64_t pos, int whence)
{
    off_t r = lseek(fd, (off_t)pos, whence);
    if (r < 0)
        pv_err_errno(errno, V_NULL);
    return r;
}

/* ---- the list of open buffered files, flushed at exit ----
 * malloc'ed nodes, invisible to the collector, so a file nobody references
 * is still collected (its finaliser flushes and closes it). */
struct OpenFile {
    PvBuffered *file;
    OpenFile *prev, *next;
};
static OpenFile *open_files;

static void unregister(PvBuffered *b)
{
    OpenFile *o = b->open;
    if (!o)
        return;
    if (o->prev)
        o->prev->next = o->next;
    else
        open_files = o->next;
    if (o->next)
        o->next->prev = o->prev;
    free(o);
    b->open = NULL;
}

static void register_open(PvBuffered *b)
{
    OpenFile *o = malloc(sizeof *o);
    if (!o)
        abort();
    o->file = b;
    o->prev = NULL;
    o->next = open_files;
    if (open_files)
        open_files->prev = o;
    open_files = o;
    b->open = o;
}

/* flush errors at exit or collection have nowhere to go: CPython reports
 * them as "Exception ignored"; pvm drops them */
static void flush_quietly(PvBuffered *b)
{
    if (b->wlen && b->raw->fd >= 0) {
        /* finalisers run inside any allocation: keep the exception that
         * may be in flight there */
        Value pending = pv_err_fetch();
        if (pv_buffered_flush(b) < 0)
            pv_err_clear();
        if (pending != V_NULL)
            pv_err_set(pending);
    }
}

void pv_files_flush_all(void)
{
    for (OpenFile *o = open_files; o; o = o->next)
        flush_quietly(o->file);
}

static void close_raw(PvFileIO *f)
{
    if (f->fd >= 0 && f->closefd)
        close(f->fd);
    f->fd = -1;
}

static void finalize_buffered(void *obj, void *data)
{
    (void)data;
    PvBuffered *b = obj;
    flush_quietly(b);
    unregister(b);
    close_raw(b->raw);
    free(b->rbuf);
    free(b->wbuf);
}

static void finalize_raw(void *obj, void *data)
{
    (void)data;
    close_raw(obj);
}

/* ---- FileIO ---- */
Value pv_fileio_open(Value name, char kind, bool plus, bool closefd)
{
    int flags = O_CLOEXEC;
    if (plus)
        flags |= O_RDWR;
    else if (kind == 'r')
        flags |= O_RDONLY;
    else
        flags |= O_WRONLY;
    if (kind == 'w')
        flags |= O_CREAT | O_TRUNC;
    else if (kind == 'a')
        flags |= O_CREAT | O_APPEND;
    else if (kind == 'x')
        flags |= O_CREAT | O_EXCL;
    int fd;
    int64_t given;
    if (v_isinstance(name, &pv_int_type)) {
        if (pv_index(name, &given) < 0)
            return V_NULL;
        if (given < 0) {
            pv_err_set_str(&pv_exc_ValueError, "negative file descriptor");
            return V_NULL;
        }
        fd = (int)given;
        struct stat st;
        if (fstat(fd, &st) < 0)
            return pv_err_errno(errno, V_NULL);
    } else {
        const char *path;
        size_t n;
        if (v_isinstance(name, &pv_str_type)) {
            path = pv_str_utf8(name, &n);
        } else if (v_isinstance(name, &pv_bytes_type)) {
            path = (const char *)((PvBytes *)v_obj(name))->data;
            n = (size_t)((PvBytes *)v_obj(name))->len;
        } else {
            pv_err_format(&pv_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                          pv_type_name(name));
            return V_NULL;
        }
        if (strlen(path) != n) {
            pv_err_set_str(&pv_exc_ValueError, "embedded null byte");
            return V_NULL;
        }
        bool collected = false;
        for (;;) {
            fd = open(path, flags, 0666);
            if (fd >= 0)
                break;
            if (errno == EINTR)
                continue;
            /* out of descriptors: files nobody refers to any more may be
             * waiting for the collector to close them */
            if ((errno == EMFILE || errno == ENFILE) && !collected) {
                collected = true;
                pv_gc_collect();
                GC_invoke_finalizers();
                continue;
            }
            break;
        }
        if (fd < 0)
            return pv_err_errno(errno, name);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return pv_err_errno(EISDIR, name);
        }
        closefd = true;
    }
    PvFileIO *f = (PvFileIO *)pv_new_object(&pv_fileio_type, sizeof(PvFileIO));
    f->fd = fd;
    f->name = name;
    f->readable = kind == 'r' || plus;
    f->writable = kind != 'r' || plus;
    f->appending = kind == 'a';
    f->created = kind == 'x';
    f->plus = plus;
    f->closefd = closefd;
    f->seekable = -1;
    if (f->appending)
        lseek(fd, 0, SEEK_END);
    GC_register_finalizer_no_order(f, finalize_raw, NULL, NULL, NULL);
    return v_from(f);
}

static const char *raw_mode(PvFileIO *f)
{
    if (f->created)
        return f->readable ? "xb+" : "xb";
    if (f->appending)
        return f->readable ? "ab+" : "ab";
    if (f->readable)
        return f->writable ? "rb+" : "rb";
    return "wb";
}

static PvFileIO *RAW(Value v) { return (PvFileIO *)v_obj(v); }

static bool raw_open(PvFileIO *f, const char *msg)
{
    if (f->fd >= 0)
        return true;
    pv_closed_error(msg);
    return false;
}

static bool raw_seekable(PvFileIO *f)
{
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return f->seekable;
}

static Value name_repr(Value name, const char *prefix)
{
    Value r = pv_repr(name);
    return r == V_NULL ? V_NULL : pv_str_printf("%s%s", prefix, pv_str_utf8(r, NULL));
}

static Value raw_repr(Value self)
{
    PvFileIO *f = RAW(self);
    if (f->fd < 0)
        return pv_str_cstr("<_io.FileIO [closed]>");
    Value n = name_repr(f->name, "");
    if (n == V_NULL)
        return V_NULL;
    return pv_str_printf("<_io.FileIO name=%s mode='%s' closefd=%s>", pv_str_utf8(n, NULL),
                         raw_mode(f), f->closefd ? "True" : "False");
}

static Value read_all_fd(int fd, const uint8_t *prefix, int64_t plen)
{
    int64_t cap = plen + CHUNK, len = plen;
    uint8_t *buf = malloc((size_t)cap);
    if (!buf)
        return pv_err_no_memory();
    if (plen)
        memcpy(buf, prefix, (size_t)plen);
    for (;;) {
        if (cap - len < CHUNK) {
            cap *= 2;
            uint8_t *nb = realloc(buf, (size_t)cap);
            if (!nb) {
                free(buf);
                return pv_err_no_memory();
            }
            buf = nb;
        }
        int64_t r = sys_read(fd, buf + len, (size_t)(cap - len));
        if (r < 0) {
            free(buf);
            return V_NULL;
        }
        if (r == 0)
            break;
        len += r;
    }
    Value b = pv_bytes(buf, (size_t)len);
    free(buf);
    return b;
}

static Value raw_read(Value self, int argc, const Value *argv, Value kwnames)
{
    PvFileIO *f = RAW(self);
    int64_t n;
    if (!nargs(self, "read", argc, kwnames, 0, 1) || !size_arg(argc, argv, &n) ||
        !raw_open(f, CLOSED))
        return V_NULL;
    if (!f->readable)
        return pv_unsupported("File not open for reading");
    if (n < 0)
        return read_all_fd(f->fd, NULL, 0);
    uint8_t *buf = malloc((size_t)n + 1);
    if (!buf)
        return pv_err_no_memory();
    int64_t r = sys_read(f->fd, buf, (size_t)n);
    Value b = r < 0 ? V_NULL : pv_bytes(buf, (size_t)r);
    free(buf);
    return b;
}

static Value raw_readall(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvFileIO *f = RAW(self);
    if (!nargs(self, "readall", argc, kwnames, 0, 0) || !raw_open(f, CLOSED))
        return V_NULL;
    if (!f->readable)
        return pv_unsupported("File not open for reading");
    return read_all_fd(f->fd, NULL, 0);
}

static Value raw_write(Value self, int argc, const Value *argv, Value kwnames)
{
    PvFileIO *f = RAW(self);
    const uint8_t *p;
    int64_t n;
    if (!nargs(self, "write", argc, kwnames, 1, 1) || !bytes_arg(argv[0], &p, &n) ||
        !raw_open(f, CLOSED))
        return V_NULL;
    if (!f->writable)
        return pv_unsupported("File not open for writing");
    if (sys_write_all(f->fd, p, n) < 0)
        return V_NULL;
    return pv_int_from_i64(n);
}

/* ---- Buffered* ---- */
static PvBuffered *BUF(Value v) { return (PvBuffered *)v_obj(v); }

Value pv_buffered_new(PvFileIO *raw)
{
    PvType *t = raw->plus ? &pv_bufrandom_type : raw->readable ? &pv_bufreader_type
                                                               : &pv_bufwriter_type;
    PvBuffered *b = (PvBuffered *)pv_new_object(t, sizeof(PvBuffered));
    b->raw = raw;
    struct stat st;
    b->size = fstat(raw->fd, &st) == 0 && st.st_blksize > 1 ? st.st_blksize : CHUNK;
    register_open(b);
    /* the buffered object's finaliser closes the raw file after flushing;
     * the raw one's own would race with it (both die together) */
    GC_register_finalizer_no_order(raw, NULL, NULL, NULL, NULL);
    GC_register_finalizer_no_order(b, finalize_buffered, NULL, NULL, NULL);
    return v_from(b);
}

bool pv_buffered_check_open(PvBuffered *b, const char *msg) { return raw_open(b->raw, msg); }

int pv_buffered_flush(PvBuffered *b)
{
    if (b->wlen == 0)
        return 0;
    int64_t n = b->wlen;
    b->wlen = 0;
    return sys_write_all(b->raw->fd, b->wbuf, n);
}

/* the read-ahead is given back to the file (lseek) before writing or
 * seeking relative to the current position */
static int drop_readahead(PvBuffered *b)
{
    int64_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead && sys_seek(b->raw->fd, -ahead, SEEK_CUR) < 0)
        return -1;
    return 0;
}

int pv_buffered_write(PvBuffered *b, const uint8_t *data, int64_t n)
{
    if (n == 0)
        return 0;
    if (b->rlen && drop_readahead(b) < 0)
        return -1;
    if (b->wlen + n > b->wcap) {
        if (b->wlen && pv_buffered_flush(b) < 0)
            return -1;
        if (n >= b->size)
            return sys_write_all(b->raw->fd, data, n);
        if (!b->wbuf) {
            b->wbuf = malloc((size_t)b->size);
            if (!b->wbuf) {
                pv_err_no_memory();
                return -1;
            }
            b->wcap = b->size;
        }
    }
    memcpy(b->wbuf + b->wlen, data, (size_t)n);
    b->wlen += n;
    return 0;
}

/* makes the read-ahead non-empty; 0 at end of file, -1 on error */
static int64_t fill(PvBuffered *b)
{
    if (b->rpos < b->rlen)
        return b->rlen - b->rpos;
    if (b->wlen && pv_buffered_flush(b) < 0)
        return -1;
    if (!b->rbuf) {
        b->rbuf = malloc((size_t)b->size);
        if (!b->rbuf) {
            pv_err_no_memory();
            return -1;
        }
        b->rcap = b->size;
    }
    b->rpos = b->rlen = 0;
    int64_t r = sys_read(b->raw->fd, b->rbuf, (size_t)b->rcap);
    if (r > 0)
        b->rlen = r;
    return r;
}

Value pv_buffered_read(PvBuffered *b, int64_t n)
{
    if (b->wlen && pv_buffered_flush(b) < 0)
        return V_NULL;
    if (n < 0) {
        Value r = read_all_fd(b->raw->fd, b->rbuf ? b->rbuf + b->rpos : NULL, b->rlen - b->rpos);
        b->rpos = b->rlen = 0;
        return r;
    }
    uint8_t *out = malloc((size_t)n + 1);
    if (!out)
        return pv_err_no_memory();
    int64_t got = 0;
    while (got < n) {
        int64_t avail = fill(b);
        if (avail < 0) {
            free(out);
            return V_NULL;
        }
        if (avail == 0)
            break;
        int64_t k = avail < n - got ? avail : n - got;
        memcpy(out + got, b->rbuf + b->rpos, (size_t)k);
        b->rpos += k;
        got += k;
    }
    Value r = pv_bytes(out, (size_t)got);
    free(out);
    return r;
}

int64_t pv_buffered_tell(PvBuffered *b)
{
    int64_t pos = sys_seek(b->raw->fd, 0, SEEK_CUR);
    if (pos < 0)
        return -1;
    return pos - (b->rlen - b->rpos) + b->wlen;
}

int64_t pv_buffered_seek(PvBuffered *b, int64_t pos, int whence)
{
    if (pv_buffered_flush(b) < 0)
        return -1;
    if (whence == SEEK_CUR)
        pos -= b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    return sys_seek(b->raw->fd, pos, whence);
}

int pv_buffered_truncate(PvBuffered *b, int64_t size)
{
    if (pv_buffered_flush(b) < 0 || drop_readahead(b) < 0)
        return -1;
    if (ftruncate(b->raw->fd, (off_t)size) < 0) {
        pv_err_errno(errno, V_NULL);
        return -1;
    }
    return 0;
}

int pv_buffered_close(PvBuffered *b)
{
    if (b->raw->fd < 0)
        return 0;
    int r = pv_buffered_flush(b);
    unregister(b);
    close_raw(b->raw);
    free(b->rbuf);
    free(b->wbuf);
    b->rbuf = b->wbuf = NULL;
    b->rpos = b->rlen = b->rcap = b->wlen = b->wcap = 0;
    return r;
}

static bool buf_readable(PvBuffered *b) { return b->raw->readable; }
static bool buf_writable(PvBuffered *b) { return b->raw->writable; }

static Value buf_repr(Value self)
{
    PvBuffered *b = BUF(self);
    Value n = name_repr(b->raw->name, " name=");
    if (n == V_NULL)
        return V_NULL;
    return pv_str_printf("<%s%s>", pv_type_name(self), pv_str_utf8(n, NULL));
}

static Value buf_read(Value self, int argc, const Value *argv, Value kwnames)
{
    PvBuffered *b = BUF(self);
    int64_t n;
    if (!nargs(self, "read", argc, kwnames, 0, 1))
        return V_NULL;
    if (!buf_readable(b))
        return pv_unsupported("read");
    if (!size_arg(argc, argv, &n) || !pv_buffered_check_open(b, "read of closed file"))
        return V_NULL;
    if (n < -1) {
        pv_err_set_str(&pv_exc_ValueError, "read length must be non-negative or -1");
        return V_NULL;
    }
    return pv_buffered_read(b, n);
}

static Value buf_peek(Value self, int argc, const Value *argv, Value kwnames)
{
    PvBuffered *b = BUF(self);
    int64_t n;
    if (!nargs(self, "peek", argc, kwnames, 0, 1) || (argc && !SSIZE_ARG(argv[0], &n)))
        return V_NULL;
    if (!buf_readable(b))
        return pv_unsupported("read");
    if (!pv_buffered_check_open(b, "peek of closed file"))
        return V_NULL;
    if (fill(b) < 0)
        return V_NULL;
    return pv_bytes(b->rbuf ? b->rbuf + b->rpos : (const uint8_t *)"", (size_t)(b->rlen - b->rpos));
}

/* the buffered bytes if any, else one raw read (CPython's read1) */
static Value buf_read1(Value self, int argc, const Value *argv, Value kwnames)
{
    PvBuffered *b = BUF(self);
    int64_t n;
    if (!nargs(self, "read1", argc, kwnames, 0, 1))
        return V_NULL;
    if (!buf_readable(b))
        return pv_unsupported("read1");
    n = -1;
    if ((argc && !SSIZE_ARG(argv[0], &n)) || !pv_buffered_check_open(b, "read of closed file"))
        return V_NULL;
    if (n < 0)
        n = b->size;
    int64_t have = b->rlen - b->rpos;
    if (have > 0) {
        int64_t k = have < n ? have : n;
        Value r = pv_bytes(b->rbuf + b->rpos, (size_t)k);
        b->rpos += k;
        return r;
    }
    if (pv_buffered_flush(b) < 0)
        return V_NULL;
    b->rpos = b->rlen = 0;
    uint8_t *buf = malloc((size_t)n + 1);
    if (!buf)
        return pv_err_no_memory();
    int64_t r = sys_read(b->raw->fd, buf, (size_t)n);
    Value res = r < 0 ? V_NULL : pv_bytes(buf, (size_t)r);
    free(buf);
    return res;
}

/* readinto(bytearray): the layer's read of len(b) bytes, copied in */
static Value bin_readinto(Value self, int argc, const Value *argv, Value kwnames)
{
    if (!nargs(self, "readinto", argc, kwnames, 1, 1))
        return V_NULL;
    if (!v_isinstance(argv[0], &pv_bytearray_type)) {
        pv_err_format(&pv_exc_TypeError, "readinto() argument must be read-write bytes-like "
                                         "object, not %s",
                      argv[0] == V_NONE ? "None" : pv_type_name(argv[0]));
        return V_NULL;
    }
    PvByteArray *dst = (PvByteArray *)v_obj(argv[0]);
    Value n = pv_int_from_i64(dst->len);
    if (!v_is(self, &pv_fileio_type) && BUF(self)->raw->readable &&
        !pv_buffered_check_open(BUF(self), "readinto of closed file"))
        return V_NULL;
    Value got = v_is(self, &pv_fileio_type) ? raw_read(self, 1, &n, V_NULL)
                                            : buf_read(self, 1, &n, V_NULL);
    if (got == V_NULL)
        return V_NULL;
    int64_t k = ((PvBytes *)v_obj(got))->len;
    if (k > dst->len)
        k = dst->len; /* the bytearray shrank meanwhile */
    if (k > 0)
        memcpy(dst->data, ((PvBytes *)v_obj(got))->data, (size_t)k);
    return pv_int_from_i64(k);
}

/* ---- operations both layers share (self a FileIO or a Buffered*) ---- */
static bool is_raw(Value self) { return v_is(self, &pv_fileio_type); }
static PvFileIO *raw_of(Value self) { return is_raw(self) ? RAW(self) : BUF(self)->raw; }

/* one line of at most limit bytes (limit < 0: any); the raw layer reads
 * byte by byte like RawIOBase.readline, so the fd is left just after it */
static Value read_line_bytes(Value self, int64_t limit)
{
    int64_t len = 0, cap = 128;
    uint8_t *out = malloc((size_t)cap);
    if (!out)
        return pv_err_no_memory();
    bool nl = false;
    while (!nl && (limit < 0 || len < limit)) {
        if (len + 1 > cap) {
            cap *= 2;
            uint8_t *o = realloc(out, (size_t)cap);
            if (!o) {
                free(out);
                return pv_err_no_memory();
            }
            out = o;
        }
        if (is_raw(self)) {
            int64_t r = sys_read(RAW(self)->fd, out + len, 1);
            if (r < 0) {
                free(out);
                return V_NULL;
            }
            if (r == 0)
                break;
            nl = out[len++] == '\n';
            continue;
        }
        PvBuffered *b = BUF(self);
        int64_t avail = fill(b);
        if (avail < 0) {
            free(out);
            return V_NULL;
        }
        if (avail == 0)
            break;
        /* copy up to and including the newline in one go */
        const uint8_t *start = b->rbuf + b->rpos;
        int64_t k = avail;
        if (limit >= 0 && k > limit - len)
            k = limit - len;
        const uint8_t *q = memchr(start, '\n', (size_t)k);
        if (q) {
            k = q - start + 1;
            nl = true;
        }
        if (len + k > cap) {
            cap = (len + k) * 2;
            uint8_t *o = realloc(out, (size_t)cap);
            if (!o) {
                free(out);
                return pv_err_no_memory();
            }
            out = o;
        }
        memcpy(out + len, start, (size_t)k);
        b->rpos += k;
        len += k;
    }
    Value r = pv_bytes(out, (size_t)len);
    free(out);
    return r;
}

/* checks a line-reading operation may go ahead, with each layer's message */
static bool line_ok(Value self, const char *closed_msg)
{
    PvFileIO *f = raw_of(self);
    if (is_raw(self)) {
        if (!raw_open(f, CLOSED))
            return false;
        if (!f->readable) {
            pv_unsupported("File not open for reading");
            return false;
        }
        return true;
    }
    if (!f->readable) {
        pv_unsupported("read");
        return false;
    }
    return raw_open(f, closed_msg);
}

static Value bin_readline(Value self, int argc, const Value *argv, Value kwnames)
{
    int64_t n;
    if (!nargs(self, "readline", argc, kwnames, 0, 1) || !size_arg(argc, argv, &n) ||
        !line_ok(self, "readline of closed file"))
        return V_NULL;
    return read_line_bytes(self, n);
}

static Value bin_readlines(Value self, int argc, const Value *argv, Value kwnames)
{
    int64_t hint;
    if (!nargs(self, "readlines", argc, kwnames, 0, 1) || !size_arg(argc, argv, &hint) ||
        !raw_open(raw_of(self), CLOSED_DOT) || !line_ok(self, "readline of closed file"))
        return V_NULL;
    Value list = pv_list_new(0);
    int64_t total = 0;
    for (;;) {
        Value line = read_line_bytes(self, -1);
        if (line == V_NULL)
            return V_NULL;
        int64_t n = ((PvBytes *)v_obj(line))->len;
        if (n == 0)
            break;
        pv_list_append(list, line);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

static Value bin_iter(Value self)
{
    if (!raw_open(raw_of(self), CLOSED_DOT))
        return V_NULL;
    return self;
}

static Value bin_next(Value self)
{
    if (!line_ok(self, "readline of closed file"))
        return V_NULL;
    Value line = read_line_bytes(self, -1);
    if (line == V_NULL || ((PvBytes *)v_obj(line))->len == 0)
        return V_NULL;
    return line;
}

static Value bin_iter_m(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return pv_io_slot_noargs(argc, kwnames) ? bin_iter(self) : V_NULL;
}

static Value bin_next_m(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!pv_io_slot_noargs(argc, kwnames))
        return V_NULL;
    Value r = bin_next(self);
    if (r == V_NULL && !pv_err_occurred())
        pv_err_set(pv_exc_new(&pv_exc_StopIteration, pv_tuple_new(0)));
    return r;
}

static Value bin_write(Value self, int argc, const Value *argv, Value kwnames)
{
    if (is_raw(self))
        return raw_write(self, argc, argv, kwnames);
    PvBuffered *b = BUF(self);
    const uint8_t *p;
    int64_t n;
    if (!buf_writable(b))
        return pv_unsupported("write");
    if (!nargs(self, "write", argc, kwnames, 1, 1) || !bytes_arg(argv[0], &p, &n) ||
        !pv_buffered_check_open(b, "write to closed file"))
        return V_NULL;
    if (pv_buffered_write(b, p, n) < 0)
        return V_NULL;
    return pv_int_from_i64(n);
}

static Value bin_writelines(Value self, int argc, const Value *argv, Value kwnames)
{
    if (!nargs(self, "writelines", argc, kwnames, 1, 1) || !raw_open(raw_of(self), CLOSED_DOT))
        return V_NULL;
    Value it = pv_iter(argv[0]);
    if (it == V_NULL)
        return V_NULL;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : V_NONE;
        if (bin_write(self, 1, &x, V_NULL) == V_NULL)
            return V_NULL;
    }
}

static Value bin_seek(Value self, int argc, const Value *argv, Value kwnames)
{
    int64_t pos, whence = 0;
    if (!nargs(self, "seek", argc, kwnames, 1, 2))
        return V_NULL;
    /* the converters run in CPython's order: whence, then the position */
    if (argc > 1 && !PV_IO_CINT(argv[1], &whence))
        return V_NULL;
    bool pos_ok = is_raw(self) ? PV_IO_CLONG(argv[0], &pos)
                               : pv_io_int(argv[0], &pos, INT64_MIN, INT64_MAX, &pv_exc_ValueError,
                                           "cannot fit 'int' into an offset-sized integer");
    if (!pos_ok)
        return V_NULL;
    PvFileIO *f = raw_of(self);
    if (is_raw(self)) {
        if (!raw_open(f, CLOSED))
            return V_NULL;
        int64_t r = sys_seek(f->fd, pos, (int)whence);
        return r < 0 ? V_NULL : pv_int_from_i64(r);
    }
    if (whence < 0 || whence > 2) {
        pv_err_format(&pv_exc_ValueError, "whence value %d unsupported", (int)whence);
        return V_NULL;
    }
    if (!raw_open(f, "seek of closed file"))
        return V_NULL;
    int64_t r = pv_buffered_seek(BUF(self), pos, (int)whence);
    return r < 0 ? V_NULL : pv_int_from_i64(r);
}

static Value bin_tell(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!nargs(self, "tell", argc, kwnames, 0, 0) || !raw_open(raw_of(self), CLOSED))
        return V_NULL;
    int64_t r = is_raw(self) ? sys_seek(RAW(self)->fd, 0, SEEK_CUR) : pv_buffered_tell(BUF(self));
    return r < 0 ? V_NULL : pv_int_from_i64(r);
}

static Value bin_truncate(Value self, int argc, const Value *argv, Value kwnames)
{
    if (!nargs(self, "truncate", argc, kwnames, 0, 1))
        return V_NULL;
    PvFileIO *f = raw_of(self);
    if (is_raw(self)) {
        if (!raw_open(f, CLOSED))
            return V_NULL;
        if (!f->writable)
            return pv_unsupported("File not open for writing");
    } else {
        if (!raw_open(f, "truncate of closed file"))
            return V_NULL;
        if (!f->writable)
            return pv_unsupported("truncate");
    }
    int64_t size;
    if (argc == 0 || argv[0] == V_NONE) {
        size = is_raw(self) ? sys_seek(f->fd, 0, SEEK_CUR) : pv_buffered_tell(BUF(self));
        if (size < 0)
            return V_NULL;
    } else if (!PV_IO_CLONG(argv[0], &size)) {
        return V_NULL;
    }
    if (is_raw(self)) {
        if (ftruncate(f->fd, (off_t)size) < 0)
            return pv_err_errno(errno, V_NULL);
    } else if (pv_buffered_truncate(BUF(self), size) < 0) {
        return V_NULL;
    }
    return pv_int_from_i64(size);
}

static Value bin_flush(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!nargs(self, "flush", argc, kwnames, 0, 0))
        return V_NULL;
    PvFileIO *f = raw_of(self);
    bool named = !is_raw(self) && f->writable;
    if (!raw_open(f, named ? "flush of closed file" : CLOSED_DOT))
        return V_NULL;
    if (!is_raw(self) && pv_buffered_flush(BUF(self)) < 0)
        return V_NULL;
    return V_NONE;
}

static Value bin_close(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!nargs(self, "close", argc, kwnames, 0, 0))
        return V_NULL;
    if (is_raw(self)) {
        close_raw(RAW(self));
        return V_NONE;
    }
    return pv_buffered_close(BUF(self)) < 0 ? V_NULL : V_NONE;
}

static Value bin_fileno(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvFileIO *f = raw_of(self);
    if (!nargs(self, "fileno", argc, kwnames, 0, 0) || !raw_open(f, CLOSED))
        return V_NULL;
    return pv_int_from_i64(f->fd);
}

static Value bin_isatty(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvFileIO *f = raw_of(self);
    if (!nargs(self, "isatty", argc, kwnames, 0, 0) || !raw_open(f, CLOSED))
        return V_NULL;
    return v_bool(isatty(f->fd));
}

static Value bin_seekable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvFileIO *f = raw_of(self);
    if (!nargs(self, "seekable", argc, kwnames, 0, 0) || !raw_open(f, CLOSED))
        return V_NULL;
    return v_bool(raw_seekable(f));
}

/* BufferedWriter.readable() and BufferedReader.writable() answer False
 * without looking at the file (they are constants of the class) */
static Value bin_readable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvFileIO *f = raw_of(self);
    if (!nargs(self, "readable", argc, kwnames, 0, 0))
        return V_NULL;
    if (v_is(self, &pv_bufwriter_type))
        return V_FALSE;
    return raw_open(f, CLOSED) ? v_bool(f->readable) : V_NULL;
}

static Value bin_writable(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvFileIO *f = raw_of(self);
    if (!nargs(self, "writable", argc, kwnames, 0, 0))
        return V_NULL;
    if (v_is(self, &pv_bufreader_type))
        return V_FALSE;
    return raw_open(f, CLOSED) ? v_bool(f->writable) : V_NULL;
}

static Value bin_enter(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!nargs(self, "__enter__", argc, kwnames, 0, 0) || !raw_open(raw_of(self), CLOSED_DOT))
        return V_NULL;
    return self;
}

static Value bin_exit(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc;
    (void)argv;
    (void)kwnames;
    return bin_close(self, 0, NULL, V_NULL);
}

static Value bin_getattr(Value self, Value name)
{
    PvFileIO *f = raw_of(self);
    if (pv_str_eq_cstr(name, "name"))
        return f->name;
    if (pv_str_eq_cstr(name, "mode"))
        return pv_str_cstr(raw_mode(f));
    if (pv_str_eq_cstr(name, "closed"))
        return v_bool(f->fd < 0);
    if (is_raw(self) && pv_str_eq_cstr(name, "closefd"))
        return v_bool(f->closefd);
    if (!is_raw(self) && pv_str_eq_cstr(name, "raw"))
        return v_from(f);
    return V_NULL;
}

static const PvMethodDef raw_methods[] = {
    {"read", raw_read, 0},           {"readall", raw_readall, 0},
    {"readinto", bin_readinto, 0},
    {"readline", bin_readline, 0},   {"readlines", bin_readlines, 0},
    {"write", raw_write, 0},         {"writelines", bin_writelines, 0},
    {"seek", bin_seek, 0},           {"tell", bin_tell, 0},
    {"truncate", bin_truncate, 0},   {"flush", bin_flush, 0},
    {"close", bin_close, 0},         {"fileno", bin_fileno, 0},
    {"isatty", bin_isatty, 0},       {"seekable", bin_seekable, 0},
    {"readable", bin_readable, 0},   {"writable", bin_writable, 0},
    {"__enter__", bin_enter, 0},     {"__exit__", bin_exit, 0},
    {"__iter__", bin_iter_m, 0},     {"__next__", bin_next_m, 0},
    {NULL, NULL, 0},
};

static const PvMethodDef buf_methods[] = {
    {"read", buf_read, 0},           {"readline", bin_readline, 0},
    {"read1", buf_read1, 0},         {"peek", buf_peek, 0},
    {"readinto", bin_readinto, 0},
    {"readlines", bin_readlines, 0}, {"write", bin_write, 0},
    {"writelines", bin_writelines, 0}, {"seek", bin_seek, 0},
    {"tell", bin_tell, 0},           {"truncate", bin_truncate, 0},
    {"flush", bin_flush, 0},         {"close", bin_close, 0},
    {"fileno", bin_fileno, 0},       {"isatty", bin_isatty, 0},
    {"seekable", bin_seekable, 0},   {"readable", bin_readable, 0},
    {"writable", bin_writable, 0},   {"__enter__", bin_enter, 0},
    {"__exit__", bin_exit, 0},       {"__iter__", bin_iter_m, 0},
    {"__next__", bin_next_m, 0},     {NULL, NULL, 0},
};

/* BufferedWriter has no peek */
static const PvMethodDef writer_methods[] = {
    {"read", buf_read, 0},           {"readline", bin_readline, 0},
    {"read1", buf_read1, 0},         {"readinto", bin_readinto, 0},
    {"readlines", bin_readlines, 0}, {"write", bin_write, 0},
    {"writelines", bin_writelines, 0}, {"seek", bin_seek, 0},
    {"tell", bin_tell, 0},           {"truncate", bin_truncate, 0},
    {"flush", bin_flush, 0},         {"close", bin_close, 0},
    {"fileno", bin_fileno, 0},       {"isatty", bin_isatty, 0},
    {"seekable", bin_seekable, 0},   {"readable", bin_readable, 0},
    {"writable", bin_writable, 0},   {"__enter__", bin_enter, 0},
    {"__exit__", bin_exit, 0},       {"__iter__", bin_iter_m, 0},
    {"__next__", bin_next_m, 0},     {NULL, NULL, 0},
};

PvType pv_fileio_type = {.ob = {&pv_type_type}, .name = "_io.FileIO", .base = &pv_object_type,
                         .repr = raw_repr, .iter = bin_iter, .next = bin_next,
                         .getattr = bin_getattr, .methods = raw_methods};
#define BUFFERED_TYPE(var, tname, meths)                                                    \
    PvType var = {.ob = {&pv_type_type}, .name = tname, .base = &pv_object_type,            \
                  .repr = buf_repr, .iter = bin_iter, .next = bin_next,                     \
                  .getattr = bin_getattr, .methods = meths};
BUFFERED_TYPE(pv_bufreader_type, "_io.BufferedReader", buf_methods)
BUFFERED_TYPE(pv_bufwriter_type, "_io.BufferedWriter", writer_methods)
BUFFERED_TYPE(pv_bufrandom_type, "_io.BufferedRandom", buf_methods)
