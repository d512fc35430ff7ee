# match capture patterns, wildcards, as-patterns, and bindings that persist after the match.
def cap(x):
    match x:
        case [a, _, c] as whole:
            return f"three: a={a} c={c} whole={whole}"
        case (first, second) as pair:
            return f"pair {first} {second} {pair}"
        case {"name": str() as name, **rest}:
            return f"name {name} rest {rest}"
        case anything:
            return f"fallback {anything!r}"
for v in ([1, 2, 3], (4, 5), {"name": "z", "k": 1}, "str", 7):
    print(cap(v))
match 10:
    case n if n > 5:
        pass
print("n after match:", n)
match [1, [2, [3, 4]]]:
    case [x, [y, [z, w]]]:
        print(x + y + z + w)
match "subject":
    case _:
        print("wildcard always matches")
