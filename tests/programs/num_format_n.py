# format type 'n' (locale-aware; the C/C.UTF-8 locale has no grouping) and its errors.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in (0, 7, -42, 1234567, 10**20, -10**25, True):
    for spec in ("n", "10n", "<10n", "^10n", "=+10n", "010n", "+n", " n", "#n", "x>12n"):
        show(f"int {v!r} {spec!r}", lambda: format(v, spec))
for v in (0.0, -0.0, 1.5, 1234567.891, 1e20, 1.5e-7, 123456789.0, float("inf"), float("-inf"), float("nan"), 2.0 ** 70):
    for spec in ("n", ".3n", "12.4n", "<12n", "012n", "+.10n", "#n", "#.3n", ".0n", ".1n"):
        show(f"float {v!r} {spec!r}", lambda: format(v, spec))
for spec in (",n", "_n", ",.2n", "_10n"):
    show(f"int err {spec!r}", lambda: format(1234, spec))
    show(f"float err {spec!r}", lambda: format(1234.5, spec))
show("str n", lambda: format("abc", "n"))
show("complex n", lambda: format(1 + 2j, "n"))
show("complex .3n", lambda: format(1.23456 + 2j, ".3n"))
show("fstring", lambda: f"{1234567:n}|{3.14159:.3n}|{-5:06n}")
show("str.format", lambda: "{:n} {:>8.2n}".format(98765, 2.5))
show("int n prec", lambda: format(12, ".2n"))
show("bool n", lambda: format(False, "5n"))
show("str method", lambda: "{0:n}".format(-0.00001234))
for v in (1+2j, 1.5j, -0.0-1e20j):
    for spec in (",n", "_n", "n", "10n", "<20.3n", "+n", "#n", "0n"):
        show(f"{v!r} {spec}", lambda: format(v, spec))
for spec in ("%n", "n%", ",%", "_n", ".2_n", "=n", "=10n", "c", ",c", "n,"):
    show(f"int {spec}", lambda: format(65, spec))
    show(f"float {spec}", lambda: format(6.5, spec))
show("str ,", lambda: format("x", ","))
show("int 0n big", lambda: format(-12345678901234567890, "030n"))
show("float n big", lambda: format(1e300, "n"))
show("float .20n", lambda: format(0.1, ".20n"))
