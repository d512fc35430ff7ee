try:
    LOADS += 1
except NameError:
    LOADS = 1
N = 10 * LOADS
