/* tests/unit/test_repr.c: common/repr.c against CPython 3.11's repr():
 * floats (shortest round-trip digits, 'r' layout, inf/nan/-0.0), complex,
 * str (quotes, escapes, printability, surrogates, astral), bytes, ints of
 * any size, containers and code objects.  Expectations come from python3.11
 * (generator below); the exhaustive per-code-point and million-float
 * comparisons were run once outside the suite.
 */
#include <check.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "bytebuf.h"
#include "object.h"
#include "repr.h"

typedef struct {
    uint64_t bits;          /* the double's IEEE 754 bits */
    const char *repr;
} FloatCase;

typedef struct {
    uint64_t re, im;
    const char *repr;
} ComplexCase;

typedef struct {
    const char *data;       /* str: UTF-8 with surrogatepass; bytes: raw */
    size_t len;
    const char *repr;       /* UTF-8 */
} StrCase;

typedef struct {
    int sign;
    size_t ndigits;
    const uint16_t *digits; /* 15-bit, least significant first */
    const char *repr;
} IntCase;

/* The tables below are the output of this, run with /usr/bin/python3.11:
 *
 * import random, struct
 * random.seed(2024)
 * def bits(x):
 *     return struct.unpack("<Q", struct.pack("<d", x))[0]
 * def cstr(b):
 *     out, prev_hex = "", False
 *     for c in b:
 *         if c in b'"\\?':
 *             out += "\\" + chr(c)
 *             prev_hex = False
 *         elif 32 <= c < 127:
 *             ch = chr(c)
 *             if prev_hex and ch in "0123456789abcdefABCDEF":
 *                 out += '""'
 *             out += ch
 *             prev_hex = False
 *         else:
 *             out += "\\x%02x" % c
 *             prev_hex = True
 *     return '"' + out + '"'
 * def cwrap(b, ind="      ", n=36):
 *     if len(b) <= n:
 *         return cstr(b)
 *     return ("\n" + ind).join(cstr(b[i:i + n]) for i in range(0, len(b), n))
 * def nwrap(nums, ind="      "):
 *     out, line = [], ""
 *     for x in nums:
 *         if len(ind) + len(line) + len(x) > 72:
 *             out.append(line.rstrip())
 *             line = ""
 *         line += x + ", "
 *     out.append(line.rstrip().rstrip(","))
 *     return ("\n" + ind).join(out)
 * fl = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e-5, 1e-4, 1.5e300, 5e-324, -5e-324,
 *       1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 123456789012345678.0,
 *       9999999999999998.0, 1e15, 123456789012345.6, 1234567890123456.7, 0.0001, 0.00001234, 1e22, 1e23,
 *       float("inf"), -float("inf"), float("nan"), -float("nan"), 2.0**63, 2.0**-1017, 2.0**-1007, 2.0**-957,
 *       2.0**-921, 100.0, 1e100, 9007199254740993.0, 4.35, 0.5, 1e-7, 12345.678, 3.141592653589793]
 * while len(fl) < 320:
 *     k = random.randrange(5)
 *     if k == 0:
 *         x = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
 *     elif k == 1:
 *         x = 2.0 ** random.randrange(-1074, 1024)
 *     elif k == 2:
 *         x = float("%de%d" % (random.randrange(1, 10 ** random.randrange(1, 17)), random.randrange(-30, 30)))
 *     elif k == 3:
 *         x = random.randrange(-10 ** 17, 10 ** 17) / 10 ** random.randrange(0, 20)
 *     else:
 *         x = struct.unpack("<d", struct.pack("<Q", random.getrandbits(30)))[0]
 *     if x == x:
 *         fl.append(x)
 * print("static const FloatCase float_cases[] = {")
 * for x in fl:
 *     print("    { 0x%016xu, %s }," % (bits(x), cstr(repr(x).encode())))
 * print("};")
 * sp = [0.0, -0.0, 1.0, -1.0, 1.5, 2.0, 1e16, 1e-5, 0.1, float("inf"), -float("inf"), float("nan"), 5e-324]
 * print("static const ComplexCase complex_cases[] = {")
 * for re_ in sp:
 *     for im in sp:
 *         if random.random() < 0.45 or re_ in (0.0, 1.0):
 *             print("    { 0x%016xu, 0x%016xu, %s }," % (bits(re_), bits(im), cstr(repr(complex(re_, im)).encode())))
 * print("};")
 * strs = ["", "a", "it's", 'say "hi"', "both ' and \"", "\\", "\t\n\r\x00\x01\x1f\x7f", "\x80\x9f\xa0\xa1\xad\xff",
 *         "caf\u00e9", "\u0100\u2028\u2029\u200b\ufeff\uffff\ufffd", "\u4e2d\u6587", "\U0001F600\U000E0001\U0010FFFF\U0001D400",
 *         "\ud800", "\udfff", "a\ud83dz", "\U000e0100", "\u0378\u0377", "x" * 3 + "'" + '"' + "'"]
 * print("static const StrCase str_cases[] = {")
 * for s in strs:
 *     b = s.encode("utf-8", "surrogatepass")
 *     line = "    { %s, %d, %s }," % (cstr(b), len(b), cstr(repr(s).encode("utf-8")))
 *     if len(line) > 96:
 *         line = "    { %s, %d,\n      %s }," % (cwrap(b), len(b), cwrap(repr(s).encode("utf-8")))
 *     print(line)
 * print("};")
 * bys = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\\", bytes(range(0, 256, 7)), b"\t\n\r\x00\x7f\x80\xff", b"'"]
 * print("static const StrCase bytes_cases[] = {")
 * for s in bys:
 *     line = "    { %s, %d, %s }," % (cstr(s), len(s), cstr(repr(s).encode()))
 *     if len(line) > 96:
 *         line = "    { %s, %d,\n      %s }," % (cwrap(s, n=24), len(s), cwrap(repr(s).encode()))
 *     print(line)
 * print("};")
 * ints = [0, 1, -1, 2**15, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64 + 1, 10**18, 10**19, 10**27,
 *         -(10**36) - 1, 2**100, 3**200, -(7**150), 10**99, 10**99 - 1, 999999999 * 10**18]
 * print("static const IntCase int_cases[] = {")
 * for v in ints:
 *     m, ds = abs(v), []
 *     while m:
 *         ds.append(m & 0x7fff)
 *         m >>= 15
 *     sign = (v > 0) - (v < 0)
 *     dl = nwrap(list(map(str, ds)) or ["0"])
 *     print("    { %d, %d,\n      (const uint16_t[]){ %s },\n      %s }," % (sign, len(ds), dl, cwrap(repr(v).encode(), n=72)))
 * print("};")
 */
