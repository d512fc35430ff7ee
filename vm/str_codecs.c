/* vm/str_codecs.c: str <-> bytes: utf-8, ascii, latin-1, utf-16/32 under
 * every alias CPython's codec registry knows them by, with the standard
 * error handlers and CPython's UnicodeError messages; str.encode.  Not here:
 * the str type itself (str.c), bytes.decode's argument handling (bytes.c).
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coll.h"
#include "format.h"
#include "num.h"
#include "object.h"
#include "repr.h"
#include "runtime.h"
#include "str.h"
#include "str_impl.h"
#include "str_unicode.h"

/* ----------------------------------------------------------------- codecs
 * utf-8, ascii and latin-1 (under every alias CPython's codec registry
 * knows them by), with the standard error handlers. */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32,
       ENC_UTF32LE, ENC_UTF32BE };
static const char *const enc_names[] = { "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                         "utf-16-be", "utf-32", "utf-32-le", "utf-32-be" };

static int lookup_encoding(Value encoding, int *out)
{
    if (!encoding) {
        *out = ENC_UTF8;
        return 0;
    }
    /* normalise as encodings.normalize_encoding does, then lower-case */
    size_t n;
    const char *s = pv_str_utf8(encoding, &n);
    char buf[64];
    size_t k = 0;
    bool pend = false;
    for (size_t i = 0; i < n && k < sizeof buf - 2; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '.') {
            if (pend && k > 0)
                buf[k++] = '_';
            pend = false;
            buf[k++] = (char)tolower(c);
        } else {
            pend = true;
        }
    }
    buf[k] = 0;
    static const struct { const char *name; int enc; } aliases[] = {
        { "utf_8", ENC_UTF8 }, { "utf8", ENC_UTF8 }, { "u8", ENC_UTF8 }, { "utf", ENC_UTF8 },
        { "utf8_ucs2", ENC_UTF8 }, { "utf8_ucs4", ENC_UTF8 }, { "cp65001", ENC_UTF8 },
        { "ascii", ENC_ASCII }, { "us_ascii", ENC_ASCII }, { "646", ENC_ASCII },
        { "ansi_x3.4_1968", ENC_ASCII }, { "ansi_x3_4_1968", ENC_ASCII },
        { "ansi_x3.4_1986", ENC_ASCII }, { "cp367", ENC_ASCII }, { "csascii", ENC_ASCII },
        { "ibm367", ENC_ASCII }, { "iso646_us", ENC_ASCII }, { "iso_646.irv_1991", ENC_ASCII },
        { "iso_ir_6", ENC_ASCII }, { "us", ENC_ASCII },
        { "latin_1", ENC_LATIN1 }, { "latin1", ENC_LATIN1 }, { "latin", ENC_LATIN1 },
        { "l1", ENC_LATIN1 }, { "iso8859_1", ENC_LATIN1 }, { "iso_8859_1", ENC_LATIN1 },
        { "iso8859", ENC_LATIN1 }, { "8859", ENC_LATIN1 }, { "cp819", ENC_LATIN1 },
        { "csisolatin1", ENC_LATIN1 }, { "ibm819", ENC_LATIN1 },
        { "iso_8859_1_1987", ENC_LATIN1 }, { "iso_ir_100", ENC_LATIN1 },
        { "utf_16", ENC_UTF16 }, { "utf16", ENC_UTF16 }, { "u16", ENC_UTF16 },
        { "utf_16_le", ENC_UTF16LE }, { "utf_16le", ENC_UTF16LE },
        { "unicodelittleunmarked", ENC_UTF16LE }, { "utf_16_be", ENC_UTF16BE },
        { "utf_16be", ENC_UTF16BE }, { "unicodebigunmarked", ENC_UTF16BE },
        { "utf_32", ENC_UTF32 }, { "utf32", ENC_UTF32 }, { "u32", ENC_UTF32 },
        { "utf_32_le", ENC_UTF32LE }, { "utf_32le", ENC_UTF32LE },
        { "utf_32_be", ENC_UTF32BE }, { "utf_32be", ENC_UTF32BE },
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(buf, aliases[i].name) == 0) {
            *out = aliases[i].enc;
            return 0;
        }
    pv_err_format(&pv_exc_LookupError, "unknown encoding: %s", s);
    return -1;
}

/* for the text files (textio.c), which split their input at character
 * boundaries for the byte-oriented codecs only */
int pv_codec_kind(Value encoding)
{
    int enc;
    if (lookup_encoding(encoding, &enc) < 0)
        return -1;
    return enc == ENC_UTF8 ? PV_CODEC_UTF8 : enc == ENC_ASCII ? PV_CODEC_ASCII
         : enc == ENC_LATIN1 ? PV_CODEC_LATIN1 : PV_CODEC_WIDE;
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE,
       ERR_SURROGATEPASS, ERR_XMLCHARREF, ERR_UNKNOWN };

