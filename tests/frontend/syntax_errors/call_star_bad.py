f(a, *is b)
