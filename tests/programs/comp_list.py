# List comprehensions: conditions, nested loops, nested comprehensions, unpacking targets.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([c.upper() for word in ["ab", "cd"] for c in word if c != "c"])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([first for first, *_ in ["xyz", "uvw"]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x if x % 2 else -x for x in range(6)])
print([y for x in [[1, 2], [3]] for y in x])
print([len(s) for s in ("", "a", "ab")])
print([i for i in range(3)] + [i for i in "ab"])
x = "outer"
result = [x for x in range(3)]
print(x, result)
print([lambda: i for i in range(3)][0]())
print([[j for j in range(i)] for i in range(4)])
print([n for n in range(50) if all([n % d for d in range(2, n)]) and n > 1])
