/* vm/textio.c: TextIOWrapper (CPython's text files: decoding, universal
 * newlines, newline translation on write, tell cookies) over the buffered
 * layer of fileio.c (open.c builds it).
 * Decoding keeps the not yet returned characters untranslated, so tell()
 * can give the byte offset back: for utf-8, latin-1, ascii, utf-16 and
 * utf-32 files the cookie is the byte offset, as CPython's is when no
 * decoder state is pending.  Not for the standard streams (mod_sys.c).
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "runtime.h"
#include "str.h"

#define CHUNK 8192

enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF }; /* newline=None, '', '\n', '\r', '\r\n' */
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

typedef struct PvText {
    PvObject ob;
    PvBuffered *buf;
    Value mode;              /* as given to open() */
    Value encoding, errors;  /* str */
    Value codec_name;        /* what the codecs get: encoding, or utf-8 for utf-8-sig */
    bool sig;                /* utf-8-sig: a BOM skipped at byte 0, written there */
    int codec;               /* PV_CODEC_* */
    int newline;             /* NL_* */
    bool line_buffering;
    /* utf-16/utf-32 write a BOM only at the start of the file */
    int bom_len;
    bool bom_done;
    int unit;                /* utf-16: 2, utf-32: 4 (bytes per code unit), else 0 */
    /* reading: decoded characters not returned yet, before newline
     * translation; the bytes of an incomplete utf-8 sequence; a "\r" held
     * back until the next chunk shows whether "\n" follows */
    uint32_t *chars;         /* collector memory */
    int64_t nchars, pos, cap;
    uint8_t tail[4];
    int ntail;
    bool held_cr, eof;
    bool telling;            /* false while iterating (CPython's snapshot rule) */
    int seen;                /* SEEN_* for .newlines */
    int64_t chunk_start;     /* chars index where the last chunk decoded begins */
    bool reset_at_zero;      /* reading began at byte 0 (open, seek(0)) */
    int64_t chunks;          /* decoded since */
} PvText;

static PvText *T(Value v) { return (PvText *)v_obj(v); }
static bool is_closed(PvText *t) { return t->buf->raw->fd < 0; }

static const char CLOSED_DOT[] = "I/O operation on closed file.";

static bool check_open(PvText *t, const char *msg)
{
    if (!is_closed(t))
        return true;
    pv_closed_error(msg);
    return false;
}

static bool check_readable(PvText *t)
{
    if (!check_open(t, CLOSED_DOT))
        return false;
    if (!t->buf->raw->readable) {
        pv_unsupported("not readable");
        return false;
    }
    return true;
}

static bool noargs(const char *fname, int argc, Value kwnames, int max)
{
    if (kwnames != V_NULL && PV_TUPLE_LEN(kwnames) > 0) {
        pv_err_format(&pv_exc_TypeError, "TextIOWrapper.%s() takes no keyword arguments", fname);
        return false;
    }
    if (argc > max) {
        if (max == 0)
            pv_err_format(&pv_exc_TypeError, "TextIOWrapper.%s() takes no arguments (%d given)",
                          fname, argc);
        else
            pv_err_format(&pv_exc_TypeError, "%s expected at most %d argument%s, got %d", fname,
                          max, max == 1 ? "" : "s", argc);
        return false;
    }
    return true;
}

/* ---- decoding ---- */
static void reset_reading(PvText *t)
{
    t->nchars = t->pos = t->chunk_start = t->chunks = 0;
    t->reset_at_zero = false;
    t->ntail = 0;
    t->held_cr = t->eof = false;
}

static void append_chars(PvText *t, Value s)
{
    int64_t n = pv_str_len(s);
    if (t->pos > 0) {
        memmove(t->chars, t->chars + t->pos, (size_t)(t->nchars - t->pos) * 4);
        t->nchars -= t->pos;
        t->pos = 0;
        t->chunk_start = 0;
    }
    if (t->nchars + n + 1 > t->cap) {
        t->cap = (t->nchars + n + 1) * 2;
        uint32_t *c = pv_alloc_atomic((size_t)t->cap * 4);
        if (t->nchars)
            memcpy(c, t->chars, (size_t)t->nchars * 4);
        t->chars = c;
    }
    if (t->held_cr) {
        t->chars[t->nchars++] = '\r';
        t->held_cr = false;
    }
    PvStr *ps = (PvStr *)v_obj(s);
    uint32_t *dst = t->chars + t->nchars;
    if (ps->kind == 1) {
        const uint8_t *src = (const uint8_t *)ps->data;
        for (int64_t i = 0; i < n; i++)
            dst[i] = src[i];
    } else if (ps->kind == 2) {
        const uint16_t *src = (const uint16_t *)(const void *)ps->data;
        for (int64_t i = 0; i < n; i++)
            dst[i] = src[i];
    } else {
        memcpy(dst, ps->data, (size_t)n * 4);
    }
    t->nchars += n;
}

