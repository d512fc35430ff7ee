# Uncaught IndexError raised in a nested subscript inside a function two frames deep.
def cell(grid, r, c):
    return grid[r][c]

def total(grid):
    s = 0
    for r in range(3):
        s += cell(grid, r, r)
    return s

print(total([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(total([[1, 2, 3], [4, 5, 6], [7, 8]]))
