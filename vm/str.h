/* vm/str.h: what str.c offers beyond objects.h to its neighbours (bytes.c,
 * format.c): the text codecs (utf-8, ascii, latin-1 with CPython's error
 * handlers and messages), str's Unicode character classes, and fast
 * constructors.  Not a public API for the rest of pvm: objects.h is.
 */
#ifndef PVM_STR_H
#define PVM_STR_H

#include "objects.h"

/* Decodes n bytes (encoding and errors as str objects or V_NULL for the
 * defaults "utf-8" / "strict"); V_NULL with LookupError /
 * UnicodeDecodeError set. */
Value pv_str_decode(const uint8_t *data, int64_t n, Value encoding, Value errors);
/* str -> bytes, same conventions (UnicodeEncodeError). */
Value pv_str_encode(Value s, Value encoding, Value errors);
/* which family `encoding` (str or V_NULL) belongs to, or -1 with
 * LookupError "unknown encoding: x" */
enum { PV_CODEC_UTF8, PV_CODEC_ASCII, PV_CODEC_LATIN1, PV_CODEC_WIDE };
int pv_codec_kind(Value encoding);
/* a str of latin-1 characters (kind 1) / from code points */
Value pv_str_from_latin1(const uint8_t *data, int64_t n);
Value pv_str_from_ucs4(const uint32_t *cp, int64_t n);
/* the one-character string of c (cached below 256) */
Value pv_str_from_char(uint32_t c);
/* character classes as str.isspace() etc. see one character */
bool pv_unicode_isspace(uint32_t c);
bool pv_unicode_isdecimal(uint32_t c);
/* the value 0..9 of a Unicode decimal digit (Unicode 14, as python3.11), else -1 */
int pv_unicode_decimal_value(uint32_t c);
bool pv_unicode_isalnum(uint32_t c);

#endif