/* the newline kinds of chars[from..nchars) (IncrementalNewlineDecoder's
 * seennl; a final "\r" is held back by the caller) */
static void note_newlines(PvText *t, int64_t from, int64_t to)
{
    if (t->newline != NL_UNIVERSAL && t->newline != NL_ANY)
        return;
    for (int64_t i = from; i < to; i++) {
        if (t->chars[i] == '\n') {
            t->seen |= SEEN_LF;
        } else if (t->chars[i] == '\r') {
            if (i + 1 < to && t->chars[i + 1] == '\n') {
                t->seen |= SEEN_CRLF;
                i++;
            } else {
                t->seen |= SEEN_CR;
            }
        }
    }
}

static const uint8_t UTF8_BOM[3] = {0xEF, 0xBB, 0xBF};

/* utf-8-sig: the BOM's length when data is the file's first chunk and
 * starts with one */
static int64_t sig_at(PvText *t, const uint8_t *data, int64_t n)
{
    if (!t->sig || !t->reset_at_zero || t->chunks != 0 || n < 3 || memcmp(data, UTF8_BOM, 3))
        return 0;
    return 3;
}

/* where the last complete utf-8 sequence of data[0..n) ends */
static int64_t utf8_cut(const uint8_t *data, int64_t n)
{
    int64_t i = n - 1;
    while (i >= 0 && n - i <= 3 && (data[i] & 0xC0) == 0x80)
        i--;
    if (i < 0 || data[i] < 0xC0)
        return n;
    int need = data[i] >= 0xF0 ? 4 : data[i] >= 0xE0 ? 3 : 2;
    return n - i < need ? i : n;
}

/* Decodes the next chunk into chars; returns the number of characters
 * added (0 at end of file), -1 on error. */
static int64_t fill(PvText *t)
{
    if (t->eof)
        return 0;
    Value chunk = pv_buffered_read(t->buf, t->codec == PV_CODEC_WIDE ? -1 : CHUNK);
    if (chunk == V_NULL)
        return -1;
    int64_t clen = ((PvBytes *)v_obj(chunk))->len;
    bool final = clen == 0 || t->codec == PV_CODEC_WIDE;
    int64_t n = t->ntail + clen;
    uint8_t *data = malloc((size_t)n + 1);
    if (!data)
        abort();
    memcpy(data, t->tail, (size_t)t->ntail);
    memcpy(data + t->ntail, ((PvBytes *)v_obj(chunk))->data, (size_t)clen);
    int64_t cut = final || t->codec != PV_CODEC_UTF8 ? n : utf8_cut(data, n);
    int64_t skip = sig_at(t, data, cut);
    Value s = pv_str_decode(data + skip, cut - skip, t->codec_name, t->errors);
    if (s == V_NULL) {
        free(data);
        return -1;
    }
    t->ntail = (int)(n - cut);
    memcpy(t->tail, data + cut, (size_t)t->ntail);
    free(data);
    int64_t before = t->nchars - t->pos;
    append_chars(t, s);
    t->chunk_start = before;
    if (!final && t->nchars > 0 && t->chars[t->nchars - 1] == '\r' && t->newline != NL_LF &&
        t->newline != NL_CR) {
        t->nchars--;
        t->held_cr = true;
    }
    note_newlines(t, before, t->nchars);
    if (final)
        t->eof = true;
    t->chunks++;
    int64_t added = t->nchars - t->pos - before;
    if (added == 0 && !final)
        return fill(t); /* only an incomplete sequence or a "\r": read on */
    return added;
}

/* Up to limit characters (limit < 0: no limit) after newline translation,
 * stopping after a line end when `line`. */
