/* common/pyc.c: the .pyc container: header parsing and writing, file I/O
 * (whole-file reads, atomic writes) and the PEP 552 source hash.  It knows
 * nothing of bytecode; the payload goes through marshal_read/marshal_write.
 * Error texts are single lines meant for users ("PATH: reason").
 */
#include "pyc.h"

#include "marshal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Magic numbers by release, from the history in CPython's
 * Lib/importlib/_bootstrap_external.py.  Each range covers the development
 * magics of that version; the last number is the final release's. */
static const struct {
    uint16_t lo, hi;
    const char *version;
} magic_ranges[] = {
    { 20121, 20121, "1.5" }, { 50428, 50428, "1.6" }, { 50823, 50823, "2.0" },
    { 60202, 60202, "2.1" }, { 60717, 60717, "2.2" }, { 62011, 62021, "2.3" },
    { 62041, 62061, "2.4" }, { 62071, 62131, "2.5" }, { 62151, 62161, "2.6" },
    { 62171, 62211, "2.7" },
    { 3000, 3131, "3.0" },   { 3141, 3151, "3.1" },   { 3160, 3180, "3.2" },
    { 3190, 3230, "3.3" },   { 3250, 3310, "3.4" },   { 3320, 3351, "3.5" },
    { 3360, 3379, "3.6" },   { 3390, 3399, "3.7" },   { 3400, 3419, "3.8" },
    { 3420, 3429, "3.9" },   { 3430, 3449, "3.10" },
    /* From 3.11 on, Python 3.n uses 2900 + 50n .. 2949 + 50n. */
    { 3450, 3499, "3.11" },  { 3500, 3549, "3.12" },  { 3550, 3599, "3.13" },
    { 3600, 3649, "3.14" },  { 3650, 3699, "3.15" },
};

const char *pyc_magic_version(uint16_t magic)
{
    for (size_t i = 0; i < sizeof magic_ranges / sizeof magic_ranges[0]; i++)
        if (magic >= magic_ranges[i].lo && magic <= magic_ranges[i].hi)
            return magic_ranges[i].version;
    return NULL;
}

