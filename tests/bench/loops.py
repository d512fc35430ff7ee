# loops: integer arithmetic in while and for loops (add, mul, floor
# division, modulo, shifts, bitwise ops, comparisons) on small ints.


def collatz_total(limit):
    total = 0
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
            best = start
    return total, best, longest


def mix(rounds):
    h = 2166136261
    i = 0
    acc = 0
    while i < rounds:
        h = ((h ^ (i & 0xFF)) * 16777619) % 4294967296
        acc += (h >> 7) % 1000 - (i // 3) % 17
        i += 1
    return h, acc


def main():
    print("collatz", collatz_total(60000))
    print("mix", mix(600000))


main()
