# Fixed-point float formatting ('%.Nf', format(x, '.Nf'), f-strings) of
# many doubles, exact halves and tiny values: pvm's exact fast path for
# small precisions must round exactly as CPython (half to even on the binary value).
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = [0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-10, 1e15, 9007199254740991.0, 9007199254740992.0,
        123456.789, 0.045, 1/3, 2/3, 1e-5, 5e-324, 0.05, 0.15, 0.25, 0.35, 1e-300, 4503599627370495.5]
for i in range(120):
    a = rnd()
    vals.append((a % 10**6) / 1000)
    vals.append((a >> 11) / 2**53 * 10 ** (a % 28 - 12))
    vals.append((a % 2**53) / 2 ** (a % 70))
    vals.append(float(a % 10**7) / 8)
for v in vals:
    row = []
    for nd in (0, 1, 2, 3, 6, 9):
        row.append("%.*f" % (nd, v))
        row.append(format(-v, ".%df" % nd))
        row.append(f"{v:.{nd}f}")
    print(" ".join(row))
