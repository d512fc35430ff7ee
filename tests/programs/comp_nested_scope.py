# Comprehension scopes: iteration variables do not leak, closures over comprehension variables, class bodies.
i = "module i"
squares = [i * i for i in range(4)]
print(i, squares)
def f():
    n = 3
    return [[n * a + b for b in range(n)] for a in range(n)]
print(f())
def g():
    funcs = [lambda: k for k in range(3)]
    return [fn() for fn in funcs]
print(g())
def h():
    total = 10
    return {x: total + x for x in range(3)}, {total - x for x in range(2)}
print(h()[0], sorted(h()[1]))
def outer_var_in_condition():
    limit = 5
    return [x for x in range(10) if x < limit]
print(outer_var_in_condition())
def first_iter_in_enclosing():
    data = [[1, 2], [3]]
    return [y for x in data for y in x]
print(first_iter_in_enclosing())
def shadow_param(x):
    return [x for x in x]
print(shadow_param("abc"))
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    pairs = [(a, b) for a in values for b in range(2)] if False else None
print(C.doubled, C.pairs)
