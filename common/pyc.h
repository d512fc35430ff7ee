/* common/pyc.h: the .pyc container: a 16-byte header (magic, PEP 552 flags,
 * then mtime+size or an 8-byte source hash) followed by one marshalled code
 * object.  Reading and writing; no knowledge of what the code does.
 */
#ifndef PYK_PYC_H
#define PYK_PYC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "bytebuf.h"
#include "object.h"

#define PYC_MAGIC_NUMBER 3495            /* CPython 3.11 */
#define PYC_HEADER_SIZE 16
#define PYC_FLAG_HASH_BASED  0x1         /* PEP 552 */
#define PYC_FLAG_CHECK_SOURCE 0x2

typedef struct PycHeader {
    uint16_t magic;         /* the 16-bit number; bytes 2..3 are always \r\n */
    uint32_t flags;
    uint32_t mtime;         /* when the hash-based bit is clear (importlib */
    uint32_t source_size;   /* treats flags == 2 as a timestamp pyc too) */
    uint8_t source_hash[8]; /* flags & PYC_FLAG_HASH_BASED */
} PycHeader;

/* "3.10" etc. for a CPython magic number, or NULL if unknown. */
const char *pyc_magic_version(uint16_t magic);

/* Parses a whole .pyc image.  On error writes one line (no trailing newline,
 * without the file name) to errbuf and returns -1.  `code` must be a code
 * object; trailing bytes after it are an error. */
__attribute__((warn_unused_result))
int pyc_parse(const uint8_t *data, size_t len, Arena *arena, PycHeader *hdr,
              Obj **code, char *errbuf, size_t errlen);

/* Reads `path` (refusing directories, unreadable and empty files) and parses
 * it.  On error errbuf gets "PATH: reason". */
__attribute__((warn_unused_result))
int pyc_load_file(const char *path, Arena *arena, PycHeader *hdr, Obj **code,
                  char *errbuf, size_t errlen);

/* Appends header + marshalled code to out. */
__attribute__((warn_unused_result))
int pyc_write(const PycHeader *hdr, const Obj *code, ByteBuf *out);

/* Writes `path` atomically (temporary file in the same directory + rename). */
__attribute__((warn_unused_result))
int pyc_write_file(const char *path, const uint8_t *data, size_t len,
                   char *errbuf, size_t errlen);

/* Reads a whole file into malloc'd memory. */
__attribute__((warn_unused_result))
int pyc_read_all(const char *path, uint8_t **data, size_t *len,
                 char *errbuf, size_t errlen);

/* CPython's source hash for hash-based pycs (importlib.util.source_hash):
 * SipHash-1-3 keyed with the magic-derived key `_RAW_MAGIC_NUMBER`. */
void pyc_source_hash(const uint8_t *src, size_t len, uint8_t out[8]);

#endif
