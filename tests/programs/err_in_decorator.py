# An exception raised inside a decorator's wrapper when the decorated function is called.
def require_positive(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {x}")
        return fn(x)
    return wrapper

@require_positive
def root(x):
    return x ** 0.5

print(root(16))
print(root(-4))