static const FloatCase float_cases[] = {
    { 0x0000000000000000u, "0.0" },
    { 0x8000000000000000u, "-0.0" },
    { 0x3ff0000000000000u, "1.0" },
    { 0xbff0000000000000u, "-1.0" },
    { 0x3fb999999999999au, "0.1" },
    { 0x3fc999999999999au, "0.2" },
    { 0x3fd3333333333333u, "0.3" },
    { 0x3fd5555555555555u, "0.3333333333333333" },
    { 0x3fe5555555555555u, "0.6666666666666666" },
    { 0x4341c37937e08000u, "1e+16" },
    { 0x3ee4f8b588e368f1u, "1e-05" },
    { 0x3f1a36e2eb1c432du, "0.0001" },
    { 0x7e41eb2d66005835u, "1.5e+300" },
    { 0x0000000000000001u, "5e-324" },
    { 0x8000000000000001u, "-5e-324" },
    { 0x7fefffffffffffffu, "1.7976931348623157e+308" },
    { 0x0010000000000000u, "2.2250738585072014e-308" },
    { 0x000fffffffffffffu, "2.225073858507201e-308" },
    { 0x437b69b4ba630f35u, "1.2345678901234568e+17" },
    { 0x4341c37937e07fffu, "9999999999999998.0" },
    { 0x430c6bf526340000u, "1000000000000000.0" },
    { 0x42dc12218377de66u, "123456789012345.6" },
    { 0x43118b54f22aeb03u, "1234567890123456.8" },
    { 0x3f1a36e2eb1c432du, "0.0001" },
    { 0x3ee9e0fcaf9380fcu, "1.234e-05" },
    { 0x4480f0cf064dd592u, "1e+22" },
    { 0x44b52d02c7e14af6u, "1e+23" },
    { 0x7ff0000000000000u, "inf" },
    { 0xfff0000000000000u, "-inf" },
    { 0x7ff8000000000000u, "nan" },
    { 0xfff8000000000000u, "nan" },
    { 0x43e0000000000000u, "9.223372036854776e+18" },
    { 0x0060000000000000u, "7.120236347223045e-307" },
    { 0x0100000000000000u, "7.291122019556398e-304" },
    { 0x0420000000000000u, "8.209073602596753e-289" },
    { 0x0660000000000000u, "5.641232424577593e-278" },
    { 0x4059000000000000u, "100.0" },
    { 0x54b249ad2594c37du, "1e+100" },
    { 0x4340000000000000u, "9007199254740992.0" },
    { 0x4011666666666666u, "4.35" },
    { 0x3fe0000000000000u, "0.5" },
    { 0x3e7ad7f29abcaf48u, "1e-07" },
    { 0x40c81cd6c8b43958u, "12345.678" },
    { 0x400921fb54442d18u, "3.141592653589793" },
    { 0xc207307271fd61d6u, "-12449631807.672771" },
    { 0xbfce269231e0598au, "-0.23555209575051733" },
    { 0x7c60000000000000u, "1.2474001934592e+291" },
    { 0x43982e5195160147u, "4.3560495165003e+17" },
    { 0x4479608a174477bcu, "7.49e+21" },
    { 0x74c0000000000000u, "2.346099009001469e+254" },
    { 0x3330000000000000u, "3.8893845486632136e-62" },
    { 0xc1295f88aa5bbcdeu, "-831428.3327311536" },
    { 0xc2975bb33090cb27u, "-6420653941810.788" },
    { 0x46bdf31a4f44b95cu, "6.074504644368e+32" },
    { 0x5020000000000000u, "9.263367138985296e+77" },
    { 0xbf81ff9a7818d10eu, "-0.008788306036060092" },
    { 0x64f0000000000000u, "1.620904519094138e+178" },
    { 0x3120000000000000u, "4.527839539413356e-72" },
    { 0x39a7ff57bffa0775u, "5.915823902656395e-31" },
    { 0xdd8ba9d4f8971813u, "-4.216708855472069e+142" },
    { 0x44098720cba81c17u, "5.886320102e+19" },
    { 0xd9f181ea54c4c0c3u, "-1.8517480610461122e+125" },
    { 0x0000000031f19355u, "4.139852513e-315" },
    { 0x3930000000000000u, "3.0814879110195774e-33" },
    { 0xc22c4c6aa08502deu, "-60770570306.5056" },
    { 0x403978cae4f21709u, "25.4718459216156" },
    { 0xc11109b9b7cc264au, "-279150.4294897063" },
    { 0xc29292c703cb9498u, "-5105403359973.148" },
    { 0x4415232e09d55414u, "9.747915e+19" },
    { 0xf0edeb0c1915ec28u, "-9.512647549987205e+235" },
    { 0x0000000000020000u, "6.4758e-319" },
    { 0x6cf0000000000000u, "5.515652263101987e+216" },
    { 0x5670000000000000u, "2.3485425827738332e+108" },
    { 0x11a0000000000000u, "8.645163535653227e-224" },
    { 0x4590000000000000u, "1.2379400392853803e+27" },
    { 0x72d0000000000000u, "1.0924874846830353e+245" },
    { 0x0000000010df3ef1u, "1.39853234e-315" },
    { 0x40c1d755d23cdf0cu, "9134.670478447828" },
    { 0x0ef0000000000000u, "9.828413039546407e-237" },
    { 0x4310fe64a8b52900u, "1195826977000000.0" },
    { 0x3d36d6c0d06b87f0u, "8.114e-14" },
    { 0x6040000000000000u, "4.290498537581631e+155" },
    { 0x35f0000000000000u, "6.842277657836021e-49" },
    { 0x4802266e906dd539u, "7.72020918805e+38" },
    { 0xe6a2b38494301443u, "-2.542832640632858e+186" },
    { 0x000000001820107du, "1.999753216e-315" },
    { 0x3ac3aeaf1e595520u, "1.2719426771840465e-25" },
    { 0x201f0631848a58c5u, "5.7847250726579735e-154" },
    { 0x1340000000000000u, "5.801671039719116e-216" },
    { 0x000000000b1eddb6u, "9.21789214e-316" },
    { 0x79c0000000000000u, "2.83625966735417e+278" },
    { 0x000000003321a2d0u, "4.238304515e-315" },
    { 0x2640000000000000u, "1.8909140209225187e-124" },
    { 0x9e274b3f2014a4c3u, "-2.0225309018374553e-163" },
    { 0xf18f97a9cfb707ccu, "-1.0286074787947222e+239" },
    { 0x0000000023f28093u, "2.97968613e-315" },
    { 0x00000000286aac7bu, "3.35015841e-315" },
    { 0x1ba33a53986b28deu, "1.518388802822282e-175" },
    { 0x000000000b825a2bu, "9.54001924e-316" },
    { 0x000000002cb13602u, "3.70455956e-315" },
    { 0x3d4c25c268497682u, "2e-13" },
    { 0x0fbd49482ea7c9edu, "7.368638379554599e-233" },
    { 0xdb7b359ea2a639e0u, "-4.828340639481946e+132" },
    { 0x000000002b19bce1u, "3.57262347e-315" },
    { 0x000000002efd75f2u, "3.895029453e-315" },
    { 0x3200000000000000u, "7.418412301374843e-68" },
    { 0x72d0000000000000u, "1.0924874846830353e+245" },
    { 0x75e0000000000000u, "6.150157786156811e+259" },
    { 0x4192c12774000000u, "78662109.0" },
    { 0x3f8f703d9e549587u, "0.015350800890312722" },
    { 0x3f60e08ca9ee3551u, "0.0020601985301655153" },
    { 0x3270000000000000u, "9.495567745759799e-66" },
    { 0x4c90000000000000u, "6.427752177035961e+60" },
    { 0x403c0f677f66ad8cu, "28.06017299896989" },
    { 0x55d94fd11e872be2u, "3.628283942373741e+105" },
    { 0x3912999cc5d80038u, "8.955597551653175e-34" },
    { 0x000000001ad481eau, "2.223959954e-315" },
    { 0x9bc792db36d49f67u, "-7.446282287830946e-175" },
    { 0x3fdb925b8030e22eu, "0.430807948290325" },
    { 0x5500b8896e7b1850u, "2.9258147844508195e+101" },
    { 0x57096df88282eb60u, "1.9111179373622048e+111" },
    { 0x000000003e4893a5u, "5.16270824e-315" },
    { 0x42b577924fe10000u, "23603300000000.0" },
    { 0xcba19984d3969f60u, "-2.157714860125644e+56" },
    { 0xc261ed9259414aaau, "-616001882634.3333" },
    { 0x568feb30dc7f4f27u, "9.370307469385747e+108" },
    { 0x3d97605100d5aa4cu, "5.3151407e-12" },
    { 0x43315ab142dc21deu, "4884791981515230.0" },
    { 0x0000000014e2c976u, "1.731240756e-315" },
    { 0x0650000000000000u, "2.8206162122887962e-278" },
    { 0x5d092a1c1e86dcc7u, "1.498359967507447e+140" },
    { 0x42c4c094540f0df0u, "45634709626395.875" },
    { 0x6f8532e6a8ddf057u, "1.6070102710110775e+229" },
    { 0xe95dcdc6cf6cf898u, "-3.5645852339122005e+199" },
    { 0x3f59de381fa53894u, "0.0015788601" },
    { 0x0000000037a5e87du, "4.612694877e-315" },
    { 0x0000000008cc53a3u, "7.29282805e-316" },
    { 0x1870000000000000u, "5.611031933461512e-191" },
    { 0xc0a23d311a29e399u, "-2334.595902737649" },
    { 0x000000000a334c83u, "8.4551471e-316" },
    { 0x0000000000000001u, "5e-324" },
    { 0x0000000007f68b92u, "6.60062306e-316" },
    { 0x5d80000000000000u, "2.438866054934369e+142" },
    { 0x0000000024ae7858u, "3.040548403e-315" },
    { 0x4262f33a167dd650u, "651120653294.6973" },
    { 0x4780000000000000u, "2.658455991569832e+36" },
    { 0x3d9edff3fb6893c2u, "7.02012053372e-12" },
    { 0xbfea7ccd87ba2cd6u, "-0.8277347231791292" },
    { 0x000000000e9a8cdfu, "1.210508416e-315" },
    { 0x5870000000000000u, "1.0086913586276987e+118" },
    { 0x68a0000000000000u, "9.343878384890256e+195" },
    { 0xc16514073d98edcbu, "-11051065.924918076" },
    { 0x74b0000000000000u, "1.1730495045007344e+254" },
    { 0x000000000371aa79u, "2.85475364e-316" },
    { 0x41bb8d0beb722681u, "462228459.4459" },
    { 0x00000000089d5767u, "7.14069397e-316" },
    { 0x3eae2a4d67961d9cu, "8.989943147e-07" },
    { 0xc1720fc092e23079u, "-18938889.18022201" },
    { 0x6080000000000000u, "6.86479766013061e+156" },
    { 0x46fccaf157ff5f25u, "9.34378e+33" },
    { 0x433244ab7127c919u, "5142052709320985.0" },
    { 0x000000002942eb0fu, "3.420176385e-315" },
    { 0xc29da92bff8b1166u, "-8153106211524.35" },
    { 0x9cbc6d6d6c6b856bu, "-2.942390984797455e-170" },
    { 0x44f0e7c4e74c504au, "1.277332e+24" },
    { 0x000000001045dadeu, "1.348865764e-315" },
    { 0xa3dbab27ce69f03du, "-5.947970131890785e-136" },
    { 0x3d34806486ef8446u, "7.283608e-14" },
    { 0x75b0000000000000u, "7.687697232696013e+258" },
    { 0x3bb6624ef2514f15u, "4.74e-21" },
    { 0x4497d09a97d6f9cbu, "2.8115622870476273e+22" },
    { 0x5f70000000000000u, "5.237424972633827e+151" },
    { 0x000000003529d030u, "4.406733154e-315" },
    { 0xc15026cf390126bbu, "-4234044.890695269" },
    { 0x000000000f00e40cu, "1.243645344e-315" },
    { 0x4870000000000000u, "8.711228593176025e+40" },
    { 0x5f70000000000000u, "5.237424972633827e+151" },
    { 0x217cfdb1f9e87093u, "2.2672806604992985e-147" },
    { 0x45bca2c940b0ba00u, "8.8623766467644e+27" },
    { 0x42eea76d06486000u, "269635500000000.0" },
    { 0x42f118abbc91d340u, "300762530389300.0" },
    { 0x3cd095d2cd1b4b8cu, "9.206662e-16" },
    { 0x422a3532b12fdb2bu, "56280832151.92806" },
    { 0x1e30000000000000u, "2.778448436856347e-163" },
    { 0x3d80000000000000u, "1.8189894035458565e-12" },
    { 0x9ddc5f87a356842fu, "-7.698571441323094e-165" },
    { 0x6c78c497fbdf5eacu, "3.335238449022452e+214" },
    { 0x000000001ae7c32eu, "2.23019453e-315" },
    { 0x27e29d4e79ac2da5u, "1.476327007549413e-116" },
    { 0x3fd850e342561b4bu, "0.379936995298" },
    { 0x3fb85ec7a46ba9bcu, "0.09519622577832981" },
    { 0x43350b6a8ddd1d84u, "5923526785441156.0" },
    { 0x4361d41832c29e00u, "4.01462e+16" },
    { 0x3fda5514d14c5955u, "0.411442951577006" },
    { 0xc0204708f4cfffbau, "-8.138740206137175" },
    { 0x00000000112875feu, "1.4222387e-315" },
    { 0x2b70000000000000u, "1.82877982605164e-99" },
    { 0xbf436c52b6e6200eu, "-0.000592747104563253" },
    { 0xbc34621c241f5b22u, "-1.1049777574684281e-18" },
    { 0x0ca0bd596c4f4706u, "7.481692248284758e-248" },
    { 0x45ed52a9ffc3ea8cu, "7.26e+28" },
    { 0x7ad02114abc9bcb9u, "3.747566458852882e+283" },
    { 0xc00f81830ba45d4bu, "-3.9382382306609194" },
    { 0x000000002b2eba49u, "3.5794198e-315" },
    { 0x4d00000000000000u, "8.22752278660603e+62" },
    { 0x000000002897d2bcu, "3.36477738e-315" },
    { 0x43414597dd1a8961u, "9723186311926466.0" },
    { 0x4be0000000000000u, "3.1385508676933404e+57" },
    { 0x3be4dc14617d211bu, "3.53376826e-20" },
    { 0x3fa0000000000000u, "0.03125" },
    { 0x4081a69ed26df67eu, "564.8275498" },
    { 0x50e7b15d9ef56825u, "5.618570937398502e+81" },
    { 0x474e436727be21efu, "3.14272e+35" },
    { 0x3ea2ecae042df883u, "5.6399495239314e-07" },
    { 0x7bbe61d2c932ed87u, "1.1565754881008893e+288" },
    { 0x3ede6d62b5f8304du, "7.254430641545e-06" },
    { 0x1f30000000000000u, "1.8208839675781755e-158" },
    { 0x3eaad7f29abcaf48u, "8e-07" },
    { 0xc2b9fe8ffd58f4b1u, "-28581128132852.69" },
    { 0x4623bf33128ddf9cu, "7.822542337417e+29" },
    { 0x0000000035147220u, "4.399814574e-315" },
    { 0x000000001a7b55d4u, "2.195086807e-315" },
    { 0xc2ccc7eebda883a3u, "-63290058952967.27" },
    { 0x000000003fafe4b7u, "5.2790517e-315" },
    { 0x407af4d60357581eu, "431.3022492801555" },
    { 0x0820000000000000u, "1.5143067982934716e-269" },
    { 0x40220c393023aa51u, "9.023873810151743" },
    { 0x449b8c89f4fd2abfu, "3.2524095014109327e+22" },
    { 0xa0d19d405ea459e9u, "-1.3452613485168184e-150" },
    { 0x000000003662cf5cu, "4.508078646e-315" },
    { 0x45db24513071a435u, "3.36e+28" },
    { 0x4051b8c5b1323936u, "70.88706617264401" },
    { 0x44e2a64d323bf0e6u, "7.0456255025828e+23" },
    { 0x3d5564608cb2b63au, "3.04e-13" },
    { 0x0000000039a41796u, "4.777887786e-315" },
    { 0xc3643ccfa6d74369u, "-4.557089671388244e+16" },
    { 0x0f79a88e45156455u, "4.0349049313774054e-234" },
    { 0x29a3dcb4558eec03u, "4.228606887392214e-108" },
    { 0x39c0000000000000u, "1.5777218104420236e-30" },
    { 0x000000001182141du, "1.45125608e-315" },
    { 0xf723048b27b9f3c3u, "-7.665231660691773e+265" },
    { 0xeaaf0af440178d6bu, "-7.786240165116332e+205" },
    { 0x3f0c277df34ae5d7u, "5.37e-05" },
    { 0x000000000ae1f887u, "9.0207189e-316" },
    { 0x40b59a335c35f114u, "5530.20062577377" },
    { 0xcfa67f73cee532d8u, "-5.08803576238752e+75" },
    { 0x000000002081b4dcu, "2.69449251e-315" },
    { 0x000000001bb86df0u, "2.297759004e-315" },
    { 0x42a1444101d3f252u, "9492423043577.16" },
    { 0x3b862d3988b76411u, "5.8701128e-22" },
    { 0x404c939afddd5ba9u, "57.15316747005938" },
    { 0x35807f8a25303f43u, "5.51197640361755e-51" },
    { 0x447476dd69eb55f6u, "6.04e+21" },
    { 0x148bf65875b5d6afu, "1.0631773708085208e-209" },
    { 0x00bc1a393ab04b0au, "4.0019196893237595e-305" },
    { 0xd223003ce568e030u, "-4.724801802573391e+87" },
    { 0x7440000000000000u, "9.164449253911988e+251" },
    { 0x2f70000000000000u, "3.3735033418337674e-80" },
    { 0x7560000000000000u, "2.402405385217504e+257" },
    { 0x3fb445f8679073e7u, "0.0791926625101521" },
    { 0xa75da18cc5385528u, "-4.589959242465298e-119" },
    { 0x40e97bc888fa8fa3u, "52190.266721039334" },
    { 0x00000000110a1786u, "1.41240549e-315" },
    { 0x3ae0000000000000u, "4.1359030627651384e-25" },
    { 0x4143dbc100000000u, "2602882.0" },
    { 0xf616e6cfb1feccfcu, "-7.0424247315203e+260" },
    { 0x4350000000000000u, "1.8014398509481984e+16" },
    { 0xc0a832d488f1435eu, "-3097.4151072878585" },
    { 0x426c004bbb69adfeu, "962112379725.4373" },
    { 0x3f9ce2c91ec63038u, "0.028208868506723855" },
    { 0x4524d55eba45dff2u, "1.259306393473362e+25" },
    { 0x0000000010c0a9e8u, "1.388630114e-315" },
    { 0x00000000096937bdu, "7.80082684e-316" },
    { 0x3b86599aa78c29a2u, "5.916e-22" },
    { 0x43bf63e43fa1caecu, "2.261902399818624e+18" },
    { 0x72a0000000000000u, "1.3656093558537942e+244" },
    { 0x9ae7ada09b74c86au, "-4.5650113183782405e-179" },
    { 0x3fb0098075effdbeu, "0.06264498595554976" },
    { 0x403a323b14dd2a52u, "26.196214012141645" },
    { 0x42d360848edc9200u, "85221046973000.0" },
    { 0x2910000000000000u, "6.653062250012736e-111" },
    { 0x66c0000000000000u, "8.702164874309912e+186" },
    { 0x75c7fc058270162cu, "2.30481574512179e+259" },
    { 0x00000000177319e1u, "1.943749274e-315" },
    { 0xbe433e124e3d4c86u, "-8.960471871140266e-09" },
    { 0x42e0000000000000u, "140737488355328.0" },
    { 0x3500000000000000u, "2.088097429759528e-53" },
    { 0x0000000029555870u, "3.426142964e-315" },
    { 0x000000001bf59e0eu, "2.317571106e-315" },
    { 0x42fc4128511803abu, "497058797682746.7" },
    { 0x41881d5812337d3bu, "50572034.2751412" },
    { 0x4396345785d8a000u, "4e+17" },
    { 0xc183c3912df0a7eeu, "-41447973.7425078" },
    { 0x42fb5c0e3ff7e1ecu, "481315040230942.75" },
    { 0x7880000000000000u, "2.704867999414606e+272" },
    { 0x000000001acb2fcbu, "2.22094197e-315" },
    { 0x4511d8d056ec5da1u, "5.39390332e+24" },
    { 0x3ca6a047135be701u, "1.57e-16" },
    { 0xf8368bf88a5a6ae9u, "-1.1911330624198082e+271" },
    { 0x00000000020d70d1u, "1.70132893e-316" },
    { 0x000000002badaf40u, "3.62052728e-315" },
    { 0xc25590a2f85c2684u, "-370483650928.6018" },
    { 0x1240000000000000u, "8.852647460508905e-221" },
    { 0x404c2fbd1953eda2u, "56.37295834158" },
    { 0x3f0ff1b28591e0f0u, "6.0928593208e-05" },
    { 0xc01ee5bf9e9fdbafu, "-7.724363783366171" },
    { 0x6a00f29e09d670f0u, "4.151246106748066e+202" },
    { 0x3d9fa3aaea1dc2a5u, "7.19395e-12" },
    { 0xf77bdbbcd4e5554au, "-3.5931186523501777e+267" },
    { 0x23e2197497bf5404u, "7.781744899771344e-136" },
    { 0x1180000000000000u, "2.161290883913307e-224" },
    { 0x1b20000000000000u, "4.935515883730707e-178" },
    { 0x040ea55d569c7b2cu, "3.930857877432996e-289" },
    { 0xff6dec818ee55b0fu, "-6.566638565814652e+305" },
    { 0x72a0000000000000u, "1.3656093558537942e+244" },
    { 0x76f0000000000000u, "8.061134813471455e+264" },
    { 0x0000800000000000u, "6.953355807835e-310" },
    { 0x3fb597d0718181f3u, "0.0843477513422" },
    { 0xdadc52e213d01f98u, "-4.908277311542874e+129" },
    { 0x000000003561ca02u, "4.424857626e-315" },
};
static const ComplexCase complex_cases[] = {
    { 0x0000000000000000u, 0x0000000000000000u, "0j" },
    { 0x0000000000000000u, 0x8000000000000000u, "-0j" },
    { 0x0000000000000000u, 0x3ff0000000000000u, "1j" },
    { 0x0000000000000000u, 0xbff0000000000000u, "-1j" },
    { 0x0000000000000000u, 0x3ff8000000000000u, "1.5j" },
    { 0x0000000000000000u, 0x4000000000000000u, "2j" },
    { 0x0000000000000000u, 0x4341c37937e08000u, "1e+16j" },
    { 0x0000000000000000u, 0x3ee4f8b588e368f1u, "1e-05j" },
    { 0x0000000000000000u, 0x3fb999999999999au, "0.1j" },
    { 0x0000000000000000u, 0x7ff0000000000000u, "infj" },
    { 0x0000000000000000u, 0xfff0000000000000u, "-infj" },
    { 0x0000000000000000u, 0x7ff8000000000000u, "nanj" },
    { 0x0000000000000000u, 0x0000000000000001u, "5e-324j" },
    { 0x8000000000000000u, 0x0000000000000000u, "(-0+0j)" },
    { 0x8000000000000000u, 0x8000000000000000u, "(-0-0j)" },
    { 0x8000000000000000u, 0x3ff0000000000000u, "(-0+1j)" },
    { 0x8000000000000000u, 0xbff0000000000000u, "(-0-1j)" },
    { 0x8000000000000000u, 0x3ff8000000000000u, "(-0+1.5j)" },
    { 0x8000000000000000u, 0x4000000000000000u, "(-0+2j)" },
    { 0x8000000000000000u, 0x4341c37937e08000u, "(-0+1e+16j)" },
    { 0x8000000000000000u, 0x3ee4f8b588e368f1u, "(-0+1e-05j)" },
    { 0x8000000000000000u, 0x3fb999999999999au, "(-0+0.1j)" },
    { 0x8000000000000000u, 0x7ff0000000000000u, "(-0+infj)" },
    { 0x8000000000000000u, 0xfff0000000000000u, "(-0-infj)" },
    { 0x8000000000000000u, 0x7ff8000000000000u, "(-0+nanj)" },
    { 0x8000000000000000u, 0x0000000000000001u, "(-0+5e-324j)" },
    { 0x3ff0000000000000u, 0x0000000000000000u, "(1+0j)" },
    { 0x3ff0000000000000u, 0x8000000000000000u, "(1-0j)" },
    { 0x3ff0000000000000u, 0x3ff0000000000000u, "(1+1j)" },
    { 0x3ff0000000000000u, 0xbff0000000000000u, "(1-1j)" },
    { 0x3ff0000000000000u, 0x3ff8000000000000u, "(1+1.5j)" },
    { 0x3ff0000000000000u, 0x4000000000000000u, "(1+2j)" },
    { 0x3ff0000000000000u, 0x4341c37937e08000u, "(1+1e+16j)" },
    { 0x3ff0000000000000u, 0x3ee4f8b588e368f1u, "(1+1e-05j)" },
    { 0x3ff0000000000000u, 0x3fb999999999999au, "(1+0.1j)" },
    { 0x3ff0000000000000u, 0x7ff0000000000000u, "(1+infj)" },
    { 0x3ff0000000000000u, 0xfff0000000000000u, "(1-infj)" },
    { 0x3ff0000000000000u, 0x7ff8000000000000u, "(1+nanj)" },
    { 0x3ff0000000000000u, 0x0000000000000001u, "(1+5e-324j)" },
    { 0xbff0000000000000u, 0x8000000000000000u, "(-1-0j)" },
    { 0xbff0000000000000u, 0x3ff0000000000000u, "(-1+1j)" },
    { 0xbff0000000000000u, 0xbff0000000000000u, "(-1-1j)" },
    { 0xbff0000000000000u, 0x4341c37937e08000u, "(-1+1e+16j)" },
    { 0xbff0000000000000u, 0x3fb999999999999au, "(-1+0.1j)" },
    { 0xbff0000000000000u, 0x7ff8000000000000u, "(-1+nanj)" },
    { 0xbff0000000000000u, 0x0000000000000001u, "(-1+5e-324j)" },
    { 0x3ff8000000000000u, 0x0000000000000000u, "(1.5+0j)" },
    { 0x3ff8000000000000u, 0x8000000000000000u, "(1.5-0j)" },
    { 0x4000000000000000u, 0x8000000000000000u, "(2-0j)" },
    { 0x4000000000000000u, 0x3ff0000000000000u, "(2+1j)" },
    { 0x4000000000000000u, 0xbff0000000000000u, "(2-1j)" },
    { 0x4000000000000000u, 0x3ff8000000000000u, "(2+1.5j)" },
    { 0x4000000000000000u, 0x4000000000000000u, "(2+2j)" },
    { 0x4000000000000000u, 0x4341c37937e08000u, "(2+1e+16j)" },
    { 0x4000000000000000u, 0x3ee4f8b588e368f1u, "(2+1e-05j)" },
    { 0x4000000000000000u, 0xfff0000000000000u, "(2-infj)" },
    { 0x4341c37937e08000u, 0x0000000000000000u, "(1e+16+0j)" },
    { 0x4341c37937e08000u, 0x8000000000000000u, "(1e+16-0j)" },
    { 0x4341c37937e08000u, 0x3ff8000000000000u, "(1e+16+1.5j)" },
    { 0x4341c37937e08000u, 0x3ee4f8b588e368f1u, "(1e+16+1e-05j)" },
    { 0x4341c37937e08000u, 0x3fb999999999999au, "(1e+16+0.1j)" },
    { 0x4341c37937e08000u, 0x7ff0000000000000u, "(1e+16+infj)" },
    { 0x4341c37937e08000u, 0xfff0000000000000u, "(1e+16-infj)" },
    { 0x3ee4f8b588e368f1u, 0x4000000000000000u, "(1e-05+2j)" },
    { 0x3ee4f8b588e368f1u, 0x7ff0000000000000u, "(1e-05+infj)" },
    { 0x3ee4f8b588e368f1u, 0xfff0000000000000u, "(1e-05-infj)" },
    { 0x3ee4f8b588e368f1u, 0x0000000000000001u, "(1e-05+5e-324j)" },
    { 0x3fb999999999999au, 0x8000000000000000u, "(0.1-0j)" },
    { 0x3fb999999999999au, 0x3ff0000000000000u, "(0.1+1j)" },
    { 0x3fb999999999999au, 0xbff0000000000000u, "(0.1-1j)" },
    { 0x3fb999999999999au, 0x4000000000000000u, "(0.1+2j)" },
    { 0x3fb999999999999au, 0x7ff0000000000000u, "(0.1+infj)" },
    { 0x3fb999999999999au, 0x7ff8000000000000u, "(0.1+nanj)" },
    { 0x3fb999999999999au, 0x0000000000000001u, "(0.1+5e-324j)" },
    { 0x7ff0000000000000u, 0x0000000000000000u, "(inf+0j)" },
    { 0x7ff0000000000000u, 0x8000000000000000u, "(inf-0j)" },
    { 0x7ff0000000000000u, 0x3ff0000000000000u, "(inf+1j)" },
    { 0x7ff0000000000000u, 0xbff0000000000000u, "(inf-1j)" },
    { 0xfff0000000000000u, 0x3ff8000000000000u, "(-inf+1.5j)" },
    { 0xfff0000000000000u, 0x4341c37937e08000u, "(-inf+1e+16j)" },
    { 0xfff0000000000000u, 0x3ee4f8b588e368f1u, "(-inf+1e-05j)" },
    { 0xfff0000000000000u, 0x7ff8000000000000u, "(-inf+nanj)" },
    { 0xfff0000000000000u, 0x0000000000000001u, "(-inf+5e-324j)" },
    { 0x7ff8000000000000u, 0x0000000000000000u, "(nan+0j)" },
    { 0x7ff8000000000000u, 0x3ff0000000000000u, "(nan+1j)" },
    { 0x7ff8000000000000u, 0xbff0000000000000u, "(nan-1j)" },
    { 0x7ff8000000000000u, 0x3ff8000000000000u, "(nan+1.5j)" },
    { 0x7ff8000000000000u, 0x7ff0000000000000u, "(nan+infj)" },
    { 0x0000000000000001u, 0x0000000000000000u, "(5e-324+0j)" },
    { 0x0000000000000001u, 0x8000000000000000u, "(5e-324-0j)" },
    { 0x0000000000000001u, 0x3ff0000000000000u, "(5e-324+1j)" },
    { 0x0000000000000001u, 0xbff0000000000000u, "(5e-324-1j)" },
    { 0x0000000000000001u, 0x3ff8000000000000u, "(5e-324+1.5j)" },
    { 0x0000000000000001u, 0x3fb999999999999au, "(5e-324+0.1j)" },
    { 0x0000000000000001u, 0xfff0000000000000u, "(5e-324-infj)" },
    { 0x0000000000000001u, 0x0000000000000001u, "(5e-324+5e-324j)" },
};
static const StrCase str_cases[] = {
    { "", 0, "''" },
    { "a", 1, "'a'" },
    { "it's", 4, "\"it's\"" },
    { "say \"hi\"", 8, "'say \"hi\"'" },
    { "both ' and \"", 12, "'both \\' and \"'" },
    { "\\", 1, "'\\\\'" },
    { "\x09\x0a\x0d\x00\x01\x1f\x7f", 7, "'\\t\\n\\r\\x00\\x01\\x1f\\x7f'" },
    { "\xc2\x80\xc2\x9f\xc2\xa0\xc2\xa1\xc2\xad\xc3\xbf", 12,
      "'\\x80\\x9f\\xa0\xc2\xa1\\xad\xc3\xbf'" },
    { "caf\xc3\xa9", 5, "'caf\xc3\xa9'" },
    { "\xc4\x80\xe2\x80\xa8\xe2\x80\xa9\xe2\x80\x8b\xef\xbb\xbf\xef\xbf\xbf\xef\xbf\xbd", 20,
      "'\xc4\x80\\u2028\\u2029\\u200b\\ufeff\\uffff\xef\xbf\xbd"
      "'" },
    { "\xe4\xb8\xad\xe6\x96\x87", 6, "'\xe4\xb8\xad\xe6\x96\x87'" },
    { "\xf0\x9f\x98\x80\xf3\xa0\x80\x81\xf4\x8f\xbf\xbf\xf0\x9d\x90\x80", 16,
      "'\xf0\x9f\x98\x80\\U000e0001\\U0010ffff\xf0\x9d\x90\x80'" },
    { "\xed\xa0\x80", 3, "'\\ud800'" },
    { "\xed\xbf\xbf", 3, "'\\udfff'" },
    { "a\xed\xa0\xbdz", 5, "'a\\ud83dz'" },
    { "\xf3\xa0\x84\x80", 4, "'\xf3\xa0\x84\x80'" },
    { "\xcd\xb8\xcd\xb7", 4, "'\\u0378\xcd\xb7'" },
    { "xxx'\"'", 6, "'xxx\\'\"\\''" },
};
static const StrCase bytes_cases[] = {
    { "", 0, "b''" },
    { "abc", 3, "b'abc'" },
    { "it's", 4, "b\"it's\"" },
    { "say \"hi\"", 8, "b'say \"hi\"'" },
    { "both ' and \"", 12, "b'both \\' and \"'" },
    { "\\", 1, "b'\\\\'" },
    { "\x00\x07\x0e\x15\x1c#*18\?FMT[bipw~\x85\x8c\x93\x9a\xa1"
      "\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc", 37,
      "b'\\x00\\x07\\x0e\\x15\\x1c#*18\?FMT[bipw~"
      "\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd"
      "\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc"
      "'" },
    { "\x09\x0a\x0d\x00\x7f\x80\xff", 7, "b'\\t\\n\\r\\x00\\x7f\\x80\\xff'" },
    { "'", 1, "b\"'\"" },
};
static const IntCase int_cases[] = {
    { 0, 0,
      (const uint16_t[]){ 0 },
      "0" },
    { 1, 1,
      (const uint16_t[]){ 1 },
      "1" },
    { -1, 1,
      (const uint16_t[]){ 1 },
      "-1" },
    { 1, 2,
      (const uint16_t[]){ 0, 1 },
      "32768" },
    { 1, 5,
      (const uint16_t[]){ 0, 0, 0, 0, 4 },
      "4611686018427387904" },
    { 1, 5,
      (const uint16_t[]){ 32767, 32767, 32767, 32767, 7 },
      "9223372036854775807" },
    { -1, 5,
      (const uint16_t[]){ 0, 0, 0, 0, 8 },
      "-9223372036854775808" },
    { 1, 5,
      (const uint16_t[]){ 0, 0, 0, 0, 8 },
      "9223372036854775808" },
    { -1, 5,
      (const uint16_t[]){ 1, 0, 0, 0, 8 },
      "-9223372036854775809" },
    { 1, 5,
      (const uint16_t[]){ 0, 0, 0, 0, 16 },
      "18446744073709551616" },
    { -1, 5,
      (const uint16_t[]){ 32767, 32767, 32767, 32767, 15 },
      "-18446744073709551615" },
    { 1, 4,
      (const uint16_t[]){ 0, 20168, 23246, 28421 },
      "1000000000000000000" },
    { 1, 5,
      (const uint16_t[]){ 0, 5072, 3090, 22073, 8 },
      "10000000000000000000" },
    { 1, 6,
      (const uint16_t[]){ 0, 20480, 243, 32388, 25545, 26469 },
      "1000000000000000000000000000" },
    { -1, 8,
      (const uint16_t[]){ 1, 0, 31808, 6748, 29019, 31008, 29598, 24651 },
      "-1000000000000000000000000000000000001" },
    { 1, 7,
      (const uint16_t[]){ 0, 0, 0, 0, 0, 0, 1024 },
      "1267650600228229401496703205376" },
    { 1, 22,
      (const uint16_t[]){ 12449, 22001, 31866, 24535, 25125, 5365, 15801, 30331, 13955,
      27661, 30993, 7883, 32727, 26725, 7612, 18877, 16922, 3389, 31425,
      12769, 32088, 3 },
      "265613988875874769338781322035779626829233452653394495974574961739092490"
      "901302182994384699044001" },
    { -1, 29,
      (const uint16_t[]){ 3345, 27184, 19653, 15907, 29448, 4647, 16510, 4109, 32729, 3478,
      22329, 12096, 11127, 15961, 9418, 8108, 2759, 24425, 20545, 32440,
      24568, 25537, 21939, 26163, 29262, 9758, 19155, 4861, 2 },
      "-58170929338243431654325240033916911649198596497193405326275672076076568"
      "59034356995566589707894210757866827613621721127496191249" },
    { 1, 22,
      (const uint16_t[]){ 0, 0, 0, 0, 0, 0, 31232, 595, 26436, 28787, 12765, 26440, 26441,
      28512, 6473, 22298, 23059, 7124, 19345, 17359, 11938, 14981 },
      "100000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000" },
    { 1, 22,
      (const uint16_t[]){ 32767, 32767, 32767, 32767, 32767, 32767, 31231, 595, 26436, 28787,
      12765, 26440, 26441, 28512, 6473, 22298, 23059, 7124, 19345, 17359,
      11938, 14981 },
      "999999999999999999999999999999999999999999999999999999999999999999999999"
      "999999999999999999999999999" },
    { 1, 6,
      (const uint16_t[]){ 0, 312, 9765, 3966, 25545, 26469 },
      "999999999000000000000000000" },
};

