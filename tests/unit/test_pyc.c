/* tests/unit/test_pyc.c: the .pyc container (common/pyc.c): header modes,
 * version and magic diagnostics, file errors, PEP 552 source hashes and
 * atomic writes.  The marshal payload itself is tested in test_marshal.c.
 * Vectors come from /usr/bin/python3.11 as noted.
 */
#include "marshal.h"
#include "pyc.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* tiny.py is "x = 1\n" with mtime 1700000000 (touch -d @1700000000), then
 *   import py_compile; from py_compile import PycInvalidationMode as M
 *   py_compile.compile('tiny.py', cfile=..., dfile='tiny.py', invalidation_mode=M.X)
 * for X = TIMESTAMP, CHECKED_HASH, UNCHECKED_HASH.  The three files share
 * the payload and differ in the 16-byte header. */
static const uint8_t hdr_timestamp[] =
    "\xa7\x0d\x0d\x0a\x00\x00\x00\x00\x00\xf1\x53\x65\x06\x00\x00\x00";
static const uint8_t hdr_checked[] =
    "\xa7\x0d\x0d\x0a\x03\x00\x00\x00\x4c\x03\x72\xaa\x93\xf7\x52\x52";
static const uint8_t hdr_unchecked[] =
    "\xa7\x0d\x0d\x0a\x01\x00\x00\x00\x4c\x03\x72\xaa\x93\xf7\x52\x52";
static const uint8_t payload[] =
    "\xe3\x00"
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00"
    "\x00\xf3\x0a\x00\x00\x00\x97\x00\x64\x00\x5a\x00\x64\x01\x53\x00\x29\x02"
    "\xe9\x01\x00\x00\x00\x4e\x29\x01\xda\x01\x78\xa9\x00\xf3\x00\x00\x00\x00"
    "\xfa\x07\x74\x69\x6e\x79\x2e\x70\x79\xfa\x08\x3c\x6d\x6f\x64\x75\x6c\x65"
    "\x3e\x72\x07\x00\x00\x00\x01\x00\x00\x00\x73\x0e\x00\x00\x00\xf0\x03\x01"
    "\x01\x01\xd8\x04\x05\x80\x01\x80\x01\x80\x01\x72\x05\x00\x00\x00";
#define PAYLOAD_LEN (sizeof payload - 1)

static Arena arena;
static char tmpdir[256];

static void setup(void)
{
    arena_init(&arena);
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_pyc.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void rm_rf(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char p[512];
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
            rm_rf(p);
        else
            unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static void teardown(void)
{
    arena_free(&arena);
    rm_rf(tmpdir);
}

/* header + payload (+ extra) in a malloc'd buffer of exactly that size */
static uint8_t *image(const uint8_t *hdr, const void *extra, size_t nextra, size_t *len)
{
    *len = 16 + PAYLOAD_LEN + nextra;
    uint8_t *p = malloc(*len);
    memcpy(p, hdr, 16);
    memcpy(p + 16, payload, PAYLOAD_LEN);
    if (nextra)
        memcpy(p + 16 + PAYLOAD_LEN, extra, nextra);
    return p;
}

static void parse_err(const uint8_t *p, size_t len, const char *want)
{
    PycHeader h;
    Obj *code = (Obj *)1;
    char err[256] = "";
    ck_assert_int_eq(pyc_parse(p, len, &arena, &h, &code, err, sizeof err), -1);
    ck_assert_ptr_null(code);
    ck_assert_msg(strcmp(err, want) == 0, "got '%s', want '%s'", err, want);
}

static void path_in_tmp(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", tmpdir, name);
}

static void put_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(p, 1, n, f), n);
    fclose(f);
}

static size_t count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    struct dirent *e;
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)))
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