/* readline's common case: a line ending in "\n" with no "\r" before it
 * (which the general loop below translates), whole in the decoded chars;
 * V_NULL when it does not apply */
static Value quick_line(PvText *t)
{
    if (t->newline != NL_UNIVERSAL && t->newline != NL_LF && t->newline != NL_ANY)
        return V_NULL;
    const uint32_t *c = t->chars;
    for (int64_t i = t->pos; i < t->nchars; i++) {
        if (c[i] == '\n') {
            Value line = pv_str_from_ucs4(c + t->pos, i + 1 - t->pos);
            t->pos = i + 1;
            return line;
        }
        if (c[i] == '\r' && t->newline != NL_LF)
            return V_NULL;
    }
    return V_NULL;
}

static Value read_chars(PvText *t, int64_t limit, bool line)
{
    if (line && limit < 0) {
        Value q = quick_line(t);
        if (q != V_NULL)
            return q;
    }
    PvStrBuf out;
    pv_sb_init(&out);
    int64_t count = 0;
    while (limit < 0 || count < limit) {
        if (t->pos >= t->nchars) {
            int64_t r = fill(t);
            if (r < 0)
                return V_NULL;
            if (r == 0 && t->pos >= t->nchars)
                break;
            continue;
        }
        uint32_t c = t->chars[t->pos++];
        bool next_lf = t->pos < t->nchars && t->chars[t->pos] == '\n';
        bool end = false;
        switch (t->newline) {
        case NL_UNIVERSAL:
            if (c == '\r') {
                c = '\n';
                if (next_lf)
                    t->pos++;
            }
            end = c == '\n';
            break;
        case NL_ANY:
            if (c == '\r' && next_lf && (limit < 0 || count + 2 <= limit)) {
                pv_sb_char(&out, '\r');
                count++;
                c = '\n';
                t->pos++;
            }
            end = c == '\n' || c == '\r';
            break;
        case NL_LF: end = c == '\n'; break;
        case NL_CR: end = c == '\r'; break;
        case NL_CRLF:
            if (c == '\r' && next_lf && (limit < 0 || count + 2 <= limit)) {
                pv_sb_char(&out, '\r');
                count++;
                c = '\n';
                t->pos++;
                end = true;
            }
            break;
        }
        pv_sb_char(&out, c);
        count++;
        if (line && end)
            break;
    }
    return pv_sb_finish(&out);
}

static uint32_t char_at(const PvStr *s, int64_t i)
{
    return s->kind == 1 ? ((const uint8_t *)s->data)[i]
         : s->kind == 2 ? ((const uint16_t *)(const void *)s->data)[i]
                        : ((const uint32_t *)(const void *)s->data)[i];
}

/* read() to the end in one decode, as CPython's read() does; the newline
 * kinds of what is decoded now are noted as fill() would */
static Value read_all(PvText *t)
{
    Value rest = pv_buffered_read(t->buf, -1);
    if (rest == V_NULL)
        return V_NULL;
    Value bytes = rest;
    if (t->ntail)
        bytes = pv_binop(pv_bytes(t->tail, (size_t)t->ntail), rest, PV_NB_ADD);
    if (bytes == V_NULL)
        return V_NULL;
    const uint8_t *data = ((PvBytes *)v_obj(bytes))->data;
    int64_t len = ((PvBytes *)v_obj(bytes))->len, skip = sig_at(t, data, len);
    Value decoded = pv_str_decode(data + skip, len - skip, t->codec_name, t->errors);
    if (decoded == V_NULL)
        return V_NULL;
    Value head = t->chars ? pv_str_from_ucs4(t->chars + t->pos, t->nchars - t->pos)
                          : pv_str_cstr("");
    if (t->held_cr)
        head = pv_str_concat(head, pv_str_cstr("\r"));
    int64_t from = pv_str_len(head) - (t->held_cr ? 1 : 0);
    Value all = pv_str_concat(head, decoded);
    t->nchars = t->pos = t->chunk_start = 0;
    t->ntail = 0;
    t->held_cr = false;
    t->eof = true;
    t->chunks++;
    if (t->newline != NL_UNIVERSAL && t->newline != NL_ANY)
        return all;
    const PvStr *ps = (const PvStr *)v_obj(all);
    bool cr = false;
    for (int64_t i = from; i < ps->len; i++) {
        uint32_t c = char_at(ps, i);
        if (c == '\n') {
            t->seen |= SEEN_LF;
        } else if (c == '\r') {
            cr = true;
            if (i + 1 < ps->len && char_at(ps, i + 1) == '\n') {
                t->seen |= SEEN_CRLF;
                i++;
            } else {
                t->seen |= SEEN_CR;
            }
        }
    }
    for (int64_t i = 0; i < from && !cr; i++)
        cr = char_at(ps, i) == '\r';
    if (!cr || t->newline == NL_ANY)
        return all;
    PvStrBuf b;
    pv_sb_init(&b);
    for (int64_t i = 0; i < ps->len; i++) {
        uint32_t c = char_at(ps, i);
        if (c == '\r') {
            if (i + 1 < ps->len && char_at(ps, i + 1) == '\n')
                i++;
            c = '\n';
        }
        pv_sb_char(&b, c);
    }
    return pv_sb_finish(&b);
}

