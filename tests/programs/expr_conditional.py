# Conditional expressions: laziness, nesting, precedence with lambda, or, and comprehensions.
def side(tag, v):
    print("evaluating", tag)
    return v
print(side("then", 1) if side("cond", True) else side("else", 2))
print(side("then", 1) if side("cond", 0) else side("else", 2))
for n in (-2, 0, 3):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print((lambda x: x if x else "falsy")(0))
print([x if x % 2 else "even" for x in range(4)])
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
x = 4
y = x * 2 if x > 3 else x - 1
print(y, 0 or 5 if x else 6, (0 or 5) if x else 6)
print(f"{'yes' if x else 'no'}", ("a" if x else "b") + "!")
z = [1, 2, 3] if x > 10 else None
print(z)
