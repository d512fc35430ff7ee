# An uncaught exception group past python3.11's drawing limits: more than 15
# sub-exceptions ("and N more exceptions") and nesting deeper than 10
# ("... (max_group_depth is 10)"), with notes on a group and a leaf.
def nested(depth):
    group = ValueError("bottom")
    for n in range(1, depth + 1):
        group = ExceptionGroup(f"level {n}", [group, KeyError(n)])
    return group


def collect():
    errors = [ValueError(i) for i in range(18)]
    errors[0].add_note("first leaf note")
    try:
        raise nested(11)
    except ExceptionGroup as g:
        errors.insert(1, g)
    group = ExceptionGroup("many", errors)
    group.add_note("group note")
    raise group


collect()
