# Comparison operators across types: numbers, strings, sequences, sets, identity and membership.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 5, 1 == True, 0 == False)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "é" > "z")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 9, 9), [] == [])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == {2, 1}, frozenset({1}) == {1})
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, 1.0 == 1, 1 + 0j == 1, 2 ** 64 == 2.0 ** 64)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
x = [1, 2]
y = [1, 2]
print(x == y, x is y, x is not y, x is x, None is None, type(None) is type(None))
print(3 in [1, 2, 3], 4 not in (1, 2), "ell" in "hello", "" in "abc", 2 in {2: "v"}, "v" in {2: "v"})
print(5 in range(10), 10 in range(0, 20, 5), 3 in range(0, 20, 5), 2.0 in [1, 2, 3])
for a, b in [(1, "1"), ([], ()), (None, 0)]:
    print(a == b, a != b)
for bad in (lambda: 1 < "1", lambda: [] < (), lambda: None > None, lambda: {} < {}, lambda: 1j < 2j):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(max("apple", "pear", "fig"), min([3, 1], [2, 9]), sorted([(2, "b"), (1, "z"), (2, "a")]))
