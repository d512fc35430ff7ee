# Uncaught exception five frames deep through functions, a lambda, a method-like closure and a comprehension.
def level1(n):
    return level2(n + 1)

def level2(n):
    fn = lambda k: level3(k * 2)
    return fn(n)

def level3(n):
    return [level4(i) for i in range(n)]

def level4(i):
    table = {0: "zero", 1: "one", 2: "two", 3: "three"}
    return table[i]

print(level1(0))
print(level1(2))