/* ---- methods ---- */
static Value text_read(Value self, int argc, const Value *argv, Value kwnames)
{
    PvText *t = T(self);
    int64_t n = -1;
    if (!noargs("read", argc, kwnames, 1))
        return V_NULL;
    if (argc == 1 && argv[0] != V_NONE) {
        if (!v_isinstance(argv[0], &pv_int_type)) {
            pv_err_format(&pv_exc_TypeError, "argument should be integer or None, not '%s'",
                          pv_type_name(argv[0]));
            return V_NULL;
        }
        if (pv_index(argv[0], &n) < 0)
            return V_NULL;
    }
    if (!check_readable(t))
        return V_NULL;
    if (n < 0 && t->codec != PV_CODEC_WIDE)
        return read_all(t);
    return read_chars(t, n, false);
}

static Value text_readline(Value self, int argc, const Value *argv, Value kwnames)
{
    PvText *t = T(self);
    int64_t n = -1;
    if (!noargs("readline", argc, kwnames, 1) ||
        (argc == 1 && !pv_io_int(argv[0], &n, INT64_MIN, INT64_MAX, &pv_exc_OverflowError,
                                 "Python int too large to convert to C ssize_t")) ||
        !check_readable(t))
        return V_NULL;
    return read_chars(t, n, true);
}