static Arena arena;

static void setup(void) { arena_init(&arena); }
static void teardown(void) { arena_free(&arena); }

/* repr of o as a NUL-terminated string in `b` (caller frees b). */
static const char *show(ByteBuf *b, const Obj *o)
{
    bb_init(b);
    repr_obj(b, o);
    return bb_cstr(b);
}

#define CHECK_REPR(obj, expect)                      \
    do {                                             \
        ByteBuf b_;                                  \
        ck_assert_str_eq(show(&b_, (obj)), (expect)); \
        bb_free(&b_);                                \
    } while (0)

static double from_bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

START_TEST(test_singletons)
{
    CHECK_REPR(obj_singleton(&arena, OBJ_NONE), "None");
    CHECK_REPR(obj_singleton(&arena, OBJ_TRUE), "True");
    CHECK_REPR(obj_singleton(&arena, OBJ_FALSE), "False");
    CHECK_REPR(obj_singleton(&arena, OBJ_ELLIPSIS), "Ellipsis");
    CHECK_REPR(obj_singleton(&arena, OBJ_STOPITER), "<class 'StopIteration'>");
}
END_TEST

START_TEST(test_float)
{
    const FloatCase *c = &float_cases[_i];
    double d = from_bits(c->bits);
    ByteBuf b;
    bb_init(&b);
    repr_float(&b, d);
    ck_assert_str_eq(bb_cstr(&b), c->repr);
    bb_free(&b);
    CHECK_REPR(obj_float(&arena, d), c->repr);
}
END_TEST