__attribute__((format(printf, 3, 4)))
static int errf(char *buf, size_t len, const char *fmt, ...)
{
    if (buf && len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, len, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static uint32_t get_u32le(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static const char *kind_name(const Obj *o)
{
    static const char *const names[] = {
        [OBJ_NONE] = "None", [OBJ_FALSE] = "bool", [OBJ_TRUE] = "bool",
        [OBJ_STOPITER] = "type", [OBJ_ELLIPSIS] = "ellipsis", [OBJ_INT] = "int",
        [OBJ_FLOAT] = "float", [OBJ_COMPLEX] = "complex", [OBJ_BYTES] = "bytes",
        [OBJ_STR] = "str", [OBJ_TUPLE] = "tuple", [OBJ_LIST] = "list",
        [OBJ_DICT] = "dict", [OBJ_SET] = "set", [OBJ_FROZENSET] = "frozenset",
        [OBJ_CODE] = "code",
    };
    return o->kind <= OBJ_CODE ? names[o->kind] : "unknown";
}

int pyc_parse(const uint8_t *data, size_t len, Arena *arena, PycHeader *hdr,
              Obj **code, char *errbuf, size_t errlen)
{
    PycHeader h;
    memset(&h, 0, sizeof h);
    *code = NULL;
    /* Bytes 2..3 are "\r\n" in every CPython magic: checking them first lets
     * a text file or other junk be named as such even when it is short. */
    if ((len > 2 && data[2] != '\r') || (len > 3 && data[3] != '\n'))
        return errf(errbuf, errlen, "not a .pyc file (bad magic number)");
    if (len < 4)
        return errf(errbuf, errlen, "file too short for a .pyc header (%zu bytes)", len);
    h.magic = (uint16_t)(data[0] | data[1] << 8);
    if (h.magic != PYC_MAGIC_NUMBER) {
        const char *v = pyc_magic_version(h.magic);
        if (v)
            return errf(errbuf, errlen, "compiled by Python %s (magic %u); "
                        "pvm runs Python 3.11 (magic %d)", v, h.magic, PYC_MAGIC_NUMBER);
        return errf(errbuf, errlen, "unknown magic number %u; pvm runs Python 3.11 "
                    "(magic %d)", h.magic, PYC_MAGIC_NUMBER);
    }
    if (len < PYC_HEADER_SIZE)
        return errf(errbuf, errlen, "file too short for a .pyc header (%zu bytes)", len);
    h.flags = get_u32le(data + 4);
    /* As importlib's _classify_pyc: only the two PEP 552 bits exist. */
    if (h.flags & ~(uint32_t)(PYC_FLAG_HASH_BASED | PYC_FLAG_CHECK_SOURCE))
        return errf(errbuf, errlen, "invalid flags 0x%x in .pyc header", h.flags);
    if (h.flags & PYC_FLAG_HASH_BASED) {
        memcpy(h.source_hash, data + 8, 8);
    } else {
        h.mtime = get_u32le(data + 8);
        h.source_size = get_u32le(data + 12);
    }

    MarshalError err;
    size_t used = 0;
    Obj *o;
    if (marshal_read(data + PYC_HEADER_SIZE, len - PYC_HEADER_SIZE, arena, &o, &used, &err) < 0)
        return errf(errbuf, errlen, "bad marshal data at offset %zu (%s)",
                    err.offset + PYC_HEADER_SIZE, err.message);
    if (o->kind != OBJ_CODE)
        return errf(errbuf, errlen, "top-level object is a %s, not a code object",
                    kind_name(o));
    if (used != len - PYC_HEADER_SIZE)
        return errf(errbuf, errlen, "%zu bytes of trailing data at offset %zu",
                    len - PYC_HEADER_SIZE - used, used + PYC_HEADER_SIZE);
    if (hdr)
        *hdr = h;
    *code = o;
    return 0;
}

int pyc_read_all(const char *path, uint8_t **data, size_t *len, char *errbuf, size_t errlen)
{
    uint8_t *buf = NULL;
    size_t n = 0, cap = 0;
    struct stat st;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    *data = NULL;
    *len = 0;
    if (fd < 0) {
        errf(errbuf, errlen, "%s: %s", path, strerror(errno));
        goto fail;
    }
    if (fstat(fd, &st) < 0) {
        errf(errbuf, errlen, "%s: %s", path, strerror(errno));
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        errf(errbuf, errlen, "%s: is a directory", path);
        goto fail;
    }
    /* The size is a hint only (pipes and /proc files report 0). */
    cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
    for (;;) {
        if (n == cap || !buf) {
            if (buf)
                cap *= 2;
            uint8_t *p = realloc(buf, cap);
            if (!p) {
                errf(errbuf, errlen, "%s: out of memory", path);
                goto fail;
            }
            buf = p;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            errf(errbuf, errlen, "%s: %s", path, strerror(errno));
            goto fail;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    *data = buf;
    *len = n;
    return 0;
fail:
    if (fd >= 0)
        close(fd);
    free(buf);
    return -1;
}

int pyc_load_file(const char *path, Arena *arena, PycHeader *hdr, Obj **code,
                  char *errbuf, size_t errlen)
{
    uint8_t *data = NULL;
    size_t len = 0;
    int rc = -1;
    char why[256];

    *code = NULL;
    if (pyc_read_all(path, &data, &len, errbuf, errlen) < 0)
        return -1;
    if (len == 0) {
        errf(errbuf, errlen, "%s: empty file", path);
        goto fail;
    }
    if (pyc_parse(data, len, arena, hdr, code, why, sizeof why) < 0) {
        errf(errbuf, errlen, "%s: %s", path, why);
        goto fail;
    }
    rc = 0;
fail:
    free(data);
    return rc;
}

int pyc_write(const PycHeader *hdr, const Obj *code, ByteBuf *out)
{
    size_t start = out->len;
    bb_byte(out, (uint8_t)hdr->magic);
    bb_byte(out, (uint8_t)(hdr->magic >> 8));
    bb_byte(out, '\r');
    bb_byte(out, '\n');
    bb_u32le(out, hdr->flags);
    if (hdr->flags & PYC_FLAG_HASH_BASED) {
        bb_put(out, hdr->source_hash, 8);
    } else {
        bb_u32le(out, hdr->mtime);
        bb_u32le(out, hdr->source_size);
    }
    if (marshal_write(code, out) < 0) {
        out->len = start;
        return -1;
    }
    return 0;
}

int pyc_write_file(const char *path, const uint8_t *data, size_t len,
                   char *errbuf, size_t errlen)
{
    static unsigned counter;
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 64);
    int fd = -1;

    if (!tmp)
        return errf(errbuf, errlen, "%s: out of memory", path);
    /* Same directory, so rename() replaces atomically; pid + counter keep
     * concurrent writers (processes or calls) apart, O_EXCL guards the rest. */
    snprintf(tmp, plen + 64, "%s.%ld.%u.tmp", path, (long)getpid(), counter++);
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        errf(errbuf, errlen, "%s: %s", tmp, strerror(errno));
        free(tmp);
        return -1;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            errf(errbuf, errlen, "%s: %s", tmp, strerror(errno));
            goto fail;
        }
        done += (size_t)w;
    }
    /* No fsync: like CPython's importlib, a crash may lose the new file but
     * never leaves a torn one under the final name. */
    if (close(fd) < 0) {
        fd = -1;
        errf(errbuf, errlen, "%s: %s", tmp, strerror(errno));
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) < 0) {
        errf(errbuf, errlen, "%s: %s", path, strerror(errno));
        goto fail;
    }
    free(tmp);
    return 0;
fail:
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    free(tmp);
    return -1;
}

/* SipHash-1-3 (one compression round per word, three finalisation rounds)
 * with a 128-bit key (k0, k1), as CPython's _Py_KeyedHash uses it. */
static uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define SIPROUND(v0, v1, v2, v3) do {                                   \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);       \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                          \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                          \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);       \
    } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *p, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    size_t i = 0;
    for (; len - i >= 8; i += 8) {
        uint64_t m = 0;
        for (int j = 7; j >= 0; j--)
            m = (m << 8) | p[i + (size_t)j];
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t last = (uint64_t)len << 56;
    for (size_t j = 0; i + j < len; j++)
        last |= (uint64_t)p[i + j] << (8 * j);
    v3 ^= last;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

void pyc_source_hash(const uint8_t *src, size_t len, uint8_t out[8])
{
    /* importlib's _RAW_MAGIC_NUMBER: the 4 magic bytes read as a little-endian
     * integer, i.e. magic | '\r' << 16 | '\n' << 24. */
    uint64_t key = (uint64_t)PYC_MAGIC_NUMBER | (uint64_t)'\r' << 16 | (uint64_t)'\n' << 24;
    uint64_t h = siphash13(key, 0, src ? src : (const uint8_t *)"", len);
    for (int i = 0; i < 8; i++)
        out[i] = (uint8_t)(h >> (8 * i));
}