START_TEST(test_modes)
{
    size_t len;
    PycHeader h;
    Obj *code;
    char err[256];
    uint8_t *p = image(hdr_timestamp, NULL, 0, &len);
    ck_assert_int_eq(pyc_parse(p, len, &arena, &h, &code, err, sizeof err), 0);
    ck_assert_int_eq(code->kind, OBJ_CODE);
    ck_assert_uint_eq(h.magic, 3495);
    ck_assert_uint_eq(h.flags, 0);
    ck_assert_uint_eq(h.mtime, 1700000000);
    ck_assert_uint_eq(h.source_size, 6);
    ck_assert_str_eq(obj_cstr(code->u.code->filename), "tiny.py");
    free(p);

    uint8_t hash[8];
    pyc_source_hash((const uint8_t *)"x = 1\n", 6, hash);
    p = image(hdr_checked, NULL, 0, &len);
    ck_assert_int_eq(pyc_parse(p, len, &arena, &h, &code, err, sizeof err), 0);
    ck_assert_uint_eq(h.flags, PYC_FLAG_HASH_BASED | PYC_FLAG_CHECK_SOURCE);
    ck_assert(memcmp(h.source_hash, hash, 8) == 0);
    ck_assert_uint_eq(h.mtime, 0);
    free(p);

    p = image(hdr_unchecked, NULL, 0, &len);
    ck_assert_int_eq(pyc_parse(p, len, &arena, &h, &code, err, sizeof err), 0);
    ck_assert_uint_eq(h.flags, PYC_FLAG_HASH_BASED);
    ck_assert(memcmp(h.source_hash, hash, 8) == 0);
    free(p);

    /* flags 2 alone is accepted by importlib (a timestamp pyc) */
    uint8_t hdr2[16];
    memcpy(hdr2, hdr_timestamp, 16);
    hdr2[4] = 2;
    p = image(hdr2, NULL, 0, &len);
    ck_assert_int_eq(pyc_parse(p, len, &arena, &h, &code, err, sizeof err), 0);
    ck_assert_uint_eq(h.mtime, 1700000000);
    free(p);
    /* other bits are not (importlib: "invalid flags") */
    hdr2[4] = 4;
    p = image(hdr2, NULL, 0, &len);
    parse_err(p, len, "invalid flags 0x4 in .pyc header");
    free(p);
    hdr2[4] = 0;
    hdr2[7] = 0x80;
    p = image(hdr2, NULL, 0, &len);
    parse_err(p, len, "invalid flags 0x80000000 in .pyc header");
    free(p);
}
END_TEST

START_TEST(test_bad_headers)
{
    size_t len;
    uint8_t hdr[16];
    uint8_t *p;

    /* a 3.10 file: magic 3439 = 0x0d6f */
    memcpy(hdr, hdr_timestamp, 16);
    hdr[0] = 0x6f;
    p = image(hdr, NULL, 0, &len);
    parse_err(p, len, "compiled by Python 3.10 (magic 3439); pvm runs Python 3.11 (magic 3495)");
    free(p);
    hdr[0] = 0xcb; /* 3531 = 0x0dcb: 3.12 final */
    p = image(hdr, NULL, 0, &len);
    parse_err(p, len, "compiled by Python 3.12 (magic 3531); pvm runs Python 3.11 (magic 3495)");
    free(p);
    hdr[0] = 0x01; /* 3329: between releases */
    hdr[1] = 0x0d;
    p = image(hdr, NULL, 0, &len);
    parse_err(p, len, "compiled by Python 3.5 (magic 3329); pvm runs Python 3.11 (magic 3495)");
    free(p);
    hdr[0] = 0x00; /* 9984: nobody's */
    hdr[1] = 0x27;
    p = image(hdr, NULL, 0, &len);
    parse_err(p, len, "unknown magic number 9984; pvm runs Python 3.11 (magic 3495)");
    free(p);

    parse_err((const uint8_t *)"print('hi')\n", 12, "not a .pyc file (bad magic number)");
    parse_err((const uint8_t *)"\xa7\x0d\x0d", 3, "file too short for a .pyc header (3 bytes)");
    parse_err((const uint8_t *)"", 0, "file too short for a .pyc header (0 bytes)");
    parse_err(hdr_timestamp, 15, "file too short for a .pyc header (15 bytes)");
    parse_err(hdr_timestamp, 16, "bad marshal data at offset 16 (unexpected end of data)");

    /* marshal errors name the offset in the file */
    p = image(hdr_timestamp, NULL, 0, &len);
    p[16 + 21] = '?'; /* co_code's type byte */
    parse_err(p, len, "bad marshal data at offset 37 (unknown type code 0x3f)");
    free(p);
    p = image(hdr_timestamp, "N", 1, &len);
    parse_err(p, len, "1 bytes of trailing data at offset 124");
    free(p);
    uint8_t notcode[17];
    memcpy(notcode, hdr_timestamp, 16);
    notcode[16] = 'N';
    parse_err(notcode, 17, "top-level object is a None, not a code object");
}
END_TEST

