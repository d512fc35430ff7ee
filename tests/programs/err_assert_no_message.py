# An uncaught bare assert: the caret line points at the failing condition.
values = [3, 1, 2]
total = sum(values)
assert total == 6
assert sorted(values) == values
