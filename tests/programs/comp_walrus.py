# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 6]
print(big, y)
def running_total(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total
print(running_total([1, 2, 3, 4]))
if any([(hit := v) > 7 for v in data]):
    print("first over 7:", hit)
print([last := n for n in range(3)], last)
def nested():
    [[(inner := i * j) for j in range(3)] for i in range(3)]
    return inner
print(nested())
counts = {}
print({k: (c := counts.get(k, 0) + 1) for k in "aab"}, c)
print([(n, r) for n in range(10) if (r := n % 3) == 0])
