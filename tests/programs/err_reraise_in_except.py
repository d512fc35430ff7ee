# A bare raise in an except block after logging: the traceback is the original one, plus the re-raise frame line.
def risky(n):
    return [1, 2, 3][n]

def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print("logging the failure for", n)
        raise

print(wrapper(1))
wrapper(7)
