# for loops over many iterables, with else, break, continue and nested loops.
for i in range(3):
    print(i, end=" ")
else:
    print("done")
for ch in "abc":
    if ch == "b":
        break
else:
    print("never")
print("broke at", ch)
for k in {"x": 1, "y": 2}:
    print(k, end=";")
print()
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for _ in []:
    print("never")
else:
    print("empty iterable still runs else")
for i, (a, b) in enumerate(zip("xyz", range(10, 13)), start=1):
    print(i, a, b)
for x in reversed([1, 2, 3]):
    if x == 2:
        continue
    print("rev", x)
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    for cell in row:
        if cell == 4:
            break
        print(cell, end=" ")
    else:
        continue
    break
print()
lst = [1, 2, 3]
for item in lst:
    if item < 3:
        lst.append(item * 10)
print(lst)
for i in range(10, 0, -3): print(i, end=",")
print()
