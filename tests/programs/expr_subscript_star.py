# Subscripts with tuples containing starred expressions (3.11) and slices inside tuples.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
rest = (2, 3)
print(s[1, *rest], s[*rest], s[*rest, 4], s[0, *[], 1])
print(s[1:2, ::3], s[..., 1], s[:, None], s[()], s[(1,)], s[1,])
print(s["a":"b":"c"], s[lambda: 0:1].stop, s[{1: 2}])
d = {(1, 2, 3): "found"}
print(d[1, *rest])
grid = {(r, c): r * 10 + c for r in range(3) for c in range(3)}
pos = (1, 2)
print(grid[pos], grid[(*pos,)], [grid[r, c] for r, c in [(0, 0), (2, 1)]])
