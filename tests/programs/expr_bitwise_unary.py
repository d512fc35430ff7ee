# Unary operators (-, +, ~, not) and bitwise operators on ints and bools, precedence among them.
for v in (0, 1, -1, 5, -(2 ** 65), True, False):
    print(v, -v, +v, ~v, not v)
print(-3.5, +3.5, -(-3.5), not 0.0, not "x", not [])
print(~~7, - - 7, -+-7, not not 5, ~-1, -~1)
print(-2 ** 2, (-2) ** 2, ~2 ** 2, not 1 == 2, -1 * -1)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, 6 & 3 << 1)
print(True & False, True | False, True ^ True, ~True, -True, +False)
print(0xFF & ~0x0F, 0xDEAD_BEEF >> 16, 0o777 ^ 0o111, 0b1111_0000 | 0b1)
print(-0, -0.0, -(0j), +(-0.0))
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
print((5).bit_length(), (-5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