START_TEST(test_magic_versions)
{
    static const struct { uint16_t magic; const char *v; } t[] = {
        { 3131, "3.0" }, { 3151, "3.1" }, { 3180, "3.2" }, { 3230, "3.3" },
        { 3310, "3.4" }, { 3351, "3.5" }, { 3379, "3.6" }, { 3394, "3.7" },
        { 3413, "3.8" }, { 3425, "3.9" }, { 3439, "3.10" }, { 3495, "3.11" },
        { 3450, "3.11" }, { 3531, "3.12" }, { 3571, "3.13" }, { 62211, "2.7" },
        { 20121, "1.5" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        ck_assert_str_eq(pyc_magic_version(t[i].magic), t[i].v);
    ck_assert_ptr_null(pyc_magic_version(0));
    ck_assert_ptr_null(pyc_magic_version(9999));
}
END_TEST

START_TEST(test_files)
{
    char path[512], err[512], want[600];
    PycHeader h;
    Obj *code;
    size_t len;

    path_in_tmp(path, sizeof path, "missing.pyc");
    ck_assert_int_eq(pyc_load_file(path, &arena, &h, &code, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: No such file or directory", path);
    ck_assert_str_eq(err, want);

    ck_assert_int_eq(pyc_load_file(tmpdir, &arena, &h, &code, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: is a directory", tmpdir);
    ck_assert_str_eq(err, want);

    path_in_tmp(path, sizeof path, "empty.pyc");
    put_file(path, "", 0);
    ck_assert_int_eq(pyc_load_file(path, &arena, &h, &code, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: empty file", path);
    ck_assert_str_eq(err, want);

    path_in_tmp(path, sizeof path, "text.pyc");
    put_file(path, "import os\nprint(os.name)\n", 25);
    ck_assert_int_eq(pyc_load_file(path, &arena, &h, &code, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: not a .pyc file (bad magic number)", path);
    ck_assert_str_eq(err, want);

    path_in_tmp(path, sizeof path, "good.pyc");
    uint8_t *p = image(hdr_unchecked, NULL, 0, &len);
    put_file(path, p, len);
    free(p);
    ck_assert_int_eq(pyc_load_file(path, &arena, &h, &code, err, sizeof err), 0);
    ck_assert_int_eq(code->kind, OBJ_CODE);
    ck_assert_uint_eq(h.flags, 1);

    /* pyc_read_all itself accepts empty files (sources may be empty) */
    uint8_t *data;
    path_in_tmp(path, sizeof path, "empty.pyc");
    ck_assert_int_eq(pyc_read_all(path, &data, &len, err, sizeof err), 0);
    ck_assert_uint_eq(len, 0);
    ck_assert_ptr_nonnull(data);
    free(data);
    /* and files of unknown size */
    ck_assert_int_eq(pyc_read_all("/proc/self/stat", &data, &len, err, sizeof err), 0);
    ck_assert_uint_gt(len, 0);
    free(data);
}
END_TEST

START_TEST(test_source_hash)
{
    /* importlib.util.source_hash(s).hex() with python3.11 */
    static const struct { const char *src; const char *hex; } v[] = {
        { "", "738d9cd5d5e87f73" },
        { "a", "fa30db0730dcbf07" },
        { "abcdefg", "9b58a82378e1d95f" },
        { "abcdefgh", "a705b39c25edd8a5" },
        { "abcdefghi", "e428a4f8cd79259b" },
        { "abcdefghijklmno", "b8d88c8932805822" },
        { "abcdefghijklmnop", "720e64fba9114192" },
        { "abcdefghijklmnopq", "4eae1d627c07e953" },
        { "x = 1\n", "4c0372aa93f75252" },
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        uint8_t h[8];
        char hex[17];
        pyc_source_hash((const uint8_t *)v[i].src, strlen(v[i].src), h);
        for (int j = 0; j < 8; j++)
            snprintf(hex + 2 * j, 3, "%02x", h[j]);
        ck_assert_str_eq(hex, v[i].hex);
    }
    /* a long input: bytes(range(256)) * 4 -> python3.11 gives this */
    uint8_t big[1024], h[8];
    char hex[17];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (uint8_t)i;
    pyc_source_hash(big, sizeof big, h);
    for (int j = 0; j < 8; j++)
        snprintf(hex + 2 * j, 3, "%02x", h[j]);
    ck_assert_str_eq(hex, "e38948f5d11ed642");
}
END_TEST

START_TEST(test_write_roundtrip)
{
    const uint8_t *hdrs[] = { hdr_timestamp, hdr_checked, hdr_unchecked };
    for (size_t i = 0; i < 3; i++) {
        size_t len;
        uint8_t *p = image(hdrs[i], NULL, 0, &len);
        PycHeader h, h2;
        Obj *code, *code2;
        char err[256];
        ck_assert_int_eq(pyc_parse(p, len, &arena, &h, &code, err, sizeof err), 0);
        ByteBuf b;
        bb_init(&b);
        ck_assert_int_eq(pyc_write(&h, code, &b), 0);
        ck_assert(memcmp(b.data, hdrs[i], 16) == 0); /* same header bytes */
        ck_assert_int_eq(pyc_parse(b.data, b.len, &arena, &h2, &code2, err, sizeof err), 0);
        ck_assert(memcmp(&h, &h2, sizeof h) == 0);
        ck_assert(obj_equal(code, code2));
        bb_free(&b);
        free(p);
    }
    /* a graph that cannot be marshalled leaves the buffer alone */
    PycHeader h = { .magic = PYC_MAGIC_NUMBER };
    Obj *bad = obj_code(&arena);
    ByteBuf b;
    bb_init(&b);
    ck_assert_int_eq(pyc_write(&h, bad, &b), -1);
    ck_assert_uint_eq(b.len, 0);
    bb_free(&b);
}
END_TEST

START_TEST(test_atomic_write)
{
    char path[512], err[512];
    uint8_t *data;
    size_t len;
    path_in_tmp(path, sizeof path, "out.pyc");
    ck_assert_int_eq(pyc_write_file(path, (const uint8_t *)"first", 5, err, sizeof err), 0);
    ck_assert_int_eq(pyc_write_file(path, (const uint8_t *)"second!", 7, err, sizeof err), 0);
    ck_assert_int_eq(pyc_read_all(path, &data, &len, err, sizeof err), 0);
    ck_assert(len == 7 && memcmp(data, "second!", 7) == 0);
    free(data);
    ck_assert_uint_eq(count_entries(tmpdir), 1); /* no temporary left */

    /* into a missing directory: an error naming the temporary */
    path_in_tmp(path, sizeof path, "nodir/out.pyc");
    ck_assert_int_eq(pyc_write_file(path, (const uint8_t *)"x", 1, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "No such file or directory"));

    /* rename onto a non-empty directory fails: the temporary is removed */
    char sub[512], inner[600];
    path_in_tmp(sub, sizeof sub, "sub");
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    snprintf(inner, sizeof inner, "%s/keep", sub);
    put_file(inner, "k", 1);
    ck_assert_int_eq(pyc_write_file(sub, (const uint8_t *)"x", 1, err, sizeof err), -1);
    ck_assert_uint_eq(count_entries(tmpdir), 2); /* out.pyc and sub */
    ck_assert_uint_eq(count_entries(sub), 1);

    /* an empty file is fine */
    path_in_tmp(path, sizeof path, "empty.pyc");
    ck_assert_int_eq(pyc_write_file(path, NULL, 0, err, sizeof err), 0);
    ck_assert_int_eq(pyc_read_all(path, &data, &len, err, sizeof err), 0);
    ck_assert_uint_eq(len, 0);
    free(data);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pyc");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_modes);
    tcase_add_test(tc, test_bad_headers);
    tcase_add_test(tc, test_magic_versions);
    tcase_add_test(tc, test_files);
    tcase_add_test(tc, test_source_hash);
    tcase_add_test(tc, test_write_roundtrip);
    tcase_add_test(tc, test_atomic_write);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
