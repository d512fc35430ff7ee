# Carets for a failing call whose result is subscripted, inside a larger expression.
def get_rows():
    return None

header = "rows: "
print(header + str(get_rows()[0]) + "!")