START_TEST(test_complex)
{
    const ComplexCase *c = &complex_cases[_i];
    CHECK_REPR(obj_complex(&arena, from_bits(c->re), from_bits(c->im)), c->repr);
}
END_TEST

START_TEST(test_str)
{
    const StrCase *c = &str_cases[_i];
    CHECK_REPR(obj_str(&arena, c->data, c->len, false), c->repr);
    ByteBuf b;
    bb_init(&b);
    repr_str(&b, obj_str(&arena, c->data, c->len, true));
    ck_assert_str_eq(bb_cstr(&b), c->repr);
    bb_free(&b);
}
END_TEST

START_TEST(test_bytes)
{
    const StrCase *c = &bytes_cases[_i];
    CHECK_REPR(obj_bytes(&arena, c->data, c->len), c->repr);
}
END_TEST

START_TEST(test_int)
{
    const IntCase *c = &int_cases[_i];
    const Obj *o = obj_int_digits(&arena, c->sign, c->digits, c->ndigits);
    CHECK_REPR(o, c->repr);
    ByteBuf b;
    bb_init(&b);
    repr_int(&b, o);
    ck_assert_str_eq(bb_cstr(&b), c->repr);
    bb_free(&b);
}
END_TEST

START_TEST(test_int_small)
{
    CHECK_REPR(obj_int(&arena, 0), "0");
    CHECK_REPR(obj_int(&arena, -42), "-42");
    CHECK_REPR(obj_int(&arena, INT64_MAX), "9223372036854775807");
    CHECK_REPR(obj_int(&arena, INT64_MIN), "-9223372036854775808");
}
END_TEST

