# the format-spec mini-language for int, float, complex and str (format() and f-strings)


def attempt(v, spec):
    label = "big" if type(v) is int and v.bit_length() > 10000 else repr(v)
    try:
        print(label, repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(label, repr(spec), type(e).__name__, e)


int_specs = ["", "d", "5", "<5", "^7", "*>8", "=+8", "+", " ", "-", "05", "010,", "015,", ",", "_", "_x", "_b", "#x",
             "#X", "#o", "#b", "#010x", "#010_b", "x", "X", "o", "b", "c", "^5c", "n", "e", ".2e", "f", ".3f", "g",
             "%", ".1%", "G", "E", "F", ",.2f", "s", ".2", "z", "+c", "#c", ",c", ",x", "_n", ",n", ",_", "_,",
             "1..2", ".", "99999999999999999999999", "c+", "xx", "=", "0<6", "x^z"]
for v in [0, 7, -7, 65, 255, -255, 1234567, -1234567, 10**20, True, False, 0x1F600]:
    for s in int_specs:
        attempt(v, s)
attempt(-1, "c")
attempt(0x110000, "c")
attempt(10**5000, "d")
attempt(10**5000, "x")  # no digit limit for hex

float_specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".3", ".3e", ".0f", "#.0f", "#g", "#.3g", ".10g",
               ".20f", ".0%", "+", " ", "010", "010.2f", "015,.1f", ",", "_", ",.2f", "_.3f", "z", "z.1f", "z.0f",
               "*^12.3", "<10", ">10", "=10", "=+10", "x<+10", "0=10", "d", "x", "c", "s", "#x", ",n", "_n",
               ".99999999999999999999", "1..2", "ff"]
for v in [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 1234567.891, -0.0004, 1e16, 1e-5, 123.456, 1e100, 5e-324,
          float("inf"), float("-inf"), float("nan"), 100000.0, 1e6, 9.995]:
    for s in float_specs:
        attempt(v, s)
complex_specs = ["", "g", ".2f", "e", "^20", ">15", "<15", "+", " ", "z", "010", "=10", "d", ".3", "#g", "_", ",.1f", "n"]
for v in [1 + 2j, -2j, 2j, complex(-0.0, 1), complex(0.0, -0.0), 1.5 - 0.25j, complex(float("nan"), float("inf")),
          3 + 0j, 1234567.5 + 1j]:
    for s in complex_specs:
        attempt(v, s)
str_specs = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "05", "017.16", "=", "+", " ", "#", "z", "d",
             ",", "_s", "ss", "x<4"]
for v in ["", "abc", "héllo", "日本語", "x" * 12]:
    for s in str_specs:
        attempt(v, s)
n = 1234.5678
w = 12
print(f"{n:,.2f}|{n:>{w}.1f}|{-n:+.3e}|{int(n):#x}|{255:08b}|{'left':<8}|{'mid':^9}|{1e20:g}|{0.5:.0%}")
print("{:>8}|{:<6.2f}|{:^+9d}|{:x}|{:,}".format("r", 3.14159, 42, 255, 10**9))
