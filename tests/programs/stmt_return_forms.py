# return forms: bare return, return of tuples/expressions, implicit None, early returns in loops and nested blocks.
def bare():
    return
def implicit():
    x = 1
def tuple_return():
    return 1, "two", [3]
def starred_return():
    rest = [2, 3]
    return 1, *rest
def early(values):
    for v in values:
        if v < 0:
            return "negative found: %d" % v
        while v > 10:
            return "big found"
    return "all fine"
def nested_blocks(x):
    if x:
        try:
            with_value = x * 2
            if with_value > 5:
                return "big"
        except TypeError:
            return "type error"
    else:
        return "falsy"
    return "small"
print(bare(), implicit(), tuple_return(), starred_return())
print(early([1, 2, -3]), early([1, 20]), early([]))
print(nested_blocks(0), nested_blocks(1), nested_blocks(3), nested_blocks("ab"), nested_blocks([1]))
def returns_lambda():
    return lambda: "from lambda"
print(returns_lambda()())
def recursive(n):
    return n if n < 2 else recursive(n - 1) + recursive(n - 2)
print([recursive(i) for i in range(12)])
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(10), mutual_odd(7), mutual_even(3))