static int lookup_errors(Value errors)
{
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "surrogateescape", "surrogatepass", "xmlcharrefreplace" };
    if (!errors)
        return ERR_STRICT;
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (pv_str_eq_cstr(errors, names[i]))
            return i;
    return ERR_UNKNOWN;
}

/* the handler cannot be used: unknown names fail only when an error occurs */
static void bad_handler(Value errors, bool decoding)
{
    if (lookup_errors(errors) == ERR_UNKNOWN)
        pv_err_format(&pv_exc_LookupError, "unknown error handler name '%s'",
                      pv_str_utf8(errors, NULL));
    else
        pv_err_format(&pv_exc_TypeError, "don't know how to handle %s in error callback",
                      decoding ? "UnicodeDecodeError" : "UnicodeEncodeError");
}

static void codec_error(PvType *type, int enc, Value obj, int64_t start, int64_t end,
                        const char *reason)
{
    Value args[5] = { pv_str_cstr(enc_names[enc]), obj, pv_int_from_i64(start),
                      pv_int_from_i64(end), pv_str_cstr(reason) };
    pv_err_set(pv_exc_new(type, pv_tuple_from(5, args)));
}

/* One undecodable range [start, end) of data with its reason; returns the
 * position to continue at, or -1 with the error set. */
static int64_t decode_error(PvStrBuf *b, int enc, int handler, Value errors, const uint8_t *data,
                            int64_t n, int64_t start, int64_t end, const char *reason)
{
    switch (handler) {
    case ERR_IGNORE:
        return end;
    case ERR_REPLACE:
        pv_sb_char(b, 0xFFFD);
        return end;
    case ERR_BACKSLASH:
        for (int64_t i = start; i < end; i++) {
            pv_sb_ascii(b, "\\x");
            pv_sb_hex(b, data[i], 2);
        }
        return end;
    case ERR_SURROGATEESCAPE:
        for (int64_t i = start; i < end; i++) {
            if (data[i] < 128)
                goto strict;
            pv_sb_char(b, 0xDC00 + data[i]);
        }
        return end;
    case ERR_STRICT:
    strict:
        codec_error(&pv_exc_UnicodeDecodeError, enc, pv_bytes(data, (size_t)n), start, end, reason);
        return -1;
    default:
        bad_handler(errors, true);
        return -1;
    }
}

/* UTF-16 and UTF-32 (a BOM picks the order for the unmarked forms, else
 * little-endian as on CPython's usual hosts) */
