# Generator functions: lazy evaluation, state across yields, return ending iteration, generator expressions.
def numbers(limit):
    print("generator started")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("generator finishing")
    return "done"
g = numbers(3)
print("created, not started")
print(next(g), next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
gen_expr = (x * x for x in range(5) if x != 2)
print(type(gen_expr).__name__, sum(gen_expr), sum(gen_expr))
def early_return(flag):
    yield 1
    if flag:
        return
    yield 2
print(list(early_return(True)), list(early_return(False)))
def yield_expr_values():
    x = yield
    y = yield x
    return y
print(list(yield_expr_values()))
print(max((len(w), w) for w in "the quick brown fox".split()))
def pipeline():
    evens = (n for n in range(20) if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
def gen_in_try():
    try:
        yield "in try"
    finally:
        print("generator finally on exhaustion")
print(list(gen_in_try()))
