# An exception inside a generator expression consumed by a builtin: the <genexpr> frame appears.
rows = [("a", "1"), ("b", "2"), ("c", "three"), ("d", "4")]
print(sum(int(v) for _, v in rows[:2]))
total = sum(int(value)
            for name, value in rows)
