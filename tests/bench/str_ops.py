# str_ops: string building and taking apart: join, split, concatenation,
# %-formatting, str.format, f-strings, slicing, find/replace, upper/lower,
# startswith, int <-> str conversions.


def build_lines(n):
    lines = []
    for i in range(n):
        lines.append("%d,%s,%.2f,%s" % (i, "item" + str(i % 97), i / 7, "x" * (i % 5)))
    return "\n".join(lines)


def parse(text):
    total = 0
    widths = 0
    names = 0
    for line in text.split("\n"):
        fields = line.split(",")
        total += int(fields[0])
        widths += len(fields[3])
        if fields[1].startswith("item1"):
            names += 1
        total += int(float(fields[2]))
    return total, widths, names


def transform(n):
    acc = []
    for i in range(n):
        s = f"{i:05d}-{i * 3:x}-{'abc'[i % 3]}"
        s = s.upper().replace("-", "_")
        t = "{}:{:>8}:{!r}".format(i % 10, s[:6], s[-3:])
        acc.append(t.lower())
    joined = "|".join(acc)
    return len(joined), joined.count("_a"), joined.find("00123"), joined[1000:1040]


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 1000:
            s = s[500:]
    parts = [s[i:i + 10] for i in range(0, len(s), 10)]
    return len(s), "".join(reversed(parts))[:30], s.strip("a").isalpha()


def main():
    for rounds in range(4):
        text = build_lines(60000 + rounds)
        parsed = parse(text)
        transformed = transform(40000 + rounds)
        concatenated = concat(300000 + rounds)
    print(len(text), parsed)
    print(transformed)
    print(concatenated)


main()
