# Deep yield from chains and generators nested through recursion: fine below the recursion limit,
# RecursionError (never a crash) above it, and the generators stay usable afterwards.
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)
for n in [900, 1200]:
    try:
        print(n, next(chain(n)))
    except RecursionError as e:
        print(n, "RecursionError", e)
def rec(n):
    return list(x for x in rec(n + 1)) if n < 5000 else []
try:
    rec(0)
except RecursionError as e:
    print("rec", e)

def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)


print(sum(countdown(500)))
g = chain(5)
print(next(g), list(g))
