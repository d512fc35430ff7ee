def f(a, b=, c=1): pass
