# A small report generator over files: writes a CSV-like data file, reads it
# back line by line with error handling for bad rows, aggregates, writes a
# report in latin-1 with CRLF line ends, re-reads it in binary and text,
# and keeps a log file open across the run (flushed at the end).
DATA = "mix_file_report.csv"
REPORT = "mix_file_report.txt"
LOG = "mix_file_report.log"

rows = [
    ("Zoë", "north", 12.5, 3),
    ("Ana", "south", 7.25, 10),
    ("Bjørn", "north", 3.0, 1),
    ("Chloé", "east", 19.99, 2),
    ("Dmitri", "south", 0.5, 40),
]

log = open(LOG, "w", encoding="utf-8")


def note(*parts):
    print(*parts, file=log)


f = open(DATA, "w", encoding="utf-8")
try:
    f.write("name;region;price;qty\n")
    for name, region, price, qty in rows:
        f.write(f"{name};{region};{price};{qty}\n")
    f.write("broken line without fields\n")
    f.write("Eve;west;not-a-number;1\n")
    f.write("\n")
finally:
    f.close()
note("wrote", len(rows), "rows")

totals = {}
counts = {}
errors = []
f = open(DATA, encoding="utf-8")
try:
    header = f.readline().rstrip("\n").split(";")
    print("header", header)
    for lineno, line in enumerate(f, start=2):
        line = line.rstrip("\n")
        if not line:
            continue
        fields = line.split(";")
        try:
            name, region, price, qty = fields
            amount = float(price) * int(qty)
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        totals[region] = totals.get(region, 0.0) + amount
        counts[region] = counts.get(region, 0) + 1
finally:
    f.close()
print("errors", errors)
note("errors:", len(errors))

f = open(REPORT, "w", encoding="latin-1", newline="\r\n")
try:
    f.write("Report\n")
    f.write("=" * 20 + "\n")
    for region in sorted(totals):
        f.write(f"{region:<8}{counts[region]:>3}{totals[region]:>9.2f}\n")
    f.write("Signed: Zoë & Bjørn\n")
finally:
    f.close()

f = open(REPORT, "rb")
raw = f.read()
f.close()
print(len(raw), raw.count(b"\r\n"), raw[-22:])

f = open(REPORT, encoding="latin-1")
lines = f.readlines()
f.close()
for line in lines:
    print(repr(line))
print("newlines seen:", repr(f.newlines))

f = open(REPORT, encoding="utf-8", errors="replace")
last = f.read().splitlines()[-1]
f.close()
print(ascii(last))

try:
    f = open(REPORT, encoding="utf-8")
    f.read()
except UnicodeDecodeError as e:
    print("strict:", e.reason, e.start)
finally:
    f.close()

note("done")
log.flush()
check = open(LOG, encoding="utf-8")
print(check.read().splitlines())
check.close()
log.close()
