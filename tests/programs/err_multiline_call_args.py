# An exception raised while evaluating an argument of a call spread over several lines.
def report(title, count, ratio):
    return f"{title}: {count} ({ratio:.1%})"

stats = {"hits": 7, "total": 0}
print(report(
    "first",
    stats["hits"],
    0.5,
))
print(report(
    "second",
    stats["hits"],
    stats["hits"] / stats["total"],
))
