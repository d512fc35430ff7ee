/* common/marshal.h: CPython 3.11 marshal format, version 4 (the payload of a
 * .pyc).  The reader and the writer are twins: marshal_read.c and
 * marshal_write.c, one function per type code on each side.
 *
 * The reader trusts nothing: every length is checked against the remaining
 * input before anything is allocated, nesting is capped, references must
 * point at finished objects, and the first error stops it with the byte
 * offset where it was found.
 */
#ifndef PYK_MARSHAL_H
#define PYK_MARSHAL_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "bytebuf.h"
#include "object.h"

#define MARSHAL_VERSION 4
#define MARSHAL_MAX_DEPTH 2000   /* as CPython's MAX_MARSHAL_STACK_DEPTH */

/* Type codes (bytecode-spec/marshal.md). */
#define TYPE_NULL                 '0'
#define TYPE_NONE                 'N'
#define TYPE_FALSE                'F'
#define TYPE_TRUE                 'T'
#define TYPE_STOPITER             'S'
#define TYPE_ELLIPSIS             '.'
#define TYPE_INT                  'i'
#define TYPE_INT64                'I'   /* read only: not written since 3.4 */
#define TYPE_FLOAT                'f'   /* read only: text float */
#define TYPE_BINARY_FLOAT         'g'
#define TYPE_COMPLEX              'x'   /* read only: text complex */
#define TYPE_BINARY_COMPLEX       'y'
#define TYPE_LONG                 'l'
#define TYPE_STRING               's'   /* bytes */
#define TYPE_INTERNED             't'
#define TYPE_REF                  'r'
#define TYPE_TUPLE                '('
#define TYPE_LIST                 '['
#define TYPE_DICT                 '{'
#define TYPE_CODE                 'c'
#define TYPE_UNICODE              'u'
#define TYPE_UNKNOWN              '?'
#define TYPE_SET                  '<'
#define TYPE_FROZENSET            '>'
#define TYPE_ASCII                'a'
#define TYPE_ASCII_INTERNED       'A'
#define TYPE_SMALL_TUPLE          ')'
#define TYPE_SHORT_ASCII          'z'
#define TYPE_SHORT_ASCII_INTERNED 'Z'
#define FLAG_REF                  0x80

typedef struct MarshalError {
    size_t offset;        /* byte offset in the marshal data where reading failed */
    char message[160];    /* e.g. "tuple size out of range" */
} MarshalError;

/* Reads exactly one object from buf[0..len).  Trailing bytes are allowed and
 * *consumed (if non-NULL) says how many bytes the object took.  Returns 0, or
 * -1 with *err filled. */
__attribute__((warn_unused_result))
int marshal_read(const uint8_t *buf, size_t len, Arena *arena, Obj **out,
                 size_t *consumed, MarshalError *err);

/* Appends the marshal form of `o` to `out`.  Deterministic.  An object
 * reached more than once (by identity) is written once and referenced after;
 * interned strings with the same text are written once.  Returns 0, or -1 if
 * the graph cannot be marshalled (too deep). */
__attribute__((warn_unused_result))
int marshal_write(const Obj *o, ByteBuf *out);

#endif
