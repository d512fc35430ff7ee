# PEP 585 generic aliases of the built-in types: list[int] and friends (repr,
# equality, hash, calling, attributes from the origin).
print(list[int], dict[str, list[int]], tuple[()], list[...], type[int], list[int] == list[int], list[int]("ab"), list[int].__origin__, list[int].__args__)
class K: pass
print(list[K], set[int], frozenset[int], type(list[int]).__name__, hash(list[int]) == hash(list[int]), tuple[int, ...], dict[str, int].fromkeys("a"))
