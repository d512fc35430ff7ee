# Expressions CPython folds at compile time (and some it refuses to): results must be identical.
print(2 ** 8, 2 ** -1, -2 ** 2, 1 / 2, 7 // 2, 7 % 3, 1 << 10, 0xFF & 0x0F, ~0, -(-1), +(-1))
print("ab" * 3, 3 * "ab", "x" + "y" + "z", b"a" * 2, (1, 2) * 2, (1,) + (2,), "a" "b")
print(2 ** 64, 2 ** 100, 10 ** 20, 1 << 62, 1 << 64, -1 << 63, (1 << 200) >> 198)
print("x" * 4096 == "x" * 4096, len("x" * 4097), len((1,) * 300), len(b"b" * 5000))
print(1 / 3 * 3, 0.1 + 0.2, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5)
print(not 1, not 0, -(1 + 2j), ~True, -True, 1 < 2, 1 and 2, 0 or "s")
print((1, 2, (3, 4)), ((),), (1, "a", None, 2.5, b"b", True, ...))
print(1 if 1 else 2, 3 if 0 else 4, "t" if "" else "f")
print(-0, -0.0, 0 * -1, 0.0 * -1, -(0.0), (-0.0) + 0, 0j * -1, -0j)
print(2 ** 63 - 1, -(2 ** 63), (2 ** 63) // 3, 10 ** 40 % 7, (-7) // 2, (-7) % 2, 7 // -2)
print("%s-%d" % ("a", 5), "%r" % ("q",), "%5.1f|" % 3.14159, "%x" % 255)
print(("a", "b")[1], "hello"[1:3], "abc"[-1], (1, 2, 3)[::-1], "xyz"[::2])
print(1 in (1, 2), 3 not in [1, 2], "a" in {"a", "b"}, 5 in {1: 0, 5: 0})
x = 7
print(x in [1, 7], x in {7, 8}, x not in (1, 2, 3), [x] == [7])
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("not folded:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("not folded:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("not folded:", e)
try:
    print((1, 2)[5])
except IndexError as e:
    print("not folded:", e)
print(len(str(2 ** 10000)), len("-" * 10000), 10 ** 5 ** 2 > 0)
print(divmod(7, 2), abs(-3), len("four"))
print(0.1 ** 400, 1e-200 * 1e-200, 2 ** 0.5 ** 2)