static Value decode_wide(const uint8_t *data, int64_t n, int enc, int handler, Value errors)
{
    bool w32 = enc >= ENC_UTF32;
    int unit = w32 ? 4 : 2;
    bool be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    int64_t i = 0;
    if (enc == ENC_UTF16 && n >= 2) {
        if (data[0] == 0xFF && data[1] == 0xFE)
            i = 2;
        else if (data[0] == 0xFE && data[1] == 0xFF) {
            i = 2;
            be = true;
        }
    } else if (enc == ENC_UTF32 && n >= 4) {
        if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
            i = 4;
        else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) {
            i = 4;
            be = true;
        }
    }
    /* errors name the byte order actually used */
    enc = w32 ? (be ? ENC_UTF32BE : ENC_UTF32LE) : (be ? ENC_UTF16BE : ENC_UTF16LE);
    PvStrBuf b;
    pv_sb_init(&b);
    while (i < n) {
        const char *reason = NULL;
        int64_t bad_end = n;
        if (n - i < unit) {
            reason = "truncated data";
        } else {
            uint32_t c = 0;
            for (int k = 0; k < unit; k++)
                c |= (uint32_t)data[i + (be ? unit - 1 - k : k)] << (8 * k);
            if (w32) {
                if (c > 0x10FFFF)
                    reason = "code point not in range(0x110000)";
                else if (c >= 0xD800 && c < 0xE000 && handler != ERR_SURROGATEPASS)
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                bad_end = i + 4;
                if (!reason) {
                    pv_sb_char(&b, c);
                    i += 4;
                    continue;
                }
            } else if (c < 0xD800 || c > 0xDFFF) {
                pv_sb_char(&b, c);
                i += 2;
                continue;
            } else if (c >= 0xDC00) {
                reason = "illegal encoding";
                bad_end = i + 2;
            } else if (n - i < 4) {
                reason = "unexpected end of data";
            } else {
                uint32_t d = be ? (uint32_t)(data[i + 2] << 8 | data[i + 3])
                                : (uint32_t)(data[i + 3] << 8 | data[i + 2]);
                if (d >= 0xDC00 && d <= 0xDFFF) {
                    pv_sb_char(&b, 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                bad_end = i + 2;
            }
        }
        i = decode_error(&b, enc, handler == ERR_SURROGATEESCAPE ? ERR_STRICT : handler, errors,
                         data, n, i, bad_end, reason);
        if (i < 0)
            return V_NULL;
    }
    return pv_sb_finish(&b);
}

Value pv_str_decode(const uint8_t *data, int64_t n, Value encoding, Value errors)
{
    int enc;
    if (lookup_encoding(encoding, &enc) < 0)
        return V_NULL;
    int handler = lookup_errors(errors);
    if (enc == ENC_LATIN1)
        return pv_str_from_latin1(data, n);
    if (enc >= ENC_UTF16)
        return decode_wide(data, n, enc, handler, errors);
    int64_t i = 0;
    while (i < n && data[i] < 0x80)
        i++;
    if (i == n)
        return pv_str_from_latin1(data, n);
    PvStrBuf b;
    pv_sb_init(&b);
    pv_sb_reserve(&b, n);
    for (int64_t k = 0; k < i; k++)
        pv_sb_char(&b, data[k]);
    while (i < n) {
        uint8_t c = data[i];
        if (c < 0x80) {
            pv_sb_char(&b, c);
            i++;
            continue;
        }
        if (enc == ENC_ASCII) {
            i = decode_error(&b, enc, handler, errors, data, n, i, i + 1,
                             "ordinal not in range(128)");
            if (i < 0)
                return V_NULL;
            continue;
        }
        /* UTF-8: the maximal valid prefix decides the error range */
        int need;
        uint32_t cp;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED && handler != ERR_SURROGATEPASS)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            i = decode_error(&b, enc, handler, errors, data, n, i, i + 1, "invalid start byte");
            if (i < 0)
                return V_NULL;
            continue;
        }
        int64_t j = i + 1;
        const char *reason = NULL;
        for (int k = 0; k < need; k++, j++) {
            if (j >= n) {
                reason = "unexpected end of data";
                break;
            }
            uint8_t d = data[j];
            if (d < (k == 0 ? lo : 0x80) || d > (k == 0 ? hi : 0xBF)) {
                reason = "invalid continuation byte";
                break;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if (reason) {
            i = decode_error(&b, enc, handler, errors, data, n, i, j, reason);
            if (i < 0)
                return V_NULL;
            continue;
        }
        pv_sb_char(&b, cp);
        i = j;
    }
    return pv_sb_finish(&b);
}

/* a growable byte buffer for encoding */
typedef struct ByteOut {
    uint8_t *p;
    size_t len, cap;
} ByteOut;

static void bo_put(ByteOut *o, const void *src, size_t n)
{
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        while (cap < o->len + n)
            cap *= 2;
        uint8_t *p = pv_alloc_atomic(cap);
        if (o->len)
            memcpy(p, o->p, o->len);
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, src, n);
    o->len += n;
}

static void bo_ascii(ByteOut *o, const char *s)
{
    bo_put(o, s, strlen(s));
}

static void put_unit(ByteOut *o, uint32_t c, int unit, bool be)
{
    uint8_t u[4];
    for (int k = 0; k < unit; k++)
        u[be ? unit - 1 - k : k] = (uint8_t)(c >> (8 * k));
    bo_put(o, u, (size_t)unit);
}

static void put_wide(ByteOut *o, uint32_t c, bool w32, bool be)
{
    if (!w32 && c >= 0x10000) {
        put_unit(o, 0xD800 + ((c - 0x10000) >> 10), 2, be);
        put_unit(o, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, be);
    } else {
        put_unit(o, c, w32 ? 4 : 2, be);
    }
}

static Value encode_wide(Value v, int enc, int handler, Value errors)
{
    PvStr *s = STR(v);
    bool w32 = enc >= ENC_UTF32;
    bool be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    ByteOut o = { NULL, 0, 0 };
    if (enc == ENC_UTF16 || enc == ENC_UTF32)
        put_wide(&o, 0xFEFF, w32, false);
    for (int64_t i = 0; i < s->len;) {
        uint32_t c = ch(s, i);
        if (c < 0xD800 || c > 0xDFFF) {
            put_wide(&o, c, w32, be);
            i++;
            continue;
        }
        int64_t j = i + 1;
        while (j < s->len && ch(s, j) >= 0xD800 && ch(s, j) <= 0xDFFF)
            j++;
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (int64_t k = i; k < j; k++)
                put_wide(&o, '?', w32, be);
            break;
        case ERR_SURROGATEPASS:
            for (int64_t k = i; k < j; k++)
                put_unit(&o, ch(s, k), w32 ? 4 : 2, be);
            break;
        case ERR_BACKSLASH:
        case ERR_XMLCHARREF:
            for (int64_t k = i; k < j; k++) {
                char buf[16];
                snprintf(buf, sizeof buf, handler == ERR_BACKSLASH ? "\\u%04x" : "&#%u;",
                         (unsigned)ch(s, k));
                for (char *p = buf; *p; p++)
                    put_wide(&o, (uint8_t)*p, w32, be);
            }
            break;
        case ERR_STRICT:
        case ERR_SURROGATEESCAPE:
            codec_error(&pv_exc_UnicodeEncodeError, enc, v, i, j, "surrogates not allowed");
            return V_NULL;
        default:
            bad_handler(errors, false);
            return V_NULL;
        }
        i = j;
    }
    return pv_bytes(o.p ? o.p : (const uint8_t *)"", o.len);
}

