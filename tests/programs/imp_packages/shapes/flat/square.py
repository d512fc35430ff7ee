NAME = "square"
print("square:", __name__, __package__)


def area(n):
    return n * n
