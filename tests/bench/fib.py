# fib: recursive calls of a small Python function (call overhead, small-int
# arithmetic, comparisons).  Prints the results so correctness is checked.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in (26, 27, 28, 29):
        total += fib(n)
    print("fib", fib(30), total)


main()
