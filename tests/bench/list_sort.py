# list_sort: sorting lists of ints, strings and tuples, with key functions,
# reverse=True, and sorting already-sorted and reversed input.  Data comes
# from a linear congruential generator (no random module).


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x)
    return out


def check(lst):
    # a checksum sensitive to order
    h = 0
    for i in range(0, len(lst), 97):
        item = lst[i]
        if isinstance(item, int):
            h = (h * 31 + item % 1000003) % 1000000007
        else:
            h = (h * 31 + len(item) + i) % 1000000007
    return h


def main():
    ints = lcg_list(150000, 42)
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    c = sorted(a)
    d = sorted(b)
    print("ints", a[0], a[-1], b[0], c == d, check(a))

    strs = ["s%x" % v for v in lcg_list(60000, 7)]
    s1 = sorted(strs)
    s2 = sorted(strs, key=len)
    s3 = sorted(strs, key=lambda s: s[::-1])
    print("strs", s1[0], s1[-1], s2[0], s3[0], s3[-1], check(s1))

    vals = lcg_list(60000, 99)
    tuples = [(v % 100, -v, str(v % 1000)) for v in vals]
    t1 = sorted(tuples)
    t2 = sorted(tuples, key=lambda t: (t[2], t[0]))
    tuples.sort(key=lambda t: t[1], reverse=True)
    print("tuples", t1[0], t1[-1], t2[0], tuples[0], tuples[-1])

    mixed = [v % 1000 / 7 for v in vals]
    mixed.sort()
    print("floats", mixed[0], mixed[-1], mixed[30000])


main()