/* 10**n as 15-bit digits, built by repeated multiplication. */
static const Obj *pow10_int(int n, int sign, bool minus_one)
{
    size_t cap = (size_t)n / 4 + 2, len = 1;
    uint16_t *d = calloc(cap, sizeof *d);
    ck_assert_ptr_nonnull(d);
    d[0] = 1;
    for (int k = 0; k < n; k++) {
        uint32_t carry = 0;
        for (size_t i = 0; i < len; i++) {
            uint32_t t = d[i] * 10u + carry;
            d[i] = (uint16_t)(t & 0x7fff);
            carry = t >> 15;
        }
        if (carry)
            d[len++] = (uint16_t)carry;
    }
    if (minus_one) { /* 10**n - 1: borrow through the zero digits */
        size_t i = 0;
        while (d[i] == 0)
            d[i++] = 0x7fff;
        d[i]--;
    }
    const Obj *o = obj_int_digits(&arena, sign, d, len);
    free(d);
    return o;
}

/* Thousands of digits, beyond CPython's default 4300-digit str() limit: dis
 * prints them all. */
START_TEST(test_int_huge)
{
    ByteBuf b;
    const char *s = show(&b, pow10_int(5000, 1, true));
    ck_assert_uint_eq(strlen(s), 5000);
    ck_assert_uint_eq(strspn(s, "9"), 5000);
    bb_free(&b);
    s = show(&b, pow10_int(4321, -1, false));
    ck_assert_uint_eq(strlen(s), 4323);
    ck_assert(!strncmp(s, "-1", 2));
    ck_assert_uint_eq(strspn(s + 2, "0"), 4321);
    bb_free(&b);
    s = show(&b, pow10_int(30000, 1, false));
    ck_assert_uint_eq(strlen(s), 30001);
    ck_assert_uint_eq(strspn(s + 1, "0"), 30000);
    bb_free(&b);
}
END_TEST

