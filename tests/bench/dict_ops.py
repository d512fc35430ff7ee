# dict_ops: dict insert / lookup / update / delete with str and int keys,
# membership tests, get/setdefault/pop, iteration over items.


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7919 % 100003] = i
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        del d[i * 7919 % 100003]
    total = 0
    for k, v in d.items():
        total += k ^ v
    return len(d), hits, total


def str_keys(n):
    words = ["w%d_%s" % (i, "abcdefghij"[i % 10]) for i in range(n)]
    counts = {}
    for rep in range(4):
        for w in words:
            counts[w] = counts.get(w, 0) + rep
    groups = {}
    for w in words:
        groups.setdefault(w[-1], []).append(w)
    removed = 0
    for i in range(0, n, 5):
        removed += counts.pop(words[i])
    missing = 0
    for i in range(n):
        if counts.get(words[i]) is None:
            missing += 1
    sizes = [(k, len(v)) for k, v in groups.items()]
    return len(counts), removed, missing, sizes[:3]


def merge(n):
    a = {}
    for i in range(n):
        a["k" + str(i)] = i
    b = dict(a)
    b.update({"k" + str(i): -i for i in range(0, n, 2)})
    c = {**a, **b}
    same = 0
    for key in a:
        if a[key] == c[key]:
            same += 1
    return same, len(c), sum(c.values())


def main():
    for rounds in range(6):
        a = int_keys(60000 + rounds)
        b = str_keys(40000 + rounds)
        c = merge(40000 + rounds)
    print("int", a)
    print("str", b)
    print("merge", c)


main()
