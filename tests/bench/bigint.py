# bigint: arbitrary-precision integers: factorials, pi digits by the
# unbounded spigot (Gibbons), powers, divmod, int <-> str of big numbers.


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return "".join([str(d) for d in digits])


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def digit_sum(n):
    return sum([int(c) for c in str(n)])


def main():
    pi = pi_digits(3000)
    print(pi[:20], pi[-20:])
    # 1500! has 4115 digits: under python3.11's 4300-digit str() limit
    for n in range(1300, 1501, 20):
        f = factorial(n)
    print(len(str(f)), digit_sum(f), f % 1000000007)
    p = 3 ** 20000 - 7 ** 5000
    q, r = divmod(p, 12345678901234567890123456789)
    print(q.bit_length(), r, (p >> 1000) & 0xFFFF, -p // 10 ** 100 % 97)
    fib = [0, 1]
    for _ in range(5000):
        fib.append(fib[-1] + fib[-2])
    print(str(fib[-1])[:15], fib[-1] % 999983)


main()