static Value text_readlines(Value self, int argc, const Value *argv, Value kwnames)
{
    PvText *t = T(self);
    int64_t hint = -1;
    if (!noargs("readlines", argc, kwnames, 1))
        return V_NULL;
    if (argc == 1 && argv[0] != V_NONE) {
        if (!v_isinstance(argv[0], &pv_int_type)) {
            pv_err_format(&pv_exc_TypeError, "argument should be integer or None, not '%s'",
                          pv_type_name(argv[0]));
            return V_NULL;
        }
        if (pv_index(argv[0], &hint) < 0)
            return V_NULL;
    }
    if (!check_readable(t))
        return V_NULL;
    Value list = pv_list_new(0);
    int64_t total = 0;
    for (;;) {
        Value line = read_chars(t, -1, true);
        if (line == V_NULL)
            return V_NULL;
        if (pv_str_len(line) == 0)
            break;
        pv_list_append(list, line);
        total += pv_str_len(line);
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

static Value text_iter(Value self)
{
    return check_open(T(self), CLOSED_DOT) ? self : V_NULL;
}

static Value text_next(Value self)
{
    PvText *t = T(self);
    if (!check_readable(t))
        return V_NULL;
    t->telling = false;
    Value line = read_chars(t, -1, true);
    if (line == V_NULL)
        return V_NULL;
    if (pv_str_len(line) == 0) {
        t->telling = true;
        return V_NULL;
    }
    return line;
}

static Value text_iter_m(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    return pv_io_slot_noargs(argc, kwnames) ? text_iter(self) : V_NULL;
}

static Value text_next_m(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!pv_io_slot_noargs(argc, kwnames))
        return V_NULL;
    Value r = text_next(self);
    if (r == V_NULL && !pv_err_occurred())
        pv_err_set(pv_exc_new(&pv_exc_StopIteration, pv_tuple_new(0)));
    return r;
}

/* bytes the unread characters took in the file */
static int64_t unread_bytes(PvText *t)
{
    int64_t n = t->ntail + (t->held_cr ? (t->unit ? t->unit : 1) : 0);
    for (int64_t i = t->pos; i < t->nchars; i++) {
        uint32_t c = t->chars[i];
        if (t->unit == 2)
            n += c < 0x10000 ? 2 : 4;
        else if (t->unit == 4)
            n += 4;
        else if (t->codec != PV_CODEC_UTF8)
            n += 1;
        else
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return n;
}

static int64_t text_position(PvText *t)
{
    int64_t pos = pv_buffered_tell(t->buf);
    return pos < 0 ? -1 : pos - unread_bytes(t);
}

static Value text_tell(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvText *t = T(self);
    if (!noargs("tell", argc, kwnames, 0) || !check_open(t, CLOSED_DOT))
        return V_NULL;
    if (!t->telling) {
        pv_err_set_str(&pv_exc_OSError, "telling position disabled by next() call");
        return V_NULL;
    }
    int64_t pos = text_position(t);
    if (pos < 0)
        return V_NULL;
    /* CPython replays the chunk's decoding to find the cookie, from a
     * reset decoder when the chunk began the file: .newlines then forgets
     * what the rest of the chunk held */
    if (t->reset_at_zero && t->chunks == 1 && t->pos > t->chunk_start) {
        t->seen = 0;
        note_newlines(t, t->chunk_start, t->pos);
    }
    return pv_int_from_i64(pos);
}

static Value text_seek(Value self, int argc, const Value *argv, Value kwnames)
{
    PvText *t = T(self);
    int64_t whence = 0, cookie;
    if (!noargs("seek", argc, kwnames, 2))
        return V_NULL;
    if (argc < 1) {
        pv_err_format(&pv_exc_TypeError, "seek expected at least 1 argument, got %d", argc);
        return V_NULL;
    }
    if (argc > 1 && !PV_IO_CINT(argv[1], &whence))
        return V_NULL;
    if (!check_open(t, CLOSED_DOT))
        return V_NULL;
    Value c = argv[0];
    bool zero = v_is_small(c) && v_small(c) == 0;
    if (whence == 1) {
        if (!zero) {
            pv_unsupported("can't do nonzero cur-relative seeks");
            return V_NULL;
        }
        return text_tell(self, 0, NULL, V_NULL);
    }
    if (whence == 2) {
        if (!zero) {
            pv_unsupported("can't do nonzero end-relative seeks");
            return V_NULL;
        }
        reset_reading(t);
        int64_t pos = pv_buffered_seek(t->buf, 0, 2);
        return pos < 0 ? V_NULL : pv_int_from_i64(pos);
    }
    if (whence != 0) {
        pv_err_format(&pv_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        return V_NULL;
    }
    /* CPython compares the cookie with 0, then takes int(cookie): its low
     * 64 bits are the byte position (the rest is decoder state) */
    double d;
    if (v_isinstance(c, &pv_float_type) && pv_number_as_double(c, &d)) {
        if (d < 0) {
            pv_err_format(&pv_exc_ValueError, "negative seek position %R", c);
            return V_NULL;
        }
        if (d >= 9.2e18) {
            pv_err_set_str(&pv_exc_OverflowError, "cannot convert float to int");
            return V_NULL;
        }
        cookie = (int64_t)d;
    } else if (!v_isinstance(c, &pv_int_type)) {
        pv_err_format(&pv_exc_TypeError, "'<' not supported between instances of '%s' and 'int'",
                      pv_type_name(c));
        return V_NULL;
    } else {
        mpz_t z;
        mpz_init(z);
        pv_int_to_mpz(c, z);
        if (mpz_sgn(z) < 0) {
            mpz_clear(z);
            pv_err_format(&pv_exc_ValueError, "negative seek position %R", c);
            return V_NULL;
        }
        mpz_fdiv_r_2exp(z, z, 64);
        bool big = mpz_sizeinbase(z, 2) > 63;
        cookie = big ? 0 : (int64_t)mpz_get_ui(z);
        mpz_clear(z);
        if (big) {
            reset_reading(t);
            return pv_err_errno(EINVAL, V_NULL);
        }
    }
    reset_reading(t);
    t->reset_at_zero = cookie == 0;
    if (pv_buffered_seek(t->buf, cookie, 0) < 0)
        return V_NULL;
    return pv_int_from_i64(cookie);
}

/* Writing after reading drops what was decoded ahead, without moving back:
 * the text goes where the buffer's position is (after the chunk read), as
 * in CPython. */
static void stop_reading(PvText *t)
{
    if (t->nchars || t->ntail || t->held_cr)
        reset_reading(t);
}

static int write_str(PvText *t, Value s)
{
    if (t->sig && !t->bom_done) {
        int64_t pos = pv_buffered_tell(t->buf);
        if (pos < 0)
            return -1;
        t->bom_done = true;
        if (pos == 0 && pv_buffered_write(t->buf, UTF8_BOM, 3) < 0)
            return -1;
    }
    PvStr *ps = (PvStr *)v_obj(s);
    bool translate = t->newline == NL_CR || t->newline == NL_CRLF;
    if (ps->ascii && t->codec != PV_CODEC_WIDE && !translate)
        return pv_buffered_write(t->buf, (const uint8_t *)ps->data, ps->len);
    if (translate) {
        PvStrBuf b;
        pv_sb_init(&b);
        for (int64_t i = 0; i < ps->len; i++) {
            uint32_t c = pv_str_char(s, i);
            if (c == '\n') {
                pv_sb_char(&b, '\r');
                if (t->newline == NL_CRLF)
                    pv_sb_char(&b, '\n');
            } else {
                pv_sb_char(&b, c);
            }
        }
        s = pv_sb_finish(&b);
    }
    Value bytes = pv_str_encode(s, t->codec_name, t->errors);
    if (bytes == V_NULL)
        return -1;
    const uint8_t *data = ((PvBytes *)v_obj(bytes))->data;
    int64_t n = ((PvBytes *)v_obj(bytes))->len;
    if (t->bom_len && n >= t->bom_len) {
        if (!t->bom_done) {
            int64_t pos = pv_buffered_tell(t->buf);
            if (pos < 0)
                pv_err_clear();
            t->bom_done = pos != 0;
        }
        if (t->bom_done) {
            data += t->bom_len;
            n -= t->bom_len;
        }
        t->bom_done = true;
    }
    return pv_buffered_write(t->buf, data, n);
}

static Value text_write(Value self, int argc, const Value *argv, Value kwnames)
{
    PvText *t = T(self);
    if (kwnames != V_NULL && PV_TUPLE_LEN(kwnames) > 0)
        return noargs("write", argc, kwnames, 1), V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError, "TextIOWrapper.write() takes exactly one argument (%d given)",
                      argc);
        return V_NULL;
    }
    Value s = argv[0];
    if (!v_isinstance(s, &pv_str_type)) {
        pv_err_format(&pv_exc_TypeError, "write() argument must be str, not %s",
                      s == V_NONE ? "None" : pv_type_name(s));
        return V_NULL;
    }
    if (!check_open(t, CLOSED_DOT))
        return V_NULL;
    if (!t->buf->raw->writable)
        return pv_unsupported("not writable");
    stop_reading(t);
    if (write_str(t, s) < 0)
        return V_NULL;
    if (t->line_buffering) {
        for (int64_t i = 0; i < pv_str_len(s); i++) {
            uint32_t c = pv_str_char(s, i);
            if (c == '\n' || c == '\r') {
                if (pv_buffered_flush(t->buf) < 0)
                    return V_NULL;
                break;
            }
        }
    }
    return pv_int_from_i64(pv_str_len(s));
}

int pv_textio_write(Value file, Value s)
{
    return text_write(file, 1, &s, V_NULL) == V_NULL ? -1 : 0;
}

static Value text_writelines(Value self, int argc, const Value *argv, Value kwnames)
{
    if (pv_no_kwargs("writelines", kwnames) < 0)
        return V_NULL;
    if (argc != 1) {
        pv_err_format(&pv_exc_TypeError,
                      "TextIOWrapper.writelines() takes exactly one argument (%d given)", argc);
        return V_NULL;
    }
    if (!check_open(T(self), CLOSED_DOT))
        return V_NULL;
    Value it = pv_iter(argv[0]);
    if (it == V_NULL)
        return V_NULL;
    for (;;) {
        Value x = pv_next(it);
        if (x == V_NULL)
            return pv_err_occurred() ? V_NULL : V_NONE;
        if (text_write(self, 1, &x, V_NULL) == V_NULL)
            return V_NULL;
    }
}

static Value text_flush(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvText *t = T(self);
    if (!noargs("flush", argc, kwnames, 0) || !check_open(t, CLOSED_DOT))
        return V_NULL;
    return pv_buffered_flush(t->buf) < 0 ? V_NULL : V_NONE;
}

static Value text_close(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    PvText *t = T(self);
    if (!noargs("close", argc, kwnames, 0))
        return V_NULL;
    if (is_closed(t))
        return V_NONE;
    t->chars = NULL;
    t->cap = 0;
    reset_reading(t);
    return pv_buffered_close(t->buf) < 0 ? V_NULL : V_NONE;
}

static Value text_truncate(Value self, int argc, const Value *argv, Value kwnames)
{
    PvText *t = T(self);
    if (!noargs("truncate", argc, kwnames, 1) || !check_open(t, CLOSED_DOT))
        return V_NULL;
    if (pv_buffered_flush(t->buf) < 0)
        return V_NULL;
    Value m = pv_getattr_cstr(v_from(t->buf), "truncate");
    return m == V_NULL ? V_NULL : pv_call(m, argc, argv, V_NULL);
}

/* fileno, isatty, seekable, readable, writable: the buffer's answers */
static Value delegate(Value self, const char *name, int argc, Value kwnames)
{
    if (!noargs(name, argc, kwnames, 0))
        return V_NULL;
    PvText *t = T(self);
    Value m = pv_getattr_cstr(v_from(t->buf), name);
    return m == V_NULL ? V_NULL : pv_call0(m);
}

#define DELEGATE(fn, name)                                                                   \
    static Value fn(Value self, int argc, const Value *argv, Value kwnames)                  \
    {                                                                                        \
        (void)argv;                                                                          \
        return delegate(self, name, argc, kwnames);                                          \
    }
DELEGATE(text_fileno, "fileno")
DELEGATE(text_isatty, "isatty")
DELEGATE(text_seekable, "seekable")
DELEGATE(text_readable, "readable")
DELEGATE(text_writable, "writable")

static Value text_enter(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argv;
    if (!noargs("__enter__", argc, kwnames, 0) || !check_open(T(self), CLOSED_DOT))
        return V_NULL;
    return self;
}

static Value text_exit(Value self, int argc, const Value *argv, Value kwnames)
{
    (void)argc;
    (void)argv;
    (void)kwnames;
    return text_close(self, 0, NULL, V_NULL);
}

static Value newlines_value(int seen)
{
    static const char *const names[] = {"\r", "\n", "\r\n"};
    Value items[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (seen & (1 << i))
            items[n++] = pv_str_cstr(names[i]);
    if (n == 0)
        return V_NONE;
    return n == 1 ? items[0] : pv_tuple_from(n, items);
}

static Value text_getattr(Value self, Value name)
{
    PvText *t = T(self);
    if (pv_str_eq_cstr(name, "name"))
        return t->buf->raw->name;
    if (pv_str_eq_cstr(name, "mode"))
        return t->mode;
    if (pv_str_eq_cstr(name, "closed"))
        return v_bool(is_closed(t));
    if (pv_str_eq_cstr(name, "encoding"))
        return t->encoding;
    if (pv_str_eq_cstr(name, "errors"))
        return t->errors;
    if (pv_str_eq_cstr(name, "buffer"))
        return v_from(t->buf);
    if (pv_str_eq_cstr(name, "line_buffering"))
        return v_bool(t->line_buffering);
    if (pv_str_eq_cstr(name, "write_through"))
        return V_FALSE;
    if (pv_str_eq_cstr(name, "newlines"))
        return newlines_value(t->seen);
    return V_NULL;
}

static Value text_repr(Value self)
{
    PvText *t = T(self);
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_ascii(&b, "<_io.TextIOWrapper name=");
    Value r = pv_repr(t->buf->raw->name);
    if (r == V_NULL)
        return V_NULL;
    pv_sb_str(&b, r);
    if (t->mode != V_NULL) {
        pv_sb_ascii(&b, " mode=");
        pv_sb_str(&b, pv_repr(t->mode));
    }
    pv_sb_ascii(&b, " encoding=");
    pv_sb_str(&b, pv_repr(t->encoding));
    pv_sb_char(&b, '>');
    return pv_sb_finish(&b);
}

static const PvMethodDef text_methods[] = {
    {"read", text_read, 0},           {"readline", text_readline, 0},
    {"readlines", text_readlines, 0}, {"write", text_write, 0},
    {"writelines", text_writelines, 0}, {"seek", text_seek, 0},
    {"tell", text_tell, 0},           {"truncate", text_truncate, 0},
    {"flush", text_flush, 0},         {"close", text_close, 0},
    {"fileno", text_fileno, 0},       {"isatty", text_isatty, 0},
    {"seekable", text_seekable, 0},   {"readable", text_readable, 0},
    {"writable", text_writable, 0},   {"__enter__", text_enter, 0},
    {"__exit__", text_exit, 0},       {"__iter__", text_iter_m, 0},
    {"__next__", text_next_m, 0},     {NULL, NULL, 0},
};

PvType pv_textio_type = {.ob = {&pv_type_type}, .name = "_io.TextIOWrapper",
                         .base = &pv_object_type, .repr = text_repr, .iter = text_iter,
                         .next = text_next, .getattr = text_getattr, .methods = text_methods};

/* ---- construction (open(), open.c) ---- */
Value pv_textio_new(Value buffer, Value mode, Value encoding, Value errors, Value newline,
                    bool line_buffering)
{
    Value bufv = buffer;
    Value strs[3] = {encoding, errors, newline};
    for (int i = 0; i < 3; i++) {
        size_t n;
        if (strs[i] && strlen(pv_str_utf8(strs[i], &n)) != n) {
            pv_err_set_str(&pv_exc_ValueError, "embedded null character");
            return V_NULL;
        }
    }
    int nl = NL_UNIVERSAL;
    if (newline) {
        static const char *const nls[] = {"", "\n", "\r", "\r\n"};
        int i = 0;
        while (i < 4 && !pv_str_eq_cstr(newline, nls[i]))
            i++;
        if (i == 4) {
            pv_err_format(&pv_exc_ValueError, "illegal newline value: %S", newline);
            return V_NULL;
        }
        nl = NL_ANY + i;
    }
    /* utf-8-sig is utf-8 with a BOM at the start of the file */
    bool sig = false;
    if (encoding) {
        size_t n;
        const char *e = pv_str_utf8(encoding, &n);
        char norm[16];
        size_t k = 0;
        for (size_t i = 0; i < n && k < sizeof norm - 1; i++)
            norm[k++] = (char)(isalnum((unsigned char)e[i]) ? tolower((unsigned char)e[i]) : '_');
        norm[k] = 0;
        sig = n == k && !strcmp(norm, "utf_8_sig");
    }
    Value codec_name = sig ? pv_str_cstr("utf-8") : encoding;
    int codec = pv_codec_kind(codec_name);
    if (codec < 0)
        return V_NULL;
    PvText *t = (PvText *)pv_new_object(&pv_textio_type, sizeof(PvText));
    t->buf = (PvBuffered *)v_obj(bufv);
    t->mode = mode;
    /* encoding=None is the locale's: pvm assumes a UTF-8 locale */
    t->encoding = encoding ? encoding : pv_str_cstr("UTF-8");
    t->errors = errors ? errors : pv_str_cstr("strict");
    t->codec_name = codec_name ? codec_name : t->encoding;
    t->sig = sig;
    t->codec = codec;
    t->newline = nl;
    t->line_buffering = line_buffering;
    if (codec == PV_CODEC_WIDE) {
        Value bom = pv_str_encode(pv_str_cstr(""), t->codec_name, V_NULL);
        if (bom == V_NULL)
            pv_err_clear();
        else
            t->bom_len = (int)((PvBytes *)v_obj(bom))->len;
        Value one = pv_str_encode(pv_str_cstr("a"), t->codec_name, V_NULL);
        if (one == V_NULL)
            pv_err_clear();
        else
            t->unit = (int)(((PvBytes *)v_obj(one))->len - t->bom_len);
    }
    t->telling = true;
    t->reset_at_zero = true;
    return v_from(t);
}