static Obj *tuple_of(size_t n, Obj **items)
{
    Obj *t = obj_seq(&arena, OBJ_TUPLE, n);
    for (size_t i = 0; i < n; i++)
        t->u.seq.items[i] = items[i];
    return t;
}

START_TEST(test_containers)
{
    Obj *one = obj_int(&arena, 1), *two = obj_int(&arena, 2);
    Obj *s = obj_str_cstr(&arena, "a", false);
    CHECK_REPR(tuple_of(0, NULL), "()");
    CHECK_REPR(tuple_of(1, (Obj *[]){ one }), "(1,)");
    CHECK_REPR(tuple_of(2, (Obj *[]){ one, s }), "(1, 'a')");
    Obj *empty = tuple_of(0, NULL);
    CHECK_REPR(tuple_of(1, (Obj *[]){ tuple_of(1, (Obj *[]){ empty }) }), "(((),),)");
    Obj *mixed[] = { obj_float(&arena, 1.0), obj_complex(&arena, 1, 2), obj_bytes(&arena, "x", 1),
                     obj_singleton(&arena, OBJ_NONE), obj_float(&arena, -0.0) };
    CHECK_REPR(tuple_of(5, mixed), "(1.0, (1+2j), b'x', None, -0.0)");

    Obj *l = obj_seq(&arena, OBJ_LIST, 0);
    CHECK_REPR(l, "[]");
    l = obj_seq(&arena, OBJ_LIST, 2);
    l->u.seq.items[0] = one;
    l->u.seq.items[1] = tuple_of(1, (Obj *[]){ two });
    CHECK_REPR(l, "[1, (2,)]");

    Obj *d = obj_seq(&arena, OBJ_DICT, 0);
    CHECK_REPR(d, "{}");
    d = obj_seq(&arena, OBJ_DICT, 2);
    d->u.seq.items[0] = one;
    d->u.seq.items[1] = s;
    d->u.seq.items[2] = obj_str_cstr(&arena, "k", false);
    d->u.seq.items[3] = obj_singleton(&arena, OBJ_NONE);
    CHECK_REPR(d, "{1: 'a', 'k': None}");

    CHECK_REPR(obj_seq(&arena, OBJ_SET, 0), "set()");
    Obj *st = obj_seq(&arena, OBJ_SET, 2);
    st->u.seq.items[0] = one;
    st->u.seq.items[1] = two;
    CHECK_REPR(st, "{1, 2}");
    CHECK_REPR(obj_seq(&arena, OBJ_FROZENSET, 0), "frozenset()");
    Obj *fs = obj_seq(&arena, OBJ_FROZENSET, 2);
    fs->u.seq.items[0] = one;
    fs->u.seq.items[1] = s;
    CHECK_REPR(fs, "frozenset({1, 'a'})");
    Obj *fs1 = obj_seq(&arena, OBJ_FROZENSET, 1);
    fs1->u.seq.items[0] = obj_singleton(&arena, OBJ_ELLIPSIS);
    CHECK_REPR(tuple_of(1, (Obj *[]){ fs1 }), "(frozenset({Ellipsis}),)");
}
END_TEST