Value pv_str_encode(Value v, Value encoding, Value errors)
{
    int enc;
    if (lookup_encoding(encoding, &enc) < 0)
        return V_NULL;
    PvStr *s = STR(v);
    if ((s->ascii && enc <= ENC_LATIN1) || (enc == ENC_LATIN1 && s->kind == 1))
        return pv_bytes(s->data, (size_t)s->len);
    int handler = lookup_errors(errors);
    if (enc >= ENC_UTF16)
        return encode_wide(v, enc, handler, errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    ByteOut o = { NULL, 0, 0 };
    int64_t i = 0;
    while (i < s->len) {
        uint32_t c = ch(s, i);
        bool bad = enc == ENC_UTF8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            uint8_t u[4];
            if (enc == ENC_UTF8) {
                bo_put(&o, u, utf8_encode(c, u));
            } else {
                u[0] = (uint8_t)c;
                bo_put(&o, u, 1);
            }
            i++;
            continue;
        }
        /* the run of unencodable characters is one error */
        int64_t j = i + 1;
        while (j < s->len) {
            uint32_t d = ch(s, j);
            if (enc == ENC_UTF8 ? !(d >= 0xD800 && d <= 0xDFFF) : d < limit)
                break;
            j++;
        }
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (int64_t k = i; k < j; k++)
                bo_ascii(&o, "?");
            break;
        case ERR_BACKSLASH:
            for (int64_t k = i; k < j; k++) {
                uint32_t d = ch(s, k);
                char buf[16];
                snprintf(buf, sizeof buf, d < 0x100 ? "\\x%02x" : d < 0x10000 ? "\\u%04x" : "\\U%08x",
                         (unsigned)d);
                bo_ascii(&o, buf);
            }
            break;
        case ERR_XMLCHARREF:
            for (int64_t k = i; k < j; k++) {
                char buf[16];
                snprintf(buf, sizeof buf, "&#%u;", (unsigned)ch(s, k));
                bo_ascii(&o, buf);
            }
            break;
        case ERR_SURROGATEPASS:
        case ERR_SURROGATEESCAPE: {
            bool ok = true;
            for (int64_t k = i; k < j && ok; k++) {
                uint32_t d = ch(s, k);
                if (handler == ERR_SURROGATEESCAPE)
                    ok = d >= 0xDC80 && d <= 0xDCFF;
                else
                    ok = enc == ENC_UTF8 && d >= 0xD800 && d <= 0xDFFF;
            }
            if (ok) {
                for (int64_t k = i; k < j; k++) {
                    uint8_t u[4];
                    uint32_t d = ch(s, k);
                    if (handler == ERR_SURROGATEESCAPE) {
                        u[0] = (uint8_t)(d - 0xDC00);
                        bo_put(&o, u, 1);
                    } else {
                        bo_put(&o, u, utf8_encode(d, u));
                    }
                }
                break;
            }
        }
        /* fall through */
        case ERR_STRICT:
            codec_error(&pv_exc_UnicodeEncodeError, enc, v, i, j,
                        enc == ENC_UTF8 ? "surrogates not allowed"
                        : enc == ENC_ASCII ? "ordinal not in range(128)"
                                           : "ordinal not in range(256)");
            return V_NULL;
        default:
            bad_handler(errors, false);
            return V_NULL;
        }
        i = j;
    }
    return pv_bytes(o.p ? o.p : (const uint8_t *)"", o.len);
}

static int codec_args(const char *fname, int argc, const Value *argv, Value kwnames, Value *a)
{
    static const char *const names[] = { "encoding", "errors" };
    if (pv_parse_args(fname, argc, argv, kwnames, "|OO", names, a) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (a[i] && !pv_str_check(a[i])) {
            pv_err_format(&pv_exc_TypeError, "%s() argument '%s' must be str, not %s", fname,
                          names[i], pv_type_name(a[i]));
            return -1;
        }
    return 0;
}

SHARED_METH(pv_str_meth_encode)
{
    Value a[2];
    if (codec_args("encode", argc, argv, kwnames, a) < 0)
        return V_NULL;
    return pv_str_encode(self, a[0], a[1]);
}

