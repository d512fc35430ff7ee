# TypeError calling a non-callable, and subscripting None, the first one uncaught.
values = [1, 2, 3]
nothing = None
try:
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
total = values(0)
