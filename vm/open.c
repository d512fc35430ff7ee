/* vm/open.c: the open() built-in: CPython's argument checks and mode
 * parsing in _io.open's order and words, then the stacking of the layers
 * (FileIO, a Buffered*, a TextIOWrapper) that fileio.c and textio.c
 * implement.  Not for the file objects' behaviour itself.
 */
#include <string.h>
#include <unistd.h>

#include "fileio.h"
#include "runtime.h"

static bool str_or_none(Value v, const char *what)
{
    if (v == V_NULL || v == V_NONE || v_isinstance(v, &pv_str_type))
        return true;
    pv_err_format(&pv_exc_TypeError, "open() argument '%s' must be str or None, not %s", what,
                  pv_type_name(v));
    return false;
}

static Value invalid_mode(Value mode)
{
    pv_err_format(&pv_exc_ValueError, "invalid mode: %R", mode);
    return V_NULL;
}

Value pv_builtin_open(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener"};
    Value a[8];
    if (pv_parse_args("open", argc, argv, kwnames, "O|OOOOOOO", names, a) < 0)
        return V_NULL;
    Value file = a[0], mode = a[1] ? a[1] : pv_str_cstr("r");
    Value encoding = a[3], errors = a[4], newline = a[5];
    if (!v_isinstance(mode, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "open() argument 'mode' must be str, not %s",
                      pv_type_name(mode));
        return V_NULL;
    }
    int64_t buffering = -1;
    if (a[2] && pv_index(a[2], &buffering) < 0)
        return V_NULL;
    if (!str_or_none(encoding, "encoding") || !str_or_none(errors, "errors") ||
        !str_or_none(newline, "newline"))
        return V_NULL;
    if (encoding == V_NONE)
        encoding = V_NULL;
    if (errors == V_NONE)
        errors = V_NULL;
    if (newline == V_NONE)
        newline = V_NULL;
    bool closefd = true;
    if (a[6]) {
        int c = pv_truth(a[6]);
        if (c < 0)
            return V_NULL;
        closefd = c;
    }
    if (a[7] && a[7] != V_NONE) {
        pv_err_set_str(&pv_exc_NotImplementedError, "pvm: open() with an opener");
        return V_NULL;
    }
    /* the mode letters, with _io.open's checks in its order */
    int counts[128] = {0};
    size_t mlen;
    const char *m = pv_str_utf8(mode, &mlen);
    if (strlen(m) != mlen) {
        pv_err_set_str(&pv_exc_ValueError, "embedded null character");
        return V_NULL;
    }
    for (size_t i = 0; i < mlen; i++) {
        unsigned char c = (unsigned char)m[i];
        if (c >= 128 || !strchr("rwxabt+", c) || ++counts[c] > 1)
            return invalid_mode(mode);
    }
    bool text = counts['t'], binary = counts['b'], plus = counts['+'];
    int kinds = counts['r'] + counts['w'] + counts['a'] + counts['x'];
    char kind = counts['r'] ? 'r' : counts['w'] ? 'w' : counts['a'] ? 'a' : 'x';
    if (text && binary) {
        pv_err_set_str(&pv_exc_ValueError, "can't have text and binary mode at once");
        return V_NULL;
    }
    if (kinds > 1) {
        pv_err_set_str(&pv_exc_ValueError, "must have exactly one of create/read/write/append mode");
        return V_NULL;
    }
    if (kinds == 0) {
        pv_err_set_str(&pv_exc_ValueError,
                       "Must have exactly one of create/read/write/append mode and at most one plus");
        return V_NULL;
    }
    if (binary && encoding) {
        pv_err_set_str(&pv_exc_ValueError, "binary mode doesn't take an encoding argument");
        return V_NULL;
    }
    if (binary && errors) {
        pv_err_set_str(&pv_exc_ValueError, "binary mode doesn't take an errors argument");
        return V_NULL;
    }
    if (binary && newline) {
        pv_err_set_str(&pv_exc_ValueError, "binary mode doesn't take a newline argument");
        return V_NULL;
    }
    if (!v_isinstance(file, &pv_int_type) && !closefd) {
        pv_err_set_str(&pv_exc_ValueError, "Cannot use closefd=False with file name");
        return V_NULL;
    }
    /* CPython closes (so flushes) a file object as soon as nothing refers
     * to it, so `open(p, "w").write(s)` then `open(p).read()` sees s; a
     * tracing collector finds such files late, so opening a file first
     * flushes every buffered one (flushing early is never visible, except
     * to a program that reads a file it still holds unflushed) */
    pv_files_flush_all();
    Value rawv = pv_fileio_open(file, kind, plus, closefd);
    if (rawv == V_NULL)
        return V_NULL;
    PvFileIO *raw = (PvFileIO *)v_obj(rawv);
    bool tty = isatty(raw->fd);
    if (buffering == 0) {
        if (binary)
            return rawv;
        pv_err_set_str(&pv_exc_ValueError, "can't have unbuffered text I/O");
        goto fail_raw;
    }
    Value bufv = pv_buffered_new(raw);
    if (binary)
        return bufv;
    Value textv = pv_textio_new(bufv, mode, encoding, errors, newline,
                                buffering == 1 || (buffering < 0 && tty));
    if (textv != V_NULL)
        return textv;
    /* a bad newline or encoding is found after opening: close again */
    Value e = pv_err_fetch();
    pv_buffered_close((PvBuffered *)v_obj(bufv));
    pv_err_clear();
    pv_err_set(e);
    return V_NULL;
fail_raw:
    if (raw->closefd)
        close(raw->fd);
    raw->fd = -1;
    return V_NULL;
}
