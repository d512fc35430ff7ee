# Complex arithmetic and reprs, including signed zeros and mixing with ints and floats.
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, z ** 2, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(z == 3 + 4j, z != w, complex(1, -0.0), complex(-0.0, -0.0), -0j, 0j, 1j * 1j, (1j) ** 0.5)
print(complex("1+2j"), complex(2), complex(1.5, 2.5), 2 * z, z * 0.5, z / 2, 1 / (1j))
print(repr(1e300j * 1e10), repr(complex(float("nan"), 1)), (0.1 + 0.2j) * 3)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(1j, 2), pow(2, 1j).real.__round__(6), hash(1 + 0j) == hash(1))