START_TEST(test_code)
{
    Obj *co = obj_code(&arena);
    co->u.code->name = obj_str_cstr(&arena, "f\xc3\xa9", true);
    co->u.code->filename = obj_str_cstr(&arena, "dir/t.py", false);
    co->u.code->firstlineno = 12;
    char expect[128];
    snprintf(expect, sizeof expect, "<code object f\xc3\xa9 at 0x%" PRIxPTR ", file \"dir/t.py\", line 12>",
             (uintptr_t)co);
    CHECK_REPR(co, expect);
    /* CPython shows a zero first line as -1 */
    co->u.code->firstlineno = 0;
    snprintf(expect, sizeof expect, "<code object f\xc3\xa9 at 0x%" PRIxPTR ", file \"dir/t.py\", line -1>",
             (uintptr_t)co);
    CHECK_REPR(co, expect);
}
END_TEST

START_TEST(test_isprintable)
{
    ck_assert(unicode_isprintable(' '));
    ck_assert(unicode_isprintable('~'));
    ck_assert(!unicode_isprintable(0x1f));
    ck_assert(!unicode_isprintable(0x7f));
    ck_assert(!unicode_isprintable(0x80));
    ck_assert(!unicode_isprintable(0xa0));     /* NO-BREAK SPACE: Zs other than ' ' */
    ck_assert(unicode_isprintable(0xa1));
    ck_assert(!unicode_isprintable(0xad));     /* SOFT HYPHEN: Cf */
    ck_assert(unicode_isprintable(0x4e2d));
    ck_assert(!unicode_isprintable(0xd800));   /* surrogates: Cs */
    ck_assert(!unicode_isprintable(0xe000));   /* private use: Co */
    ck_assert(unicode_isprintable(0x1f600));
    ck_assert(!unicode_isprintable(0xe0001));  /* LANGUAGE TAG: Cf */
    ck_assert(unicode_isprintable(0xe0100));   /* variation selector: Mn */
    ck_assert(!unicode_isprintable(0x10ffff));
    ck_assert(!unicode_isprintable(0x110000));
    ck_assert(unicode_isprintable(0x1fae0));   /* new in Unicode 14 */
    ck_assert(!unicode_isprintable(0x1faf7));  /* assigned only in Unicode 15 */
}
END_TEST

#define N(a) (sizeof a / sizeof a[0])

int main(void)
{
    Suite *s = suite_create("repr");
    TCase *tc = tcase_create("repr");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_singletons);
    tcase_add_loop_test(tc, test_float, 0, N(float_cases));
    tcase_add_loop_test(tc, test_complex, 0, N(complex_cases));
    tcase_add_loop_test(tc, test_str, 0, N(str_cases));
    tcase_add_loop_test(tc, test_bytes, 0, N(bytes_cases));
    tcase_add_loop_test(tc, test_int, 0, N(int_cases));
    tcase_add_test(tc, test_int_small);
    tcase_add_test(tc, test_int_huge);
    tcase_add_test(tc, test_containers);
    tcase_add_test(tc, test_code);
    tcase_add_test(tc, test_isprintable);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
