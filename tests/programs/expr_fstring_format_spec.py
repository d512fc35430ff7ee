# Format specs: nested replacement fields, width/precision from variables, every presentation type.
width, prec = 10, 3
x = 3.14159265
print(f"[{x:{width}.{prec}f}]", f"[{x:<{width}.{prec}}]", f"[{x:^{width}.{prec}e}]")
print(f"[{'text':*^{width}}]", f"[{'left':<{width // 2}}]", f"[{-5:+{width}d}]")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{int(n):,d}", f"{int(n):_x}", f"{n:e}", f"{n:g}", f"{n:%}", f"{0.25:.1%}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#b} {255:#o} {255:#x} {255:c}")
print(f"{-3:05d} {3:=+6d} {3.0:08.3f} {-0.0:f} {1e100:.3g} {float('inf'):f} {float('nan'):F}")
print(f"{'abc':.2} {'abc':>5.1} {12:^7} {12:x^7} {12:<07}")
spec = ">8"
print(f"[{'dyn':{spec}}]", f"[{'dyn':{'<'}{8}}]", format(x, "0.2f"), "{:>6}".format("fmt"))
fill = "#"
print(f"[{42:{fill}>{width}}]", f"[{42:{fill}^{width}d}]")
print("{0:{1}.{2}f}|{name:{w}}|".format(x, 8, 2, name="nm", w=5))
print(format(1 + 2j, ".1f"), format(12345678901234567890, ","), format(True, "d"), format(None, ""))
print(f"{123.456:10.2f}|{-123.456:<10.1f}|{0.000012345:.3g}|{123456789:.3g}")
try:
    f"{'str':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
